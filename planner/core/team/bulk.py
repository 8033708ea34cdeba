"""Accounts new to the book, written in bulk: a director's first pull brings a whole team book.

Rows of an account the book has never held cannot be in the book yet, so they need no lookup and no merge:
each gets the next local id, its references are translated by the uuids just given, and a table's rows go in
with one executemany, their links with another. (An account whose key the book already holds, never
published, is the same record and takes the careful way: apply.BookWriter.)"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from planner.core.team import local
from planner.core.team.rows import Maps, Shapes
from planner.core.team.tables import KEYS, REFERENCES, account_column, has_uuid


class Bulk:
    """One table's rows from the server (tuples in `columns` order) into the book."""

    def __init__(self, conn: sqlite3.Connection, shapes: Shapes, maps: Maps, me: str) -> None:
        self.conn, self.shapes, self.maps, self.me = conn, shapes, maps, me

    def columns(self, table: str) -> list[str]:
        """What to select on the server: the shared columns, the account's, the version, the owner role."""
        columns = self.shapes.server_columns(table)
        account = account_column(table)
        if account and account not in columns:
            columns.append(account)
        columns += ["row_version", "updated_at", "updated_by"]
        if table == "accounts":
            columns.append("owner_role")
        return columns

    def select(self, table: str) -> str:
        """The select list for `columns`: uuids as text (no UUID objects to make and turn back)."""
        types = self.shapes.server_types[table]
        return ", ".join(
            f"{column}::text AS {column}" if types.get(column) == "uuid" else column
            for column in self.columns(table)
        )

    def write(self, table: str, columns: list[str], rows: Sequence[Sequence[Any]]) -> int:
        """Insert the rows (all of accounts new to the book) and link them; the number written."""
        if not rows:
            return 0
        book_columns = [c for c in self.shapes.shared(table) if not (c == "id" and has_uuid(table))]
        convert = [self._converter(table, column) for column in book_columns]
        at = [columns.index(column) for column in book_columns]
        version_at = columns.index("row_version")
        values: list[list[Any]] = []
        links: list[tuple[str, str, str | None, int]] = []
        if has_uuid(table):
            id_at = columns.index("id")
            first = int(self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])
            for number, row in enumerate(rows):
                local_id = first + number
                server_id = str(row[id_at])
                self.maps.add(table, local_id, server_id)
                values.append([local_id, *(f(row[i]) for f, i in zip(convert, at, strict=True))])
                links.append((table, str(local_id), server_id, int(row[version_at])))
            names = ["id", *book_columns]
        else:
            key_at = [book_columns.index(column) for column in KEYS[table]]
            for row in rows:
                converted = [f(row[i]) for f, i in zip(convert, at, strict=True)]
                values.append(converted)
                key = local.local_key(table, [converted[i] for i in key_at])
                links.append((table, key, None, int(row[version_at])))
            names = book_columns
        self.conn.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})", values
        )
        self.conn.executemany(
            "INSERT OR REPLACE INTO team_rows (table_name, local_key, uuid, row_version) VALUES (?, ?, ?, ?)",
            links,
        )
        if table == "accounts":
            owner_at = columns.index("owner_role")
            self.conn.executemany(
                "INSERT OR REPLACE INTO team_accounts (account_id, owner_role, writable) VALUES (?, ?, ?)",
                [
                    (value[0], row[owner_at], int(row[owner_at] == self.me))
                    for value, row in zip(values, rows, strict=True)
                ],
            )
        return len(values)

    def _converter(self, table: str, column: str) -> Callable[[Any], Any]:
        referenced = REFERENCES[table].get(column)
        if referenced is not None:
            ids = self.maps.locals_of(referenced)  # the live mapping: rows added in this chunk are in it

            def reference(value: Any) -> Any:
                return None if value is None else ids.get(value)

            return reference
        kind = self.shapes.server_types[table][column]
        if kind == "date":
            return _day
        if kind == "boolean":
            return _flag
        return _same


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _same(value: Any) -> Any:
    return value
