"""R/U/C opportunities by readiness stage (seed 004): rows and columns of the board, moves between stages."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from planner.core.matrix.account_tiers import computed_tiers
from planner.core.portfolio.changes import Change, edit
from planner.core.store.store import Store

# The readiness path: a need ripens from a signal through nurturing to a marketing-qualified need (mqn) and
# goes to sales; won and lost close it. Lost is no step on the path: any stage can end there.
STAGES = ("signal", "interest", "nurturing", "mqn", "in_sales", "won", "lost")
OPEN_STAGES = STAGES[:5]
CLOSED_STAGES = STAGES[5:]
KINDS = ("repeat", "upsell", "crosssell")
_PATH = STAGES[:6]  # signal .. won, in order


@dataclass(frozen=True, slots=True)
class OpportunityRow:
    id: int
    account_id: int
    account_name: str
    account_key: str
    owner: str
    tier: str  # A, B or C: set by hand, else computed as the accounts list does
    product_id: int | None  # None when the product was deleted
    product_name: str
    kind: str  # repeat, upsell, crosssell
    stage: str
    value_cents: int
    raised_by: str | None  # the rule, signal or source that raised it; None: entered by hand
    raised_on: str  # ISO date
    fast_lane: bool  # the customer skipped ahead (asked for a demo, a consultation, a price)
    notes: str
    close_on: str | None = None  # ISO day the deal is expected to close (won or lost: when it closed)
    next_step: str = ""
    next_step_due: str | None = None  # ISO day
    source: str = ""  # where an imported opportunity came from (the CRM's lead source)
    deal_owner: str = ""  # the opportunity's own owner (an imported deal owner); "" when the account's
    next_step_done_on: str | None = None  # ISO day its next step was done

    @property
    def is_open(self) -> bool:
        return self.stage in OPEN_STAGES

    @property
    def title(self) -> str:
        """How the user knows it: "Müller GmbH · Analytics"."""
        return f"{self.account_name} · {self.product_name}" if self.product_name else self.account_name


class Column(NamedTuple):
    stage: str
    rows: list[OpportunityRow]  # largest value first
    size: int  # how many (not `count`: that is a tuple's method)
    value_cents: int


def opportunity_rows(
    store: Store, account_id: int | None = None, *, ids: Sequence[int] | None = None
) -> list[OpportunityRow]:
    """Every opportunity with its account and product, in id order; only those of `account_id` or with the
    given `ids` when asked."""
    tiers = computed_tiers(store)
    where, params = "", tuple[int, ...]()
    if account_id is not None:
        where, params = "WHERE o.account_id = ?", (account_id,)
    elif ids is not None:
        where, params = f"WHERE o.id IN ({', '.join('?' * len(ids))})", tuple(ids)
    rows = store.query(
        f"""
        SELECT o.id, o.account_id, a.name, a.key, coalesce(a.owner, ''), a.tier_override, o.product_id,
               coalesce(p.name, ''), o.kind, o.stage, o.value_cents, o.raised_by, o.raised_on, o.fast_lane,
               coalesce(o.notes, ''), o.close_on, coalesce(o.next_step, ''), o.next_step_due,
               coalesce(o.source, ''), coalesce(o.owner, ''), o.next_step_done_on
        FROM opportunities AS o
        JOIN accounts AS a ON a.id = o.account_id
        LEFT JOIN products AS p ON p.id = o.product_id
        {where}
        ORDER BY o.id
        """,
        params,
    )
    return [
        OpportunityRow(
            id=r[0],
            account_id=r[1],
            account_name=r[2],
            account_key=r[3],
            owner=r[4],
            tier=r[5] or tiers.get(r[1], "C"),
            product_id=r[6],
            product_name=r[7],
            kind=r[8],
            stage=r[9],
            value_cents=r[10] or 0,
            raised_by=r[11],
            raised_on=r[12],
            fast_lane=bool(r[13]),
            notes=r[14],
            close_on=r[15],
            next_step=r[16],
            next_step_due=r[17],
            source=r[18],
            deal_owner=r[19],
            next_step_done_on=r[20],
        )
        for r in rows
    ]


def card_order(row: OpportunityRow) -> tuple[int, str, int]:
    """Largest value first; equal values by account name."""
    return -row.value_cents, row.account_name.casefold(), row.id


def board_columns(rows: Iterable[OpportunityRow], stages: Sequence[str] = STAGES) -> list[Column]:
    """A column per stage, in stage order, with its rows (largest value first), their count and value."""
    by_stage: dict[str, list[OpportunityRow]] = {stage: [] for stage in stages}
    for row in rows:
        if row.stage in by_stage:
            by_stage[row.stage].append(row)
    columns = []
    for stage, members in by_stage.items():
        members.sort(key=card_order)
        columns.append(Column(stage, members, len(members), sum(r.value_cents for r in members)))
    return columns


def skipped(from_stage: str, to_stage: str) -> int:
    """How many stages of the path signal .. won a forward move jumps over; 0 for a step, a move back,
    or a move to lost (any stage can be lost)."""
    if from_stage not in _PATH or to_stage not in _PATH:
        return 0
    return max(_PATH.index(to_stage) - _PATH.index(from_stage) - 1, 0)


def neighbour(stage: str, step: int) -> str | None:
    """The stage of the next column to the right (step 1) or left (-1) on the board; None at the edge."""
    n = STAGES.index(stage) + step
    return STAGES[n] if 0 <= n < len(STAGES) else None


def move(store: Store, opportunity_id: int, stage: str) -> Change:
    """Put an opportunity into `stage` as one undoable change. Jumping forward over a stage marks it as the
    sales fast lane (the customer skipped ahead); the mark stays when it moves on or back. An opportunity
    already in `stage` gives an empty change. KeyError when it no longer exists."""
    if stage not in STAGES:
        raise ValueError(f"not a stage: {stage}")
    found = store.query(
        "SELECT o.stage, a.name, p.name FROM opportunities AS o JOIN accounts AS a ON a.id = o.account_id "
        "LEFT JOIN products AS p ON p.id = o.product_id WHERE o.id = ?",
        (opportunity_id,),
    )
    if not found:
        raise KeyError(f"opportunities {opportunity_id} no longer exists")
    current, account, product = found[0]
    values: dict[str, object] = {"stage": stage}
    if skipped(current, stage):
        values["fast_lane"] = 1
    change = edit(store, "opportunities", opportunity_id, values)
    name = f"{account} · {product}" if product else str(account)
    return dataclasses.replace(change, name=name)
