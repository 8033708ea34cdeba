"""Countries as people type them (Deutschland, Germany, DE, DEU, Allemagne): one ISO 3166 alpha-2 code each.

An import stores the code (what the demo book and the narrow Country column show) and keeps the cell as typed
beside it; a country it does not know stays as typed. The EU and EEA countries, Switzerland, the United
Kingdom and the United States are known by their codes, German and English names and common other names.
"""

from __future__ import annotations

from planner.core.importing.values import fold

# code: (German name, English name, other names and codes)
COUNTRIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "AT": ("Österreich", "Austria", ("AUT", "Oesterreich", "Autriche")),
    "BE": ("Belgien", "Belgium", ("BEL", "Belgique", "België", "Belgie")),
    "BG": ("Bulgarien", "Bulgaria", ("BGR",)),
    "HR": ("Kroatien", "Croatia", ("HRV", "Hrvatska")),
    "CY": ("Zypern", "Cyprus", ("CYP",)),
    "CZ": ("Tschechien", "Czechia", ("CZE", "Czech Republic", "Tschechische Republik", "Česko")),
    "DK": ("Dänemark", "Denmark", ("DNK", "Danmark")),
    "EE": ("Estland", "Estonia", ("EST", "Eesti")),
    "FI": ("Finnland", "Finland", ("FIN", "Suomi")),
    "FR": ("Frankreich", "France", ("FRA", "République française")),
    "DE": ("Deutschland", "Germany", ("DEU", "Bundesrepublik Deutschland", "BRD", "Allemagne",
           "Federal Republic of Germany")),
    "GR": ("Griechenland", "Greece", ("GRC", "EL", "Hellas")),
    "HU": ("Ungarn", "Hungary", ("HUN", "Magyarország")),
    "IE": ("Irland", "Ireland", ("IRL", "Éire", "Republic of Ireland")),
    "IT": ("Italien", "Italy", ("ITA", "Italia")),
    "LV": ("Lettland", "Latvia", ("LVA", "Latvija")),
    "LT": ("Litauen", "Lithuania", ("LTU", "Lietuva")),
    "LU": ("Luxemburg", "Luxembourg", ("LUX", "Lëtzebuerg")),
    "MT": ("Malta", "Malta", ("MLT",)),
    "NL": ("Niederlande", "Netherlands", ("NLD", "The Netherlands", "Nederland", "Holland")),
    "PL": ("Polen", "Poland", ("POL", "Polska")),
    "PT": ("Portugal", "Portugal", ("PRT",)),
    "RO": ("Rumänien", "Romania", ("ROU", "România")),
    "SK": ("Slowakei", "Slovakia", ("SVK", "Slovak Republic", "Slowakische Republik", "Slovensko")),
    "SI": ("Slowenien", "Slovenia", ("SVN", "Slovenija")),
    "ES": ("Spanien", "Spain", ("ESP", "España", "Espana")),
    "SE": ("Schweden", "Sweden", ("SWE", "Sverige")),
    "IS": ("Island", "Iceland", ("ISL", "Ísland")),
    "LI": ("Liechtenstein", "Liechtenstein", ("LIE", "Fürstentum Liechtenstein")),
    "NO": ("Norwegen", "Norway", ("NOR", "Norge")),
    "CH": ("Schweiz", "Switzerland", ("CHE", "Suisse", "Svizzera", "Confoederatio Helvetica",
           "Schweizerische Eidgenossenschaft")),
    "GB": ("Vereinigtes Königreich", "United Kingdom", ("GBR", "UK", "U.K.", "Great Britain",
           "Großbritannien", "Britain", "England", "Scotland", "Schottland", "Wales", "Northern Ireland",
           "Nordirland")),
    "US": ("Vereinigte Staaten", "United States", ("USA", "U.S.", "U.S.A.", "United States of America",
           "Vereinigte Staaten von Amerika", "America", "Amerika")),
}  # fmt: skip

_BY_WORD: dict[str, str] = {
    fold(word): code
    for code, (german, english, others) in COUNTRIES.items()
    for word in (code, german, english, *others)
}


def country_code(text: str) -> str | None:
    """The ISO code of a country as typed ("Deutschland", "germany", "DE", "DEU"), None when unknown."""
    return _BY_WORD.get(fold(text)) if text.strip() else None


def normal_country(text: str) -> str:
    """The stored form: the code of a known country, else the text as typed (without surrounding spaces)."""
    return country_code(text) or text.strip()


def country_name(code: str, language: str) -> str:
    """A code's name in "de" or "en"; an unknown code (or a country stored as typed) as it is."""
    known = COUNTRIES.get(code)
    if known is None:
        return code
    return known[0] if language == "de" else known[1]
