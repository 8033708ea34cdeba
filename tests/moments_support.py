"""A small book written row by row, for the trigger rules' hand-computed cases."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from planner.core.store.store import Store

TODAY = date(2026, 11, 23)


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


class Book:
    """Insert rows with sensible defaults; ids are given by the test so expectations can name them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.rows("products", id=1, key="SEAT", name="Connect", price_cents=10_000, unit="seat")
        self.rows("products", id=2, key="VOL", name="Data Hub", price_cents=100, unit="volume")
        self.rows("products", id=3, key="LIC", name="Support", price_cents=500_000, unit="licence")

    def rows(self, table: str, **values: Any) -> None:
        names = ", ".join(values)
        marks = ", ".join("?" * len(values))
        with self.store.write() as conn:
            conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))

    def account(self, account_id: int, **values: Any) -> int:
        defaults = {
            "key": f"K{account_id}", "name": f"Account {account_id}", "segment": "Mittelstand",
            "employees": 300, "potential_users": 200, "revenue_cents": 1_000_000, "regions": "EMEA",
        }  # fmt: skip
        self.rows("accounts", id=account_id, **{**defaults, **values})
        return account_id

    def holding(self, account_id: int, product_id: int = 1, **values: Any) -> None:
        defaults = {"status": "active", "since": day(-700), "seats_licensed": 50, "seats_in_use": 40,
                    "revenue_cents": 1_000_000, "region": "EMEA"}  # fmt: skip
        self.rows("holdings", account_id=account_id, product_id=product_id, **{**defaults, **values})

    def usage(self, account_id: int, product_id: int, period: str, used: float, expected: float) -> None:
        self.rows("usage_snapshots", account_id=account_id, product_id=product_id, period=period,
                  usage_value=used, expected_value=expected)  # fmt: skip

    def contact(self, contact_id: int, account_id: int, **values: Any) -> int:
        self.rows("contacts", id=contact_id, account_id=account_id, name=f"Person {contact_id}", **values)
        return contact_id

    def nps(self, contact_id: int, score: int, offset: int = -30) -> None:
        self.rows("nps_answers", contact_id=contact_id, score=score, answered_on=day(offset))

    def signal(self, account_id: int, kind: str, offset: int = -5, **values: Any) -> None:
        self.rows("signals", account_id=account_id, kind=kind, occurred_on=day(offset), **values)

    def touch(self, account_id: int, offset: int, kind: str = "call") -> None:
        self.rows("touches", account_id=account_id, kind=kind, touched_on=day(offset), minutes=20)
