"""What CRMs, support desks and marketing tools report about the accounts: signals, survey answers and
opportunities, with the headers and words English, German, HubSpot and Salesforce exports use for them."""

from __future__ import annotations

from planner.core.importing.fields import ACCOUNT_REF, CONTACT_REF, PRODUCT_REF, Kind, Target, choices
from planner.core.importing.values import fold

SIGNAL_KINDS = choices(
    outage=("ausfall", "stoerung", "incident", "downtime", "service outage", "betriebsstoerung",
            "systemausfall", "major incident"),
    support_ticket=("ticket", "support ticket", "support", "case", "support case", "supportfall",
                    "helpdesk ticket", "service request", "serviceanfrage", "supportanfrage", "problem",
                    "question", "frage", "feature request"),
    usage_limit_hit=("usage limit reached", "usage limit hit", "limit reached", "limit erreicht",
                     "nutzungslimit erreicht", "quota reached", "kontingent erreicht", "usage limit",
                     "nutzungslimit", "kontingent ausgeschoepft"),
    new_stakeholder=("new stakeholder", "neuer stakeholder", "new contact", "neuer kontakt", "new user",
                     "neuer nutzer", "neuer ansprechpartner", "sign up", "signup", "registrierung",
                     "neue registrierung"),
    content_engaged=("content", "content engaged", "content engagement", "inhalt", "download", "whitepaper",
                     "webinar", "newsletter", "newsletter click", "ebook", "e book", "page view",
                     "seitenaufruf", "form submission", "formular", "email click", "case study",
                     "fallstudie", "video", "blog"),
    event_attended=("event", "event attended", "veranstaltung", "messe", "trade show", "konferenz",
                    "conference", "user group", "anwendertreffen", "roadshow", "workshop",
                    "veranstaltung besucht", "event teilnahme"),
    demo_request=("demo", "demo request", "demoanfrage", "request a demo", "demo angefragt", "produktdemo",
                  "demo requested"),
    consultation_request=("consultation", "consultation request", "beratung", "beratungsanfrage",
                          "beratung angefragt", "contact sales", "contact request", "kontaktanfrage",
                          "rueckrufbitte", "callback request", "meeting request", "terminanfrage"),
    price_request=("price request", "pricing request", "preisanfrage", "quote request", "angebotsanfrage",
                   "angebot angefragt", "price indication", "preisindikation", "pricing", "preis", "quote"),
)  # fmt: skip

SIGNALS = Kind(
    "signals", "signals",
    (
        Target("account", "account_id", "ref", required=True, ref="accounts", synonyms=ACCOUNT_REF),
        Target("contact", "contact_id", "ref", ref="contacts", synonyms=(*CONTACT_REF, "contact", "person",
               "lead", "lead email")),
        Target("date", "occurred_on", "date", required=True, synonyms=("occurred on", "datum", "event date",
               "ereignisdatum", "created date", "create date", "erstellt am", "timestamp", "zeitpunkt",
               "activity date", "am", "date time opened", "opened date", "eroeffnet am")),
        Target("signal", "kind", "choice", required=True, choices=SIGNAL_KINDS, synonyms=("kind",
               "signal type", "signalart", "type", "art", "typ", "event type", "ereignis", "ereignisart",
               "activity type", "category", "kategorie")),
        Target("product", "product_id", "ref", ref="products", synonyms=PRODUCT_REF),
        Target("content", "content", synonyms=("content name", "asset", "asset name", "campaign",
               "campaign name", "kampagne", "inhalt", "titel", "title", "page title", "form name",
               "email name", "dokument", "document", "event name", "veranstaltung")),
        Target("topic", "topic", synonyms=("thema", "content topic", "themengebiet", "themenbereich",
               "interest", "interesse", "product interest", "produktinteresse")),
        Target("department", "department", synonyms=("abteilung", "bereich", "fachbereich", "team")),
        Target("region", "region", synonyms=("standort", "country", "land", "location")),
        Target("detail", "detail", synonyms=("details", "description", "beschreibung", "notes", "notiz",
               "notizen", "text", "free text", "freitext", "comment", "kommentar", "bemerkung", "subject",
               "betreff", "message", "nachricht", "summary", "zusammenfassung")),
        Target("source", "source", synonyms=("quelle", "herkunft", "lead source", "original source", "system",
               "channel", "kanal", "origin", "source system", "quellsystem", "case origin")),
    ),
    # an event is known by everything that tells it from another one: importing the same file again
    # finds each signal; only its topic and source can change
    match=(("account_id", "occurred_on", "kind", "contact_id", "product_id", "content", "department",
            "region", "detail"),),
)  # fmt: skip

_YES = ("yes", "ja", "j", "y", "true", "wahr", "x", "1", "answered", "beantwortet", "responded", "completed",
        "complete", "abgeschlossen", "teilgenommen", "done", "erledigt", "partial", "teilweise")  # fmt: skip
_NO = ("no", "nein", "n", "false", "falsch", "0", "not answered", "nicht beantwortet", "unanswered",
       "no response", "keine antwort", "open", "offen", "declined", "abgelehnt", "pending", "ausstehend",
       "bounced", "sent", "gesendet", "versendet", "not started", "nicht begonnen",
       "in progress")  # fmt: skip
YES_NO: dict[str, str | int] = {**{fold(w): 1 for w in _YES}, **{fold(w): 0 for w in _NO}}

SURVEYS = Kind(
    "surveys", "survey_responses",
    (
        Target("contact", "contact_id", "ref", required=True, ref="contacts", synonyms=CONTACT_REF),
        Target("date", "answered_on", "date", required=True, synonyms=("answered on", "response date",
               "datum", "antwortdatum", "submitted at", "submitted", "beantwortet am", "timestamp",
               "survey date", "umfragedatum", "teilnahmedatum", "completed at", "completion date",
               "abgeschlossen am")),
        Target("survey", "survey", required=True, synonyms=("survey name", "umfrage", "befragung",
               "survey title", "fragebogen", "questionnaire", "umfragename", "name der umfrage", "titel",
               "title")),
        Target("answered", "answered", "choice", choices=YES_NO, synonyms=("beantwortet", "responded",
               "response status", "status", "completed", "abgeschlossen", "teilgenommen", "participated",
               "antwort erhalten")),
    ),
    match=(("contact_id", "survey", "answered_on"),),
)  # fmt: skip

OPPORTUNITY_KINDS = choices(
    repeat=("renewal", "verlaengerung", "erneuerung", "wiederkauf", "renew", "repeat business",
            "folgeauftrag", "existing customer replacement", "existing customer downgrade"),
    upsell=("up sell", "upselling", "up selling", "upgrade", "existing customer upgrade", "expansion",
            "erweiterung", "aufstockung", "ausbau", "existing business", "existingbusiness"),
    crosssell=("cross sell", "cross selling", "crossselling", "new business", "newbusiness", "neugeschaeft",
               "new product", "neues produkt", "zusatzgeschaeft", "new customer"),
)  # fmt: skip
# Our readiness stages (moments/opportunities.py) for Salesforce's, HubSpot's and German words; README.md
# explains the mapping: before qualification interest, qualified the marketing-qualified need, every later
# open stage in sales.
OPPORTUNITY_STAGES = choices(
    signal=("erkannt", "identified", "suspect"),
    interest=("interesse", "prospecting", "prospect", "akquise", "interessent", "appointmentscheduled",
              "appointment scheduled", "termin vereinbart", "erstgespraech"),
    nurturing=("pflege", "reifung", "lead nurturing", "in nurturing"),
    mqn=("mql", "marketing qualified", "marketing qualified lead", "marketing qualified need",
         "marketing qualifizierter bedarf", "marketing qualifiziert", "qualification", "qualifizierung",
         "qualifiedtobuy", "qualified to buy", "qualifiziert", "kaufbereit"),
    in_sales=("in sales", "im vertrieb", "sales", "vertrieb", "needs analysis", "bedarfsanalyse",
              "value proposition", "nutzenargumentation", "id decision makers", "decision makers",
              "entscheidungstraeger identifizieren", "perception analysis", "wahrnehmungsanalyse",
              "proposal price quote", "proposal", "angebot preisangebot", "angebot", "offer",
              "negotiation review", "negotiation", "verhandlung ueberpruefung", "verhandlung",
              "presentationscheduled", "presentation scheduled", "praesentation geplant",
              "decisionmakerboughtin", "decision maker bought in", "contractsent", "contract sent",
              "vertrag versendet", "sql", "sales qualified"),
    won=("gewonnen", "closed won", "closedwon", "geschlossen und gewonnen", "geschlossen gewonnen",
         "abgeschlossen gewonnen", "auftrag", "auftrag erhalten", "deal won"),
    lost=("verloren", "closed lost", "closedlost", "geschlossen und verloren", "geschlossen verloren",
          "abgeschlossen verloren", "abgesagt", "deal lost", "kein auftrag"),
)  # fmt: skip

OPPORTUNITIES = Kind(
    "opportunities", "opportunities",
    (
        Target("key", "external_id", synonyms=("opportunity id", "deal id", "record id", "opportunity number",
               "external id", "id", "crm id", "verkaufschance id", "verkaufschancen id", "chancen id",
               "deal number")),
        Target("account", "account_id", "ref", required=True, ref="accounts", synonyms=ACCOUNT_REF),
        Target("product", "product_id", "ref", ref="products", synonyms=(*PRODUCT_REF, "primary product",
               "hauptprodukt")),
        Target("type", "kind", "choice", choices=OPPORTUNITY_KINDS, synonyms=("kind", "opportunity type",
               "deal type", "typ", "art", "verkaufsart", "geschaeftsart", "business type")),
        Target("stage", "stage", "choice", required=True, choices=OPPORTUNITY_STAGES, synonyms=(
               "deal stage", "opportunity stage", "phase", "stufe", "reifegrad", "verkaufsphase",
               "pipeline stage", "status")),
        Target("value", "value_cents", "money", synonyms=("amount", "betrag", "deal amount",
               "opportunity amount", "wert", "volumen", "auftragswert", "deal value", "umsatz", "revenue",
               "annual contract value", "acv", "arr")),
        Target("close_date", "close_on", "date", synonyms=("close date", "expected close date",
               "closing date", "abschlussdatum", "erwarteter abschluss", "voraussichtliches abschlussdatum",
               "abschluss am", "schlusstermin", "abschluss")),
        Target("source", "source", synonyms=("lead source", "quelle", "herkunft", "original source",
               "deal source", "leadquelle", "lead quelle", "opportunity source", "original source type")),
        Target("owner", "owner", synonyms=("opportunity owner", "deal owner", "inhaber",
               "opportunity inhaber", "besitzer", "verantwortlich", "betreuer", "vertriebsmitarbeiter",
               "sales rep", "zustaendig")),
        Target("created", "raised_on", "date", synonyms=("created date", "create date", "erstellt am",
               "erstelldatum", "angelegt am", "raised on", "erstellungsdatum")),
        Target("notes", "notes", synonyms=("description", "beschreibung", "notizen", "notiz", "bemerkung",
               "kommentar", "opportunity name", "deal name", "name", "bezeichnung", "titel")),
    ),
    # the CRM's id; else account, product, the day it was raised and the expected close date (the ones the
    # file has); else, for a row without its day (or of another day), account, product and close date
    match=(("external_id",), ("account_id", "product_id", "raised_on", "close_on"),
           ("account_id", "product_id", "close_on")),
)  # fmt: skip
