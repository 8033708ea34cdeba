"""A book's side of team mode: which team it is connected to, which server row each of its rows is, and
what changed here since the last sync.

`team_rows` links a local row (by its id, or its key columns as JSON) to the server's uuid and the
row_version this copy was last in step with. A row without a link was never published. Changes and
deletions are recorded by triggers into `team_outbox` while the book is connected; a deleted row's link
is kept as a tombstone ('-' and its uuid or key) until the deletion is published. Writes that sync itself
makes are not recorded: it marks its transaction with team_state 'applying' (never committed).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from planner.core.team import guard
from planner.core.team.tables import KEYS, SYNCED_TABLES, TEAM_SETTINGS, has_uuid

if TYPE_CHECKING:
    from planner.core.store.book import Store

_NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM team_state WHERE key = 'applying')"
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


@dataclass(frozen=True)
class Link:
    """The team a book is connected to."""

    url: str
    user: str


def now_utc() -> str:
    return utc_text(datetime.now(UTC))


def utc_text(moment: datetime) -> str:
    """A moment as the triggers write it (UTC, milliseconds), so that two moments compare as text."""
    moment = moment.astimezone(UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"


def key_sql(table: str, row: str) -> str:
    """SQL for a row's local key (`row` is OLD or NEW in a trigger, or a table alias)."""
    columns = KEYS[table]
    if has_uuid(table):
        return f"CAST({row}.id AS TEXT)"
    return "json_array(" + ", ".join(f"{row}.{column}" for column in columns) + ")"


def local_key(table: str, values: Iterable[Any]) -> str:
    """A row's local key from its key values (as key_sql writes it)."""
    values = list(values)
    if has_uuid(table):
        return str(values[0])
    return "[" + ",".join(_json(value) for value in values) + "]"


def _json(value: Any) -> str:
    """One key value as SQLite's json_array writes it (ints and plain text without calling json)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.isprintable() and '"' not in value and "\\" not in value:
        return f'"{value}"'
    return json.dumps(value, ensure_ascii=False)


def key_values(table: str, key: str) -> list[Any]:
    return [int(key)] if has_uuid(table) else list(json.loads(key))


def key_where(table: str, placeholder: str = "?") -> str:
    """The condition naming one row by its key columns ("%s" for the server)."""
    return " AND ".join(f"{column} = {placeholder}" for column in KEYS[table])


def read_row(conn: sqlite3.Connection, table: str, key: int | str) -> dict[str, Any] | None:
    """The book's row with the local key `key`, by column name; None when it is gone."""
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {key_where(table)}", key_values(table, str(key)))
    row = cursor.fetchone()
    return None if row is None else dict(zip([d[0] for d in cursor.description], row, strict=True))


def _triggers(table: str) -> list[str]:
    old, new = key_sql(table, "OLD"), key_sql(table, "NEW")
    return [
        f"""CREATE TRIGGER IF NOT EXISTS team_changed_{table} AFTER UPDATE ON {table} WHEN {_NOT_APPLYING}
BEGIN
    INSERT OR REPLACE INTO team_outbox VALUES ('{table}', {new}, {_NOW});
    INSERT OR REPLACE INTO team_outbox SELECT '{table}', {old}, {_NOW} WHERE {old} <> {new};
END""",
        f"""CREATE TRIGGER IF NOT EXISTS team_deleted_{table} AFTER DELETE ON {table} WHEN {_NOT_APPLYING}
BEGIN
    INSERT OR REPLACE INTO team_outbox SELECT '{table}', '-' || coalesce(uuid, local_key), {_NOW}
        FROM team_rows WHERE table_name = '{table}' AND local_key = {old};
    UPDATE OR REPLACE team_rows SET local_key = '-' || coalesce(uuid, local_key)
        WHERE table_name = '{table}' AND local_key = {old};
    DELETE FROM team_outbox WHERE table_name = '{table}' AND local_key = {old};
END""",
    ]


_SETTING_KEYS = ", ".join(f"'{key}'" for key in TEAM_SETTINGS)
_SETTINGS_TRIGGERS = [
    f"""CREATE TRIGGER IF NOT EXISTS team_changed_meta_{verb.lower()} AFTER {verb} ON meta
WHEN NEW.key IN ({_SETTING_KEYS}) AND {_NOT_APPLYING}
BEGIN
    INSERT OR REPLACE INTO team_outbox VALUES ('team_settings', NEW.key, {_NOW});
END"""
    for verb in ("INSERT", "UPDATE")
]


def connect_book(store: Store, url: str, user: str) -> None:
    """Connect the book to a team: remember the server and the user (never the password) and record
    every change from now on. The first sync publishes what the book holds."""
    with store.write() as conn:
        set_state(conn, "url", url)
        set_state(conn, "user", user)
        install_triggers(conn)


def install_triggers(conn: sqlite3.Connection) -> None:
    """The triggers that record changes and guard read-only copies (those missing: a book connected by an
    earlier version gets the newer ones at its next sync)."""
    for table in SYNCED_TABLES:
        for statement in _triggers(table):
            conn.execute(statement)
    for statement in (*_SETTINGS_TRIGGERS, *guard.triggers()):
        conn.execute(statement)


def disconnect_book(store: Store) -> None:
    """Stop recording changes and forget the team; the rows stay in the book as they are."""
    with store.write() as conn:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'team\\_%' ESCAPE '\\'"
            )
        ]
        for name in names:
            conn.execute(f"DROP TRIGGER {name}")
        for table in ("team_state", "team_rows", "team_outbox", "team_accounts"):
            conn.execute(f"DELETE FROM {table}")


def link(store: Store) -> Link | None:
    """The team this book is connected to, None for a book of its own."""
    url, user = store.scalar(state_sql("url")), store.scalar(state_sql("user"))
    return Link(str(url), str(user)) if url and user else None


def state_sql(key: str) -> str:
    return f"SELECT value FROM team_state WHERE key = '{key}'"


def state(conn: sqlite3.Connection, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM team_state WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


def set_state(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO team_state (key, value) VALUES (?, ?)", (key, value))


@contextmanager
def applying(store: Store) -> Iterator[sqlite3.Connection]:
    """A transaction whose writes are sync's own: the triggers do not record them as local changes."""
    with store.write() as conn:
        conn.execute("INSERT OR REPLACE INTO team_state (key, value) VALUES ('applying', '1')")
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.execute("DELETE FROM team_state WHERE key = 'applying'")


def pending_count(conn: sqlite3.Connection) -> int:
    """Local changes not published yet: changed or deleted rows, and rows never published."""
    changed = int(conn.execute("SELECT count(*) FROM team_outbox").fetchone()[0])
    return changed + sum(len(unpublished(conn, table)) for table in SYNCED_TABLES)


def unpublished(conn: sqlite3.Connection, table: str) -> list[str]:
    """The local keys of the table's rows that were never published (a uuid given is not enough: the
    connection may have dropped before the server had them)."""
    return [
        key
        for (key,) in conn.execute(
            f"SELECT {key_sql(table, 't')} FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM team_rows r "
            f"WHERE r.table_name = '{table}' AND r.local_key = {key_sql(table, 't')} AND r.row_version > 0)"
        )
    ]
