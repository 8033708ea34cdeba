"""Importing opportunities from a CRM: German, Salesforce and HubSpot files with their stages mapped to the
readiness stages, found again by the CRM's id (else account, product and close date) (bad rows, twice and
undo: test_import_activity.py)."""

from __future__ import annotations

from datetime import date

from planner.core.moments.opportunities import opportunity_rows
from tests.importing_support import import_file, plan_file, small_book, write_csv

COLUMNS = ("external_id", "account_id", "product_id", "kind", "stage", "value_cents", "close_on", "source",
           "owner", "raised_on", "raised_by", "notes")  # fmt: skip
GERMAN = [
    ["Verkaufschance-ID", "Kunde", "Produkt", "Art", "Reifegrad", "Betrag", "Abschlussdatum", "Quelle",
     "Verantwortlich", "Erstellt am", "Bezeichnung"],
    ["VC-1", "ACC-00001", "P-CONNECT", "", "Angebot", "12.000,00 €", "31.12.2026", "Messe", "Anna",
     "01.10.2026", "Ausbau auf 80 Nutzer"],
    ["VC-2", "ACC-00001", "P-CONNECT-PRO", "", "Qualifizierung", "5.000", "31.01.2027", "", "Anna",
     "", ""],
    ["VC-3", "ACC-00002", "P-CONNECT", "Verlängerung", "Gewonnen", "900", "", "", "", "02.10.2026", ""],
]  # fmt: skip


def _opportunities(store) -> list[tuple]:
    return store.query(f"SELECT {', '.join(COLUMNS)} FROM opportunities ORDER BY id")


def test_a_german_file_of_opportunities(store, tmp_path):
    small_book(store)
    plan, record = import_file(store, write_csv(tmp_path / "Verkaufschancen.csv", GERMAN))
    assert (plan.kind.name, record.created, record.rejected) == ("opportunities", 3, 0)
    today = date.today().isoformat()  # the day of the import, for an opportunity without its creation date
    # Müller holds Connect Basis: more of it is an up-sell, Connect Pro a cross-sell; the file's own kind wins
    assert _opportunities(store) == [
        ("VC-1", 1, 1, "upsell", "in_sales", 1_200_000, "2026-12-31", "Messe", "Anna", "2026-10-01", "import",
         "Ausbau auf 80 Nutzer"),
        ("VC-2", 1, 2, "crosssell", "mqn", 500_000, "2027-01-31", None, "Anna", today, "import", None),
        ("VC-3", 2, 1, "repeat", "won", 90_000, None, None, None, "2026-10-02", "import", None),
    ]  # fmt: skip
    assert [r.stage for r in opportunity_rows(store)] == ["in_sales", "mqn", "won"]  # on the board


SALESFORCE_STAGES = [
    ("Prospecting", "interest"), ("Qualification", "mqn"), ("Needs Analysis", "in_sales"),
    ("Value Proposition", "in_sales"), ("Id. Decision Makers", "in_sales"),
    ("Perception Analysis", "in_sales"), ("Proposal/Price Quote", "in_sales"),
    ("Negotiation/Review", "in_sales"), ("Closed Won", "won"), ("Closed Lost", "lost"),
]  # fmt: skip
HUBSPOT_STAGES = [
    ("appointmentscheduled", "interest"), ("qualifiedtobuy", "mqn"), ("presentationscheduled", "in_sales"),
    ("decisionmakerboughtin", "in_sales"), ("contractsent", "in_sales"), ("closedwon", "won"),
    ("closedlost", "lost"),
]  # fmt: skip


def test_salesforce_opportunities_with_every_standard_stage(store, tmp_path):
    small_book(store)
    rows = [["Opportunity ID", "Account Name", "Opportunity Name", "Stage", "Amount", "Close Date",
             "Lead Source", "Opportunity Owner", "Type", "Created Date"]]  # fmt: skip
    for n, (stage, _) in enumerate(SALESFORCE_STAGES):
        rows.append([f"006{n:03d}", "mueller.de", f"Deal {n}", stage, '"1,000.00"', "12/31/2026", "Web",
                     "Ben", "Existing Customer - Upgrade", "10/1/2026"])  # fmt: skip
    plan, _ = import_file(store, write_csv(tmp_path / "opportunities.csv", rows, delimiter=","))
    assert plan.kind.name == "opportunities" and plan.rejected == 0
    stored = store.query(
        "SELECT external_id, stage, kind, value_cents, close_on, source, owner FROM opportunities"
    )
    assert [s[1] for s in stored] == [ours for _, ours in SALESFORCE_STAGES]
    assert stored[0] == ("006000", "interest", "upsell", 100_000, "2026-12-31", "Web", "Ben")


def test_hubspot_deals_with_every_default_stage(store, tmp_path):
    small_book(store)
    rows = [["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner",
             "Associated Company", "Create Date", "Deal Type"]]  # fmt: skip
    for n, (stage, _) in enumerate(HUBSPOT_STAGES):
        rows.append([str(9000 + n), f"Deal {n}", stage, "250", "2026-12-31", "Ben", "Schmidt AG",
                     "2026-10-01", "newbusiness"])  # fmt: skip
    # "Schmidt AG" names two accounts (Berlin and Vienna): every row is rejected at its company
    ambiguous = plan_file(store, write_csv(tmp_path / "deals.csv", rows, delimiter=","))
    assert {(r.column, r.code) for r in ambiguous.rejections} == {("Associated Company", "ambiguous")}
    rows = [[cell if cell != "Schmidt AG" else "schmidt.de" for cell in row] for row in rows]
    plan, _ = import_file(store, write_csv(tmp_path / "deals.csv", rows, delimiter=","))
    assert plan.kind.name == "opportunities" and plan.rejected == 0
    stored = store.query("SELECT external_id, account_id, stage, kind FROM opportunities ORDER BY id")
    assert [s[2] for s in stored] == [ours for _, ours in HUBSPOT_STAGES]
    assert stored[0] == ("9000", 2, "interest", "crosssell")


def test_the_crm_s_id_finds_an_opportunity_that_moved_on(store, tmp_path):
    small_book(store)
    import_file(store, write_csv(tmp_path / "Verkaufschancen.csv", GERMAN))
    # VC-1 moved on in the CRM: won, a month later, for more
    won = ["VC-1", "ACC-00001", "P-CONNECT", "", "Closed Won", "15.000", "31.01.2027", "", "", "", ""]
    moved = [GERMAN[0], won]
    later, _ = import_file(store, write_csv(tmp_path / "Verkaufschancen 2.csv", moved))
    assert (later.created, later.updated) == (0, 1)
    assert _opportunities(store)[0][4:7] == ("won", 1_500_000, "2027-01-31")


def test_without_ids_account_product_and_close_date_find_the_opportunity(store, tmp_path):
    small_book(store)
    rows = [["Kunde", "Produkt", "Reifegrad", "Abschlussdatum", "Betrag"],
            ["ACC-00001", "P-CONNECT", "Interesse", "31.12.2026", "100"],
            ["ACC-00001", "P-CONNECT", "Interesse", "31.03.2027", "200"]]  # fmt: skip
    import_file(store, write_csv(tmp_path / "Chancen.csv", rows))
    rows[1][2] = "MQL"  # the one closing at the end of the year is qualified now
    plan, _ = import_file(store, write_csv(tmp_path / "Chancen.csv", rows))
    assert (plan.created, plan.updated, plan.unchanged) == (0, 1, 1)
    assert store.query("SELECT stage, close_on FROM opportunities ORDER BY id") == [
        ("mqn", "2026-12-31"),
        ("interest", "2027-03-31"),
    ]
