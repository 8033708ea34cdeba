"""Undoing an import (previous values back, exactly the records it created gone) and redoing it.

Undo keeps what it takes away (states "after" and "created" in import_rows) so redo can put it back. It
removes only the ids the import created that are still its own (created.py): a record made by hand in the
place of a deleted one stays. What it cannot undo safely it refuses with the reason, changing nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from planner.core.importing.history import (
    DISCARDED,
    ImportRecord,
    ImportRefused,
    chunks,
    record,
    rows_by_rowid,
)
from planner.core.importing.plan import ROWID
from planner.core.store import created
from planner.core.store.schema import PRIMARY_KEYS
from planner.core.store.store import Store


def undo_import(store: Store, import_id: int) -> ImportRecord:
    """Put back the values the import changed and remove the records it created that are still there;
    refused if a later import stands, if records made since (not by an import) use what it created, or if
    an import of the version before cannot tell its records any more."""
    current = record(store, import_id)
    if current.undone:
        raise ImportRefused("undone", str(import_id))
    _refuse_later(store, import_id)
    if created.unsure(store.conn, import_id):
        raise ImportRefused("unsure", str(import_id))
    table = current.table
    try:
        with store.write() as conn:
            # Records it changed that were deleted since stay deleted; a record made later in the id of one
            # of them is not overwritten with its old values.
            before = created.still_theirs(conn, table, import_id, _stored_rows(conn, import_id, "before"))
            _keep(conn, import_id, "after", rows_by_rowid(conn, table, [r[ROWID] for r in before]))
            spans = created.spans(conn, import_id)
            created.forget(conn, import_id)
            for first, last in spans:
                _keep(conn, import_id, "created", _span_rows(conn, table, first, last))
                conn.execute(f"DELETE FROM {table} WHERE rowid BETWEEN ? AND ?", (first, last))
            _put(conn, table, before)
            conn.execute("UPDATE imports SET undone = 1 WHERE id = ?", (import_id,))
    except sqlite3.IntegrityError as error:  # a product it created is held by a holding entered since
        raise ImportRefused("in_use", str(import_id)) from error
    return record(store, import_id)


def redo_import(store: Store, import_id: int) -> ImportRecord:
    """Carry out an undone import again, from what its undo kept. Imports are redone in the order they were
    made, not after a later import (that may have taken the ids of the records this one creates), and not
    over a record entered since in the place of one it creates."""
    if not record(store, import_id).undone:
        raise ImportRefused("not_undone", str(import_id))
    redoable = f"undone = 1 AND json_extract(settings_json, '{DISCARDED}') IS NULL"
    if not store.scalar(f"SELECT count(*) FROM imports WHERE id = ? AND {redoable}", (import_id,)):
        raise ImportRefused("discarded", str(import_id))
    _refuse_later(store, import_id)
    earlier = store.scalar(f"SELECT max(id) FROM imports WHERE id < ? AND {redoable}", (import_id,))
    if earlier is not None:
        raise ImportRefused("earlier", str(earlier))
    table = record(store, import_id).table
    try:
        with store.write() as conn:
            _put(
                conn,
                table,
                created.still_theirs(conn, table, import_id, _stored_rows(conn, import_id, "after")),
            )
            rows = _stored_rows(conn, import_id, "created")
            first = int(conn.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {table}").fetchone()[0])
            _put(conn, table, rows, update=False)  # never over a record entered since: IntegrityError
            last = int(conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0])
            if "id" in PRIMARY_KEYS[table]:  # back with the ids they had
                created.keep(conn, import_id, table, (r[ROWID] for r in rows))
                created.taken_back(conn, table, [r[ROWID] for r in rows])
            elif rows:  # rows without an id get new rowids
                created.keep_spans(conn, import_id, table, [(first, last)])
                conn.execute(
                    "UPDATE imports SET first_rowid = ?, last_rowid = ? WHERE id = ?",
                    (first, last, import_id),
                )
            conn.execute("DELETE FROM import_rows WHERE import_id = ? AND state != 'before'", (import_id,))
            conn.execute("UPDATE imports SET undone = 0 WHERE id = ?", (import_id,))
    except sqlite3.IntegrityError as error:
        raise ImportRefused("taken", str(import_id)) from error
    return record(store, import_id)


def _refuse_later(store: Store, import_id: int) -> None:
    later = store.scalar("SELECT min(id) FROM imports WHERE id > ? AND undone = 0", (import_id,))
    if later is not None:
        raise ImportRefused("later", str(later))


def _stored_rows(conn: sqlite3.Connection, import_id: int, state: str) -> list[dict[str, Any]]:
    cursor = conn.execute(
        "SELECT row_json FROM import_rows WHERE import_id = ? AND state = ? ORDER BY rowid",
        (import_id, state),
    )
    return [json.loads(r[0]) for r in cursor]


def _keep(conn: sqlite3.Connection, import_id: int, state: str, rows: Iterable[dict[str, Any]]) -> None:
    conn.executemany(
        "INSERT INTO import_rows (import_id, state, row_json) VALUES (?, ?, ?)",
        ((import_id, state, json.dumps(row, ensure_ascii=False)) for row in rows),
    )


def _span_rows(conn: sqlite3.Connection, table: str, first: int, last: int) -> list[dict[str, Any]]:
    cursor = conn.execute(
        f"SELECT rowid AS {ROWID}, * FROM {table} WHERE rowid BETWEEN ? AND ?", (first, last)
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor]


def _put(
    conn: sqlite3.Connection, table: str, rows: Sequence[dict[str, Any]], *, update: bool = True
) -> None:
    """Write whole rows back: inserted (with the same id), or, with `update`, updated where the key exists."""
    if not rows:
        return
    columns = [c for c in rows[0] if c != ROWID]
    keys = PRIMARY_KEYS[table]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    if update:
        sql += f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET " + ", ".join(
            f"{c} = excluded.{c}" for c in columns if c not in keys
        )
    for chunk in chunks(tuple(r[c] for c in columns) for r in rows):
        conn.executemany(sql, chunk)
