"""Import templates: one example file per kind of import, in German or English, with the headers the
importer recognises with certainty and rows it imports as they are (in the order of KINDS, the rows of one
file name the records of the files before it).

Built from KINDS, so a kind added there gets a template too: its columns come from its targets, its German
headers from the German words among its synonyms, its example values from the type of each column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path

from planner.core.importing.kinds import KINDS, Kind, Target, suggest_mapping
from planner.core.importing.values import fold
from planner.core.store.file_safety import written_whole

LANGUAGES = ("de", "en")
Text = str | tuple[str, str]  # the same in both languages, or (German, English)
Value = Text | int | float | date  # a choice as stored

# German headers, best first, by target name (or "kind.target"); a word is used only when the importer knows
# it for that target
_GERMAN: dict[str, tuple[str, ...]] = {
    "revenue.revenue": ("Umsatz",), "key": ("Kundennummer", "Produktnummer"),
    "name": ("Firma", "Produktname", "Ansprechpartner", "Name"),
    "domain": ("Webseite",), "industry": ("Branche",), "segment": ("Kundensegment",), "country": ("Land",),
    "city": ("Ort",), "regions": ("Regionen",), "employees": ("Mitarbeiter",),
    "potential_users": ("Potenzielle Nutzer",), "revenue": ("Jahresumsatz", "Umsatz"),
    "wallet": ("Gesamtbudget",), "owner": ("Betreuer", "Verantwortlich"), "tier": ("ABC-Klasse",),
    "notes": ("Bemerkungen", "Notiz"), "family": ("Produktfamilie",), "price": ("Listenpreis", "Preis"),
    "unit": ("Einheit",), "usage_metric": ("Nutzungsmetrik",), "expected_usage": ("Erwartete Nutzung",),
    "account": ("Kundennummer", "Kunde"), "product": ("Produktnummer", "Produkt"),
    "status": ("Vertragsstatus", "Status"), "since": ("Vertragsbeginn", "Startdatum"),
    "seats_licensed": ("Lizenzen",), "seats_in_use": ("Genutzte Lizenzen",),
    "renewal_date": ("Verlängerungsdatum",), "usage_limit": ("Nutzungslimit",), "region": ("Region",),
    "month": ("Monat",), "usage": ("Nutzung",), "expected": ("Soll-Nutzung",),
    "active_users": ("Aktive Nutzer",), "quarter": ("Quartal",), "first_name": ("Vorname",),
    "last_name": ("Nachname",), "email": ("E-Mail",), "role": ("Funktion", "Position"),
    "department": ("Abteilung",), "phone": ("Telefon",), "influence": ("Einfluss",),
    "contact": ("E-Mail", "Kontakt", "Ansprechpartner"), "date": ("Datum",), "score": ("NPS",),
    "comment": ("Kommentar",), "kind": ("Art", "Typ"), "minutes": ("Dauer (Min.)",),
    "summary": ("Zusammenfassung", "Betreff"), "next_step": ("Nächster Schritt",),
    "next_step_due": ("Fällig am",), "signal": ("Signalart",), "opportunities.key": ("Verkaufschance-ID",),
    "type": ("Verkaufsart",), "stage": ("Verkaufsphase", "Phase"), "value": ("Auftragswert", "Betrag"),
    "close_date": ("Abschlussdatum",), "created": ("Erstellt am",), "survey": ("Umfrage",),
    "answered": ("Beantwortet",), "topic": ("Thema",), "content": ("Inhalt",), "source": ("Quelle",),
    "detail": ("Beschreibung",),
}  # fmt: skip
# more German words a new kind's synonyms may hold, tried in the order of its synonyms
_GERMAN_WORDS = (
    "Betrag", "Wert", "Phase", "Stufe", "Quelle", "Herkunft", "Umfrage", "Befragung", "Beantwortet",
    "Antwort", "Thema", "Inhalt", "Titel", "Text", "Beschreibung", "Abschlussdatum", "Abschluss am",
    "Erwarteter Abschluss", "Datum", "Kunde", "Produkt", "Kontakt", "Ansprechpartner", "Art", "Typ",
    "Betreuer", "Abteilung", "Region", "Notiz", "Kommentar", "Signal", "Ereignis", "Anfrage",
)  # fmt: skip
# how a user writes a stored choice (where it is not the stored value itself, underscores as spaces)
_CHOICES = {
    "de": {
        "active": "aktiv", "trial": "Testphase", "cancelled": "gekündigt", "seat": "Nutzer",
        "licence": "Lizenz", "volume": "Volumen", "decision_maker": "Entscheider", "champion": "Fürsprecher",
        "influencer": "Beeinflusser", "user": "Anwender", "blocker": "Bremser", "call": "Anruf",
        "meeting": "Termin", "email": "E-Mail", "visit": "Besuch", "note": "Notiz", "1": "ja", "0": "nein",
        "outage": "Ausfall", "support_ticket": "Supportanfrage", "usage_limit_hit": "Nutzungslimit erreicht",
        "new_stakeholder": "Neuer Ansprechpartner", "content_engaged": "Webinar",
        "event_attended": "Veranstaltung", "demo_request": "Demoanfrage",
        "consultation_request": "Beratungsanfrage", "price_request": "Preisanfrage", "repeat": "Verlängerung",
        "upsell": "Upselling", "crosssell": "Cross-Selling", "signal": "erkannt", "interest": "Interesse",
        "nurturing": "Pflege", "mqn": "Marketing-qualifiziert", "in_sales": "im Vertrieb", "won": "gewonnen",
        "lost": "verloren",
    },
    "en": {"1": "yes", "0": "no", "upsell": "up-sell", "crosssell": "cross-sell",
           "mqn": "marketing-qualified need"},
}  # fmt: skip

_ACME, _NORD = "ACC-1001", "ACC-1002"
_ANNA, _JONAS = "anna.berger@mueller-maschinenbau.de", "jonas.wolf@nordlicht-logistik.de"
_SURVEY = ("Kundenumfrage 2026", "Customer survey 2026")
# example rows of the kinds we know; a kind without them gets rows made from the type of each column
_EXAMPLES: dict[str, Sequence[Mapping[str, Value]]] = {
    "accounts": (
        {"key": _ACME, "name": "Müller Maschinenbau GmbH", "domain": "mueller-maschinenbau.de",
         "industry": ("Maschinenbau", "Machinery"), "segment": ("Mittelstand", "Mid-market"),
         "country": ("Deutschland", "Germany"), "city": ("München", "Munich"), "regions": "DACH",
         "employees": 850, "potential_users": 400, "revenue": 48_000.0, "wallet": 250_000.0,
         "owner": "Jonas Behrendt", "tier": "A",
         "notes": ("Rahmenvertrag bis 2027", "Framework deal until 2027")},
        {"key": _NORD, "name": "Nordlicht Logistik AG", "domain": "nordlicht-logistik.de",
         "industry": ("Logistik", "Logistics"), "segment": ("Konzern", "Enterprise"),
         "country": ("Deutschland", "Germany"), "city": "Hamburg", "regions": "DACH; Nordics",
         "employees": 4_200, "potential_users": 1_500, "revenue": 12_500.5, "wallet": 400_000.0,
         "owner": "Anna Groß", "tier": "B", "notes": ""},
    ),
    "products": (
        {"key": "P-CRM", "name": "CRM Cloud", "family": "Cloud", "price": 480.0, "unit": "seat",
         "usage_metric": ("Anmeldungen pro Nutzer und Monat", "log-ins per user and month"),
         "expected_usage": 20.0},
        {"key": "P-BI", "name": "Analytics", "family": "Cloud", "price": 1_200.0, "unit": "licence",
         "usage_metric": ("Berichte pro Monat", "reports per month"), "expected_usage": 50.0},
    ),
    "holdings": (
        {"account": _ACME, "product": "P-CRM", "status": "active", "since": date(2024, 4, 1),
         "seats_licensed": 100, "seats_in_use": 72, "revenue": 48_000.0, "renewal_date": date(2027, 3, 31),
         "usage_limit": 2_500.0, "region": "DACH"},
        {"account": _NORD, "product": "P-BI", "status": "trial", "since": date(2026, 9, 15),
         "seats_licensed": 10, "seats_in_use": 4, "revenue": 0.0, "renewal_date": date(2026, 12, 15),
         "usage_limit": 100.0, "region": "Nordics"},
    ),
    "usage": (
        {"account": _ACME, "product": "P-CRM", "month": "2026-09", "usage": 1_310.0, "expected": 2_000.0,
         "active_users": 68},
        {"account": _ACME, "product": "P-CRM", "month": "2026-10", "usage": 1_442.5, "expected": 2_000.0,
         "active_users": 72},
    ),
    "revenue": (
        {"account": _ACME, "quarter": "2026-Q2", "revenue": 11_500.0},
        {"account": _ACME, "quarter": "2026-Q3", "revenue": 12_000.0},
    ),
    "contacts": (
        {"account": _ACME, "name": "Anna Berger", "email": _ANNA,
         "role": ("Leiterin Vertrieb", "Head of sales"),
         "department": ("Vertrieb", "Sales"), "region": "DACH", "phone": "+49 89 1234567",
         "influence": "decision_maker"},
        {"account": _NORD, "name": "Jonas Wolf", "email": _JONAS, "role": ("IT-Leiter", "Head of IT"),
         "department": "IT", "region": ("Norddeutschland", "Northern Germany"), "phone": "+49 40 7654321",
         "influence": "champion"},
    ),
    "nps": (
        {"contact": _ANNA, "date": date(2026, 9, 30), "score": 9,
         "comment": ("Schnelle Hilfe bei der Einführung", "Quick help with the roll-out")},
        {"contact": _JONAS, "date": date(2026, 10, 2), "score": 6,
         "comment": ("Berichte laden zu langsam", "Reports load too slowly")},
    ),
    "signals": (
        {"account": _ACME, "contact": _ANNA, "date": date(2026, 10, 8), "signal": "content_engaged",
         "product": "P-BI", "content": ("Webinar: Berichte in 5 Minuten", "Webinar: reports in 5 minutes"),
         "topic": "Analytics", "source": ("Marketing-Automation", "marketing automation")},
        {"account": _ACME, "date": date(2026, 10, 12), "signal": "new_stakeholder",
         "department": ("Einkauf", "Purchasing"), "region": ("Österreich", "Austria"),
         "detail": ("Neue Einkaufsleiterin in Wien", "New head of purchasing in Vienna"), "source": "CRM"},
        {"account": _NORD, "contact": _JONAS, "date": date(2026, 10, 21), "signal": "price_request",
         "product": "P-BI", "detail": ("Preis für 50 Nutzer angefragt", "Asked the price of 50 seats"),
         "source": ("Webformular", "web form")},
    ),
    "surveys": (
        {"contact": _ANNA, "date": date(2026, 9, 30), "survey": _SURVEY, "answered": 1},
        {"contact": _JONAS, "date": date(2026, 9, 30), "survey": _SURVEY, "answered": 0},
    ),
    "opportunities": (
        {"key": "OPP-2026-014", "account": _ACME, "product": "P-BI", "type": "crosssell",
         "stage": "nurturing", "value": 18_000.0, "close_date": date(2026, 12, 15), "source": "Webinar",
         "owner": "Jonas Behrendt",
         "created": date(2026, 10, 9), "notes": ("Berichte für den Vertrieb", "Reports for the sales team")},
        {"key": "OPP-2026-015", "account": _NORD, "product": "P-BI", "type": "upsell", "stage": "in_sales",
         "value": 24_000.0, "close_date": date(2027, 1, 31), "source": "CRM", "owner": "Anna Groß",
         "created": date(2026, 10, 22),
         "notes": ("Aus der Testphase: 50 Nutzer", "After the trial: 50 seats")},
    ),
    "touches": (
        {"account": _ACME, "kind": "meeting", "date": date(2026, 10, 14), "minutes": 45,
         "summary": ("Jahresgespräch: Ausbau auf 120 Nutzer", "Annual review: growing to 120 seats"),
         "next_step": ("Angebot schicken", "Send the offer"), "next_step_due": date(2026, 10, 28)},
        {"account": _NORD, "kind": "call", "date": date(2026, 10, 20), "minutes": 15,
         "summary": ("Testphase: erste Berichte", "Trial: first reports"),
         "next_step": ("Schulung planen", "Plan a training"), "next_step_due": date(2026, 11, 3)},
    ),
}  # fmt: skip
_FILE_NAMES = {  # file name of a template (after its number), by kind
    "de": {"accounts": "Kunden", "products": "Produkte", "holdings": "Produktbestand",
           "usage": "Nutzung pro Monat", "revenue": "Umsatz pro Quartal", "contacts": "Kontakte",
           "nps": "NPS-Antworten", "touches": "Kontaktpunkte", "signals": "Signale",
           "surveys": "Umfrageantworten",
           "opportunities": "Verkaufschancen"},
    "en": {"accounts": "accounts", "products": "products", "holdings": "holdings", "usage": "usage",
           "revenue": "revenue", "contacts": "contacts", "nps": "nps answers", "touches": "touches",
           "signals": "signals", "surveys": "survey answers", "opportunities": "opportunities"},
}  # fmt: skip


def headers(kind: Kind, lang: str) -> list[str]:
    """The template's header, one per column of `kind` (a name's parts left out: the name is there)."""
    chosen: list[str] = []
    for target in columns(kind):
        candidates = _german_candidates(kind, target) if lang == "de" else ()
        header = next((h for h in candidates if fold(h) not in {fold(c) for c in chosen}), target.name)
        chosen.append(header)
    while True:  # the importer must read each column as meant, else the column's own name is the header
        mapping = suggest_mapping(kind, chosen)
        wrong = [n for n, t in enumerate(columns(kind)) if mapping.get(t.name) != chosen[n] != t.name]
        if not wrong:
            return chosen
        for position in wrong:
            chosen[position] = columns(kind)[position].name


def columns(kind: Kind) -> list[Target]:
    """The targets a template fills: all but parts of another column (first and last name)."""
    return [t for t in kind.targets if t.column]


def rows(kind: Kind, lang: str) -> list[list[str]]:
    """The header and the example rows, each cell as a sales person's file in `lang` writes it."""
    examples = _EXAMPLES.get(kind.name) or [_made_up(kind, n) for n in range(2)]
    body = [[_cell(t, example.get(t.name, ""), lang) for t in columns(kind)] for example in examples]
    return [headers(kind, lang), *body]


def title(kind: Kind, lang: str) -> str:
    """What a file of `kind` holds, in `lang`: "Produktbestand", "holdings"."""
    return _FILE_NAMES[lang].get(kind.name, kind.name.replace("_", " "))


def file_name(kind: Kind, lang: str, number: int) -> str:
    """ "03 Produktbestand - Vorlage.csv": numbered in the order the files are best imported."""
    word = "Vorlage" if lang == "de" else "template"
    return f"{number:02d} {title(kind, lang)} - {word}.csv"


def template_bytes(kind: Kind, lang: str) -> bytes:
    """The file: German Excel's CSV (semicolons, decimal comma) or plain CSV (commas), UTF-8 with a BOM so
    that Excel shows the umlauts."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if lang == "de" else ",", lineterminator="\r\n")
    writer.writerows(rows(kind, lang))
    return buffer.getvalue().encode("utf-8-sig")


def write_templates(folder: Path, lang: str, kinds: Iterable[Kind] | None = None) -> list[Path]:
    """Write a template per kind (default: every kind) into `folder`; returns the files written. OSError
    when the folder cannot be written (the files written before it stay); a file already there is replaced."""
    if lang not in LANGUAGES:
        raise ValueError(f"no templates in {lang!r}")
    folder.mkdir(parents=True, exist_ok=True)
    order = list(KINDS.values())
    written = []
    for kind in kinds if kinds is not None else order:
        number = order.index(kind) + 1 if kind in order else len(order) + 1
        path = folder / file_name(kind, lang, number)
        with written_whole(path) as partial:  # a file is there whole or not at all
            partial.write_bytes(template_bytes(kind, lang))
        written.append(path)
    return written


def _german_candidates(kind: Kind, target: Target) -> list[str]:
    known = {fold(target.name), *(fold(s) for s in target.synonyms)}
    preferred = [h for h in (*_GERMAN.get(f"{kind.name}.{target.name}", ()), *_GERMAN.get(target.name, ()))
                 if fold(h) in known]  # fmt: skip
    by_synonym = {fold(w): w for w in _GERMAN_WORDS}
    return preferred + [by_synonym[fold(s)] for s in target.synonyms if fold(s) in by_synonym]


def _cell(target: Target, value: Value, lang: str) -> str:
    german = lang == "de"
    if target.kind == "choice" and value != "":
        stored = str(value)
        word = _CHOICES[lang].get(stored, stored.replace("_", " "))
        return word if fold(word) in target.choices else stored
    if isinstance(value, tuple):
        return value[0] if german else value[1]
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y") if german else value.isoformat()
    if isinstance(value, float):
        text = f"{value:,.2f}" if target.kind == "money" else f"{value:,.1f}"
        return text.replace(",", "_").replace(".", ",").replace("_", ".") if german else text.replace(",", "")
    if isinstance(value, int):
        return str(value)
    if target.kind == "month" and value:
        return f"{value[5:7]}.{value[:4]}" if german else value
    if target.kind == "quarter" and value:
        return f"{value[5:]} {value[:4]}" if german else value
    return value


def _made_up(kind: Kind, number: int) -> dict[str, Value]:
    """An example row for a kind without written examples, from the type of each column."""
    row: dict[str, Value] = {}
    for target in columns(kind):
        references = {"accounts": (_ACME, _NORD), "products": ("P-CRM", "P-BI"), "contacts": (_ANNA, _JONAS)}
        by_kind: dict[str, Value] = {
            "ref": references.get(target.ref, ("", ""))[number % 2],
            "email": (_ANNA, _JONAS)[number % 2],
            "date": date(2026, 10, 5 + 10 * number),
            "month": f"2026-{9 + number:02d}",
            "quarter": f"2026-Q{2 + number}",
            "int": 10 * (number + 1),
            "real": 1.5 * (number + 1),
            "money": 1_000.0 * (number + 1),
            "domain": ("mueller-maschinenbau.de", "nordlicht-logistik.de")[number % 2],
            "choice": list(dict.fromkeys(target.choices.values()))[number % len(target.choices)]
            if target.choices
            else "",
        }
        default: Value = (f"Beispiel {number + 1}", f"Example {number + 1}")
        row[target.name] = by_kind.get(target.kind, default)
    return row
