"""Every one of the fourteen moment rules fires on a book built only from the files a KAM has (issue 20): a
German CRM account list, an English price list, the ERP's contract list, product analytics, a Salesforce
contact export and support cases, a HubSpot activity export, a survey tool's answers, and the one QBR planned
through the app's own QBR form (there is no QBR import). No demo generator, no SQL.

The book, as of TODAY (23.11.2026): one account per rule or a few rules, and a control account (K-108,
Hansa Control) that comes close to every rule without meeting one.

    key    account          segment, employees (band)  revenue  tier  designed for
    K-101  Nordwind         Konzern, 2,400 (3)          30,000    A   low_penetration, one_region
    K-102  Berger Bau       Mittelstand, 300 (2)         4,000    C   below_peers, promoter_low_revenue
    K-103  Carl Druck       Mittelstand, 320 (2)        12,000    B   falling_usage
    K-104  Delta Metall     Mittelstand, 400 (2)        12,000    B   usage_limit, renewal_coming
    K-105  Elbe Pharma      Mittelstand, 600 (2)        14,000    B   detractor, outage
    K-106  Fink Software    Mittelstand, 120 (1)        10,000    B   new_stakeholder, fast_lane, high_survey
    K-107  Graf Textil      Kleinunternehmen, 35 (0)     8,000    C   qbr_coming, not_touched
    K-108  Hansa Control    Mittelstand, 800 (2)         7,000    B   nothing (the control)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from planner.core.moments.detection import detect
from planner.core.moments.moments import RULES, Moment
from planner.core.portfolio import changes
from planner.core.qbr.qbrs import new_qbr, save_qbr
from planner.core.store.store import Store
from tests.conftest import TODAY
from tests.importing_support import import_file, write_csv

# The CRM's account list, German, semicolons, amounts with decimal commas and the euro sign; regions typed
# with slashes; the tier (ABC-Klasse) pinned by the KAM, so the touch cadences are known (A 14, B 30, C 90
# days).
ACCOUNTS = [
    ["Kundennummer", "Firma", "Webseite", "Branche", "Kundensegment", "Land", "Ort", "Regionen",
     "Mitarbeiter", "Potenzielle Nutzer", "Umsatz", "Betreuer", "ABC-Klasse"],
    ["K-101", "Nordwind Logistik AG", "https://www.nordwind.de", "Logistik", "Konzern", "Deutschland",
     "Hamburg", "EMEA/APAC/Americas", "2.400", "1.500", "30.000,00 €", "Anna", "A"],
    ["K-102", "Berger Bau GmbH", "berger-bau.de", "Bau", "Mittelstand", "DE", "Augsburg", "", "300", "",
     "4.000,00 €", "Anna", "C"],
    ["K-103", "Carl Druck GmbH", "carldruck.de", "Druck", "Mittelstand", "Deutschland", "Köln", "", "320", "",
     "12.000,00 €", "Ben", "B"],
    ["K-104", "Delta Metall GmbH", "delta-metall.de", "Metall", "Mittelstand", "Österreich", "Linz", "",
     "400", "", "12.000,00 €", "Ben", "B"],
    ["K-105", "Elbe Pharma AG", "elbe-pharma.de", "Pharma", "Mittelstand", "Deutschland", "Dresden", "",
     "600", "", "14.000,00 €", "Anna", "B"],
    ["K-106", "Fink Software GmbH", "fink-software.de", "Software", "Mittelstand", "Deutschland", "Leipzig",
     "", "120", "", "10.000,00 €", "Ben", "B"],
    ["K-107", "Graf Textil KG", "graf-textil.de", "Textil", "Kleinunternehmen", "Deutschland", "Bielefeld",
     "", "35", "", "8.000,00 €", "Ben", "C"],
    ["K-108", "Hansa Control GmbH", "hansa-control.de", "Maschinenbau", "Mittelstand", "Deutschland",
     "Bremen", "DACH | Benelux", "800", "400", "7.000,00 €", "Anna", "B"],
]  # fmt: skip

# The price list, English, commas.
PRODUCTS = [
    ["Product Code", "Product Name", "Product Family", "Unit", "List Price", "Expected usage"],
    ["P-CONNECT", "Connect", "Platform", "seat", "180.00", "20"],
    ["P-ANALYTICS", "Analytics", "Platform", "seat", "240.00", ""],
    ["P-CLOUD", "Cloud Storage", "Infrastructure", "volume", "1200.00", "0.8"],
]  # fmt: skip

# The ERP's contract list, German: status words, dates with dots, licences, the yearly revenue
# (Jahresumsatz), the end of the contract (Vertragsende), the approved volume (Kontingent) and the region.
HOLDINGS = [
    ["Kunde", "Produkt", "Vertragsstatus", "Vertragsbeginn", "Lizenzen", "Genutzte Lizenzen", "Jahresumsatz",
     "Vertragsende", "Kontingent", "Region"],
    ["K-101", "P-CONNECT", "aktiv", "01.02.2024", "100", "90", "30.000,00", "30.09.2027", "", "EMEA"],
    ["K-102", "P-CONNECT", "aktiv", "01.03.2025", "10", "8", "4.000,00", "30.06.2027", "", ""],
    ["K-103", "P-CONNECT", "aktiv", "01.01.2024", "30", "28", "12.000,00", "31.08.2027", "", ""],
    ["K-104", "P-CLOUD", "aktiv", "15.01.2025", "", "", "12.000,00", "15.01.2027", "1.000", ""],
    ["K-105", "P-CONNECT", "aktiv", "01.06.2024", "35", "30", "14.000,00", "31.05.2027", "", ""],
    ["K-106", "P-CONNECT", "aktiv", "01.04.2025", "25", "25", "10.000,00", "30.04.2027", "", ""],
    ["K-107", "P-CONNECT", "aktiv", "01.11.2024", "20", "18", "8.000,00", "31.10.2027", "", ""],
    ["K-108", "P-CONNECT", "aktiv", "01.03.2024", "10", "10", "4.000,00", "01.03.2027", "", "DACH"],
    ["K-108", "P-ANALYTICS", "aktiv", "01.03.2025", "12", "", "3.000,00", "01.03.2027", "", "Benelux"],
    ["K-108", "P-CLOUD", "gekündigt", "01.01.2024", "", "", "0,00", "31.12.2026", "500", ""],
]  # fmt: skip

# Product analytics, German, monthly usage with decimal commas.
USAGE = [
    ["Kunde", "Produkt", "Monat", "Nutzung", "Soll-Nutzung", "Aktive Nutzer"],
    *[["K-103", "P-CONNECT", month, value, "600,0", "28"] for month, value in (
        ("05/2026", "1.000,0"), ("06/2026", "1.050,0"), ("07/2026", "950,0"),
        ("08/2026", "640,0"), ("09/2026", "600,0"), ("10/2026", "560,0"))],
    ["K-104", "P-CLOUD", "09/2026", "900,0", "", ""],
    ["K-104", "P-CLOUD", "10/2026", "972,5", "", ""],
    *[["K-108", "P-CONNECT", month, value, "200,0", "10"] for month, value in (
        ("05/2026", "1.000,0"), ("06/2026", "1.000,0"), ("07/2026", "1.000,0"),
        ("08/2026", "850,0"), ("09/2026", "850,0"), ("10/2026", "850,0"))],
    ["K-108", "P-CLOUD", "10/2026", "500,0", "", ""],
]  # fmt: skip

# Salesforce's contact export, commas: 12 contacts in all.
CONTACTS = [
    ["Account Name", "First Name", "Last Name", "Title", "Email", "Department", "Mailing Country",
     "Contact Role"],
    ["Nordwind Logistik AG", "Nils", "Nord", "CIO", "nils.nord@nordwind.de", "IT", "Germany",
     "Decision Maker"],
    ["Berger Bau GmbH", "Bea", "Berger", "Geschäftsführerin", "bea@berger-bau.de", "Geschäftsführung",
     "Germany", "Decision Maker"],
    ["Carl Druck GmbH", "Clara", "Carl", "IT-Leiterin", "clara@carldruck.de", "IT", "Germany", "Champion"],
    ["Delta Metall GmbH", "Dirk", "Delta", "Admin", "dirk@delta-metall.de", "IT", "Austria", "End User"],
    ["Elbe Pharma AG", "Emil", "Elbe", "Laborleiter", "emil@elbe-pharma.de", "Labor", "Germany", "End User"],
    ["Elbe Pharma AG", "Erika", "Elster", "CIO", "erika@elbe-pharma.de", "IT", "Germany", "Decision Maker"],
    ["Fink Software GmbH", "Finn", "Fink", "CTO", "finn@fink-software.de", "IT", "Germany", "Champion"],
    ["Fink Software GmbH", "Frida", "Fuchs", "CEO", "frida@fink-software.de", "Geschäftsführung", "Germany",
     "Decision Maker"],
    ["Graf Textil KG", "Greta", "Graf", "Inhaberin", "greta@graf-textil.de", "Geschäftsführung", "Germany",
     "Decision Maker"],
    ["Hansa Control GmbH", "Hanna", "Hansen", "IT-Leiterin", "hanna@hansa-control.de", "IT", "Germany",
     "Champion"],
    ["Hansa Control GmbH", "Henrik", "Hase", "Einkäufer", "henrik@hansa-control.de", "Einkauf", "Germany",
     "Influencer"],
    ["Hansa Control GmbH", "Heinz", "Hansa", "Geschäftsführer", "heinz@hansa-control.de", "Geschäftsführung",
     "Germany", "Decision Maker"],
]  # fmt: skip

# The NPS survey tool's export, German. The survey window is the 180 days from 27.05.2026.
NPS = [
    ["E-Mail", "Antwortdatum", "Bewertung", "Kommentar"],
    ["bea@berger-bau.de", "15.10.2026", "10", "Sehr zufrieden"],
    ["emil@elbe-pharma.de", "05.11.2026", "3", "Ausfall im Oktober"],
    ["erika@elbe-pharma.de", "10.03.2026", "9", ""],  # older: Erika's latest answer is the one below
    ["erika@elbe-pharma.de", "20.09.2026", "8", ""],
    ["hanna@hansa-control.de", "10.09.2026", "8", ""],
    ["henrik@hansa-control.de", "01.10.2026", "7", ""],
    ["heinz@hansa-control.de", "02.04.2026", "2", "Zu teuer"],  # a key detractor, but before the window
]  # fmt: skip

# A survey tool's answers, English, commas. Answered within the 365 days from 23.11.2025: 9 answers of 12
# contacts, 0.75 a contact on average.
SURVEYS = [
    ["Respondent", "Survey Name", "Survey Date", "Response Status"],
    ["finn@fink-software.de", "Onboarding 2025", "2025-10-01", "Completed"],  # more than a year ago
    ["finn@fink-software.de", "Roadmap Q1", "2026-02-10", "Completed"],
    ["finn@fink-software.de", "Roadmap Q2", "2026-05-12", "Completed"],
    ["finn@fink-software.de", "Roadmap Q3", "2026-08-20", "Completed"],
    ["finn@fink-software.de", "Roadmap Q4", "2026-10-28", "Completed"],
    ["frida@fink-software.de", "Customer Advisory Board", "2026-06-15", "Completed"],
    ["frida@fink-software.de", "Pricing Study", "2026-11-03", "Completed"],
    ["erika@elbe-pharma.de", "Roadmap Q3", "2026-07-07", "Completed"],
    ["hanna@hansa-control.de", "Roadmap Q1", "2026-03-15", "Completed"],
    ["henrik@hansa-control.de", "Pricing Study", "2026-09-01", "Completed"],
    ["heinz@hansa-control.de", "Pricing Study", "2026-09-01", "Declined"],
    ["hanna@hansa-control.de", "Roadmap Q4", "2026-10-05", "Not started"],
]  # fmt: skip

# The support desk's cases from Salesforce: US dates with times (the first one tells month-first).
CASES = [
    ["Account Name", "Contact Email", "Date/Time Opened", "Type", "Subject", "Case Origin"],
    ["Elbe Pharma AG", "emil@elbe-pharma.de", "10/20/2026 9:15 AM", "Major Incident",
     "Plattform nicht erreichbar", "Phone"],
    ["Elbe Pharma AG", "emil@elbe-pharma.de", "11/5/2026 10:02 AM", "Problem", "Export bricht ab", "Web"],
    ["Elbe Pharma AG", "erika@elbe-pharma.de", "11/12/2026 4:40 PM", "Question", "SSO einrichten", "Email"],
    ["Hansa Control GmbH", "hanna@hansa-control.de", "9/1/2026 8:00 AM", "Problem", "Login", "Web"],
    ["Hansa Control GmbH", "hanna@hansa-control.de", "11/3/2026 11:30 AM", "Problem", "Drucken", "Web"],
    ["Hansa Control GmbH", "henrik@hansa-control.de", "11/17/2026 2:05 PM", "Question", "Rechnung", "Email"],
]  # fmt: skip

# HubSpot's activity export: what the contacts asked for and read.
ACTIVITY = [
    ["Associated Company", "Email", "Activity Date", "Activity Type", "Asset Name", "Content Topic",
     "Product"],
    ["Fink Software GmbH", "finn@fink-software.de", "2026-11-10 14:05", "Demo request", "Analytics Demo",
     "Analytics", "P-ANALYTICS"],
    ["Fink Software GmbH", "finn@fink-software.de", "2026-11-04 09:30", "Whitepaper", "Reporting 2027",
     "Analytics", ""],
    ["Hansa Control GmbH", "hanna@hansa-control.de", "2026-10-01 10:00", "Demo request", "Cloud Demo",
     "Cloud", "P-CLOUD"],
]  # fmt: skip

# The CRM's own signal list, German: someone new signed up.
STAKEHOLDERS = [
    ["Kunde", "Datum", "Signal", "Abteilung", "Region", "Beschreibung", "Quelle"],
    ["K-106", "02.11.2026", "Neuer Stakeholder", "Einkauf", "", "Registrierung im Portal", "CRM"],
    ["K-108", "09.11.2026", "Neuer Stakeholder", "Einkauf", "", "Registrierung im Portal", "CRM"],
]  # fmt: skip

# Salesforce's activities, commas, US dates (the first one tells month-first).
TOUCHES = [
    ["Account Name", "Type", "Date", "Duration", "Subject"],
    ["Nordwind Logistik AG", "Meeting", "11/16/2026", "60", "Roll-out APAC besprochen"],
    ["Berger Bau GmbH", "Call", "10/1/2026", "20", "Rückfrage Rechnung"],
    ["Carl Druck GmbH", "Call", "11/5/2026", "30", "Nutzung besprochen"],
    ["Delta Metall GmbH", "Email", "11/12/2026", "", "Kontingent"],
    ["Elbe Pharma AG", "Meeting", "11/13/2026", "45", "Ausfall nachbesprochen"],
    ["Fink Software GmbH", "Call", "11/18/2026", "15", "Kurzer Austausch"],
    ["Graf Textil KG", "Visit", "7/1/2026", "90", "Besuch vor Ort"],
    ["Graf Textil KG", "Meeting", "12/10/2026", "60", "Termin geplant"],  # planned: not a touch yet
    ["Hansa Control GmbH", "Call", "11/1/2026", "25", "Status"],
]  # fmt: skip

# file name, rows, delimiter, the kind the importer must recognise, rows it stores
FILES = [
    ("Kunden.csv", ACCOUNTS, ";", "accounts", 8),
    ("Price list.csv", PRODUCTS, ",", "products", 3),
    ("Verträge.csv", HOLDINGS, ";", "holdings", 10),
    ("Nutzung.csv", USAGE, ";", "usage", 15),
    ("Contacts.csv", CONTACTS, ",", "contacts", 12),
    ("NPS-Antworten.csv", NPS, ";", "nps", 7),
    ("Survey responses.csv", SURVEYS, ",", "surveys", 12),
    ("Cases.csv", CASES, ",", "signals", 6),
    ("HubSpot activity.csv", ACTIVITY, ",", "signals", 3),
    ("Signale.csv", STAKEHOLDERS, ";", "signals", 2),
    ("Activities.csv", TOUCHES, ",", "touches", 9),
]


def build(store: Store, folder: Path) -> None:
    """Import every file as the import dialog would (kind recognised from the headers), then plan the two QBRs
    through the QBR form's core."""
    for name, rows, delimiter, kind, stored in FILES:
        plan, record = import_file(store, write_csv(folder / name, rows, delimiter=delimiter))
        assert (plan.kind.name, record.created, record.rejected, plan.unused) == (kind, stored, 0, []), name
    for key, day in (("K-107", date(2026, 12, 10)), ("K-108", date(2027, 1, 20))):
        account_id = _id(store, key)
        qbr = replace(new_qbr(store, account_id, day), objectives="Ausblick 2027")
        changes.apply(store, save_qbr(store, qbr, today=TODAY))


def _id(store: Store, key: str) -> int:
    return int(store.scalar("SELECT id FROM accounts WHERE key = ?", (key,)))


@pytest.fixture
def moments(store: Store, tmp_path: Path) -> dict[str, dict[str, Moment]]:
    """rule -> account key -> the moment that rule raised for that account."""
    build(store, tmp_path)
    found: dict[str, dict[str, Moment]] = {rule: {} for rule in RULES}
    for moment in detect(store, TODAY).moments:
        found[moment.rule][moment.key] = moment
    return found


# rule -> (the accounts it fires for, the moment's day, its evidence), computed by hand from the files.
# fmt: off
EXPECTED: dict[str, tuple[set[str], str, dict[str, Any]]] = {
    # Nordwind: 2,400 employees (large: >= 1,000), 90 of its 1,500 potential users in use: 6 % <= 10 %.
    # Hansa has 800 employees: not large, however few of its 400 users are served.
    "low_penetration": (
        {"K-101"}, "2026-11-23", {"employees": 2400, "potential_users": 1500, "served": 90, "share": 0.06}
    ),
    # Nordwind operates in EMEA/APAC/Americas and buys in EMEA only. Hansa buys in both its regions.
    "one_region": (
        {"K-101"}, "2026-11-23", {"operates": ["EMEA", "APAC", "Americas"], "buys": ["EMEA"],
                                  "missing": ["APAC", "Americas"]}
    ),
    # Mittelstand of 250-999 employees: Berger 4,000, Hansa 7,000, Carl 12,000, Delta 12,000, Elbe 14,000 €:
    # median 12,000, half of it 6,000. Berger's 4,000 is below (a third); Hansa's 7,000 is not.
    "below_peers": (
        {"K-102"}, "2026-11-23",
        {"revenue": 400_000, "peer_median": 1_200_000, "peers": 5, "share": 1 / 3, "share_of_wallet": None},
    ),
    # The eight customers' revenues: 4,000 7,000 8,000 10,000 12,000 12,000 14,000 30,000 €; the lowest
    # quarter's line lies at 0.25 x 7 = 1.75: 7,000 + 0.75 x (8,000 - 7,000) = 7,750 €. Berger (4,000) has
    # one promoter (10 on 15.10.): NPS 100. Hansa (7,000) is below the line too but its NPS is 0 (an 8 and
    # a 7 within the window; Heinz's 2 of 02.04. is older than 180 days).
    "promoter_low_revenue": (
        {"K-102"}, "2026-10-15",
        {"nps": 100.0, "revenue": 400_000, "line": 775_000, "answers": 1, "first": "2026-10-15",
         "latest": "2026-10-15", "since": "2026-05-27"},
    ),
    # Elbe: Emil 3 (05.11.) and Erika 8 (20.09., her 9 of 10.03. is not her latest): 0 promoters, 1
    # detractor of 2: NPS -50 < 0. Hansa: NPS 0 within the window, its key detractor answered before it.
    "detractor": (
        {"K-105"}, "2026-11-05",
        {"nps": -50.0, "detractors": 1, "answers": 2, "first": "2026-09-20", "latest": "2026-11-05",
         "since": "2026-05-27", "detractor_days": ["2026-11-05"], "key_detractors": []},
    ),
    # Carl Druck's Connect: August-October (600 a month on average: 640, 600, 560) against May-July (1,000:
    # 1,000, 1,050, 950): 0.6, a drop of 40 % >= 20 %. Hansa's 850 against 1,000 is a drop of 15 %.
    "falling_usage": (
        {"K-103"}, "2026-11-23",
        {"drop": 0.4, "month": "2026-10", "from": "2026-05",
         "products": [{"product": "Connect", "now": 600.0, "before": 1000.0, "months_now": 3,
                       "months_before": 3, "change": -0.4}]},
    ),
    # Elbe: a major incident on 20.10. (within 90 days) and two tickets since 24.10.; the latest on 12.11.
    # Hansa: two tickets since 24.10. (fewer than 3) and one from 01.09.
    "outage": ({"K-105"}, "2026-11-12", {"outages": 1, "last_outage": "2026-10-20", "tickets": 2}),
    # Fink: someone from purchasing (Einkauf) signed up on 02.11.; Fink's contacts are in IT and the
    # management. Hansa's new sign-up is from purchasing too, where Henrik already is.
    "new_stakeholder": (
        {"K-106"}, "2026-11-02",
        {"department": "Einkauf", "region": None, "new_department": True, "new_region": False},
    ),
    # Delta's Cloud Storage: 972.5 of its 1,000 approved in October, its latest month: 97.25 % >= 95 %.
    # Hansa used all 500 of its Cloud Storage, but cancelled it.
    "usage_limit": (
        {"K-104"}, "2026-11-23",
        {"product": "Cloud Storage", "usage": 972.5, "limit": 1000.0, "share": 0.9725, "month": "2026-10"},
    ),
    # Fink: 6 answers of 2 contacts since 23.11.2025 (Finn's of 01.10.2025 is older): 3 a contact against
    # the book's 9 / 12 = 0.75, at least twice that. Hansa: 2 answers of 3 contacts (declined and not
    # started do not count): 0.67.
    "high_survey": (
        {"K-106"}, "2026-11-03",
        {"answers": 6, "contacts": 2, "per_contact": 3.0, "average": 0.75, "since": "2025-11-23",
         "latest": "2026-11-03"},
    ),
    # Fink asked for a demo of Analytics (not held: cross-sell) on 10.11., within 30 days. Hansa's demo
    # request of 01.10. is 53 days old.
    "fast_lane": ({"K-106"}, "2026-11-10", {"asked": "demo_request", "product": "Analytics", "held": False}),
    # Graf's QBR is planned for 10.12.: in 17 days (<= 30). Hansa's of 20.01.2027 is 58 days ahead.
    "qbr_coming": ({"K-107"}, "2026-12-10", {"days": 17}),
    # Graf (tier C: every 90 days) was last visited on 01.07.: 145 days ago, 55 overdue, due since 29.09.;
    # the meeting planned for 10.12. is no touch yet. Hansa (tier B: 30 days) was called 22 days ago.
    "not_touched": (
        {"K-107"}, "2026-09-29", {"last_touch": "2026-07-01", "days": 145, "cadence": 90, "overdue": 55}
    ),
    # Delta's Cloud Storage ends on 15.01.2027: in 53 days (<= 90). Hansa's contracts end on 01.03.2027 (in
    # 98 days) and its cancelled one on 31.12.2026 renews no more.
    "renewal_coming": (
        {"K-104"}, "2027-01-15",
        {"products": ["Cloud Storage"], "renewal": "2027-01-15", "days": 53, "revenue": 1_200_000},
    ),
}
# fmt: on


def _same(found: Any, expected: Any) -> bool:
    """Equal, floats within 1e-9 (at any depth)."""
    if isinstance(expected, float):
        return isinstance(found, int | float) and found == pytest.approx(expected)
    if isinstance(expected, Mapping):
        return (
            isinstance(found, Mapping)
            and set(found) == set(expected)
            and all(_same(found[k], v) for k, v in expected.items())
        )
    if isinstance(expected, list):
        return (
            isinstance(found, list | tuple)
            and len(found) == len(expected)
            and all(_same(f, e) for f, e in zip(found, expected, strict=True))
        )
    return bool(found == expected)


def test_the_expectations_cover_the_fourteen_rules() -> None:
    assert tuple(EXPECTED) == RULES


@pytest.mark.parametrize("rule", RULES)
def test_each_rule_fires_for_the_account_built_for_it(
    moments: dict[str, dict[str, Moment]], rule: str
) -> None:
    accounts, day, evidence = EXPECTED[rule]
    assert set(moments[rule]) == accounts
    for moment in moments[rule].values():
        assert moment.day == day
        assert _same(dict(moment.evidence), evidence), dict(moment.evidence)


def test_the_control_account_comes_close_to_every_rule_and_meets_none(
    moments: dict[str, dict[str, Moment]],
) -> None:
    assert {rule for rule, by_key in moments.items() if "K-108" in by_key} == set()


def test_the_moments_name_the_right_product_and_kind(moments: dict[str, dict[str, Moment]]) -> None:
    fast, limit = moments["fast_lane"]["K-106"], moments["usage_limit"]["K-104"]
    assert (fast.kind, fast.subject.startswith("signal ")) == ("crosssell", True)
    assert (limit.kind, limit.subject) == ("upsell", "P-CLOUD")
    fixes = [moments["detractor"]["K-105"], moments["outage"]["K-105"], moments["falling_usage"]["K-103"]]
    assert [m.kind for m in fixes] == ["fix_first"] * 3  # fix first, no pitch
