"""A conflict in a book's list as a sync brings it in (the sync tests make real ones)."""

from __future__ import annotations

from planner.core.store.book import Store

COLUMNS = ("origin", "sent", "author", "found_at", "table_name", "account_key", "account_name", "record",
           "field", "kept_value", "winning_value", "winner", "reason")  # fmt: skip


def add_conflict(store: Store, **values: object) -> None:
    row = {
        "origin": "x-1", "sent": 1, "author": "erik", "found_at": "2026-12-08T09:15:00.000Z",
        "table_name": "accounts", "account_key": "K-1", "account_name": "Firma K-1", "record": "K-1",
        "field": "name", "kept_value": "Firma Eins", "winning_value": "Firma 1", "winner": "finn",
        "reason": "newer change",
    } | values  # fmt: skip
    with store.write() as conn:
        conn.execute(
            f"INSERT INTO team_conflicts ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})",
            [row[column] for column in COLUMNS],
        )
