"""The whitespace grid on a book worked out by hand: peer-median values, states, groups, opportunities."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from planner.core.growth.whitespace import Cell, grouped, opportunity_for, whitespace_grid
from planner.core.portfolio import changes
from tests.growth_support import growth_book


@pytest.fixture
def grid(store):
    growth_book(store)
    return whitespace_grid(store)


def rows(grid):
    return {r.key: r for r in grid.rows}


def test_products_are_columns_by_name(grid) -> None:
    assert [p.name for p in grid.products] == ["Ads", "Analytics", "Workspace"]


def test_whitespace_is_the_median_of_what_comparable_accounts_pay(grid) -> None:
    target = rows(grid)["T"]
    # Analytics: Retail, 50-249 employees: P1 1,000 €, P2 3,000 €, P3 2,000 € -> median 2,000 € of 3 peers
    assert target.cells[1] == Cell("whitespace", 200_000, "peers", 3)
    # Ads held for 500 €; Workspace in trial, nobody pays for it: its list price of 50 €
    assert target.cells[0] == Cell("held", 50_000)
    assert target.cells[2] == Cell("trial", 5_000, "price", 0)
    assert (target.whitespace_cents, target.held_cents) == (200_000, 50_000)  # a trial is no whitespace


def test_too_few_peers_widen_the_group(grid) -> None:
    # Ads is held by P1 (800 €) and Target (500 €) only: fewer than 3, so the median of all: 650 €
    assert rows(grid)["P2"].cells[0] == Cell("whitespace", 65_000, "all", 2)
    assert rows(grid)["P2"].whitespace_cents == 65_000 + 5_000


def test_products_not_relevant_for_a_segment_are_no_whitespace(grid) -> None:
    office = rows(grid)["O"]
    assert [c.state for c in office.cells] == ["whitespace", "not_relevant", "not_relevant"]
    assert office.whitespace_cents == 65_000


def test_segments_as_rows_sum_their_accounts(grid) -> None:
    retail = {g.name: g for g in grouped(grid, "segment")}["Retail"]
    assert retail.accounts == 4
    assert retail.cells[1] == Cell("whitespace", 200_000, "", 1, 3)  # Target lacks it, three hold it
    assert retail.whitespace_cents == sum(r.whitespace_cents for r in grid.rows if r.segment == "Retail")


def test_a_cell_becomes_an_opportunity_and_undo_takes_it_back(store, grid) -> None:
    target = rows(grid)["T"]
    change = opportunity_for(store, grid, target, 1)
    changes.apply(store, change)
    assert store.query(
        "SELECT account_id, product_id, kind, stage, value_cents, raised_by FROM opportunities"
    ) == [(4, 3, "crosssell", "signal", 200_000, "whitespace")]
    changes.apply(store, change, undo=True)
    assert store.scalar("SELECT count(*) FROM opportunities") == 0
    with pytest.raises(ValueError):
        opportunity_for(store, grid, target, 0)  # Ads is held


def test_cli_prints_every_accounts_cells_with_their_value(store) -> None:
    growth_book(store)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    found = subprocess.run(
        [sys.executable, "-m", "planner", "--db", str(store.path), "whitespace", "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    printed = {r["key"]: r for r in json.loads(found.stdout)}
    assert printed["T"]["whitespace"] == 2000.0
    analytics = next(c for c in printed["T"]["cells"] if c["product"] == "AN")
    assert analytics == {"product": "AN", "name": "Analytics", "state": "whitespace", "value": 2000.0,
                         "basis": "peers", "peers": 3}  # fmt: skip
    assert list(printed)[0] == "T"  # the most whitespace first
