"""One row in three shapes: the book's (local ids, days as text, 0/1), the server's (uuids, dates, booleans)
and the canonical one both are compared in: the change log's JSON (uuids and days as text, true/false).

`Maps` knows which uuid each local id is (from team_rows), loaded once per table and sync."""

from __future__ import annotations

import sqlite3
import uuid as uuids
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from planner.core.team.tables import REFERENCES, THROUGH, has_uuid

if TYPE_CHECKING:
    from psycopg import Connection

VERSION_COLUMNS = ("row_version", "updated_by", "updated_at")
Row = dict[str, Any]


class Maps:
    """uuid <-> local id for the tables keyed by one id, and each row's version: looked up row by row (a day's
    sync touches a few hundred rows of a book of millions), or a whole table at once for a bulk pull."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._uuid: dict[str, dict[int, str | None]] = {}
        self._local: dict[str, dict[str, int | None]] = {}
        self._versions: dict[str, dict[str, int | None]] = {}
        self._dead: dict[str, dict[str, bool]] = {}
        self._full: set[str] = set()

    def _tables(self, table: str) -> None:
        if table not in self._versions:
            self._uuid[table], self._local[table], self._versions[table], self._dead[table] = {}, {}, {}, {}

    def _load(self, table: str) -> None:
        """Every link of the table (absent from the maps then means: none)."""
        if table in self._full:
            return
        rows = self.conn.execute(
            "SELECT local_key, uuid, row_version FROM team_rows WHERE table_name = ?", (table,)
        ).fetchall()
        uuid_of: dict[int, str | None] = {}
        local_of: dict[str, int | None] = {}
        versions: dict[str, int | None] = {}
        dead: dict[str, bool] = {}
        for key, value, version in rows:
            if key.startswith("-"):
                dead[key[1:]] = True
                continue
            versions[key] = int(version)
            if value is not None:
                uuid_of[int(key)] = str(value)
                local_of[str(value)] = int(key)
        self._uuid[table], self._local[table], self._versions[table], self._dead[table] = (
            uuid_of, local_of, versions, dead)  # fmt: skip
        self._full.add(table)

    def _one(self, cache: dict[Any, Any], table: str, key: Any, query: str, params: tuple[Any, ...]) -> Any:
        if key in cache:
            return cache[key]
        if table in self._full:
            return None
        found = self.conn.execute(query, params).fetchone()
        cache[key] = None if found is None else found[0]
        return cache[key]

    def version(self, table: str, key: int | str) -> int | None:
        """The server version the book's row was last in step with (None: never published)."""
        self._tables(table)
        return self._one(self._versions[table], table, str(key),
                         "SELECT row_version FROM team_rows WHERE table_name = ? AND local_key = ?",
                         (table, str(key)))  # fmt: skip

    def deleted_here(self, table: str, key: str) -> bool:
        """True when the book deleted that row (its uuid or key) and the deletion is not published yet."""
        self._tables(table)
        return bool(self._one(self._dead[table], table, key,
                              "SELECT 1 FROM team_rows WHERE table_name = ? AND local_key = ?",
                              (table, f"-{key}")))  # fmt: skip

    def linked(self, table: str, key: int | str, version: int) -> None:
        self._tables(table)
        self._versions[table][str(key)] = version

    def uuid(self, table: str, local_id: int | None) -> str | None:
        if local_id is None:
            return None
        self._tables(table)
        found = self._one(self._uuid[table], table, int(local_id),
                          "SELECT uuid FROM team_rows WHERE table_name = ? AND local_key = ?",
                          (table, str(int(local_id))))  # fmt: skip
        return None if found is None else str(found)

    def locals_of(self, table: str) -> dict[str, int | None]:
        """uuid -> local id of the table, the live mapping (rows added later are in it too)."""
        self._tables(table)
        self._load(table)
        return self._local[table]

    def local(self, table: str, server_id: str | None) -> int | None:
        if server_id is None:
            return None
        self._tables(table)
        found = self._one(self._local[table], table, str(server_id),
                          "SELECT local_key FROM team_rows WHERE table_name = ? AND uuid = ? "
                          "AND local_key NOT LIKE '-%'", (table, str(server_id)))  # fmt: skip
        return None if found is None else int(found)

    def add(self, table: str, local_id: int, server_id: str) -> None:
        self._tables(table)
        earlier = self._uuid[table].get(int(local_id))
        if earlier is not None and earlier != server_id:
            self._local[table][earlier] = None
        self._uuid[table][int(local_id)] = server_id
        self._local[table][server_id] = int(local_id)

    def forget(self, table: str, local_id: int) -> None:
        self._tables(table)
        self._versions[table][str(local_id)] = None
        server_id = self._uuid[table].get(int(local_id))
        self._uuid[table][int(local_id)] = None
        if server_id is not None:
            self._local[table][server_id] = None

    def new_uuid(self, table: str, local_id: int) -> str:
        """A uuid for a row about to be published, remembered in team_rows (version 0: not on the server)."""
        server_id = str(uuids.uuid4())
        self.conn.execute(
            "INSERT OR REPLACE INTO team_rows (table_name, local_key, uuid, row_version) VALUES (?, ?, ?, 0)",
            (table, str(local_id), server_id),
        )
        self.add(table, local_id, server_id)
        self.linked(table, local_id, 0)
        return server_id


class Shapes:
    """The columns of each table on both sides, and the conversions between the shapes."""

    def __init__(self, server: Connection, book: sqlite3.Connection) -> None:
        self.server_types: dict[str, dict[str, str]] = {}
        for table, column, data_type in server.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        ):
            self.server_types.setdefault(table, {})[column] = data_type
        self.local_columns = {
            table: [row[1] for row in book.execute(f"PRAGMA table_info({table})")] for table in REFERENCES
        }

    def shared(self, table: str) -> list[str]:
        """The columns both sides have (the server's account_id and versions apart)."""
        server = self.server_types[table]
        return [column for column in self.local_columns[table] if column in server]

    def server_columns(self, table: str) -> list[str]:
        """The columns a published row sets on the server."""
        columns = self.shared(table)
        if table in THROUGH:
            columns.append("account_id")
        return columns

    def canonical_from_server(self, table: str, row: Row) -> Row:
        return {column: _json_value(row[column]) for column in self.server_columns(table) if column in row}

    def canonical_from_book(self, table: str, row: Row, maps: Maps, account_uuid: str | None) -> Row:
        """The book's row as the server would hold it; a reference to a row never published is None."""
        types = self.server_types[table]
        out: Row = {}
        for column in self.shared(table):
            value = row[column]
            referenced = REFERENCES[table].get(column)
            if column == "id" and has_uuid(table):
                value = maps.uuid(table, value)
            elif referenced is not None:
                value = maps.uuid(referenced, value)
            elif types[column] == "boolean" and value is not None:
                value = bool(value)
            out[column] = value
        if table in THROUGH:
            out["account_id"] = account_uuid
        return out

    def book_from_canonical(self, table: str, row: Row, maps: Maps) -> Row:
        """The server's row in the book's columns; a reference to a row the book lacks is None."""
        types = self.server_types[table]
        out: Row = {}
        for column in self.shared(table):
            value = row.get(column)
            referenced = REFERENCES[table].get(column)
            if column == "id" and has_uuid(table):
                continue  # the book keeps its own ids
            if referenced is not None:
                value = maps.local(referenced, value)
            elif types[column] == "boolean" and value is not None:
                value = int(bool(value))
            out[column] = value
        return out


def _json_value(value: Any) -> Any:
    if isinstance(value, uuids.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def local_account(conn: sqlite3.Connection, table: str, row: Row) -> int | None:
    """The local id of the account a book row belongs to."""
    if table == "accounts":
        return int(row["id"])
    if table in THROUGH:
        column, parent = THROUGH[table]
        found = conn.execute(f"SELECT account_id FROM {parent} WHERE id = ?", (row[column],)).fetchone()
        return int(found[0]) if found else None
    value = row.get("account_id")
    return None if value is None else int(value)


def describe(table: str, row: Row) -> str:
    """A few words that let a person find the record: its name, title, day or period."""
    for column in ("name", "title", "summary", "touched_on", "held_on", "answered_on", "occurred_on",
                   "raised_on", "period", "key"):  # fmt: skip
        value = row.get(column)
        if value:
            return str(value)[:80]
    return table


def describe_local(conn: sqlite3.Connection, table: str, row: Row) -> str:
    """The book's row as a person finds it: its account's name, then its product's key or its own words."""
    words = describe(table, row)
    if table in ("accounts", "products"):
        return words
    parts = []
    account = local_account(conn, table, row)
    if account is not None:
        found = conn.execute("SELECT name FROM accounts WHERE id = ?", (account,)).fetchone()
        parts.append(str(found[0]) if found else "")
    product = row.get("product_id")
    if product is not None:
        found = conn.execute("SELECT key FROM products WHERE id = ?", (product,)).fetchone()
        parts.append(str(found[0]) if found else "")
    if words != table:
        parts.append(words)
    return " / ".join(part for part in parts if part) or table
