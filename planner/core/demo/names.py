"""Name pools of the demo book: companies, cities, people, departments, roles, and ASCII folding."""

from __future__ import annotations

import functools
import re
import unicodedata


def _pool(text: str) -> tuple[str, ...]:
    """Comma-separated entries over several lines, in the order written."""
    return tuple(entry.strip() for entry in text.replace("\n", ",").split(",") if entry.strip())


def _grouped(text: str) -> tuple[tuple[str, str], ...]:
    """Lines of 'group: entry, entry' as (entry, group) pairs, in the order written."""
    pairs: list[tuple[str, str]] = []
    for line in text.strip().splitlines():
        group, _, entries = line.partition(":")
        pairs.extend((entry, group.strip()) for entry in _pool(entries))
    return tuple(pairs)


COUNTRY_TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr"}
COUNTRY_PHONE = {"DE": "+49", "AT": "+43", "CH": "+41", "FR": "+33"}

# Cities per country, by the language of the companies there (Romandie speaks French).
CITIES_DE = {
    "DE": _pool("""
        München, Köln, Düsseldorf, Nürnberg, Stuttgart, Frankfurt am Main, Würzburg, Lübeck, Osnabrück,
        Göttingen, Saarbrücken, Münster, Tübingen, Fürth, Gütersloh, Lüneburg, Hamburg, Berlin, Leipzig,
        Dresden, Bremen, Hannover, Mannheim, Regensburg, Lörrach, Rüsselsheim, Bielefeld, Ulm, Kassel"""),
    "AT": _pool("""
        Wien, Graz, Linz, Salzburg, Innsbruck, Klagenfurt, Villach, Wels, St. Pölten, Dornbirn, Leoben,
        Bregenz, Wiener Neustadt, Steyr, Mödling"""),
    "CH": _pool("Zürich, Basel, Bern, Luzern, St. Gallen, Winterthur, Zug, Schaffhausen, Aarau, Thun, Chur"),
}
CITIES_FR = {
    "FR": _pool("""
        Paris, Lyon, Marseille, Toulouse, Nantes, Strasbourg, Lille, Bordeaux, Rennes, Grenoble, Orléans,
        Besançon, Nîmes, Clermont-Ferrand, Saint-Étienne, Angers, Reims, Le Mans, Dijon, Montpellier"""),
    "CH": _pool("Genève, Lausanne, Neuchâtel, Fribourg, Sion, Montreux, Yverdon-les-Bains"),
}

# Company name parts as (word, industry); the industries are the labels the app shows.
TRADES_DE = _grouped("""
    Maschinenbau: Präzisionstechnik, Maschinenbau, Antriebstechnik, Anlagenbau, Werkzeugbau
    Lebensmittel & Getränke: Feinkost, Molkerei, Backwaren, Getränke
    Chemie & Pharma: Chemie, Pharma, Labortechnik
    Logistik: Logistik, Spedition, Lagertechnik
    Elektrotechnik: Elektrotechnik, Schaltanlagen, Sensorik
    Bauwesen: Bau, Holzbau, Fassadentechnik
    Großhandel: Großhandel, Handelshaus
    Energie: Energie, Solartechnik
    Automobilzulieferer: Fahrzeugteile, Kunststofftechnik, Gießerei
    Medizintechnik: Medizintechnik, Dentaltechnik
    Möbel & Einrichtung: Möbelwerke, Küchenbau
    Papier & Verpackung: Verpackungen, Druckerei
    Textil & Mode: Textilwerke
    Gebäudetechnik: Kältetechnik, Haustechnik
""")
PREFIXES_DE = _grouped("""
    Lebensmittel & Getränke: Brauerei, Mühle, Weingut, Molkerei
    Energie: Stadtwerke
    Finanzdienstleistungen: Privatbank
    Gesundheitswesen: Klinikum
    Medien: Verlag
    Logistik: Spedition
""")
FANCY_DE = _pool("""
    Fürstenhöfer, Alpenland, Südstern, Nordwerk, Bergkristall, Rheintal, Donautal, Schwarzwald, Bodensee,
    Weißenfels, Löwenhof, Sonnenbühl, Grünwald, Eichenhöfer, Mühlbach, Tannhäuser, Seeblick, Hochfeld,
    Königsbrück, Rosenthaler, Falkenstein, Adlerhorst, Edelweiß, Wendelstein, Lindenhöfer""")
FORMS_DE = {
    "DE": _pool("GmbH, AG, GmbH & Co. KG, KG, SE"),
    "AT": _pool("GmbH, AG, GesmbH"),
    "CH": ("AG", "GmbH"),
}

TRADES_FR = _grouped("""
    Elektrotechnik: Électronique
    Maschinenbau: Mécanique, Industrie
    Chemie & Pharma: Chimie, Pharma
    Logistik: Logistique, Transports
    Bauwesen: Bâtiment
    Energie: Énergies
    Papier & Verpackung: Emballages
    Textil & Mode: Textiles
    Lebensmittel & Getränke: Alimentaire, Fromageries
    Medizintechnik: Médical
    Großhandel: Distribution
""")
PREFIXES_FR = _grouped("""
    Maschinenbau: Ateliers
    Chemie & Pharma: Laboratoires
    Logistik: Transports
    Großhandel: Groupe
    Lebensmittel & Getränke: Domaine
    Papier & Verpackung: Imprimerie
    Automobilzulieferer: Fonderie
    Gesundheitswesen: Clinique
""")
SOCIETE_FR = _grouped("""
    Maschinenbau: Générale d'Équipement, Alsacienne de Mécanique, Savoyarde de Précision
    Chemie & Pharma: Lyonnaise de Chimie Fine
    Elektrotechnik: Européenne d'Électricité
    Bauwesen: Nouvelle des Matériaux
    Logistik: Méditerranéenne de Logistique
    Papier & Verpackung: Française d'Emballage
""")
FORMS_FR = {"FR": ("SAS", "SA", "SARL"), "CH": ("SA", "Sàrl")}

# People: first names (female, male) and last names per language.
FIRST_DE = (
    _pool("""
        Anna, Käthe, Lena, Sophie, Marie, Hannah, Julia, Katrin, Sabine, Birgit, Ute, Mareike, Jana, Özlem,
        Dörte, Lea, Franziska, Anja, Bärbel, Carola, Elif, Nicole, Svenja, Theresa, Verena, Zoë, Jördis"""),
    _pool("""
        Thomas, Michael, Andreas, Stefan, Matthias, Jürgen, Jörg, Björn, Sören, Günter, Hans-Jürgen, Lukas,
        Felix, Maximilian, Tobias, Florian, Mehmet, Uwe, Ralf, Dirk, Sebastian, Jan, Benedikt, Moritz,
        Niklas, Till, Bernd, René, Fabian, Kai"""),
)
LAST_DE = _pool("""
    Müller, Schäfer, Köhler, Krüger, Möller, Schröder, Jäger, Günther, Vögele, Weiß, Groß, Bäumer, Fürst,
    Lämmle, Hölzl, Brückner, Schütz, Böhm, Kühn, Förster, Hoffmann, Wagner, Becker, Schulz, Fischer, Weber,
    Meyer, Zimmermann, Hartmann, Krause, Wolf, Neumann, Schwarz, Braun, Hofmann, Lehmann, Maier, Huber,
    Gruber, Pichler, Moser, Steiner, Egger, Baumgartner, Zürcher, Keller, Brunner, Frei, Gerber, Öztürk,
    Yılmaz, Nowak, Kowalski, Dürr, Kößler, Mäder, Rößler, Stöckl, Wüst, Haßler""")
FIRST_FR = (
    _pool("""
        Camille, Léa, Chloé, Manon, Émilie, Hélène, Céline, Zoé, Inès, Margaux, Élodie, Aurélie, Sophie,
        Claire, Amélie, Noémie, Anaïs, Gaëlle, Mathilde, Océane"""),
    _pool("""
        Jérôme, François, Stéphane, Frédéric, Sébastien, Benoît, Rémi, Hervé, Grégoire, Loïc, Théo, Mathéo,
        Nicolas, Julien, Pierre, Antoine, Étienne, Gaël, Noël, Cédric"""),
)
LAST_FR = _pool("""
    Dubois, Lefèvre, Bérard, Mériaux, Lemaître, Moreau, Girard, Rousseau, Fontaine, Chevalier, Gauthier,
    Perrin, Morel, Mercier, Dupré, Lacroix, Faure, André, Barthélemy, Caron, Léger, Clément, Bouvier,
    Rémond, Thébault, Hébert, Ménard, Besnard, Lefèbvre, Beaulieu""")

# Our sales team (account owners) and the colleagues who join QBRs.
OWNERS = ("Katrin Vogt", "Jonas Behrendt", "Sophie Lämmle", "Mehmet Öztürk", "Claire Dubois")
COLLEAGUES = ("Tobias Kränzle", "Inès Marchand", "Jana Weißbach")

DEPARTMENTS = _pool(
    "Geschäftsführung, Einkauf, IT, Vertrieb, Marketing, Produktion, Finanzen, Personal, Logistik"
)
# Role titles per department as (female, male).
ROLES = {
    "Geschäftsführung": ("Geschäftsführerin", "Geschäftsführer"),
    "Einkauf": ("Leiterin Einkauf", "Leiter Einkauf"),
    "IT": ("IT-Leiterin", "IT-Leiter"),
    "Vertrieb": ("Vertriebsleiterin", "Vertriebsleiter"),
    "Marketing": ("Marketing-Managerin", "Marketing-Manager"),
    "Produktion": ("Produktionsleiterin", "Produktionsleiter"),
    "Finanzen": ("Controllerin", "Controller"),
    "Personal": ("Personalreferentin", "Personalreferent"),
    "Logistik": ("Teamleiterin Logistik", "Teamleiter Logistik"),
}
USER_ROLES = (
    ("Key-Userin", "Key-User"),
    ("Sachbearbeiterin", "Sachbearbeiter"),
    ("Projektleiterin", "Projektleiter"),
)

_NOT_WORD = re.compile("[^a-z0-9]+")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i"})


def ascii_fold(text: str) -> str:
    """German umlauts as ae/oe/ue/ss, other accents dropped: 'Schäfer' -> 'Schaefer', 'Zoë' -> 'Zoe'."""
    text = text.translate(_FOLD)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-': 'Müller & Söhne' -> 'mueller-soehne'."""
    return _NOT_WORD.sub("-", ascii_fold(text).lower()).strip("-")


@functools.cache
def name_slug(name: str) -> str:
    """slug() of a first or last name from the pools, remembered: e-mail addresses reuse them all the time."""
    return slug(name)
