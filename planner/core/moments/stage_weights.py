"""The chance that an opportunity at a stage is won: the stage weights, one figure per stage for the whole
book, used by the forecast per quarter, the goal funnel's cover and the opportunity board.

One definition (DOMAIN.md, "One definition each"): an open stage's weight is, until the user types one in,
what the portfolio's history says: the conversion rates of the levels still ahead of it multiplied (in sales:
the win rate; at a marketing-qualified need: need -> sales x win rate; signal, interest and nurturing:
raised -> need x need -> sales x win rate), over every opportunity of the book. The user may type a weight
per stage (stored in the portfolio's meta table, like the moment thresholds); a weight left alone follows
the history as it changes. Won counts 100 %, lost 0 %, always.

The goal form's typed rates stay what they were: the conversion rates that size a goal's funnel (how many
must go to sales to win the deals the target needs). They never change the chance of an open opportunity;
with nothing typed both come from the same history and the same formula (`Rates.win_probability`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from planner.core.moments.opportunities import OPEN_STAGES
from planner.core.store.store import Store

META_KEY = "stage_weights"
CLOSED_WEIGHTS = {"won": 1.0, "lost": 0.0}
# The levels an opportunity reached, by its stage now: a lost one is counted as lost in sales (the stage it
# was lost from is not kept), so the win rate is won / (won + lost).
MQN_STAGES = ("mqn", "in_sales", "won", "lost")
IN_SALES_STAGES = ("in_sales", "won", "lost")


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
        """The chance an open opportunity in `stage` is won, by the rates of the levels still ahead of it
        (0 where a rate is unknown). The history's gives the stage weights' defaults."""
        win, to_sales, to_mqn = (
            self.win_rate or 0.0,
            self.sql_to_opportunity or 0.0,
            self.mql_to_sql or 0.0,
        )
        if stage in CLOSED_WEIGHTS:
            return CLOSED_WEIGHTS[stage]
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


def owner_clause(owner: str | None, alias: str = "o") -> tuple[str, tuple[Any, ...]]:
    """ " AND ..." keeping the opportunities of one owner's accounts (nothing for None or "")."""
    if not owner:
        return "", ()
    mine = "SELECT id FROM accounts WHERE owner_key(owner) = owner_key(?)"
    return f" AND {alias}.account_id IN ({mine})", (owner,)


def history(store: Store, owner: str | None = None) -> History:
    """Counts over every opportunity of the portfolio (of one owner's accounts with `owner`)."""
    where, params = owner_clause(owner)
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


def history_weights(store: Store) -> dict[str, float]:
    """Each open stage's chance to win by the whole book's history (0 while it cannot tell)."""
    rates = history(store).rates()
    return {stage: rates.win_probability(stage) for stage in OPEN_STAGES}


def typed_weights(store: Store) -> dict[str, float]:
    """The weights the user typed in, by open stage (the others follow the history)."""
    stored = store.meta(META_KEY)
    if not stored:
        return {}
    try:
        found = json.loads(stored)
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {
        stage: float(value)
        for stage, value in found.items()
        if stage in OPEN_STAGES and isinstance(value, int | float) and 0 <= value <= 1
    }


def stage_weights(store: Store) -> dict[str, float]:
    """The chance to win of every stage (0..1): typed in, else from the history; won 1, lost 0."""
    return {**history_weights(store), **typed_weights(store), **CLOSED_WEIGHTS}


def check_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """The typed weights as stored; ValueError naming the stage that is no open stage or not in 0..1."""
    checked = {}
    for stage, value in weights.items():
        if stage in CLOSED_WEIGHTS:
            raise ValueError(f"{stage}: a {stage} opportunity always counts {CLOSED_WEIGHTS[stage]:.0%}")
        if stage not in OPEN_STAGES:
            raise ValueError(f"{stage}: not a stage (one of {', '.join(OPEN_STAGES)})")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ValueError(f"{stage}: a weight is a share from 0 to 1 (0 % to 100 %), not {value!r}")
        checked[stage] = float(value)
    return checked


def save_stage_weights(store: Store, weights: Mapping[str, float] | None) -> None:
    """Store the typed weights of the open stages (0..1; the stages left out follow the history). None or
    {}: back to the history for every stage. ValueError (nothing stored) for a wrong stage or weight."""
    checked = check_weights(weights or {})
    with store.write() as conn:
        store.set_meta(conn, META_KEY, json.dumps(checked))
