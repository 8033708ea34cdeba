"""The goal funnel (seed 001): from a revenue target back to the deals won and the opportunities in sales, at
a marketing-qualified need and raised that it needs, with deal size and conversion rates from the portfolio's
history or typed in, and what the open pipeline covers of the target."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from planner.core.moments.opportunities import OPEN_STAGES
from planner.core.portfolio.changes import Change, create, delete, edit
from planner.core.store.store import Store

# The funnel's levels are the readiness stages of the board (seed 004), named as the board names them:
# raised (every opportunity, whatever its stage), reached the marketing-qualified need, went to sales, won.
# A lost one is counted as lost in sales (the stage it was lost from is not kept), so the win rate is
# won / (won + lost). The stored rate columns keep their old names: sql_to_opportunity is the rate from a
# marketing-qualified need to sales, mql_to_sql the rate from raised to a marketing-qualified need.
LEVELS = ("won", "in_sales", "mqn", "raised")  # the funnel from the target back, by stage
MQN_STAGES = ("mqn", "in_sales", "won", "lost")
IN_SALES_STAGES = ("in_sales", "won", "lost")
RATE_FIELDS = ("deal_size_cents", "win_rate", "sql_to_opportunity", "mql_to_sql")


@dataclass(frozen=True)
class Rates:
    deal_size_cents: int | None  # the average won deal
    win_rate: float | None  # in sales -> won
    sql_to_opportunity: float | None  # marketing-qualified need -> in sales (the stored column's name)
    mql_to_sql: float | None  # raised -> marketing-qualified need (the stored column's name)

    @property
    def complete(self) -> bool:
        return all(getattr(self, f.name) for f in fields(self))

    def win_probability(self, stage: str) -> float:
        """The chance an open opportunity in `stage` is won, by the rates of the levels still ahead of it."""
        win, to_sales, to_mqn = (
            self.win_rate or 0.0,
            self.sql_to_opportunity or 0.0,
            self.mql_to_sql or 0.0,
        )
        if stage == "in_sales":
            return win
        if stage == "mqn":
            return to_sales * win
        return to_mqn * to_sales * win


@dataclass(frozen=True)
class History:
    """The opportunities behind the rates: how many reached each level, and the value of the won ones."""

    raised: int
    mqn: int  # reached the marketing-qualified need
    in_sales: int  # went to sales
    won: int
    lost: int
    won_cents: int

    def rates(self) -> Rates:
        return Rates(
            round(self.won_cents / self.won) if self.won else None,
            self.won / (self.won + self.lost) if self.won + self.lost else None,
            self.in_sales / self.mqn if self.mqn else None,
            self.mqn / self.raised if self.raised else None,
        )


def _owner_clause(owner: str | None) -> tuple[str, tuple[Any, ...]]:
    if not owner:
        return "", ()
    return " AND o.account_id IN (SELECT id FROM accounts WHERE owner = ?)", (owner,)


def history(store: Store, owner: str | None = None) -> History:
    """Counts over every opportunity of the portfolio (of one owner's accounts with `owner`)."""
    where, params = _owner_clause(owner)
    counts = {stage: (n, cents) for stage, n, cents in store.query(
        "SELECT o.stage, count(*), sum(o.value_cents) FROM opportunities o WHERE 1" + where + " GROUP BY 1",
        params,
    )}  # fmt: skip

    def reached(stages: tuple[str, ...]) -> int:
        return sum(counts.get(s, (0, 0))[0] for s in stages)

    won, won_cents = counts.get("won", (0, 0))
    return History(
        sum(n for n, _ in counts.values()), reached(MQN_STAGES), reached(IN_SALES_STAGES), won,
        counts.get("lost", (0, 0))[0], won_cents or 0,
    )  # fmt: skip


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
    probability: float
    expected_cents: int


def pipeline(store: Store, rates: Rates, owner: str | None = None) -> list[StageCover]:
    """The open opportunities per stage, with what they are expected to bring: value x win probability."""
    where, params = _owner_clause(owner)
    found = {stage: (n, cents or 0) for stage, n, cents in store.query(
        "SELECT o.stage, count(*), sum(o.value_cents) FROM opportunities o WHERE o.stage IN "
        f"({','.join('?' * len(OPEN_STAGES))})" + where + " GROUP BY 1",
        (*OPEN_STAGES, *params),
    )}  # fmt: skip
    covers = []
    for stage in OPEN_STAGES:
        n, cents = found.get(stage, (0, 0))
        probability = rates.win_probability(stage)
        covers.append(StageCover(stage, n, cents, probability, round(cents * probability)))
    return covers


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
    pipeline: list[StageCover]
    covered_cents: int  # what the open pipeline is expected to bring
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


def plan(store: Store, goal: Goal) -> GoalPlan:
    past = history(store, goal.owner)
    rates = past.rates()
    rates = replace(rates, **{f: getattr(goal.typed, f) for f in RATE_FIELDS if getattr(goal.typed, f)})
    covers = pipeline(store, rates, goal.owner)
    covered = sum(c.expected_cents for c in covers)
    gap = max(goal.target_cents - covered, 0)
    return GoalPlan(
        goal, past, rates, funnel(goal.target_cents, rates), covers, covered, gap, funnel(gap, rates)
    )


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
