"""What the trigger rules look at: the matrix points of every account, and the store to ask for the few
accounts a rule is about (each rule narrows its candidates in SQL)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.core.matrix import MatrixPoint, matrix_points
from planner.core.moments import Moment
from planner.core.store import Store

FAST_LANE_SIGNALS = ("demo_request", "consultation_request", "price_request")
READINESS = {  # how ripe a need is when the rule fires (seed 004: the fast lane is ripest)
    "fast_lane": 1.0, "usage_limit": 0.9, "renewal_coming": 0.8, "qbr_coming": 0.7, "new_stakeholder": 0.6,
    "high_survey": 0.5, "promoter_low_revenue": 0.5, "not_touched": 0.5, "below_peers": 0.4,
    "low_penetration": 0.4, "one_region": 0.3, "detractor": 1.0, "falling_usage": 1.0, "outage": 1.0,
}  # fmt: skip


@dataclass
class Facts:
    store: Store
    today: date
    points: dict[int, MatrixPoint]
    customers: set[int]  # accounts with an active holding

    @classmethod
    def read(cls, store: Store, today: date, points: Sequence[MatrixPoint] | None = None) -> Facts:
        points = list(points) if points is not None else matrix_points(store)
        return cls(
            store,
            today,
            {p.account_id: p for p in points},
            {p.account_id for p in points if p.products},
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
