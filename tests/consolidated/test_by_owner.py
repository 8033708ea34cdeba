"""The Team workspace's figures per owner: what the matrix and coverage show for that owner's accounts
("Only my accounts"), worked out by hand on the team book of team_book.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.core.consolidated.by_owner import OwnerFigures, figures_by_owner
from planner.core.consolidated.handovers import handovers
from planner.core.coverage.coverage import coverage
from planner.core.matrix.account_tiers import computed_tiers
from planner.core.matrix.scoring import Quadrant
from planner.core.store.store import Store, open_portfolio
from tests.consolidated.team_book import TODAY, hand_over, own_book, team_book


@pytest.fixture
def ids(store: Store, tmp_path: Path) -> dict[str, int]:
    return team_book(store, tmp_path)


def rows(store: Store) -> dict[str, OwnerFigures]:
    return {f.owner: f for f in figures_by_owner(store, TODAY)}


def test_one_row_per_owner_however_the_file_spells_the_name(store: Store, ids: dict[str, int]) -> None:
    found = figures_by_owner(store, TODAY)
    # largest revenue first, the accounts without an owner last: Anna 780,000 €, Ben 210,000 €, none 10,000 €
    assert [(f.owner, f.accounts, f.revenue_cents) for f in found] == [
        ("Anna Berg", 3, 78_000_000), ("Ben Kurz", 2, 21_000_000), ("", 1, 1_000_000),
    ]  # fmt: skip


def test_quadrants_and_neglect_worked_out_by_hand(store: Store, ids: dict[str, int]) -> None:
    assert computed_tiers(store) == {ids["A-1"]: "A", ids["A-2"]: "B", ids["A-3"]: "B", ids["B-1"]: "A",
                                     ids["B-2"]: "C", ids["N-1"]: "C"}  # fmt: skip
    anna, ben, nobody = (rows(store)[o] for o in ("Anna Berg", "Ben Kurz", ""))
    # Alpha power user, Beta niche, Gamma underperformer
    assert anna.quadrants == {Quadrant.SAMPLER: 0, Quadrant.NICHE: 1, Quadrant.UNDERPERFORMER: 1,
                              Quadrant.POWER_USER: 1}  # fmt: skip
    assert (ben.quadrants[Quadrant.SAMPLER], ben.unscored) == (1, 1)  # Delta sampler, Epsilon holds nothing
    assert nobody.quadrants[Quadrant.POWER_USER] == 1
    # Beta (B) 37 days overdue, Gamma (B) never touched; Delta (A) 22 days overdue; Zeta (C) never touched
    # tiers as each owner's own book ranks them: Anna's Alpha A, Beta (starts at 82 % of her 780,000) B,
    # Gamma (94 %) B; Ben's Delta A, Epsilon (86 % of his 210,000) B, not the team's C; Zeta alone: A
    assert anna.neglected == {"A": 0, "B": 2, "C": 0}
    assert ben.neglected == {"A": 1, "B": 1, "C": 0}  # Epsilon, B: touched 48 days ago, cadence 30
    assert nobody.neglected == {"A": 1, "B": 0, "C": 0}
    # touched within 90 days: Alpha and Beta of 3; Delta and Epsilon of 2
    assert anna.touched_share == pytest.approx(2 / 3)
    assert ben.touched_share == 1.0


def test_net_dollar_retention_worked_out_by_hand(store: Store, ids: dict[str, int]) -> None:
    anna, ben, nobody = (rows(store)[o] for o in ("Anna Berg", "Ben Kurz", ""))
    assert anna.ndr is not None and anna.ndr.quarter == "2026-Q3" and anna.ndr.since == "2025-Q3"
    assert (anna.ndr.expansion_cents, anna.ndr.contraction_cents, anna.ndr.churn_cents) == (
        2_000_000, 2_000_000, 1_000_000,
    )  # fmt: skip
    assert anna.ndr.ndr == pytest.approx(150_000 / 160_000)
    assert anna.ndr_quarter is not None and anna.ndr_quarter.ndr == pytest.approx(120_000 / 110_000)
    assert ben.ndr is not None and ben.ndr.ndr == pytest.approx(1.25)
    assert nobody.ndr is None  # no revenue by quarter


@pytest.mark.parametrize("owner", ["Anna Berg", "Ben Kurz"])
def test_each_row_is_what_the_owners_own_book_shows(
    store: Store, ids: dict[str, int], owner: str, tmp_path: Path
) -> None:
    """One core, two stores: the director's row of an owner is what that owner's own book (the same files,
    their accounts only) shows: quadrants, tiers and the accounts past their cadence, time, NDR."""
    row = rows(store)[owner]
    own_store = open_portfolio(tmp_path / "own.sqlite", create=True)
    try:
        own_book(own_store, tmp_path, owner)
        (own,) = figures_by_owner(own_store, TODAY)
        assert (own.owner, own.accounts, own.revenue_cents) == (owner, row.accounts, row.revenue_cents)
        assert (own.quadrants, own.unscored) == (row.quadrants, row.unscored)
        assert own.neglected == row.neglected
        assert own.touched_share == row.touched_share
        assert [(n.key, n.tier) for n in own.coverage.neglected] == [
            (n.key, n.tier) for n in row.coverage.neglected
        ]
        assert [(t.tier, t.time_share) for t in own.coverage.time_by_tier] == [
            (t.tier, t.time_share) for t in row.coverage.time_by_tier
        ]
        assert (own.ndr and own.ndr.ndr, own.ndr_quarter and own.ndr_quarter.ndr) == (
            row.ndr and row.ndr.ndr,
            row.ndr_quarter and row.ndr_quarter.ndr,
        )
        assert len(own.coverage.due_steps) == len(row.coverage.due_steps)
    finally:
        own_store.close()


def test_the_owners_rows_add_up_to_the_book(store: Store, ids: dict[str, int]) -> None:
    """Every account is in one row; the neglected ones are the book's, and Epsilon, which Ben's own book
    ranks B (30-day cadence) where the whole team's ranks it C."""
    whole = coverage(store, TODAY)
    split = [n for f in figures_by_owner(store, TODAY) for n in f.coverage.neglected]
    assert sorted(n.account_id for n in split) == sorted(
        [*(n.account_id for n in whole.neglected), ids["B-2"]]
    )
    assert sum(f.accounts for f in figures_by_owner(store, TODAY)) == 6


def test_time_shares_are_of_the_owners_own_time(store: Store, ids: dict[str, int]) -> None:
    """Time and value with "Only my accounts": Anna's 120 minutes (Alpha 30, Beta 90) are all her time,
    not a share of the team's 175."""
    by_tier = {t.tier: t for t in coverage(store, TODAY, owner="Anna Berg").time_by_tier}
    assert by_tier["A"].time_share == pytest.approx(30 / 120)
    assert by_tier["B"].time_share == pytest.approx(90 / 120)


def test_logins_of_the_team(store: Store, ids: dict[str, int]) -> None:
    assert rows(store)["Anna Berg"].logins == ()  # a book never synced: the owner names only
    with store.write() as conn:
        conn.executemany("INSERT INTO team_accounts (account_id, owner_role, writable) VALUES (?, ?, 0)",
                         [(ids["A-1"], "anna"), (ids["A-2"], "anna"), (ids["B-1"], "ben")])  # fmt: skip
    assert rows(store)["Anna Berg"].logins == ("anna",)
    assert rows(store)["Ben Kurz"].logins == ("ben",)


def test_a_single_kams_book_has_one_row(store: Store, ids: dict[str, int]) -> None:
    with store.write() as conn:
        conn.execute("UPDATE accounts SET owner = 'Anna Berg'")
    (only,) = figures_by_owner(store, TODAY)
    assert (only.owner, only.accounts) == ("Anna Berg", 6)
    assert only.coverage == coverage(store, TODAY)


def test_an_empty_book_has_no_rows(store: Store) -> None:
    assert figures_by_owner(store, TODAY) == []
    assert handovers(store) == []


def test_handovers_newest_first(store: Store, ids: dict[str, int]) -> None:
    hand_over(store, "A-2", "Beta", "Ben Kurz", "Anna Berg", "2026-10-01T09:00:00+00:00")
    hand_over(store, "X-9", "", "Anna Berg", "Ben Kurz", "2026-11-15T14:30:00+00:00")  # not in this book
    found = handovers(store)
    assert [(h.account, h.from_owner, h.to_owner, h.by) for h in found] == [
        ("X-9", "Anna Berg", "Ben Kurz", "director"), ("Beta", "Ben Kurz", "Anna Berg", "director"),
    ]  # fmt: skip
    assert (found[0].account_id, found[1].account_id) == (None, ids["A-2"])
