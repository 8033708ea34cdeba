"""What the trigger rules look at: the matrix points of every account, its stored rule inputs (one read of
score_inputs for all rules and the journey phases), and the store to ask for the few accounts a rule is
about."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from planner.core.matrix.matrix import MatrixPoint, matrix_points
from planner.core.moments.moments import Moment
from planner.core.store import score_inputs
from planner.core.store.store import Store

FAST_LANE_SIGNALS = ("demo_request", "consultation_request", "price_request")
READINESS = {  # how ripe a need is when the rule fires (seed 004: the fast lane is ripest)
    "fast_lane": 1.0, "usage_limit": 0.9, "renewal_coming": 0.8, "qbr_coming": 0.7, "new_stakeholder": 0.6,
    "high_survey": 0.5, "promoter_low_revenue": 0.5, "not_touched": 0.5, "below_peers": 0.4,
    "low_penetration": 0.4, "one_region": 0.3, "detractor": 1.0, "falling_usage": 1.0, "outage": 1.0,
}  # fmt: skip


class Inputs(NamedTuple):
    """What the rules and the journey phases read of every account besides its matrix point: a few of its
    own fields and its stored score inputs (score_inputs.COLUMNS)."""

    account_id: int  # first the fields journey.phase_calls reads, in its order
    phase_override: str | None
    phase_reason: str | None
    active: int
    trials: int
    cancelled: int
    first_since: str | None
    contacts: int
    recent_usage: float | None
    earlier_usage: float | None
    detractors: int | None
    answers: int | None
    answered_on: str | None
    regions_bought: int | None
    region: str | None
    served: int | None
    limit_share: float | None
    computed: int  # not stored (yet): computed from the book


_OWN, _STORED = "a.id, a.phase_override, a.phase_reason", Inputs._fields[3:-1]  # as score_inputs reads them


@dataclass
class Facts:
    store: Store
    today: date
    points: dict[int, MatrixPoint]
    customers: set[int]  # accounts with an active holding
    inputs: dict[int, Inputs]

    @classmethod
    def read(cls, store: Store, today: date, points: Sequence[MatrixPoint] | None = None) -> Facts:
        points = list(points) if points is not None else matrix_points(store)
        rows = score_inputs.accounts_with(store.conn, _OWN, _STORED)
        return cls(
            store,
            today,
            {p.account_id: p for p in points},
            {p.account_id for p in points if p.products},
            {row[0]: Inputs._make(row) for row in rows},
        )

    @property
    def day(self) -> str:
        return self.today.isoformat()

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return self.store.query(sql, params)

    @staticmethod
    def ids(account_ids: Sequence[int]) -> str:
        """A list of ids as one JSON parameter, for `account_id IN (SELECT value FROM json_each(?))`."""
        return json.dumps(list(account_ids))

    def moment(
        self, account_id: int, rule: str, kind: str, day: str, evidence: Mapping[str, Any], value: int,
        fingerprint: object, *, subject: str = "", product_id: int | None = None,
    ) -> Moment:  # fmt: skip
        p = self.points[account_id]
        return Moment(
            account_id, p.name, p.key, p.owner, p.tier, rule, kind, day, subject, evidence,
            max(int(value), 0), READINESS[rule], product_id=product_id, fingerprint=str(fingerprint),
        )  # fmt: skip
