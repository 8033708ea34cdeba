"""Recognising what a file holds, matching its rows to the portfolio, and the preview's counts and
rejections (row as Excel numbers it, column, reason); importing a file twice changes nothing."""

from __future__ import annotations

import pytest

from planner.core.importing import KINDS, detect_kind, suggest_mapping, write_import
from tests.importing_support import dump, import_file, plan_file, small_book, write_csv

HUBSPOT_COMPANIES = [
    "Record ID",
    "Company name",
    "Company Domain Name",
    "Industry",
    "Number of Employees",
    "City",
    "Country/Region",
    "Company owner",
]
HUBSPOT_CONTACTS = ["First Name", "Last Name", "Email", "Job Title", "Phone Number", "Associated Company"]
SALESFORCE_ACCOUNTS = [
    "Account ID",
    "Account Name",
    "Website",
    "Billing City",
    "Billing Country",
    "Account Owner",
]
SALESFORCE_CONTACTS = ["First Name", "Last Name", "Title", "Email", "Department", "Account Name"]


# --- recognising the kind -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("headers", "kind", "mapping"),
    [
        (
            HUBSPOT_COMPANIES,
            "accounts",
            {
                "key": "Record ID",
                "name": "Company name",
                "domain": "Company Domain Name",
                "industry": "Industry",
                "employees": "Number of Employees",
                "city": "City",
                "country": "Country/Region",
                "owner": "Company owner",
            },
        ),
        (
            HUBSPOT_CONTACTS,
            "contacts",
            {
                "account": "Associated Company",
                "first_name": "First Name",
                "last_name": "Last Name",
                "email": "Email",
                "role": "Job Title",
                "phone": "Phone Number",
            },
        ),
        (
            SALESFORCE_ACCOUNTS,
            "accounts",
            {
                "key": "Account ID",
                "name": "Account Name",
                "domain": "Website",
                "city": "Billing City",
                "country": "Billing Country",
                "owner": "Account Owner",
            },
        ),
        (
            SALESFORCE_CONTACTS,
            "contacts",
            {
                "account": "Account Name",
                "first_name": "First Name",
                "last_name": "Last Name",
                "email": "Email",
                "role": "Title",
                "department": "Department",
            },
        ),
    ],
)
def test_crm_exports_are_recognised_with_every_column(headers, kind, mapping):
    found, suggested = detect_kind(headers)
    assert found is not None and found.name == kind
    assert suggested == mapping
    assert suggest_mapping(KINDS[kind], headers) == mapping


@pytest.mark.parametrize(
    ("kind", "headers"),
    [
        (
            "accounts",
            ["Kundennummer", "Firma", "Branche", "Land", "Ort", "Mitarbeiter", "Umsatz", "Betreuer"],
        ),
        ("products", ["Artikelnummer", "Bezeichnung", "Produktfamilie", "Listenpreis", "Einheit"]),
        ("holdings", ["Kundennummer", "Produkt", "Vertragsstatus", "Lizenzen", "Vertragsende"]),
        ("usage", ["Kunde", "Produkt", "Monat", "Nutzung", "Erwartet", "Aktive Nutzer"]),
        ("revenue", ["Kunde", "Quartal", "Umsatz"]),
        ("contacts", ["Firma", "Vorname", "Nachname", "E-Mail", "Position", "Abteilung", "Telefon"]),
        ("nps", ["E-Mail-Adresse", "Antwortdatum", "Bewertung", "Begründung"]),
        ("touches", ["Kunde", "Kontaktart", "Datum", "Dauer", "Betreff", "Nächster Schritt"]),
        ("accounts", ["key", "name", "domain", "country", "employees", "revenue"]),
        ("products", ["key", "name", "family", "price", "unit"]),
        ("holdings", ["account", "product", "status", "seats_licensed", "renewal_date"]),
        ("usage", ["account", "product", "month", "usage", "expected", "active_users"]),
        ("revenue", ["account", "quarter", "revenue"]),
        ("contacts", ["account", "name", "email", "role", "department"]),
        ("nps", ["contact", "date", "score", "comment"]),
        ("touches", ["account", "kind", "date", "minutes", "summary"]),
    ],
)
def test_german_and_english_headers_are_recognised(kind, headers):
    found, mapping = detect_kind(headers)
    assert found is not None and found.name == kind
    assert sorted(mapping.values()) == sorted(headers)  # every column has its place


def test_unknown_headers_are_no_kind():
    assert detect_kind(["Foo", "Bar", "Baz"]) == (None, {})


# --- the preview --------------------------------------------------------------------------------------------
def test_preview_counts_and_rejections_with_row_column_and_reason(store, tmp_path):
    small_book(store)
    path = write_csv(
        tmp_path / "Kunden.csv",
        [
            ["Kundennummer", "Firma", "Website", "Land", "Ort", "Mitarbeiter", "Umsatz"],
            ["ACC-00001", "Müller GmbH", "https://www.mueller.de/", "DE", "München", "120", "50.000,00"],
            ["ACC-00002", "Schmidt AG", "schmidt.de", "DE", "Hamburg", "45", ""],
            ["K-NEU", "Neue Firma GmbH", "neu.de", "DE", "Köln", "10", "1.000,00"],
            ["", "Schmidt AG", "", "AT", "Graz", "", ""],
            ["K-BAD", "Fehler AG", "fehler.de", "DE", "Bonn", "viele", ""],
            ["K-NEG", "Minus AG", "", "DE", "", "", "-5,00"],
        ],
    )
    plan = plan_file(store, path)
    assert (plan.kind.name, plan.created, plan.updated, plan.unchanged, plan.rejected) == (
        "accounts",
        1,
        2,
        1,
        2,
    )
    assert [(r.row, r.column, r.code, r.value) for r in plan.rejections] == [
        (6, "Mitarbeiter", "number", "viele"),
        (7, "Umsatz", "negative", "-5,00"),
    ]
    write_import(store, plan, skip_rejected=True)
    assert store.query("SELECT key, name, domain, country, city, employees, revenue_cents FROM accounts") == [
        ("ACC-00001", "Müller GmbH", "mueller.de", "DE", "München", 120, 5_000_000),
        ("ACC-00002", "Schmidt AG", "schmidt.de", "DE", "Hamburg", 45, 0),  # a blank cell keeps the value
        ("ACC-00003", "Schmidt AG", None, "AT", "Graz", None, 0),
        ("K-NEU", "Neue Firma GmbH", "neu.de", "DE", "Köln", 10, 100_000),
    ]


def test_accounts_match_by_external_id_else_domain_else_name_and_country(store, tmp_path):
    """A Salesforce export: its account IDs are not ours, so its rows find our accounts by their web address
    (however it is written), or by name and country."""
    small_book(store)
    path = write_csv(
        tmp_path / "salesforce.csv",
        [
            SALESFORCE_ACCOUNTS,
            ["001A", "Müller GmbH", "https://www.Mueller.de/kontakt", "München", "DE", "Anna"],
            ["001B", "Schmidt AG", "http://www.schmidt.de", "Berlin", "DE", "Ben"],
            ["001C", "Schmidt AG", "", "Wien", "AT", "Carla"],
            ["001D", "Schmidt AG", "", "Zürich", "CH", "Ben"],
        ],
        delimiter=",",
    )
    plan, _ = import_file(store, path)
    assert (plan.created, plan.updated, plan.unchanged, plan.rejected) == (1, 1, 2, 0)
    assert store.query("SELECT key, name, domain, city, country, owner FROM accounts WHERE id > 2") == [
        ("ACC-00003", "Schmidt AG", None, "Wien", "AT", "Carla"),
        ("001D", "Schmidt AG", None, "Zürich", "CH", "Ben"),
    ]
    again = plan_file(store, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)


def test_a_name_that_names_two_accounts_is_rejected_not_guessed(store, tmp_path):
    small_book(store)
    path = write_csv(
        tmp_path / "Kunden.csv", [["Firma", "Mitarbeiter"], ["Müller GmbH", "130"], ["Schmidt AG", "50"]]
    )
    plan = plan_file(store, path)
    assert [(r.row, r.column, r.code) for r in plan.rejections] == [(3, "Firma", "ambiguous")]
    assert (plan.created, plan.updated) == (0, 1)


def test_contacts_match_by_email_and_find_their_account_by_key_domain_or_name(store, tmp_path):
    small_book(store)
    path = write_csv(
        tmp_path / "hubspot-contacts.csv",
        [
            HUBSPOT_CONTACTS,
            ["Eva", "Müller", "Eva.Mueller@Mueller.de", "CEO", "+49 89 1", "Müller GmbH"],
            ["Jan", "Schmidt", "jan@schmidt.de", "Einkauf", "", "https://www.schmidt.de/"],
            ["Lea", "Berg", "lea@mueller.de", "", "", "acc-00001"],
            ["Tom", "Wolf", "tom@schmidt.de", "", "", "Schmidt AG"],
            ["Kim", "Ost", "kim(at)ost.de", "", "", "ACC-00002"],
            ["Ida", "Nord", "ida@nord.de", "", "", "ACC-09999"],
        ],
        delimiter=",",
    )
    plan = plan_file(store, path)
    assert (plan.created, plan.updated, plan.unchanged) == (2, 1, 0)
    assert [(r.row, r.column, r.code, r.value) for r in plan.rejections] == [
        (5, "Associated Company", "ambiguous", "Schmidt AG"),
        (6, "Email", "email", "kim(at)ost.de"),
        (7, "Associated Company", "unknown_accounts", "ACC-09999"),
    ]
    write_import(store, plan, skip_rejected=True)
    assert store.query("SELECT id, account_id, name, role, email, phone FROM contacts") == [
        (1, 1, "Eva Müller", "CEO", "Eva.Mueller@Mueller.de", "+49 89 1"),
        (2, 2, "Jan Schmidt", "Einkauf", "jan@schmidt.de", None),
        (3, 1, "Lea Berg", None, "lea@mueller.de", None),
    ]


def test_a_contact_without_a_name_is_not_matched_by_its_account_alone(store, tmp_path):
    """Eva is the only contact of Müller GmbH: a new e-mail address for that account is a new person."""
    small_book(store)
    before = dump(store)
    plan = plan_file(
        store, write_csv(tmp_path / "Kontakte.csv", [["Firma", "E-Mail"], ["ACC-00001", "neu@mueller.de"]])
    )
    assert (plan.created, plan.updated, plan.unchanged) == (0, 0, 0)
    assert [(r.row, r.code) for r in plan.rejections] == [(2, "required")]  # a new contact needs a name
    write_import(store, plan, skip_rejected=True)
    assert dump(store) == before


def test_the_same_record_twice_with_other_values_is_a_conflict_and_a_repeat_is_imported_once(store, tmp_path):
    small_book(store)
    path = write_csv(
        tmp_path / "Nutzung.csv",
        [
            ["Kunde", "Produkt", "Monat", "Nutzung"],
            ["ACC-00001", "P-CONNECT", "11/2026", "10"],
            ["ACC-00001", "P-CONNECT", "2026-11", "12"],
            ["ACC-00002", "P-CONNECT", "11/2026", "5"],
            ["ACC-00002", "P-CONNECT", "Nov 2026", "5"],
            ["ACC-00001", "P-CONNECT", "2026-10", "400"],
            ["ACC-00001", "P-CONNECT", "Okt 2026", "450"],
        ],
    )
    plan = plan_file(store, path)
    assert [(r.row, r.column, r.code, r.detail) for r in plan.rejections] == [
        (2, "Kunde", "conflict", "3"),
        (3, "Kunde", "conflict", "2"),
        (6, "Kunde", "conflict", "7"),
        (7, "Kunde", "conflict", "6"),
    ]
    assert (plan.created, plan.updated, plan.unchanged, plan.rejected) == (1, 0, 1, 4)
    write_import(store, plan, skip_rejected=True)
    assert store.query("SELECT * FROM usage_snapshots ORDER BY account_id") == [
        (1, 1, "2026-10", 400.0, 500.0, 35),
        (2, 1, "2026-11", 5.0, None, None),
    ]


@pytest.mark.parametrize(
    ("rows", "code"),
    [
        ([["Kunde", "Quartal", "Umsatz"], ["ACC-00001", "Q5 2026", "10"]], "quarter"),
        ([["Kunde", "Produkt", "Monat", "Nutzung"], ["ACC-00001", "P-CONNECT", "13/2026", "1"]], "month"),
        ([["Kunde", "Art", "Datum"], ["ACC-00001", "Brieftaube", "01.10.2026"]], "choice"),
        ([["Kunde", "Art", "Datum"], ["ACC-00001", "Anruf", "32.10.2026"]], "date"),
        ([["Kunde", "Produkt", "Status"], ["ACC-00001", "P-GIBTSNICHT", "aktiv"]], "unknown_products"),
        ([["E-Mail", "Datum", "NPS"], ["eva.mueller@mueller.de", "01.10.2026", "11"]], "too_large"),
        ([["E-Mail", "Datum", "NPS"], ["niemand@mueller.de", "01.10.2026", "7"]], "unknown_contacts"),
        ([["Kunde", "Quartal", "Umsatz"], ["ACC-00001", "Q1 2027", ""]], "required"),
    ],
)
def test_rejection_codes(store, tmp_path, rows, code):
    small_book(store)
    plan = plan_file(store, write_csv(tmp_path / "file.csv", rows))
    assert [(r.row, r.code) for r in plan.rejections] == [(2, code)]
    assert (plan.created, plan.updated, plan.rejected) == (0, 0, 1)


# --- importing twice changes nothing ------------------------------------------------------------------------
def _one(store, sql):
    row = store.query(sql)
    assert row, sql
    return row[0]


def _rows_of(store, kind):
    """A file of `kind` with one row that updates a record of the demo book and one that creates one."""
    if kind == "accounts":
        key, name = _one(store, "SELECT key, name FROM accounts ORDER BY id")
        return [["Kundennummer", "Firma", "Mitarbeiter"], [key, name, "99.999"], ["K-NEU", "Neu GmbH", "5"]]
    if kind == "products":
        key, name = _one(store, "SELECT key, name FROM products ORDER BY id")
        return [
            ["Artikelnummer", "Bezeichnung", "Listenpreis"],
            [key, name, "1.999,00 €"],
            ["P-NEU", "Neu", "10"],
        ]
    if kind == "holdings":
        account, product = _one(
            store,
            "SELECT a.key, p.key FROM holdings h JOIN accounts a ON a.id = h.account_id "
            "JOIN products p ON p.id = h.product_id ORDER BY h.id",
        )
        free = _one(
            store,
            "SELECT p.key FROM products p WHERE p.id NOT IN (SELECT product_id FROM holdings "
            f"WHERE account_id = (SELECT id FROM accounts WHERE key = '{account}'))",
        )
        return [["Kunde", "Produkt", "Lizenzen"], [account, product, "999"], [account, free[0], "3"]]
    if kind == "usage":
        account, product, period = _one(
            store,
            "SELECT a.key, p.key, u.period FROM usage_snapshots u JOIN "
            "accounts a ON a.id = u.account_id JOIN products p ON "
            "p.id = u.product_id ORDER BY u.rowid",
        )
        return [
            ["Kunde", "Produkt", "Monat", "Nutzung"],
            [account, product, period, "12.345,5"],
            [account, product, "01/2031", "7"],
        ]
    if kind == "revenue":
        account, period = _one(
            store,
            "SELECT a.key, r.period FROM revenue_by_period r JOIN accounts a ON "
            "a.id = r.account_id ORDER BY r.rowid",
        )
        return [["Kunde", "Quartal", "Umsatz"], [account, period, "1,00"], [account, "Q1 2031", "2,00"]]
    if kind == "contacts":
        account, email = _one(
            store,
            "SELECT a.key, c.email FROM contacts c JOIN accounts a ON a.id = c.account_id ORDER BY c.id",
        )
        return [
            ["Firma", "Vorname", "Nachname", "E-Mail", "Position"],
            [account, "", "", email, "Chefin"],
            [account, "Neu", "Kontakt", "neu.kontakt@example.com", "Einkauf"],
        ]
    if kind == "nps":
        email, day, score = _one(
            store,
            "SELECT c.email, n.answered_on, n.score FROM nps_answers n JOIN contacts c "
            "ON c.id = n.contact_id GROUP BY n.contact_id, n.answered_on "
            "HAVING count(*) = 1 ORDER BY n.id",
        )
        return [["E-Mail", "Datum", "NPS"], [email, day, str((score + 1) % 11)], [email, "2031-01-01", "10"]]
    if kind in ("signals", "surveys", "opportunities"):
        return _activity_rows_of(store, kind)
    account, day, touch = _one(
        store,
        "SELECT a.key, t.touched_on, t.kind FROM touches t JOIN accounts a ON "
        "a.id = t.account_id GROUP BY t.account_id, t.touched_on, t.kind "
        "HAVING count(*) = 1 ORDER BY t.id",
    )
    return [
        ["Kunde", "Art", "Datum", "Dauer"],
        [account, touch, day, "999"],
        [account, "Besuch", "2031-01-01", "60"],
    ]


def _activity_rows_of(store, kind):
    if kind == "signals":  # an outage gets another source; a new one
        account, day, product, detail = _one(
            store,
            "SELECT a.key, s.occurred_on, p.key, s.detail FROM signals s JOIN accounts a "
            "ON a.id = s.account_id JOIN products p ON p.id = s.product_id WHERE s.kind = 'outage' "
            "ORDER BY s.id",
        )
        return [
            ["Kunde", "Datum", "Signal", "Produkt", "Details", "Quelle"],
            [account, day, "Störung", product, detail, "Leitstand"],
            [account, "01.01.2031", "Störung", product, "Neu", "Leitstand"],
        ]
    if kind == "surveys":  # an answer turns out unanswered; a new one
        email, day, survey = _one(
            store,
            "SELECT c.email, s.answered_on, s.survey FROM survey_responses s JOIN contacts c "
            "ON c.id = s.contact_id WHERE c.email IS NOT NULL ORDER BY s.id",
        )
        return [
            ["E-Mail", "Datum", "Umfrage", "Beantwortet"],
            [email, day, survey, "nein"],
            [email, "2031-01-01", "Neue Umfrage", "ja"],
        ]
    account, product, free = _one(  # an opportunity is won; one for a product not asked about yet
        store,
        "SELECT a.key, p.key, (SELECT f.key FROM products f WHERE f.id NOT IN (SELECT product_id FROM "
        "opportunities WHERE account_id = o.account_id AND product_id IS NOT NULL) ORDER BY f.id) "
        "FROM opportunities o JOIN accounts a ON a.id = o.account_id JOIN products p ON p.id = o.product_id "
        "WHERE o.stage != 'won' GROUP BY o.account_id, o.product_id HAVING count(*) = 1 ORDER BY o.id",
    )
    return [["Kunde", "Produkt", "Reifegrad", "Betrag"], [account, product, "gewonnen", "1.000,00"],
            [account, free, "Angebot", "5,00"]]  # fmt: skip


@pytest.mark.parametrize("kind", list(KINDS))
def test_importing_the_same_file_twice_changes_nothing(demo_store, tmp_path, kind):
    path = write_csv(tmp_path / f"{kind}.csv", _rows_of(demo_store, kind))
    first, _ = import_file(demo_store, path)
    assert (first.kind.name, first.created, first.updated, first.unchanged, first.rejected) == (
        kind,
        1,
        1,
        0,
        0,
    )
    after_first = dump(demo_store)
    again, _ = import_file(demo_store, path)
    assert (again.created, again.updated, again.unchanged, again.rejected) == (0, 0, 2, 0)
    assert dump(demo_store) == after_first


def test_two_calls_on_one_day_with_other_subjects_are_two_touches(store, tmp_path):
    """A CRM's activity list often has several calls a day; the subject tells them apart."""
    small_book(store)
    path = write_csv(
        tmp_path / "Aktivitäten.csv",
        [
            ["Kunde", "Art", "Datum", "Dauer", "Betreff"],
            ["ACC-00001", "Anruf", "03.11.2026", "10", "Angebot besprochen"],
            ["ACC-00001", "Anruf", "03.11.2026", "5", "Rückruf Einkauf"],
        ],
    )
    plan, _ = import_file(store, path)
    assert (plan.created, plan.rejected) == (2, 0)
    assert store.query(
        "SELECT kind, touched_on, minutes FROM touches WHERE touched_on = ?", ("2026-11-03",)
    ) == [
        ("call", "2026-11-03", 10),
        ("call", "2026-11-03", 5),
    ]
    again = plan_file(store, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
