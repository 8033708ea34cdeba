"""What a file can hold (accounts, products, holdings, usage, revenue, contacts, NPS answers, touches;
signals, survey answers and opportunities in activity_kinds.py), the columns of each with the headers English,
German, HubSpot and Salesforce exports use for them, and how a row finds the record it updates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planner.core.importing.activity_kinds import OPPORTUNITIES, SIGNALS, SURVEYS
from planner.core.importing.fields import ACCOUNT_REF as _ACCOUNT_REF
from planner.core.importing.fields import CONTACT_REF, Kind, Target
from planner.core.importing.fields import PRODUCT_REF as _PRODUCT_REF
from planner.core.importing.fields import REVENUE as _REVENUE
from planner.core.importing.fields import choices as _choices
from planner.core.importing.values import fold

__all__ = ["KINDS", "Kind", "Target", "detect_kind", "missing_targets", "shape", "suggest_mapping"]

TIERS = _choices(A=(), B=(), C=())
UNITS = _choices(seat=("seats", "platz", "plaetze", "user", "nutzer"), licence=("license", "lizenz"),
                 volume=("volumen", "usage", "nutzung"))  # fmt: skip
STATUSES = _choices(
    active=("aktiv", "live", "active customer", "kunde", "customer"),
    trial=("test", "testphase", "pilot", "poc", "trial period"),
    cancelled=("canceled", "gekuendigt", "churned", "inaktiv", "inactive", "beendet"),
)
INFLUENCES = _choices(
    decision_maker=("decision maker", "entscheider", "entscheiderin", "economic buyer"),
    champion=("fuersprecher", "fuersprecherin", "promoter"),
    influencer=("beeinflusser", "einflussnehmer", "influencer"),
    user=("anwender", "anwenderin", "nutzer", "end user"),
    blocker=("gegner", "bremser", "detractor"),
)
TOUCH_KINDS = _choices(
    call=("anruf", "telefonat", "phone", "phone call", "telefon"),
    meeting=("termin", "besprechung", "meeting", "video call", "videocall", "teams"),
    email=("e-mail", "mail"),
    visit=("besuch", "kundenbesuch", "vor ort", "on site"),
    qbr=("quarterly business review", "business review"),
    note=("notiz", "task", "aufgabe", "other", "sonstiges"),
)

# In a file of holdings these mean what the holding earns per year; in one of accounts "annual revenue" is the
# company's own turnover (HubSpot's and Salesforce's "Annual Revenue"), which the portfolio does not keep.
_HOLDING_REVENUE = (*_REVENUE, "annual revenue", "annual contract value", "acv", "jahresvertragswert")

ACCOUNTS = Kind(
    "accounts", "accounts",
    (
        Target("key", "key", synonyms=("external id", "id", "account id", "account number", "record id",
               "company id", "crm id", "kundennummer", "kundennr", "kunden nr", "kunden id", "debitor",
               "debitorennummer", "customer id", "customer number", "account key")),
        Target("name", "name", required_new=True, synonyms=("account name", "company name", "company",
               "name", "customer", "customer name", "kunde", "kundenname", "firma", "firmenname",
               "unternehmen", "organisation", "organization")),
        Target("domain", "domain", "domain", synonyms=("website", "web", "company domain name", "domain name",
               "webseite", "homepage", "url", "internetadresse")),
        Target("industry", "industry", synonyms=("branche", "sector", "sektor", "industrie")),
        Target("segment", "segment", synonyms=("kundensegment", "customer segment", "account type", "typ",
               "type", "kategorie", "category")),
        Target("country", "country", "country", original="country_original", synonyms=("land",
               "country region", "billing country", "staat", "country code", "laendercode")),
        Target("city", "city", synonyms=("ort", "stadt", "billing city", "sitz")),
        Target("regions", "regions", "list", synonyms=("regionen", "region", "markets", "maerkte")),
        Target("employees", "employees", "int", synonyms=("number of employees", "mitarbeiter",
               "mitarbeiterzahl", "anzahl mitarbeiter", "beschaeftigte", "headcount", "company size")),
        Target("potential_users", "potential_users", "int", synonyms=("potential users", "potenzielle nutzer",
               "moegliche nutzer", "nutzerpotenzial", "user potential", "addressable users")),
        Target("revenue", "revenue_cents", "money", synonyms=_REVENUE),
        Target("wallet", "wallet_cents", "money", synonyms=("share of wallet base", "wallet size", "budget",
               "it budget", "total budget", "kundenbudget", "gesamtbudget", "wallet eur")),
        Target("owner", "owner", synonyms=("account owner", "company owner", "contact owner", "betreuer",
               "betreuerin", "kundenbetreuer", "key account manager", "kam", "verantwortlich",
               "zustaendig", "vertriebsmitarbeiter", "sales rep")),
        Target("tier", "tier_override", "choice", choices=TIERS, synonyms=("abc", "abc klasse",
               "klasse", "account tier", "kundenklasse", "rating")),
        Target("notes", "notes", synonyms=("description", "beschreibung", "notizen", "bemerkung",
               "bemerkungen", "kommentar", "comment")),
    ),
    match=(("key",), ("domain",), ("name", "country")),
)  # fmt: skip

PRODUCTS = Kind(
    "products", "products",
    (
        Target("key", "key", required=True, synonyms=("product key", "product id", "product code", "sku",
               "produkt id", "produktnummer", "artikelnummer", "artikelnr", "code")),
        Target("name", "name", required_new=True, synonyms=("product name", "produkt", "produktname",
               "bezeichnung", "artikel", "product")),
        Target("family", "family", synonyms=("product family", "produktfamilie", "produktlinie",
               "product line", "gruppe", "group")),
        Target("price", "price_cents", "money", synonyms=("list price", "listenpreis", "preis", "unit price",
               "stueckpreis", "price per unit")),
        Target("unit", "unit", "choice", choices=UNITS, synonyms=("einheit", "pricing unit",
               "abrechnungseinheit")),
        Target("usage_metric", "usage_metric", synonyms=("usage metric", "nutzungsmetrik", "metrik",
               "metric", "kennzahl")),
        Target("expected_usage", "expected_usage", "real", synonyms=("expected usage", "erwartete nutzung",
               "soll nutzung", "benchmark", "target usage")),
    ),
    match=(("key",), ("name",)),
)  # fmt: skip

HOLDINGS = Kind(
    "holdings", "holdings",
    (
        Target("account", "account_id", "ref", required=True, ref="accounts", synonyms=_ACCOUNT_REF),
        Target("product", "product_id", "ref", required=True, ref="products", synonyms=_PRODUCT_REF),
        Target("status", "status", "choice", choices=STATUSES, synonyms=("vertragsstatus",
               "contract status", "subscription status", "zustand")),
        Target("since", "since", "date", synonyms=("start", "start date", "startdatum", "beginn",
               "vertragsbeginn", "contract start", "kunde seit", "seit")),
        Target("seats_licensed", "seats_licensed", "int", synonyms=("seats", "licences", "licenses",
               "lizenzen", "lizenziert", "seats licensed", "anzahl lizenzen", "gekaufte lizenzen")),
        Target("seats_in_use", "seats_in_use", "int", synonyms=("seats in use", "seats used",
               "genutzte lizenzen", "lizenzen genutzt", "in use", "in nutzung", "assigned seats")),
        Target("revenue", "revenue_cents", "money", synonyms=_HOLDING_REVENUE),
        Target("renewal_date", "renewal_date", "date", synonyms=("renewal", "renewal date", "verlaengerung",
               "verlaengerungsdatum", "contract end", "vertragsende", "laufzeitende", "end date")),
        Target("usage_limit", "usage_limit", "real", synonyms=("limit", "usage limit", "nutzungslimit",
               "kontingent", "quota")),
        Target("region", "region", synonyms=("regionen",)),
    ),
    match=(("account_id", "product_id"),),
)  # fmt: skip

USAGE = Kind(
    "usage", "usage_snapshots",
    (
        Target("account", "account_id", "ref", required=True, ref="accounts", synonyms=_ACCOUNT_REF),
        Target("product", "product_id", "ref", required=True, ref="products", synonyms=_PRODUCT_REF),
        Target("month", "period", "month", required=True, synonyms=("period", "monat", "zeitraum",
               "periode", "date", "datum", "stichtag", "snapshot date", "month year")),
        Target("usage", "usage_value", "real", required=True, synonyms=("usage value", "nutzung", "verbrauch",
               "actual usage", "ist nutzung", "value", "wert", "nutzungswert", "events", "sessions")),
        Target("expected", "expected_value", "real", synonyms=("expected usage", "erwartet",
               "erwartete nutzung", "soll", "soll nutzung", "benchmark", "target")),
        Target("active_users", "active_users", "int", synonyms=("active users", "aktive nutzer",
               "aktive user", "mau", "monthly active users", "users", "nutzer")),
    ),
    match=(("account_id", "product_id", "period"),),
)  # fmt: skip

REVENUE = Kind(
    "revenue", "revenue_by_period",
    (
        Target("account", "account_id", "ref", required=True, ref="accounts", synonyms=_ACCOUNT_REF),
        Target("quarter", "period", "quarter", required=True, synonyms=("period", "quartal", "zeitraum",
               "periode", "fiscal quarter", "geschaeftsquartal")),
        Target("revenue", "revenue_cents", "money", required=True, synonyms=_REVENUE),
    ),
    match=(("account_id", "period"),),
)  # fmt: skip

CONTACTS = Kind(
    "contacts", "contacts",
    (
        Target("account", "account_id", "ref", required=True, ref="accounts", synonyms=_ACCOUNT_REF),
        Target("name", "name", required_new=True, synonyms=("full name", "contact name", "contact",
               "ansprechpartner", "ansprechpartnerin", "kontakt", "person", "vollstaendiger name")),
        Target("first_name", "", synonyms=("first name", "vorname", "given name")),
        Target("last_name", "", synonyms=("last name", "nachname", "familienname", "surname")),
        Target("email", "email", "email", synonyms=("e mail", "email address", "e mail adresse", "mail",
               "emailadresse")),
        Target("role", "role", synonyms=("job title", "title", "titel", "position", "funktion", "rolle",
               "jobtitel", "berufsbezeichnung")),
        Target("department", "department", synonyms=("abteilung", "bereich", "fachbereich", "team")),
        Target("region", "region", synonyms=("mailing country", "standort", "land", "country")),
        Target("phone", "phone", synonyms=("phone number", "telefon", "telefonnummer", "mobile",
               "mobile phone", "mobil", "handy", "tel")),
        Target("influence", "influence", "choice", choices=INFLUENCES, synonyms=("einfluss",
               "buying role", "kaufrolle", "contact role", "entscheidungsrolle")),
    ),
    match=(("email",), ("name", "account_id")),
)  # fmt: skip

NPS = Kind(
    "nps", "nps_answers",
    (
        Target("contact", "contact_id", "ref", required=True, ref="contacts", synonyms=CONTACT_REF),
        Target("date", "answered_on", "date", required=True, synonyms=("answered on", "response date",
               "datum", "antwortdatum", "submitted at", "submitted", "beantwortet am", "timestamp")),
        Target("score", "score", "int", required=True, maximum=10, synonyms=("nps", "nps score",
               "bewertung", "punkte", "empfehlung", "recommendation score", "likelihood to recommend",
               "weiterempfehlung")),
        Target("comment", "comment", synonyms=("kommentar", "begruendung", "feedback", "anmerkung",
               "reason", "why")),
    ),
    match=(("contact_id", "answered_on"),),
)  # fmt: skip

TOUCHES = Kind(
    "touches", "touches",
    (
        Target("account", "account_id", "ref", required=True, ref="accounts", synonyms=_ACCOUNT_REF),
        Target("kind", "kind", "choice", required=True, choices=TOUCH_KINDS, synonyms=("activity type",
               "type", "art", "typ", "aktivitaet", "kontaktart", "task type", "activity", "channel",
               "kanal")),
        Target("date", "touched_on", "date", required=True, synonyms=("activity date", "datum", "am",
               "kontaktdatum", "due date", "created date", "erstellt am", "touched on")),
        Target("minutes", "minutes", "int", synonyms=("duration", "dauer", "dauer min", "minuten",
               "duration minutes", "call duration")),
        Target("summary", "summary", synonyms=("subject", "betreff", "zusammenfassung", "notes", "notiz",
               "description", "beschreibung", "body", "inhalt")),
        Target("next_step", "next_step", synonyms=("next step", "naechster schritt", "follow up",
               "wiedervorlage")),
        Target("next_step_due", "next_step_due", "date", synonyms=("next step due", "follow up date",
               "faellig", "faellig am", "wiedervorlage am")),
    ),
    match=(("account_id", "touched_on", "kind", "summary"),),
)  # fmt: skip

KINDS: dict[str, Kind] = {k.name: k for k in (ACCOUNTS, PRODUCTS, HOLDINGS, USAGE, REVENUE, CONTACTS, NPS,
                                              TOUCHES, SIGNALS, SURVEYS, OPPORTUNITIES)}  # fmt: skip
_SPECIFIC = {  # a header that only this kind of file has (it wins over a kind with more common columns)
    "usage": ("month", "usage", "expected", "active_users"),
    "revenue": ("quarter",),
    "nps": ("score",),
    "touches": ("kind", "minutes", "next_step"),
    "holdings": ("seats_licensed", "seats_in_use", "renewal_date", "status", "since", "usage_limit"),
    "contacts": ("email", "role", "department", "first_name", "last_name", "phone", "influence"),
    "products": ("family", "price", "unit", "usage_metric", "expected_usage"),
    "accounts": ("domain", "industry", "employees", "potential_users", "wallet", "city", "segment"),
    "signals": ("signal", "content", "topic"),
    "surveys": ("survey", "answered"),
    "opportunities": ("stage", "close_date"),
}


def suggest_mapping(kind: Kind, headers: Sequence[str]) -> dict[str, str]:
    """target name -> the header that holds it, from the synonym list (exact names first)."""
    folded = {fold(h): h for h in reversed(headers)}
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for exact_only in (True, False):
        for target in kind.targets:
            if target.name in mapping:
                continue
            words = (target.name,) if exact_only else (target.name, *target.synonyms)
            for word in words:
                header = folded.get(fold(word))
                if header is not None and header not in used:
                    mapping[target.name] = header
                    used.add(header)
                    break
    if "name" in mapping and kind.name == "contacts" and {"first_name", "last_name"} <= set(mapping):
        del mapping["name"]  # HubSpot has both; the parts are more reliable than a display name
    return mapping


def detect_kind(headers: Sequence[str]) -> tuple[Kind | None, dict[str, str]]:
    """The kind whose required columns are all there and which maps the most headers."""
    best: tuple[tuple[int, int, int], Kind | None, dict[str, str]] = ((-1, 0, 0), None, {})
    for order, kind in enumerate(KINDS.values()):
        mapping = suggest_mapping(kind, headers)
        if missing_targets(kind, mapping):
            continue
        specific = sum(1 for name in _SPECIFIC.get(kind.name, ()) if name in mapping)
        score = (specific, len(mapping), -order)
        if score > best[0]:
            best = (score, kind, mapping)
    return best[1], best[2]


def missing_targets(kind: Kind, mapping: Mapping[str, str]) -> list[Target]:
    """Required targets the mapping leaves out (a contact's name may come from first and last name)."""
    missing = [t for t in kind.required if t.name not in mapping]
    if kind.name in ("accounts", "contacts") and "name" not in mapping:
        has_parts = kind.name == "contacts" and ("first_name" in mapping or "last_name" in mapping)
        identified = any(n in mapping for n in ("key", "domain", "email"))
        if not has_parts and not identified:
            missing.append(kind.target("name"))
    return missing


def shape(headers: Sequence[str]) -> str:
    """A file's shape: its folded headers, in order. Files of the same shape share a remembered mapping."""
    return "|".join(fold(h) for h in headers)
