"""Writing an import in one transaction, what it did (for undo), the import history, recognising a file.

An import stores the updated rows as they were (state "before") and the ids of the rows it created (see
created.py), so undo (undo.py) restores the previous values and removes exactly the created rows, also after
the app was closed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from planner.core.importing.cells import reference_key
from planner.core.importing.kinds import KINDS, Kind, detect_kind, suggest_mapping
from planner.core.importing.plan import ROWID, Plan, summary
from planner.core.importing.reading import ImportFileError, Layout, Sheet, read, sniff
from planner.core.portfolio.records import STORED_WHEN_BLANK
from planner.core.store import file_safety
from planner.core.store.created import keep_spans
from planner.core.store.schema import PRIMARY_KEYS
from planner.core.store.store import Store

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
    "unsure": "import #{detail} cannot be undone: it was made by an earlier version, and records it created "
    "were deleted since, so they cannot be told from records made by hand; nothing was changed",
    "taken": "import #{detail} cannot be redone: records entered since take the ids or keys of what it "
    "creates",
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
    from planner.core.store.backups import import_backup

    report = progress or (lambda done, total: None)
    table = plan.kind.table
    total = plan.updated + plan.created
    # A copy of the book as it was, kept in the rotation of backups (removed again if the import fails).
    with import_backup(store), store.write() as conn:
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
        if plan.created:  # the exact ids it created, kept up to date when one is deleted (see created.py)
            keep_spans(conn, import_id, table, [(first, last)])
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
    conn.execute(f"UPDATE imports SET settings_json = json_set(settings_json, '{DISCARDED}', 1) WHERE undone")


DISCARDED = "$.discarded"


def _write_updates(conn: sqlite3.Connection, import_id: int, table: str, plan: Plan) -> Iterator[int]:
    columns = [c for c in plan.updates.columns if c != ROWID]
    if plan.updates.empty:
        return
    sets = ", ".join(f"{c} = coalesce(?, {c})" for c in columns)
    done = 0
    for chunk in chunks(_records(plan.updates, [*columns, ROWID], _reals(plan))):
        rowids = [r[-1] for r in chunk]
        before = rows_by_rowid(conn, table, rowids)
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
    "survey_responses": {"answered": 1},
    "opportunities": {"value_cents": 0},
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


def chunks(rows: Iterable[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK)):
        yield chunk


def rows_by_rowid(conn: sqlite3.Connection, table: str, rowids: Sequence[int]) -> list[dict[str, Any]]:
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
    store: Store, path: Path, layout: Layout | None = None, kind: str = "", progress: Progress | None = None
) -> tuple[Sheet, str, dict[str, str]]:
    """Read a file and decide what it holds and which column goes where: as a file of the same shape was
    imported before (unless the caller names another kind), else from its headers. The kind is "" when no
    kind fits. Without a layout from the caller the file is sniffed; how the earlier file was read is only
    a suggestion (`suggested_layout`). `progress(done, total)` is told how far the reading is and may raise
    to cancel it. The open portfolio itself (or a file beside it) is refused before it is opened: closing a
    descriptor of it would drop SQLite's locks (see file_safety)."""
    refuse_portfolio(path)
    sheet = read(path, layout or sniff(path), progress)
    known = remembered(store, sheet.headers)
    if known and known[0] in KINDS and kind in ("", known[0]):
        if layout is None:
            suggested = suggested_layout(sheet, KINDS[known[0]], known[1], known[2])
            if suggested != sheet.layout:
                sheet = read(path, suggested, progress)
        return sheet, known[0], known[1]
    if kind:
        return sheet, kind, suggest_mapping(KINDS[kind], sheet.headers)
    found, mapping = detect_kind(sheet.headers)
    return sheet, found.name if found else "", mapping


def refuse_portfolio(path: Path) -> None:
    """Raise ImportFileError when `path` is a portfolio this process has open, or a file SQLite keeps beside
    one (its -wal, -shm, -journal or .lock)."""
    name = path.name
    for suffix in (*file_safety.COMPANIONS, file_safety.LOCK_SUFFIX):
        name = name.removesuffix(suffix)
    if file_safety.open_here(path.with_name(name)):
        raise ImportFileError(path, "portfolio")


_SUGGESTED = {"decimal": ("int", "real", "money"), "day_first": ("date", "month", "quarter")}
SAMPLE = 2_000  # distinct cells of a column looked at


def suggested_layout(
    sheet: Sheet, kind: Kind, mapping: Mapping[str, str], fields: Mapping[str, Any]
) -> Layout:
    """The sheet's (sniffed) layout, with the decimal mark and date order remembered for its shape (`fields`)
    where the file is of the same type (text or workbook) and delimiter and none of its cells reads only the
    sniffed way. The encoding stays as sniffed: a BOM, UTF-16 or valid UTF-8 is evidence, and the rest is read
    as Windows-1252 anyway; a workbook keeps its first sheet, whose headers matched."""
    layout = sheet.layout
    if fields.get("excel") != layout.excel or (
        not layout.excel and fields.get("delimiter") != layout.delimiter
    ):
        return layout
    for name, kinds in _SUGGESTED.items():
        if name not in fields or fields[name] == getattr(layout, name):
            continue
        trial = replace(layout, **{name: fields[name]})
        columns = [(t.kind, mapping[t.name]) for t in kind.targets if t.kind in kinds and t.name in mapping]
        if not any(
            _reads(target, cell, layout) and not _reads(target, cell, trial)
            for target, header in columns
            if header in sheet.frame
            for cell in islice((c for c in sheet.frame[header].unique() if c.strip()), SAMPLE)
        ):
            layout = trial
    return layout


def _reads(target: str, cell: str, layout: Layout) -> bool:
    """Whether a cell of a number or date column reads as a value in `layout`."""
    from planner.core.importing.values import parse_date, parse_month, parse_number, parse_quarter

    try:
        if target in ("int", "real", "money"):
            parse_number(cell.strip(), layout.decimal)
        else:
            {"date": parse_date, "month": parse_month, "quarter": parse_quarter}[target](
                cell, layout.day_first
            )
    except ValueError:
        return False
    return True


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
