"""What the demo generator's parts share: the INSERT columns, row buffers with ids, records of one account."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, TypeVar

from planner.core.demo.plan import AccountPlan, Calendar, Product

INSERTS = {
    "accounts": (
        "id, key, name, domain, industry, segment, country, city, regions, employees, potential_users, "
        "revenue_cents, wallet_cents, owner, success_criteria, goals, pain_points, notes, created_on"
    ),
    "products": "id, key, name, family, price_cents, unit, usage_metric, expected_usage",
    "holdings": (
        "id, account_id, product_id, status, since, seats_licensed, seats_in_use, revenue_cents, "
        "renewal_date, usage_limit, region"
    ),
    "usage_snapshots": "account_id, product_id, period, usage_value, expected_value, active_users",
    "revenue_by_period": "account_id, period, revenue_cents",
    "contacts": (
        "id, account_id, name, role, department, region, email, phone, influence, "
        "persona_goals, persona_pains"
    ),
    "nps_answers": "id, contact_id, answered_on, score, comment",
    "survey_responses": "id, contact_id, survey, answered_on",
    "signals": "id, account_id, occurred_on, kind, product_id, department, region, detail, source",
    "touches": "id, account_id, kind, touched_on, minutes, summary, next_step, next_step_due",
    "touch_contacts": "touch_id, contact_id",
    "qbrs": "id, account_id, held_on, status, objectives, agenda, recommendations, outcomes",
    "qbr_attendees": "id, qbr_id, contact_id, name, side",
    "qbr_actions": "id, qbr_id, title, owner, due_on, status",
    "opportunities": (
        "id, account_id, product_id, kind, stage, value_cents, raised_by, raised_on, fast_lane, notes, "
        "close_on"
    ),
}  # in an order that satisfies the foreign keys
COLUMNS = {table: columns.count(",") + 1 for table, columns in INSERTS.items()}
ROW_VALUES = 5000  # values bound per multi-row INSERT (SQLite allows 32766): half the cost of a row each
Batch = tuple[str, int, list[tuple[Any, ...]]]  # table, rows per INSERT, one parameter tuple per INSERT
T = TypeVar("T")


class Book:
    """What every part of the generator shares: the one random stream, the calendar, ids and row buffers."""

    def __init__(self, rng: random.Random, calendar: Calendar) -> None:
        self.rng = rng
        self.rnd = rng.random
        self.cal = calendar
        self.rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in INSERTS}
        self._last_id: dict[str, int] = {}  # per table, and per counter of planted situations

    # Draws from the one stream, several times faster than random's randint/choice/choices (hot loops).
    def randint(self, low: int, high: int) -> int:
        return low + int(self.rnd() * (high - low + 1))

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rnd() * len(items))]

    def weighted(self, items: Sequence[T], cumulative: Sequence[int]) -> T:
        """An item drawn by weight, given the running sums of the weights."""
        return items[bisect_right(cumulative, self.rnd() * cumulative[-1])]

    def chance(self, p: float) -> bool:
        return self.rnd() < p

    def next_id(self, table: str) -> int:
        """1, 2, 3, ... per table (or any other counter name)."""
        self._last_id[table] = self._last_id.get(table, 0) + 1
        return self._last_id[table]

    def reserve(self, table: str, count: int) -> int:
        """The first of `count` consecutive ids for rows the caller numbers itself."""
        first = self._last_id.get(table, 0) + 1
        self._last_id[table] = first + count - 1
        return first

    def last_id(self, table: str) -> int:
        return self._last_id.get(table, 0)

    def take(self) -> list[Batch]:
        """The rows buffered so far as INSERT batches, parents before children; the buffers start empty."""
        rows, self.rows = self.rows, {table: [] for table in INSERTS}
        batches: list[Batch] = []
        for table, buffered in rows.items():
            per = max(1, ROW_VALUES // COLUMNS[table])
            whole = len(buffered) // per * per
            if whole:
                batches.append(
                    (
                        table,
                        per,
                        [tuple(chain.from_iterable(buffered[i : i + per])) for i in range(0, whole, per)],
                    )
                )
            if whole < len(buffered):  # one row per statement: another length would be compiled anew
                batches.append((table, 1, buffered[whole:]))
        return batches


@dataclass(slots=True)
class Holding:
    """One account x product as generated; offsets are days from today, months are month numbers."""

    product: Product
    status: str
    since: int
    seats_licensed: int | None
    seats_in_use: int | None
    revenue_cents: int
    renewal: int | None
    usage_limit: int | None
    region: str
    ratio: float  # usage / expected in the latest months
    end_month: int | None = None  # cancelled: the first month without the product
    at_limit: bool = False  # planted: the latest month reaches the usage limit


@dataclass(slots=True)
class AccountFacts:
    """An account as the activity generator needs it, after its holdings are known."""

    plan: AccountPlan
    name: str
    domain: str
    owner: str
    holdings: list[Holding]
    revenue_cents: int
    contacts: list[tuple[int, str, str, str]] = field(default_factory=list)  # id, name, department, region

    @property
    def active(self) -> list[Holding]:
        return [h for h in self.holdings if h.status == "active"]
