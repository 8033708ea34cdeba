"""Writing an import in one transaction, the import history, and undoing (and redoing) an import.

An import stores the updated rows as they were (state "before") and the rowid range of the rows it created,
so undo restores the previous values and removes the created rows, also after the app was closed. Undo
keeps what it takes away (states "after" and "created") so redo can put it back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from planner.core.importing.cells import reference_key
from planner.core.importing.kinds import KINDS, detect_kind, suggest_mapping
from planner.core.importing.plan import ROWID, Plan, summary
from planner.core.importing.reading import Layout, Sheet, read, sniff
from planner.core.records import STORED_WHEN_BLANK
from planner.core.schema import PRIMARY_KEYS
from planner.core.store import Store

CHUNK = 20_000
Progress = Callable[[int, int], None]


class ImportRefused(Exception):
    """The import (or its undo) was not carried out; `code` says why, nothing was written."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code, self.detail = code, detail
        super().__init__(_REFUSALS[code].format(detail=detail))


_REFUSALS = {
    "rejected": "{detail} rows are rejected; fix them or import without them",
    "unknown": "there is no import #{detail}",
    "undone": "import #{detail} is already undone",
    "not_undone": "import #{detail} is not undone",
    "later": "import #{detail} came later; undo it first",
    "earlier": "import #{detail} came earlier; redo it first",
    "discarded": "import #{detail} cannot be redone: another import was made after its undo",
    "in_use": "import #{detail} cannot be undone: records entered since use what it created",
}


@dataclass(frozen=True)
class ImportRecord:
    id: int
    file: str
    kind: str
    table: str
    imported_at: str
    created: int
    updated: int
    unchanged: int
    rejected: int
    undone: bool

    def summary(self) -> str:
        return summary(self.created, self.updated, self.unchanged, self.rejected)


def write_import(
    store: Store, plan: Plan, *, skip_rejected: bool = False, progress: Progress | None = None
) -> ImportRecord:
    """Carry out `plan` in one transaction (all or nothing). Rejected rows block it unless `skip_rejected`.
    `progress` may raise (Cancel): then nothing is written."""
    if plan.rejected and not skip_rejected:
        raise ImportRefused("rejected", f"{plan.rejected:,}")
    from planner.core.backups import backup_before_import

    backup_before_import(store)  # a copy of the book as it was, kept in the rotation of backups
    report = progress or (lambda done, total: None)
    table = plan.kind.table
    total = plan.updated + plan.created
    with store.write() as conn:
        _discard_redo(conn)
        import_id = _record(conn, plan)
        done = 0
        for done in _write_updates(conn, import_id, table, plan):
            report(done, total)
        first = int(conn.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {table}").fetchone()[0])
        for count in _write_creates(conn, table, plan, first):
            report(done + count, total)
        last = int(conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0])
        conn.execute(
            "UPDATE imports SET first_rowid = ?, last_rowid = ? WHERE id = ?",
            (first, last, import_id) if plan.created else (None, None, import_id),
        )
        _remember_mapping(conn, plan)
    return record(store, import_id)


def _record(conn: sqlite3.Connection, plan: Plan) -> int:
    settings = {"mapping": plan.mapping, "layout": asdict(plan.sheet.layout)}
    cursor = conn.execute(
        "INSERT INTO imports (file, kind, table_name, imported_at, created, updated, unchanged, rejected, "
        "settings_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (str(plan.sheet.path), plan.kind.name, plan.kind.table, _now(), plan.created, plan.updated,
         plan.unchanged, plan.rejected, json.dumps(settings, ensure_ascii=False)),
    )  # fmt: skip
    return int(cursor.lastrowid or 0)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _discard_redo(conn: sqlite3.Connection) -> None:
    """A new import ends the redo of the imports undone before it (as typing does in an editor): the rows
    it may create take the ids theirs had."""
    undone = "SELECT id FROM imports WHERE undone = 1"
    conn.execute(f"DELETE FROM import_rows WHERE state != 'before' AND import_id IN ({undone})")
    conn.execute(
        f"UPDATE imports SET settings_json = json_set(settings_json, '{_DISCARDED}', 1) WHERE undone"
    )


_DISCARDED = "$.discarded"


def _write_updates(conn: sqlite3.Connection, import_id: int, table: str, plan: Plan) -> Iterator[int]:
    columns = [c for c in plan.updates.columns if c != ROWID]
    if plan.updates.empty:
        return
    sets = ", ".join(f"{c} = coalesce(?, {c})" for c in columns)
    done = 0
    for chunk in _chunks(_records(plan.updates, [*columns, ROWID], _reals(plan))):
        rowids = [r[-1] for r in chunk]
        before = _rows_by_rowid(conn, table, rowids)
        conn.executemany(
            "INSERT INTO import_rows (import_id, state, row_json) VALUES (?, 'before', ?)",
            ((import_id, json.dumps(row, ensure_ascii=False)) for row in before),
        )
        conn.executemany(f"UPDATE {table} SET {sets} WHERE rowid = ?", chunk)
        done += len(chunk)
        yield done


def _write_creates(conn: sqlite3.Connection, table: str, plan: Plan, first: int) -> Iterator[int]:
    creates = plan.creates.copy()
    if creates.empty:
        return
    if "id" in PRIMARY_KEYS[table]:
        creates.insert(0, "id", range(first, first + len(creates)))
    for column, value in _defaults(conn, table, creates).items():
        creates[column] = value
    columns = list(creates.columns)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    rows = _records(creates, columns, _reals(plan))
    for done in range(CHUNK, len(creates) + CHUNK, CHUNK):
        conn.executemany(sql, islice(rows, CHUNK))
        yield min(done, len(creates))


def _defaults(conn: sqlite3.Connection, table: str, creates: Any) -> dict[str, Any]:
    """What a new record needs that the file did not give: an account's key and date, NOT NULL columns."""
    defaults: dict[str, Any] = {}
    if table == "accounts":
        keys = creates["key"].astype(object) if "key" in creates else creates["id"].map(lambda _: None)
        if keys.isna().any():
            keys[keys.isna()] = _new_keys(conn, creates["id"][keys.isna()], keys.dropna())
        defaults["key"] = keys
        defaults["created_on"] = datetime.now().date().isoformat()
    filled: dict[str, Any] = {**STORED_WHEN_BLANK.get(table, {}), **_MORE_DEFAULTS.get(table, {})}
    for column, value in filled.items():
        if column in creates:
            defaults[column] = creates[column].fillna(value)
    return defaults


def _new_keys(conn: sqlite3.Connection, ids: Iterable[int], given: Iterable[str]) -> list[str]:
    """ACC-00042 for the new account 42, or the next number no account (nor the file) has taken."""
    taken = {reference_key(k) for k in given}
    taken.update(reference_key(k) for (k,) in conn.execute("SELECT key FROM accounts"))
    keys = []
    for number in ids:
        while reference_key(key := f"ACC-{number:05d}") in taken:
            number += 1
        taken.add(reference_key(key))
        keys.append(key)
    return keys


_MORE_DEFAULTS: dict[str, dict[str, Any]] = {
    "touches": {"minutes": 0},
    "holdings": {"status": "active"},
    "products": {"unit": "seat"},
}


def _reals(plan: Plan) -> set[str]:
    """Stored columns that hold fractions (every other number is a whole number or cents)."""
    return {t.column for t in plan.kind.targets if t.kind == "real"}


def _records(frame: Any, columns: Sequence[str], reals: set[str]) -> Iterator[tuple[Any, ...]]:
    """Rows as tuples of plain Python values: NaN as None, floats of integer columns as int."""
    import numpy as np

    arrays = []
    for column in columns:
        values = frame[column].to_numpy()
        blank = frame[column].isna().to_numpy()
        if values.dtype.kind == "f" and column not in reals:
            values = np.where(blank, 0, values).astype(np.int64).astype(object)
        else:
            values = values.astype(object)
        values[blank] = None
        arrays.append(values.tolist())
    return zip(*arrays, strict=True)


def _chunks(rows: Iterable[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK)):
        yield chunk


def _rows_by_rowid(conn: sqlite3.Connection, table: str, rowids: Sequence[int]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for start in range(0, len(rowids), 900):
        part = rowids[start : start + 900]
        cursor = conn.execute(
            f"SELECT rowid AS {ROWID}, * FROM {table} WHERE rowid IN ({', '.join('?' * len(part))})", part
        )
        names = [d[0] for d in cursor.description]
        rows.extend(dict(zip(names, values, strict=True)) for values in cursor.fetchall())
    return rows


def _remember_mapping(conn: sqlite3.Connection, plan: Plan) -> None:
    from planner.core.importing.kinds import shape

    conn.execute(
        "INSERT INTO import_mappings (shape, kind, mapping_json, layout_json, used_at) "
        "VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(shape) DO UPDATE SET kind = excluded.kind, mapping_json = excluded.mapping_json, "
        "layout_json = excluded.layout_json, used_at = excluded.used_at",
        (shape(plan.sheet.headers), plan.kind.name, json.dumps(plan.mapping, ensure_ascii=False),
         json.dumps(asdict(plan.sheet.layout)), _now()),
    )  # fmt: skip


def remembered(store: Store, headers: Sequence[str]) -> tuple[str, dict[str, str], dict[str, Any]] | None:
    """(kind, mapping, layout fields) last used for a file of this shape, if any."""
    from planner.core.importing.kinds import shape

    row = store.conn.execute(
        "SELECT kind, mapping_json, layout_json FROM import_mappings WHERE shape = ?", (shape(headers),)
    ).fetchone()
    return (str(row[0]), json.loads(row[1]), json.loads(row[2])) if row else None


def recognise(
    store: Store, path: Path, layout: Layout | None = None, kind: str = ""
) -> tuple[Sheet, str, dict[str, str]]:
    """Read a file and decide what it holds and which column goes where: as a file of the same shape was
    imported before (unless the caller gives its own layout or another kind), else from its headers. The
    kind is "" when no kind fits."""
    sheet = read(path, layout or sniff(path))
    known = remembered(store, sheet.headers)
    if known and layout is None and kind in ("", known[0]):
        if known[2] != asdict(sheet.layout):  # read it the way the earlier file of this shape was read
            sheet = read(path, Layout(**known[2]))
        return sheet, known[0], known[1]
    if kind:
        return sheet, kind, suggest_mapping(KINDS[kind], sheet.headers)
    found, mapping = detect_kind(sheet.headers)
    return sheet, found.name if found else "", mapping


# --- history, undo, redo --------------------------------------------------------------------------------
_RECORD_SQL = (
    "SELECT id, file, kind, table_name, imported_at, created, updated, unchanged, rejected, undone "
    "FROM imports"
)


def history(store: Store) -> list[ImportRecord]:
    """Every import, newest first."""
    return [_to_record(r) for r in store.query(f"{_RECORD_SQL} ORDER BY id DESC")]


def record(store: Store, import_id: int) -> ImportRecord:
    row = store.conn.execute(f"{_RECORD_SQL} WHERE id = ?", (import_id,)).fetchone()
    if row is None:
        raise ImportRefused("unknown", str(import_id))
    return _to_record(row)


def _to_record(row: Sequence[Any]) -> ImportRecord:
    return ImportRecord(*row[:9], bool(row[9]))  # type: ignore[call-arg]


def undo_import(store: Store, import_id: int) -> ImportRecord:
    """Put back the values the import changed and remove what it created; refused if a later import stands,
    or if records made since (not by an import) use what it created."""
    current = record(store, import_id)
    if current.undone:
        raise ImportRefused("undone", str(import_id))
    _refuse_later(store, import_id)
    table = current.table
    try:
        with store.write() as conn:
            first, last = conn.execute(
                "SELECT first_rowid, last_rowid FROM imports WHERE id = ?", (import_id,)
            ).fetchone()
            before = _stored_rows(conn, import_id, "before")
            _keep(conn, import_id, "after", _rows_by_rowid(conn, table, [r[ROWID] for r in before]))
            if first is not None:
                _keep(conn, import_id, "created", _range_rows(conn, table, first, last))
                conn.execute(f"DELETE FROM {table} WHERE rowid BETWEEN ? AND ?", (first, last))
            _put(conn, table, before)
            conn.execute("UPDATE imports SET undone = 1 WHERE id = ?", (import_id,))
    except sqlite3.IntegrityError as error:  # a product it created is held by a holding entered since
        raise ImportRefused("in_use", str(import_id)) from error
    return record(store, import_id)


def redo_import(store: Store, import_id: int) -> ImportRecord:
    """Carry out an undone import again, from what its undo kept. Imports are redone in the order they were
    made, and not after a later import (that may have taken the ids of the records this one creates)."""
    if not record(store, import_id).undone:
        raise ImportRefused("not_undone", str(import_id))
    redoable = f"undone = 1 AND json_extract(settings_json, '{_DISCARDED}') IS NULL"
    if not store.scalar(f"SELECT count(*) FROM imports WHERE id = ? AND {redoable}", (import_id,)):
        raise ImportRefused("discarded", str(import_id))
    _refuse_later(store, import_id)
    earlier = store.scalar(f"SELECT max(id) FROM imports WHERE id < ? AND {redoable}", (import_id,))
    if earlier is not None:
        raise ImportRefused("earlier", str(earlier))
    table = record(store, import_id).table
    with store.write() as conn:
        _put(conn, table, _stored_rows(conn, import_id, "after"))
        created = _stored_rows(conn, import_id, "created")
        first = int(conn.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {table}").fetchone()[0])
        _put(conn, table, created)
        last = int(conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0])
        if created and "id" not in PRIMARY_KEYS[table]:  # rows without an id get new rowids
            conn.execute(
                "UPDATE imports SET first_rowid = ?, last_rowid = ? WHERE id = ?", (first, last, import_id)
            )
        conn.execute("DELETE FROM import_rows WHERE import_id = ? AND state != 'before'", (import_id,))
        conn.execute("UPDATE imports SET undone = 0 WHERE id = ?", (import_id,))
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


def _range_rows(conn: sqlite3.Connection, table: str, first: int, last: int) -> list[dict[str, Any]]:
    cursor = conn.execute(
        f"SELECT rowid AS {ROWID}, * FROM {table} WHERE rowid BETWEEN ? AND ?", (first, last)
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor]


def _put(conn: sqlite3.Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Write whole rows back: updated where the key exists, inserted (with the same id) where not."""
    if not rows:
        return
    columns = [c for c in rows[0] if c != ROWID]
    keys = PRIMARY_KEYS[table]
    updates = [c for c in columns if c not in keys]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    sql += f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET " + ", ".join(
        f"{c} = excluded.{c}" for c in updates
    )
    for chunk in _chunks(tuple(r[c] for c in columns) for r in rows):
        conn.executemany(sql, chunk)
