"""The demo book generator: `generate` fills an empty portfolio with a deterministic, believable book."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from planner.core.demo.book import COLUMNS, INSERTS, Batch
from planner.core.demo.pipeline import chunks
from planner.core.store.store import Store

BIG_BOOK = 20_000  # accounts from which the page cache grows while writing (10 % faster at 100,000)
BIG_BOOK_CACHE = -131_072  # KiB: 128 MB instead of SQLite's 2 MB, for this transaction only


@dataclass(frozen=True)
class DemoSummary:
    """Rows written per table."""

    rows: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def generate(
    store: Store,
    *,
    accounts: int = 300,
    seed: int = 7,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty portfolio with a believable book; the same seed and today give the same rows.

    Everything is written in one transaction: an error leaves the portfolio as it was.
    """
    if accounts < 1:
        raise ValueError("The demo book needs at least one account.")
    today = today or date.today()
    with store.write() as conn:
        filled = conn.execute("SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM products)")
        if filled.fetchone()[0]:
            raise ValueError(
                "The portfolio already holds accounts or products; the demo book needs an empty portfolio."
            )
        meta = {"name": "Demo-Portfolio", "kind": "demo", "as_of": today.isoformat(), "currency": "EUR"}
        for key, value in {**meta, "seed": str(seed)}.items():
            store.set_meta(conn, key, value)
        writer = _Writer(conn)
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        if accounts >= BIG_BOOK:  # indexes filled in date or name order need their pages at hand
            conn.execute(f"PRAGMA cache_size = {BIG_BOOK_CACHE}")
        try:
            for done, batches in chunks(seed, accounts, today):
                writer.write(batches)
                if progress is not None and done < accounts:
                    progress(done, accounts)
        finally:
            conn.execute(f"PRAGMA cache_size = {int(cache)}")
    if progress is not None:
        progress(accounts, accounts)
    return DemoSummary(MappingProxyType(dict(writer.counts)))


class _Writer:
    """Stores batches of rows, many rows per INSERT; counts them per table."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.counts: dict[str, int] = dict.fromkeys(INSERTS, 0)
        self._statements: dict[tuple[str, int], str] = {}

    def write(self, batches: list[Batch]) -> None:
        for table, per, parameters in batches:
            self.conn.executemany(self._statement(table, per), parameters)
            self.counts[table] += per * len(parameters)

    def _statement(self, table: str, rows: int) -> str:
        if (table, rows) not in self._statements:
            row = f"({', '.join('?' * COLUMNS[table])})"
            values = ", ".join([row] * rows)
            self._statements[table, rows] = f"INSERT INTO {table} ({INSERTS[table]}) VALUES {values}"
        return self._statements[table, rows]
