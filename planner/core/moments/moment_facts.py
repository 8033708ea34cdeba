"""What the trigger rules look at: the matrix points of every account, its stored rule inputs (one read of
score_inputs for all rules and the journey phases), and the store to ask for the few accounts a rule is
about."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
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
    usage_month: str | None  # the account's own latest month with usage
    usage_ratio: float | None  # its holdings' usage now against before (score_inputs.own_usage_sql)
    detractors: int | None
    answers: int | None
    answered_on: str | None
    regions_bought: int | None
    region: str | None
    served: int | None
    limit_share: float | None
    computed: int  # not stored (yet): computed from the book


KEY_INFLUENCES = ("decision_maker", "champion")  # key contacts: a detractor among them is fix-first alone


class RecentNps(NamedTuple):
    """An account's contacts' latest NPS answers within the survey window (Recency in DOMAIN.md): a contact
    whose latest answer is older than the window counts no more."""

    promoters: int
    detractors: int
    answers: int
    first: str  # ISO day of the earliest of those answers
    latest: str  # ... and of the latest
    detractor_days: tuple[str, ...]  # the days of the detractors' answers, ascending
    key_detractors: tuple[tuple[str, str], ...]  # (name, day) of key contacts among the detractors

    @property
    def nps(self) -> float:
        return 100.0 * (self.promoters - self.detractors) / self.answers


_SEP = "\x1f"  # between the names group_concat joins (a name holds no unit separator)
_RECENT_NPS_SQL = f"""
SELECT c.account_id, sum(n.score >= 9), sum(n.score <= 6), count(*), min(substr(n.answered_on, 1, 10)),
       max(substr(n.answered_on, 1, 10)),
       group_concat(CASE WHEN n.score <= 6 THEN substr(n.answered_on, 1, 10) END, '{_SEP}'),
       group_concat(CASE WHEN n.score <= 6 AND c.influence IN {KEY_INFLUENCES!r}
                    THEN c.name || '{_SEP}' || substr(n.answered_on, 1, 10) END, '{_SEP}')
FROM (SELECT contact_id, max(answered_on) AS day FROM nps_answers INDEXED BY nps_answers_latest
      WHERE answered_on >= ? AND answered_on < ? GROUP BY contact_id) l
JOIN nps_answers n ON n.contact_id = l.contact_id AND n.answered_on = l.day
JOIN contacts c ON c.id = n.contact_id
GROUP BY c.account_id
"""


_OWN, _STORED = "a.id, a.phase_override, a.phase_reason", Inputs._fields[3:-1]  # as score_inputs reads them


@dataclass
class Facts:
    store: Store
    today: date
    points: dict[int, MatrixPoint]
    customers: set[int]  # accounts with an active holding
    inputs: dict[int, Inputs]
    _recent: dict[int, dict[int, RecentNps]] = field(default_factory=dict)  # by window, read once

    @classmethod
    def read(cls, store: Store, today: date, points: Sequence[MatrixPoint] | None = None) -> Facts:
        points = list(points) if points is not None else matrix_points(store, today=today)
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

    def since(self, days: int) -> str:
        """The first day of a window of `days` days that ends today."""
        return (self.today - timedelta(days=days)).isoformat()

    def recent_nps(self, days: int) -> dict[int, RecentNps]:
        """By account, its contacts' latest NPS answers of the last `days` days (none after today): one pass
        over the index of answers by contact and day."""
        if days not in self._recent:
            tomorrow = (self.today + timedelta(days=1)).isoformat()
            found: dict[int, RecentNps] = {}
            for aid, promoters, detractors, answers, first, latest, days_of, keys in self.query(
                _RECENT_NPS_SQL, (self.since(days), tomorrow)
            ):
                key_parts = keys.split(_SEP) if keys else []
                found[aid] = RecentNps(
                    promoters, detractors, answers, first, latest,
                    tuple(sorted(days_of.split(_SEP))) if days_of else (),
                    tuple(sorted(zip(key_parts[::2], key_parts[1::2], strict=True), key=lambda k: k[1])),
                )  # fmt: skip
            self._recent[days] = found
        return self._recent[days]

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
