"""Prospects and churned accounts are states of their own, and "customer since" is the earliest holding's
start, on a small book imported from CSV files."""

from __future__ import annotations

from datetime import date

from planner.core.matrix.matrix import matrix_points
from planner.core.moments.detection import held_back
from planner.core.moments.journey import account_phases, current_phase, journey_map
from planner.core.moments.moments import Moment
from planner.core.portfolio.account_detail import account_detail
from tests.importing_support import import_file, write_csv

TODAY = date(2026, 11, 23)


def book(store, tmp_path) -> None:
    """Neu (no holding), Weg (both products cancelled), Alt (a product cancelled since 2019 and one active
    since 2026-10-09), Frisch (active since 2026-10-09, imported today)."""
    import_file(store, write_csv(tmp_path / "Kunden.csv", [
        ["Kundennummer", "Firma", "Umsatz"],
        ["K-1", "Neu GmbH", "0"], ["K-2", "Weg AG", "0"], ["K-3", "Alt KG", "1.000"],
        ["K-4", "Frisch SE", "500"],
    ]))  # fmt: skip
    import_file(store, write_csv(tmp_path / "Produkte.csv", [
        ["Produktnummer", "Produkt", "Preis"], ["P1", "Connect", "100"], ["P2", "Insight", "200"],
    ]))  # fmt: skip
    import_file(store, write_csv(tmp_path / "Verträge.csv", [
        ["Kunde", "Produkt", "Status", "Seit", "Umsatz"],
        ["K-2", "P1", "gekündigt", "01.03.2021", "100"], ["K-2", "P2", "gekündigt", "01.03.2022", "100"],
        ["K-3", "P1", "gekündigt", "15.06.2019", "100"], ["K-3", "P2", "aktiv", "09.10.2026", "100"],
        ["K-4", "P1", "aktiv", "09.10.2026", "100"],
    ]))  # fmt: skip


def _ids(store) -> dict[str, int]:
    return dict(store.query("SELECT key, id FROM accounts"))


def test_prospects_and_churned_accounts_are_in_no_phase_and_counted_apart(store, tmp_path) -> None:
    book(store, tmp_path)
    ids = _ids(store)
    calls = account_phases(store, TODAY)
    # Neu holds nothing: a prospect, not "enablement" forever; Weg cancelled both: churned, not "adoption"
    assert (calls[ids["K-1"]].phase, calls[ids["K-1"]].reason) == ("prospect", "no_products")
    assert (calls[ids["K-2"]].phase, calls[ids["K-2"]].figures) == ("churned", {"cancelled": 2})
    assert current_phase(store, ids["K-2"], TODAY).phase == "churned"
    columns = journey_map(calls, matrix_points(store), [])
    in_columns = {a for c in columns for a in c.account_ids}
    assert ids["K-1"] not in in_columns and ids["K-2"] not in in_columns
    assert sum(c.accounts for c in columns) == 2  # Alt and Frisch
    from planner.core.moments.journey import state_counts

    assert state_counts(calls) == {"prospect": 1, "churned": 1}


def test_a_prospects_sell_moment_is_not_held_back_for_good(store, tmp_path) -> None:
    book(store, tmp_path)
    ids = _ids(store)
    phase_of = {a: c.phase for a, c in account_phases(store, TODAY).items()}
    moment = Moment(ids["K-1"], "Neu GmbH", "K-1", "", "C", "low_penetration", "crosssell", "2026-11-01", "",
                    {}, 10_000, 0.5)  # fmt: skip
    (found,) = held_back([moment], phase_of)
    assert found.held_back_by is None and found.phase == "prospect"


def test_customer_since_is_the_earliest_holdings_start_not_the_import_day(store, tmp_path) -> None:
    book(store, tmp_path)
    ids = _ids(store)
    # Alt: min(2019-06-15 cancelled, 2026-10-09 active) = 2019-06-15; Weg: 2021-03-01; Neu: none -> unknown
    assert account_detail(store, ids["K-3"]).customer_since == "2019-06-15"
    assert account_detail(store, ids["K-2"]).customer_since == "2021-03-01"
    assert account_detail(store, ids["K-1"]).customer_since is None
    calls = account_phases(store, TODAY)
    # Alt has been a customer since 2019: no "new customer" enablement for its product of 2026-10-09
    assert calls[ids["K-3"]].reason != "new_customer"
    # Frisch: customer since 2026-10-09, 45 days before 2026-11-23
    assert (calls[ids["K-4"]].reason, calls[ids["K-4"]].figures) == ("new_customer", {"days": 45})
