"""The goal funnel: target back to won, in sales, marketing-qualified need and raised; rates from history;
pipeline cover."""

from __future__ import annotations

import pytest

from planner.core.growth.goals import (
    LEVELS,
    Rates,
    funnel,
    goal_values,
    goals,
    history,
    new_goal,
    pipeline,
    plan,
)
from planner.core.portfolio import changes


def test_the_funnel_divides_back_from_the_target() -> None:
    # 1,000,000 € / 50,000 € = 20 won; / 25 % = 80 in sales; / 50 % = 160 at a need; / 40 % = 400 raised
    found = funnel(100_000_000, Rates(5_000_000, 0.25, 0.5, 0.4))
    assert (found.won, found.in_sales, found.mqn, found.raised) == (20, 80, 160, 400)


def test_each_level_rounds_up_to_whole_ones() -> None:
    found = funnel(100_000_100, Rates(5_000_000, 0.3, 0.7, 0.35))  # 20.00002 deals -> 21
    assert (found.won, found.in_sales, found.mqn, found.raised) == (21, 70, 100, 286)
    assert funnel(100, Rates(None, 0.3, 0.7, 0.35)) is None  # a rate missing


def test_the_funnel_levels_are_the_readiness_boards_stages(store) -> None:
    # Seed 004's board: signal .. nurturing -> marketing-qualified need -> in sales -> won. An opportunity
    # raised is no "MQL" and a marketing-qualified need no "SQL": the levels carry the board's stage names.
    # 2 signals, 1 at a need, 1 in sales, 1 won: raised 5, reached a need 3, went to sales 2, won 1.
    with store.write() as c:
        c.execute("INSERT INTO accounts (id, key, name) VALUES (1, 'A', 'Alpha')")
        c.executemany(
            "INSERT INTO opportunities (account_id, kind, stage, value_cents, raised_on) "
            "VALUES (1, 'upsell', ?, 100, '2026-05-01')",
            [("signal",), ("signal",), ("mqn",), ("in_sales",), ("won",)],
        )
    assert LEVELS == ("won", "in_sales", "mqn", "raised")
    past = history(store)
    assert {level: getattr(past, level) for level in LEVELS} == {
        "won": 1,
        "in_sales": 2,
        "mqn": 3,
        "raised": 5,
    }


def history_book(store) -> None:
    with store.write() as c:
        c.executemany("INSERT INTO accounts (id, key, name, owner) VALUES (?, ?, ?, ?)",
                      [(1, "A", "Alpha", "Anna"), (2, "B", "Beta", "Ben")])  # fmt: skip
        opportunities = (
            [(1, "signal", 10_000)] * 4 + [(1, "mqn", 30_000)] * 2 + [(1, "in_sales", 90_000)]
            + [(1, "won", 30_000), (2, "won", 50_000), (2, "lost", 70_000)]
        )  # fmt: skip
        c.executemany(
            "INSERT INTO opportunities (account_id, kind, stage, value_cents, raised_on) "
            "VALUES (?, 'crosssell', ?, ?, '2026-05-01')",
            opportunities,
        )


def test_rates_come_from_the_stages_the_opportunities_reached(store) -> None:
    history_book(store)
    past = history(store)
    # 10 raised; mqn and later (2 + 1 + 2 + 1) = 6; in sales and later (1 + 2 + 1) = 4; won 2, lost 1
    assert (past.raised, past.mqn, past.in_sales, past.won, past.lost) == (10, 6, 4, 2, 1)
    assert past.rates() == Rates(40_000, pytest.approx(2 / 3), pytest.approx(4 / 6), pytest.approx(6 / 10))
    assert history(store, "Ben") == type(past)(2, 2, 2, 1, 1, 50_000)


def test_the_open_pipeline_is_weighted_by_the_chance_to_win_from_its_stage(store) -> None:
    history_book(store)
    covers = {c.stage: c for c in pipeline(store, history(store).rates())}
    assert covers["in_sales"].expected_cents == 60_000  # 900 € x 2/3
    assert covers["mqn"].expected_cents == 26_667  # 600 € x 4/6 x 2/3
    assert covers["signal"].expected_cents == 10_667  # 400 € x 6/10 x 4/6 x 2/3
    assert covers["interest"].count == 0


def test_the_gap_is_what_the_pipeline_leaves_and_typed_rates_win(store) -> None:
    history_book(store)
    values = goal_values("2027", *_year(), 500_000, None, Rates(None, None, None, None))
    changes.apply(store, new_goal(store, values))
    found = plan(store, goals(store)[0])
    assert (found.covered_cents, found.gap_cents) == (97_334, 402_666)
    # 4,026.66 € / 400 € = 10.07 -> 11 deals; / (2/3) = 16.5 -> 17; / (4/6) = 25.5 -> 26; / 0.6 = 43.3 -> 44
    gap = found.gap
    assert (gap.won, gap.in_sales, gap.mqn, gap.raised) == (11, 17, 26, 44)
    typed = goal_values("2027", *_year(), 500_000, None, Rates(None, 0.5, None, None))
    changes.apply(store, changes.edit(store, "goals", goals(store)[0].id, typed))
    assert plan(store, goals(store)[0]).needed.in_sales == 2 * plan(store, goals(store)[0]).needed.won


def _year():
    from datetime import date

    return date(2027, 1, 1), date(2027, 12, 31)


def test_a_period_ending_before_it_starts_is_refused() -> None:
    from datetime import date

    with pytest.raises(ValueError):
        goal_values("x", date(2027, 2, 1), date(2027, 1, 1), 1, None, Rates(None, None, None, None))
