"""Opportunities by readiness stage: rows with account, product and tier, the board's columns, and moves that
are undoable and mark the sales fast lane when the customer skips ahead."""

from __future__ import annotations

import pytest

from planner.core.moments.opportunities import (
    OPEN_STAGES,
    STAGES,
    board_columns,
    move,
    neighbour,
    opportunity_rows,
    skipped,
)
from planner.core.portfolio.changes import apply


def small_book(store) -> None:
    """Three accounts (Nord is tier A by revenue, Ost is set to B by hand, Süd is C), two products and six
    opportunities, one of them for a product that was deleted."""
    with store.write() as c:
        c.executemany(
            "INSERT INTO accounts (id, key, name, owner, revenue_cents, tier_override) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(1, "K1", "Nord", "Anna", 9_000_000, None), (2, "K2", "Ost", "Ben", 500_000, "B"),
             (3, "K3", "Süd", None, 100_000, None)],
        )  # fmt: skip
        c.executemany(
            "INSERT INTO products (id, key, name, price_cents, unit) VALUES (?, ?, ?, 100000, 'licence')",
            [(1, "ADS", "Ads"), (2, "WS", "Workspace"), (3, "OLD", "Old")],
        )
        c.executemany(
            "INSERT INTO opportunities (id, account_id, product_id, kind, stage, value_cents, raised_by, "
            "raised_on, fast_lane, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (1, 1, 1, "repeat", "signal", 300_000, "renewal_coming", "2026-10-01", 0, "renewal"),
                (2, 1, 2, "crosssell", "signal", 500_000, "whitespace", "2026-10-02", 0, None),
                (3, 2, 1, "upsell", "nurturing", 200_000, None, "2026-09-15", 0, None),
                (4, 2, 2, "crosssell", "in_sales", 700_000, "demo_request", "2026-11-01", 1, "asked"),
                (5, 3, 3, "upsell", "won", 100_000, "qbr", "2026-03-01", 0, None),
                (6, 3, 1, "repeat", "lost", 50_000, "renewal_coming", "2026-02-01", 0, None),
            ],
        )
        c.execute("DELETE FROM products WHERE id = 3")  # opportunity 5 keeps going, without a product


def stage_of(store, opportunity_id: int) -> tuple[str, int]:
    return tuple(store.query("SELECT stage, fast_lane FROM opportunities WHERE id = ?", (opportunity_id,))[0])


def test_stages_in_order() -> None:
    assert STAGES == ("signal", "interest", "nurturing", "mqn", "in_sales", "won", "lost")
    assert STAGES[:5] == OPEN_STAGES
    assert neighbour("signal", 1) == "interest" and neighbour("in_sales", 1) == "won"
    assert neighbour("signal", -1) is None and neighbour("lost", 1) is None and neighbour("lost", -1) == "won"


def test_rows_carry_account_product_owner_and_tier(store) -> None:
    small_book(store)
    rows = {r.id: r for r in opportunity_rows(store)}
    assert sorted(rows) == [1, 2, 3, 4, 5, 6]
    first = rows[1]
    assert (first.account_id, first.account_name, first.account_key, first.owner) == (1, "Nord", "K1", "Anna")
    assert (first.product_id, first.product_name, first.kind, first.stage) == (1, "Ads", "repeat", "signal")
    assert (first.value_cents, first.raised_by, first.raised_on, first.notes) == (
        300_000, "renewal_coming", "2026-10-01", "renewal")  # fmt: skip
    assert first.fast_lane is False and rows[4].fast_lane is True
    assert rows[3].raised_by is None and rows[3].notes == ""
    assert {r.id: r.tier for r in rows.values()} == {1: "A", 2: "A", 3: "B", 4: "B", 5: "C", 6: "C"}
    assert rows[5].product_id is None and rows[5].product_name == ""  # the product was deleted
    assert rows[5].owner == ""


def test_columns_count_and_add_up_largest_value_first(store) -> None:
    small_book(store)
    columns = board_columns(opportunity_rows(store))
    assert [c.stage for c in columns] == list(STAGES)
    summary = {c.stage: ([r.id for r in c.rows], c.size, c.value_cents) for c in columns}
    assert summary == {
        "signal": ([2, 1], 2, 800_000),
        "interest": ([], 0, 0),
        "nurturing": ([3], 1, 200_000),
        "mqn": ([], 0, 0),
        "in_sales": ([4], 1, 700_000),
        "won": ([5], 1, 100_000),
        "lost": ([6], 1, 50_000),
    }
    stage, rows, size, value = columns[0]  # a column is a plain tuple too
    assert (stage, size, value) == ("signal", 2, 800_000) and rows[0].id == 2


def test_equal_values_are_ordered_by_account_name(store) -> None:
    small_book(store)
    with store.write() as c:
        c.execute("UPDATE opportunities SET value_cents = 500000")
    signal = board_columns(opportunity_rows(store))[0]
    assert [r.account_name for r in signal.rows] == ["Nord", "Nord"] and [r.id for r in signal.rows] == [1, 2]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("signal", "interest", 0),
        ("signal", "nurturing", 1),
        ("signal", "in_sales", 3),
        ("interest", "mqn", 1),
        ("mqn", "in_sales", 0),
        ("in_sales", "won", 0),
        ("nurturing", "won", 2),
        ("in_sales", "signal", 0),  # back
        ("signal", "lost", 0),  # any stage can be lost
        ("lost", "in_sales", 0),  # taken up again
        ("mqn", "mqn", 0),
    ],
)
def test_skipped_counts_the_stages_jumped_over(source: str, target: str, expected: int) -> None:
    assert skipped(source, target) == expected


def test_one_step_is_an_undoable_change_without_fast_lane(store) -> None:
    small_book(store)
    change = move(store, 3, "mqn")
    assert stage_of(store, 3) == ("nurturing", 0)  # building a change stores nothing
    assert (change.kind, change.table, change.ids) == ("edit", "opportunities", (3,))
    assert change.fields == ("stage",)
    assert change.name == "Ost · Ads"
    apply(store, change)
    assert stage_of(store, 3) == ("mqn", 0)
    apply(store, change, undo=True)
    assert stage_of(store, 3) == ("nurturing", 0)


def test_skipping_ahead_marks_the_fast_lane_and_undo_takes_it_back(store) -> None:
    small_book(store)
    change = move(store, 1, "in_sales")  # signal -> in sales: the customer asked for it
    assert change.fields == ("stage", "fast_lane")
    apply(store, change)
    assert stage_of(store, 1) == ("in_sales", 1)
    apply(store, change, undo=True)
    assert stage_of(store, 1) == ("signal", 0)


def test_moving_back_or_to_lost_keeps_where_it_came_from(store) -> None:
    small_book(store)
    apply(store, move(store, 4, "interest"))  # the fast-lane one goes back: still came by the fast lane
    assert stage_of(store, 4) == ("interest", 1)
    apply(store, move(store, 2, "lost"))
    assert stage_of(store, 2) == ("lost", 0)
    apply(store, move(store, 2, "in_sales"))  # lost, taken up again
    assert stage_of(store, 2) == ("in_sales", 0)


def test_moving_to_its_own_stage_is_an_empty_change(store) -> None:
    small_book(store)
    assert move(store, 1, "signal").empty
    assert move(store, 5, "lost").name == "Süd"  # no product any more: the account alone


def test_move_refuses_unknown_stages_and_opportunities(store) -> None:
    small_book(store)
    with pytest.raises(ValueError):
        move(store, 1, "negotiation")
    with pytest.raises(KeyError):
        move(store, 99, "won")


def test_demo_book_has_every_stage_and_kind(demo_store) -> None:
    rows = opportunity_rows(demo_store)
    assert len(rows) == demo_store.count("opportunities")
    columns = board_columns(rows)
    assert all(c.size for c in columns)
    assert sum(c.size for c in columns) == len(rows)
    total = demo_store.scalar("SELECT sum(value_cents) FROM opportunities")
    assert sum(c.value_cents for c in columns) == total
    assert {r.kind for r in rows} == {"repeat", "upsell", "crosssell"}
    assert any(r.fast_lane for r in rows)
