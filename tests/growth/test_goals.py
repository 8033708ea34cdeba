"""The goal funnel: target back to deals, opportunities, SQLs and MQLs; rates from history; pipeline cover."""

from __future__ import annotations

import pytest

from planner.core.growth.goals import Rates, funnel, goal_values, goals, history, new_goal, pipeline, plan
from planner.core.portfolio import changes


def test_the_funnel_divides_back_from_the_target() -> None:
    # 1,000,000 € / 50,000 € = 20 deals; / 25 % = 80 opportunities; / 50 % = 160 SQLs; / 40 % = 400 MQLs
    found = funnel(100_000_000, Rates(5_000_000, 0.25, 0.5, 0.4))
    assert (found.deals, found.opportunities, found.sqls, found.mqls) == (20, 80, 160, 400)


def test_each_level_rounds_up_to_whole_ones() -> None:
    found = funnel(100_000_100, Rates(5_000_000, 0.3, 0.7, 0.35))  # 20.00002 deals -> 21
    assert (found.deals, found.opportunities, found.sqls, found.mqls) == (21, 70, 100, 286)
    assert funnel(100, Rates(None, 0.3, 0.7, 0.35)) is None  # a rate missing


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
    # 10 raised; mqn and later (2 + 1 + 2 + 1) = 6 SQLs; in sales and later (1 + 2 + 1) = 4; won 2, lost 1
    assert (past.mqls, past.sqls, past.opportunities, past.won, past.lost) == (10, 6, 4, 2, 1)
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
    assert (gap.deals, gap.opportunities, gap.sqls, gap.mqls) == (11, 17, 26, 44)
    typed = goal_values("2027", *_year(), 500_000, None, Rates(None, 0.5, None, None))
    changes.apply(store, changes.edit(store, "goals", goals(store)[0].id, typed))
    assert plan(store, goals(store)[0]).needed.opportunities == 2 * plan(store, goals(store)[0]).needed.deals


def _year():
    from datetime import date

    return date(2027, 1, 1), date(2027, 12, 31)


def test_a_period_ending_before_it_starts_is_refused() -> None:
    from datetime import date

    with pytest.raises(ValueError):
        goal_values("x", date(2027, 2, 1), date(2027, 1, 1), 1, None, Rates(None, None, None, None))
