"""Columns read the way people fill them: one form per country (the original kept), regions with the
separators people type, what "annual revenue" means in a file of holdings, and the columns left out, each
with why."""

from __future__ import annotations

import pytest

from planner.cli import main
from planner.core.importing import KINDS, suggest_mapping
from planner.core.importing.countries import COUNTRIES, country_code, country_name
from planner.core.importing.unused import Unused
from tests.importing_support import dump, import_file, plan_file, small_book, write_csv


def test_country_names_and_codes_are_one_country_with_the_original_kept(store, tmp_path):
    small_book(store)
    rows = [["Kundennummer", "Firma", "Land"], ["K-1", "Eins", "Deutschland"], ["K-2", "Zwei", "germany"],
            ["K-3", "Drei", "DE"], ["K-4", "Vier", " Österreich "], ["K-5", "Fünf", "U.S.A."],
            ["K-6", "Sechs", "Atlantis"]]  # fmt: skip
    import_file(store, write_csv(tmp_path / "Kunden.csv", rows))
    assert store.query(
        "SELECT key, country, country_original FROM accounts WHERE key LIKE 'K-%' ORDER BY id"
    ) == [
        ("K-1", "DE", "Deutschland"),
        ("K-2", "DE", "germany"),
        ("K-3", "DE", None),  # typed as stored
        ("K-4", "AT", "Österreich"),
        ("K-5", "US", "U.S.A."),
        ("K-6", "Atlantis", None),  # a country we do not know stays as typed
    ]


def test_name_and_country_find_the_account_whatever_the_country_is_called(store, tmp_path):
    small_book(store)  # two "Schmidt AG": in Germany (DE) and Austria (AT)
    rows = [
        ["Firma", "Land", "Mitarbeiter"],
        ["Schmidt AG", "Österreich", "77"],
        ["Schmidt AG", "Germany", "41"],
    ]
    plan, _ = import_file(store, write_csv(tmp_path / "Kunden.csv", rows))
    assert (plan.created, plan.updated) == (0, 2)
    assert store.query("SELECT id, employees, country FROM accounts WHERE id IN (2, 3) ORDER BY id") == [
        (2, 41, "DE"),
        (3, 77, "AT"),
    ]
    again, _ = import_file(store, write_csv(tmp_path / "Kunden.csv", rows))
    assert (again.updated, again.unchanged) == (0, 2)


def test_every_known_country_has_its_names_in_both_languages():
    assert len(COUNTRIES) == 33  # EU 27, Iceland, Liechtenstein, Norway, Switzerland, United Kingdom, USA
    for code, (german, english, _) in COUNTRIES.items():
        assert country_code(german) == country_code(english) == country_code(code.lower()) == code
        assert (country_name(code, "de"), country_name(code, "en")) == (german, english)
    assert country_code("") is None and country_code("–") is None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("EMEA; APAC", "EMEA, APAC"), ("DACH/Nordics", "DACH, Nordics"), ("EMEA | AMER |", "EMEA, AMER"),
     ("EMEA,APAC", "EMEA,APAC"), ("EMEA, APAC", "EMEA, APAC"), ("DACH", "DACH")],
)  # fmt: skip
def test_regions_accept_the_separators_people_type(store, tmp_path, typed, stored):
    small_book(store)
    rows = [["Kundennummer", "Regionen"], ["ACC-00001", f'"{typed}"']]  # quoted: the file's delimiter is ";"
    import_file(store, write_csv(tmp_path / "Kunden.csv", rows))
    assert store.scalar("SELECT regions FROM accounts WHERE id = 1") == stored


@pytest.mark.parametrize("header", ["Annual Revenue", "ARR", "Annual Contract Value", "Jahresumsatz", "ACV"])
def test_annual_revenue_in_a_file_of_holdings_is_the_holding_s_revenue(store, tmp_path, header):
    small_book(store)
    path = write_csv(
        tmp_path / "Bestand.csv", [["Kunde", "Produkt", header], ["ACC-00001", "P-CONNECT", "12.000"]]
    )
    plan, _ = import_file(store, path)
    assert plan.kind.name == "holdings" and plan.mapping["revenue"] == header
    assert store.scalar("SELECT revenue_cents FROM holdings WHERE id = 1") == 1_200_000


def test_annual_revenue_in_a_file_of_accounts_is_the_company_s_turnover_and_not_imported():
    """HubSpot's and Salesforce's "Annual Revenue" of a company is its turnover, not its revenue with us."""
    assert "revenue" not in suggest_mapping(KINDS["accounts"], ["Company name", "Annual Revenue"])


def test_the_plan_names_each_column_it_leaves_out_and_why(store, tmp_path):
    small_book(store)
    rows = [["Kundennummer", "Firma", "Fax", "Kunde", "Notiz intern", "Branche"],
            ["ACC-00001", "Müller GmbH", "089 1", "Müller", "", "Maschinenbau"]]  # fmt: skip
    path = write_csv(tmp_path / "Kunden.csv", rows)
    plan = plan_file(store, path)
    assert plan.unused == [
        Unused("Firma", "duplicate", "Kunde"),  # a name too, but "Kunde" (the likelier word) fills the name
        Unused("Fax", "no_field"),  # no field of accounts is called so
        Unused("Notiz intern", "empty"),
    ]
    before = dump(store)
    from planner.core.importing import plan_import

    left_out = plan_import(
        store, plan.sheet, plan.kind, {k: v for k, v in plan.mapping.items() if k != "industry"}
    )
    assert left_out.unused[-1] == Unused("Branche", "unassigned", "industry")  # unassigned in the preview
    assert dump(store) == before


def test_the_command_line_names_the_columns_it_leaves_out(capsys, tmp_path) -> None:
    path = write_csv(tmp_path / "Kunden.csv", [["Kundennummer", "Firma", "Fax", "Notiz intern"],
                                               ["K-1", "Eins GmbH", "089 1", ""]])  # fmt: skip
    assert main(["--db", str(tmp_path / "book.sqlite"), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Kunden.csv: created 1, updated 0, unchanged 0, rejected 0" in out
    assert "Kunden.csv: not imported: Fax (matches no field of accounts), Notiz intern (empty)" in out
