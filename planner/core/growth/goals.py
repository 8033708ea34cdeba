"""The goal funnel (seed 001): from a revenue target back to the deals won and the opportunities in sales, at
a marketing-qualified need and raised that it needs, with deal size and conversion rates from the portfolio's
history or typed in, and what covers the target: the opportunities closing inside the goal's period, won ones
at 100 %, open ones at the chance to win from their stage (the stage weights, as in the forecast).

The win rate of the funnel (in sales -> won) is, unless the goal types its own as a what-if, the stage
weight of in sales, so the funnel and the cover speak of one chance to win; the other conversion rates
(raised -> need -> sales) are the (owner's) history's or typed in.

Only a close date inside the period counts: an opportunity without one is shown apart ("no close date:
N, X €"), not counted, so the user sees it and can date it; one closing outside the period is shown apart
too. A goal is a revenue target for its period, and an undated deal may close in any period."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from planner.core.moments.opportunities import OPEN_STAGES
from planner.core.moments.stage_weights import History, Rates, history, owner_clause, stage_weights
from planner.core.portfolio.changes import Change, create, delete, edit
from planner.core.store.store import Store

# The funnel's levels are the readiness stages of the board (seed 004), named as the board names them:
# raised (every opportunity, whatever its stage), reached the marketing-qualified need, went to sales, won.
# The stored rate columns keep their old names: sql_to_opportunity is the rate from a marketing-qualified
# need to sales, mql_to_sql the rate from raised to a marketing-qualified need. The history and its rates
# live with the stage weights (planner.core.moments.stage_weights), which the cover uses.
LEVELS = ("won", "in_sales", "mqn", "raised")  # the funnel from the target back, by stage
RATE_FIELDS = ("deal_size_cents", "win_rate", "sql_to_opportunity", "mql_to_sql")
COVER_STAGES = (*OPEN_STAGES, "won")  # what covers a goal: the open pipeline and what was won


@dataclass(frozen=True)
class Funnel:
    """What the target needs, each level (a readiness stage, see LEVELS) rounded up to whole ones."""

    target_cents: int
    won: int
    in_sales: int
    mqn: int
    raised: int


def _up(value: float) -> int:
    return math.ceil(value - 1e-9)  # 3.0000000001 from a float division is still 3


def funnel(target_cents: int, rates: Rates) -> Funnel | None:
    """won = target / deal size; in sales = won / win rate; marketing-qualified needs = in sales / the rate
    from a need to sales; raised = needs / the rate from raised to a need, each rounded up. None while a
    rate is missing."""
    if not rates.complete:
        return None
    assert rates.deal_size_cents and rates.win_rate and rates.sql_to_opportunity and rates.mql_to_sql
    won = _up(max(target_cents, 0) / rates.deal_size_cents)
    in_sales = _up(won / rates.win_rate)
    mqn = _up(in_sales / rates.sql_to_opportunity)
    return Funnel(target_cents, won, in_sales, mqn, _up(mqn / rates.mql_to_sql))


@dataclass(frozen=True)
class StageCover:
    stage: str
    count: int
    value_cents: int
    probability: float  # the stage weight
    expected_cents: int


@dataclass(frozen=True)
class Tally:
    count: int
    value_cents: int


@dataclass(frozen=True)
class Pipeline:
    stages: list[StageCover]  # closing inside the period: the open stages, then won
    undated: Tally  # open or won without a close date: not counted
    outside: Tally  # open or won closing outside the period: not counted


def pipeline(
    store: Store, weights: dict[str, float], period: tuple[str, str], owner: str | None = None
) -> Pipeline:
    """The opportunities closing inside `period` (ISO days, both included) per stage, open ones and won,
    with what they are expected to bring: value x the stage's weight (won 100 %); those without a close
    date and those closing outside the period apart."""
    where, params = owner_clause(owner)
    found: dict[tuple[str, str], tuple[int, int]] = {}
    stages = ",".join("?" * len(COVER_STAGES))
    for stage, place, n, cents in store.query(
        "SELECT o.stage, CASE WHEN coalesce(o.close_on, '') = '' THEN 'undated' "
        "WHEN o.close_on BETWEEN ? AND ? THEN 'inside' ELSE 'outside' END, count(*), "
        f"coalesce(sum(o.value_cents), 0) FROM opportunities o WHERE o.stage IN ({stages})"
        + where
        + " GROUP BY 1, 2",
        (*period, *COVER_STAGES, *params),
    ):
        found[stage, place] = (n, cents)
    covers = []
    for stage in COVER_STAGES:
        n, cents = found.get((stage, "inside"), (0, 0))
        weight = weights.get(stage, 0.0)
        covers.append(StageCover(stage, n, cents, weight, round(cents * weight)))

    def tally(place: str) -> Tally:
        both = [found.get((stage, place), (0, 0)) for stage in COVER_STAGES]
        return Tally(sum(n for n, _ in both), sum(c for _, c in both))

    return Pipeline(covers, tally("undated"), tally("outside"))


@dataclass(frozen=True)
class Goal:
    id: int
    name: str
    period_start: str
    period_end: str
    target_cents: int
    owner: str | None
    typed: Rates  # what the user typed in; None: from history


@dataclass(frozen=True)
class GoalPlan:
    goal: Goal
    history: History
    rates: Rates  # typed where typed, else from history
    needed: Funnel | None
    pipeline: list[StageCover]  # closing inside the period
    undated: Tally  # no close date: not counted
    outside: Tally  # closing outside the period: not counted
    covered_cents: int  # won in the period plus what the open pipeline closing in it is expected to bring
    gap_cents: int  # target - covered, at least 0
    gap: Funnel | None  # what the gap still needs

    @property
    def coverage(self) -> float | None:
        target = self.goal.target_cents
        return self.covered_cents / target if target else None


def goals(store: Store) -> list[Goal]:
    rows = store.query(
        "SELECT id, name, period_start, period_end, target_cents, owner, deal_size_cents, win_rate, "
        "sql_to_opportunity, mql_to_sql FROM goals ORDER BY period_start, name COLLATE NOCASE, id"
    )
    return [Goal(r[0], r[1], r[2], r[3], r[4], r[5], Rates(*r[6:])) for r in rows]


def default_rates(past: History, weights: dict[str, float]) -> Rates:
    """The rates a goal's funnel uses where none is typed in: the conversions of the (owner's) history, but
    the win rate (in sales -> won) is the stage weight of in sales: the one chance to win of the book."""
    return replace(past.rates(), win_rate=weights.get("in_sales") or None)


def plan(store: Store, goal: Goal) -> GoalPlan:
    past, weights = history(store, goal.owner), stage_weights(store)
    rates = default_rates(past, weights)
    rates = replace(rates, **{f: getattr(goal.typed, f) for f in RATE_FIELDS if getattr(goal.typed, f)})
    found = pipeline(store, weights, (goal.period_start, goal.period_end), goal.owner)
    covered = sum(c.expected_cents for c in found.stages)
    gap = max(goal.target_cents - covered, 0)
    return GoalPlan(
        goal, past, rates, funnel(goal.target_cents, rates), found.stages, found.undated, found.outside,
        covered, gap, funnel(gap, rates),
    )  # fmt: skip


def goal_values(
    name: str, start: date, end: date, target_cents: int, owner: str | None, typed: Rates
) -> dict[str, Any]:
    if end < start:
        raise ValueError("the period ends before it starts")
    return {
        "name": name, "period_start": start.isoformat(), "period_end": end.isoformat(),
        "target_cents": target_cents, "owner": owner or None,
        **{f: getattr(typed, f) or None for f in RATE_FIELDS},
    }  # fmt: skip


def new_goal(store: Store, values: dict[str, Any], *, today: date | None = None) -> Change:
    return create(store, "goals", {**values, "created_on": (today or date.today()).isoformat()})


def edit_goal(store: Store, goal_id: int, values: dict[str, Any]) -> Change:
    change = edit(store, "goals", goal_id, values)
    return replace(change, name=str(values.get("name") or change.name))  # the new name


def delete_goal(store: Store, goal_id: int) -> Change:
    return delete(store, "goals", [goal_id])
