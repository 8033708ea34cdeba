"""Which records an import created: spans of row ids, kept exact by triggers when a record is deleted.

SQLite gives a new record the largest rowid + 1, so after the newest imported record is deleted a record
made by hand takes its id. An undo that removed "the ids from A to B" would remove that record too. So an
import keeps the ids it created as spans (one span when it writes, contiguous ids), and a trigger on every
table an import writes to takes a deleted id out of its span: the spans hold exactly the records the import
created that are still there, whatever took a freed id later (migration m008).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

# The tables an import writes to when m008 was made (a migration never changes afterwards).
M008_TABLES = ("accounts", "products", "holdings", "usage_snapshots", "revenue_by_period", "contacts",
               "nps_answers", "touches")  # fmt: skip
_LOWEST = "(SELECT max(lo) FROM import_created WHERE table_name = '{t}' AND lo <= OLD.rowid)"


def triggers(tables: Iterable[str]) -> list[str]:
    """The triggers that keep the spans and freed ids of `tables` exact (m008; m012 for the tables imports
    of signals, survey answers and opportunities write to)."""
    tables = tuple(tables)
    return [
        *(  # the span holding the deleted id is split around it (or shrinks, or goes)
            f"""CREATE TRIGGER {t}_import_created AFTER DELETE ON {t}
        WHEN (SELECT hi FROM import_created WHERE table_name = '{t}' AND lo = {_LOWEST.format(t=t)})
            >= OLD.rowid
        BEGIN
            INSERT INTO import_created (table_name, lo, hi, import_id)
                SELECT table_name, OLD.rowid + 1, hi, import_id FROM import_created
                WHERE table_name = '{t}' AND lo = {_LOWEST.format(t=t)} AND hi > OLD.rowid;
            DELETE FROM import_created WHERE table_name = '{t}' AND lo = OLD.rowid;
            UPDATE import_created SET hi = OLD.rowid - 1
                WHERE table_name = '{t}' AND lo = {_LOWEST.format(t=t)} AND hi >= OLD.rowid;
        END"""
            for t in tables
        ),
        # The same for the records an import changed: SQLite hands the id of the newest record, once deleted,
        # to the next new one. Such a freed id is noted with the newest import then, so an undo never writes
        # the old values of the deleted record over the new one that took its id.
        *(
            f"""CREATE TRIGGER {t}_import_freed AFTER DELETE ON {t}
        WHEN OLD.rowid > coalesce((SELECT max(rowid) FROM {t}), 0)
        BEGIN
            INSERT OR REPLACE INTO import_freed (table_name, id, after_import)
                VALUES ('{t}', OLD.rowid, coalesce((SELECT max(id) FROM imports), 0));
        END"""
            for t in tables
        ),
    ]


M008_IMPORT_CREATED = [
    """CREATE TABLE import_created (
        table_name TEXT NOT NULL,
        lo INTEGER NOT NULL,
        hi INTEGER NOT NULL CHECK (hi >= lo),
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        PRIMARY KEY (table_name, lo)
    ) WITHOUT ROWID""",
    "CREATE INDEX import_created_import ON import_created(import_id)",
    "CREATE TABLE import_freed (table_name TEXT NOT NULL, id INTEGER NOT NULL, "
    "after_import INTEGER NOT NULL, PRIMARY KEY (table_name, id)) WITHOUT ROWID",
    *triggers(M008_TABLES),
]
ROWID = "_rowid"  # the column an import keeps a row's rowid in, beside the row's own columns
UNSURE = "$.created_unsure"  # settings_json: which records this import created cannot be told any more


def keep(conn: sqlite3.Connection, import_id: int, table: str, ids: Iterable[int]) -> None:
    """Keep `ids` (rowids of `table`) as created by the import, as spans of consecutive ids."""
    found: list[list[int]] = []
    for rowid in sorted(ids):
        if found and rowid == found[-1][1] + 1:
            found[-1][1] = rowid
        else:
            found.append([rowid, rowid])
    keep_spans(conn, import_id, table, [(lo, hi) for lo, hi in found])


def keep_spans(conn: sqlite3.Connection, import_id: int, table: str, kept: Iterable[tuple[int, int]]) -> None:
    conn.executemany(
        "INSERT INTO import_created (table_name, lo, hi, import_id) VALUES (?, ?, ?, ?)",
        ((table, lo, hi, import_id) for lo, hi in kept),
    )


def spans(conn: sqlite3.Connection, import_id: int) -> list[tuple[int, int]]:
    """The (first, last) rowids of the records the import created that are still there."""
    cursor = conn.execute("SELECT lo, hi FROM import_created WHERE import_id = ? ORDER BY lo", (import_id,))
    return [(int(lo), int(hi)) for lo, hi in cursor]


def forget(conn: sqlite3.Connection, import_id: int) -> None:
    conn.execute("DELETE FROM import_created WHERE import_id = ?", (import_id,))


def unsure(conn: sqlite3.Connection, import_id: int) -> bool:
    row = conn.execute(
        f"SELECT json_extract(settings_json, '{UNSURE}') FROM imports WHERE id = ?", (import_id,)
    )
    return bool(row.fetchone()[0])


def keep_earlier_imports(conn: sqlite3.Connection) -> None:
    """Migration m008 for the imports of the version before, which kept only their first and last rowid.

    A range holds exactly what the import created while none of its records was deleted: then no record
    made since can have taken an id in it. So the range is kept when it holds as many records as the import
    created, none taken by a later import (newest first), and for accounts, each created on the import's
    day; otherwise the import is marked: its undo is refused rather than remove something else.
    """
    claimed: dict[str, list[tuple[int, int]]] = {}
    imports = conn.execute(
        "SELECT id, table_name, first_rowid, last_rowid, created, substr(imported_at, 1, 10) FROM imports "
        "WHERE undone = 0 AND first_rowid IS NOT NULL ORDER BY id DESC"
    ).fetchall()
    for import_id, table, first, last, created, day in imports:
        taken = claimed.setdefault(table, [])
        same_day = " AND created_on = ?" if table == "accounts" else ""
        found = conn.execute(
            f"SELECT count(*) FROM {table} WHERE rowid BETWEEN ? AND ?{same_day}",
            (first, last, day) if same_day else (first, last),
        ).fetchone()[0]
        overlaps = any(lo <= last and first <= hi for lo, hi in taken)
        taken.append((first, last))
        if found == created == last - first + 1 and not overlaps:
            keep_spans(conn, import_id, table, [(first, last)])
        else:
            conn.execute(
                f"UPDATE imports SET settings_json = json_set(settings_json, '{UNSURE}', 1) WHERE id = ?",
                (import_id,),
            )


def taken_back(conn: sqlite3.Connection, table: str, ids: list[int]) -> None:
    """The records with `ids` are back (a redo): their ids count as freed no more."""
    conn.executemany("DELETE FROM import_freed WHERE table_name = ? AND id = ?", ((table, i) for i in ids))


def still_theirs(
    conn: sqlite3.Connection, table: str, import_id: int, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Of `rows` (kept by import `import_id`, each with its rowid), those whose record is still there and
    was not deleted since (its id freed and perhaps taken by a record made later)."""
    ids = [r[ROWID] for r in rows]
    there: set[int] = set()
    for start in range(0, len(ids), 900):
        part = ids[start : start + 900]
        found = conn.execute(f"SELECT rowid FROM {table} WHERE rowid IN ({', '.join('?' * len(part))})", part)
        there.update(r[0] for r in found)
    freed = {
        r[0]
        for r in conn.execute(
            "SELECT id FROM import_freed WHERE table_name = ? AND after_import >= ?", (table, import_id)
        )
    }
    return [r for r in rows if r[ROWID] in there and r[ROWID] not in freed]
