"""One potential, one whitespace, one tier basis (issue 19): a small book imported from the files a KAM has,
and every place that shows them (the matrix, the Growth grid, Coverage, the journey map, the briefing) shows
the same figures for the same account."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.core.coverage.coverage import coverage
from planner.core.growth.whitespace import whitespace_grid
from planner.core.matrix.account_tiers import account_tiers, computed_tiers
from planner.core.matrix.matrix import matrix_points
from planner.core.moments.journey import account_phases, journey_map
from planner.core.qbr.briefing import build_briefing
from planner.core.store.store import Store
from tests.importing_support import import_file, write_csv

TODAY = date(2026, 12, 7)


@pytest.fixture
def book(store: Store, tmp_path: Path) -> Store:
    """Alpha holds all three products; Beta and Gamma hold Ads only. Nobody else holds Workspace or
    Analytics, so their whitespace is what Alpha pays for them (the median of one: 50,000 and 30,000).
    Gamma's wallet is 20,000 of which it spends 5,000 with us: its potential is at most 15,000."""
    files = {
        "products.csv": [["key", "name", "price", "unit"], ["ADS", "Ads", "1000", "licence"],
                         ["WS", "Workspace", "500", "licence"], ["AN", "Analytics", "200", "licence"]],
        "accounts.csv": [["key", "name", "revenue", "wallet"], ["A1", "Alpha", "100000", ""],
                         ["B2", "Beta", "10000", ""], ["G3", "Gamma", "5000", "20000"]],
        "holdings.csv": [["account", "product", "status", "since", "revenue"],
                         ["A1", "ADS", "active", "2024-01-01", "20000"],
                         ["A1", "WS", "active", "2024-01-01", "50000"],
                         ["A1", "AN", "active", "2024-01-01", "30000"],
                         ["B2", "ADS", "active", "2024-01-01", "10000"],
                         ["G3", "ADS", "active", "2024-01-01", "5000"]],
        "usage.csv": [["account", "product", "month", "usage", "expected"],
                      *[[a, "ADS", m, "80", "100"] for a in ("A1", "B2", "G3")
                        for m in ("2026-09", "2026-10")]],
    }  # fmt: skip
    for name, rows in files.items():
        import_file(store, write_csv(tmp_path / name, rows, delimiter=","))
    return store


def ids(store: Store) -> dict[str, int]:
    return dict(store.query("SELECT key, id FROM accounts"))


def test_potential_is_whitespace_plus_unserved_users_at_most_the_wallet_left(book: Store) -> None:
    points = {p.key: p for p in matrix_points(book)}
    # Beta: Workspace 50,000 + Analytics 30,000 = 80,000, no wallet to cap it
    assert {w.product: w.value_cents for w in points["B2"].whitespace} == {
        "Workspace": 5_000_000, "Analytics": 3_000_000}  # fmt: skip
    assert points["B2"].potential_cents == 8_000_000 and not points["B2"].capped
    # Gamma: the same 80,000 of whitespace, but only 20,000 - 5,000 = 15,000 left of its wallet
    assert points["G3"].raw_potential_cents == 8_000_000
    assert points["G3"].potential_cents == 1_500_000 and points["G3"].capped
    assert points["A1"].potential_cents == 0  # holds everything


def test_tiers_rank_revenue_plus_potential(book: Store) -> None:
    # values: Alpha 100,000 + 0; Beta 10,000 + 80,000 = 90,000; Gamma 5,000 + 15,000 = 20,000; of 210,000.
    # A while the accounts before make less than 80 % (168,000): Alpha (0), Beta (100,000); Gamma starts at
    # 190,000, under 95 % (199,500): B. Ranked by max(revenue, wallet) Beta (10,000) would have been C.
    key = ids(book)
    assert computed_tiers(book) == {key["A1"]: "A", key["B2"]: "A", key["G3"]: "B"}
    assert {p.key: p.tier for p in matrix_points(book)} == {"A1": "A", "B2": "A", "G3": "B"}
    assert account_tiers(book) == computed_tiers(book)


def test_a_tier_follows_the_potential_when_the_book_changes(book: Store, tmp_path: Path) -> None:
    assert computed_tiers(book)[ids(book)["B2"]] == "A"
    # Beta buys Workspace and Analytics at no charge: no whitespace left, value 10,000 of 130,000 (Alpha
    # 100,000, Gamma 5,000 + 15,000): Alpha A, then Gamma starts at 100,000 (76.9 %): A, Beta at 120,000
    # (92.3 %): B
    rows = [["account", "product", "status", "revenue"], ["B2", "WS", "active", "0"]]
    rows.append(["B2", "AN", "active", "0"])
    import_file(book, write_csv(tmp_path / "more.csv", rows, delimiter=","))
    assert computed_tiers(book)[ids(book)["B2"]] == "B"


def test_every_view_shows_the_same_potential_and_whitespace(book: Store) -> None:
    points = {p.account_id: p for p in matrix_points(book, today=TODAY)}
    key = ids(book)
    # the Growth grid: each account's whitespace cells are the point's whitespace
    for row in whitespace_grid(book, list(points.values())).rows:
        assert row.whitespace_cents == sum(w.value_cents for w in points[row.id].whitespace)
    # Coverage's time against value: each account's potential is the matrix's, the tiers' sum theirs
    figures = coverage(book, TODAY)
    shown = {aid: share.potential_cents for aid, _, _, share in figures.accounts_time}
    assert shown == {aid: p.potential_cents for aid, p in points.items()}
    assert {t.tier: t.potential_cents for t in figures.time_by_tier} == {
        "A": 8_000_000,
        "B": 1_500_000,
        "C": 0,
    }
    # the journey map: a phase's potential is its accounts' potential added up
    columns = journey_map(account_phases(book, TODAY, list(points.values())), list(points.values()), [])
    for column in columns:
        assert column.potential_cents == sum(points[a].potential_cents for a in column.account_ids)
    assert sum(c.potential_cents for c in columns) == 9_500_000  # Beta 80,000 + Gamma 15,000
    # the briefing: the key figure and the whitespace on its agenda
    for account in ("B2", "G3"):
        briefing = build_briefing(book, account_id=key[account], today=TODAY)
        assert briefing.figures.potential_cents == points[key[account]].potential_cents
        drafted = briefing.draft.recommendations
        listed = {i.values["product"]: i.values["value_cents"] for i in drafted if i.kind == "whitespace"}
        assert listed == {"Workspace": 5_000_000, "Analytics": 3_000_000}
