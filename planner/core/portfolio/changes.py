"""Reversible changes to the portfolio: the rows as they were and as they become, applied in one transaction.

Every edit, create, delete and bulk edit is a `Change`; undo applies its inverse. A delete keeps the
whole subtree that goes with the record (an account's holdings, contacts, touches, ...), so undo brings
all of it back with the same ids.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from planner.core.store.schema import PRIMARY_KEYS, TABLES
from planner.core.store.store import Store

Row = Mapping[str, Any]
Rows = Mapping[str, tuple[Row, ...]]  # table -> rows (whole rows, all columns)
EMPTY: Rows = MappingProxyType({})


@dataclass(frozen=True)
class Change:
    """One step the user can undo: `kind` of change to `ids` of `table`, described by `name` and `fields`."""

    kind: str  # "create", "edit", "bulk_edit", "delete"
    table: str
    ids: tuple[int, ...]
    name: str  # how the user knows the (first) record: "Müller GmbH", "Müller GmbH · Connect Pro"
    before: Rows = field(default_factory=lambda: EMPTY)
    after: Rows = field(default_factory=lambda: EMPTY)
    fields: tuple[str, ...] = ()  # the fields an edit changes

    @property
    def empty(self) -> bool:
        return self.before == self.after

    def removed(self) -> dict[str, int]:
        """Rows per table that applying this change deletes (for "with its 3 holdings")."""
        counts = {}
        for table in (t for t in TABLES if t in self.before):
            rows = self.before[table]
            kept = {_pk(table, r) for r in self.after.get(table, ())}
            gone = sum(1 for r in rows if _pk(table, r) not in kept)
            if gone:
                counts[table] = gone
        return counts


class ChangeFailed(Exception):
    """The file refused a change (a key taken meanwhile, a record gone); nothing of it was stored."""


def apply(store: Store, change: Change, *, undo: bool = False) -> None:
    """Replace the change's `before` rows by its `after` rows (or the reverse for undo), all or nothing."""
    try:
        _apply(store, change, undo=undo)
    except sqlite3.IntegrityError as error:
        raise ChangeFailed(str(error)) from error


def _apply(store: Store, change: Change, *, undo: bool) -> None:
    old, new = (change.after, change.before) if undo else (change.before, change.after)
    with store.write() as conn:
        for table in reversed(TABLES):  # children first: RESTRICT keys never block
            keep = {_pk(table, r) for r in new.get(table, ())}
            columns = PRIMARY_KEYS[table]
            where = " AND ".join(f"{c} = ?" for c in columns)
            gone = [_pk(table, r) for r in old.get(table, ()) if _pk(table, r) not in keep]
            if gone:
                conn.executemany(f"DELETE FROM {table} WHERE {where}", gone)
        for table in TABLES:  # parents first
            for row in new.get(table, ()):
                _upsert(conn, table, row)


def _upsert(conn: sqlite3.Connection, table: str, row: Row) -> None:
    columns = list(row)
    keys = PRIMARY_KEYS[table]
    updates = [c for c in columns if c not in keys]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    sql += f" ON CONFLICT ({', '.join(keys)}) DO "
    sql += "UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in updates) if updates else "NOTHING"
    conn.execute(sql, [row[c] for c in columns])


def _pk(table: str, row: Row) -> tuple[Any, ...]:
    return tuple(row[c] for c in PRIMARY_KEYS[table])


def read_rows(conn: sqlite3.Connection, table: str, where: str, params: Sequence[Any] = ()) -> list[Row]:
    """Whole rows of `table` as dicts (column -> value)."""
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {where}", tuple(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def _in(column: str, count: int) -> str:
    return f"{column} IN ({', '.join('?' * count)})"


@dataclass(frozen=True)
class _ForeignKey:
    child: str
    column: str
    parent: str
    on_delete: str


def _foreign_keys(conn: sqlite3.Connection) -> list[_ForeignKey]:
    keys = []
    for child in TABLES:
        for row in conn.execute(f"PRAGMA foreign_key_list({child})"):
            keys.append(_ForeignKey(child, row[3], row[2], row[6].upper()))
    return keys


def subtree(conn: sqlite3.Connection, table: str, ids: Iterable[int]) -> tuple[Rows, Rows]:
    """The rows that deleting `ids` of `table` removes or changes: (as they are, as they will be).

    Rows that cascade (or restrict) are removed with it; rows whose key is set to NULL stay, changed.
    """
    keys = _foreign_keys(conn)
    before: dict[str, dict[tuple[Any, ...], Row]] = {}
    nulled: dict[str, dict[tuple[Any, ...], Row]] = {}  # rows that stay, with the key set to NULL
    originals: dict[str, dict[tuple[Any, ...], Row]] = {}  # those rows as they are now
    pending = [(table, list(ids))]
    while pending:
        parent, parent_ids = pending.pop()
        if not parent_ids:
            continue
        for row in read_rows(conn, parent, _in("id", len(parent_ids)), parent_ids):
            before.setdefault(parent, {})[_pk(parent, row)] = row
        for key in (k for k in keys if k.parent == parent):
            children = read_rows(conn, key.child, _in(key.column, len(parent_ids)), parent_ids)
            if key.on_delete == "SET NULL":
                for row in children:
                    pk = _pk(key.child, row)
                    originals.setdefault(key.child, {}).setdefault(pk, row)
                    nulled.setdefault(key.child, {})[pk] = {
                        **nulled.get(key.child, {}).get(pk, row),
                        key.column: None,
                    }
                continue
            new = [r for r in children if _pk(key.child, r) not in before.get(key.child, {})]
            if "id" in PRIMARY_KEYS[key.child]:
                pending.append((key.child, [r["id"] for r in new]))
            else:
                for row in new:
                    before.setdefault(key.child, {})[_pk(key.child, row)] = row
    kept: dict[str, list[Row]] = {}
    for child, rows in nulled.items():  # a row both removed and nulled is simply removed
        for pk, row in rows.items():
            if pk not in before.get(child, {}):
                before.setdefault(child, {})[pk] = originals[child][pk]
                kept.setdefault(child, []).append(row)
    return freeze({t: list(r.values()) for t, r in before.items()}), freeze(kept)


def freeze(rows: Mapping[str, Iterable[Row]]) -> Rows:
    return MappingProxyType({t: tuple(MappingProxyType(dict(r)) for r in rs) for t, rs in rows.items()})


_NAME_SQL = {  # how the user knows a record of each table
    "accounts": "SELECT name FROM accounts WHERE id = ?",
    "products": "SELECT name FROM products WHERE id = ?",
    "contacts": "SELECT name FROM contacts WHERE id = ?",
    "holdings": "SELECT a.name || ' · ' || p.name FROM holdings h JOIN accounts a "
    "ON a.id = h.account_id JOIN products p ON p.id = h.product_id WHERE h.id = ?",
    "touches": "SELECT a.name || ' · ' || t.touched_on FROM touches t JOIN accounts a "
    "ON a.id = t.account_id WHERE t.id = ?",
    "signals": "SELECT a.name || ' · ' || s.occurred_on FROM signals s JOIN accounts a "
    "ON a.id = s.account_id WHERE s.id = ?",
    "segments": "SELECT name FROM segments WHERE id = ?",
    "smart_lists": "SELECT name FROM smart_lists WHERE id = ?",
    "goals": "SELECT name FROM goals WHERE id = ?",
}


def record_name(conn: sqlite3.Connection, table: str, record_id: int) -> str:
    sql = _NAME_SQL.get(table)
    row = conn.execute(sql, (record_id,)).fetchone() if sql else None
    return str(row[0]) if row and row[0] is not None else f"#{record_id}"


# --- building changes ----------------------------------------------------------------------------------
def create(store: Store, table: str, values: Mapping[str, Any]) -> Change:
    """A new record with the next free id; applying it inserts the row."""
    record_id = int(store.scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {table}"))
    row = {"id": record_id, **values}
    if table == "accounts" and "created_on" not in row:
        row["created_on"] = date.today().isoformat()
    name = str(values.get("name") or f"#{record_id}")
    return Change("create", table, (record_id,), name, after=freeze({table: [row]}))


def edit(store: Store, table: str, record_id: int, values: Mapping[str, Any]) -> Change:
    """Set `values` on one record; `fields` names the ones that really change."""
    return bulk_edit(store, table, [record_id], values, kind="edit")


def bulk_edit(
    store: Store, table: str, ids: Sequence[int], values: Mapping[str, Any], *, kind: str = "bulk_edit"
) -> Change:
    """Set the same `values` on many records as one step; records already so are left out."""
    before: list[Row] = []
    after: list[Row] = []
    fields: set[str] = set()
    ids = list(dict.fromkeys(ids))
    rows = {r["id"]: r for r in read_rows(store.conn, table, _in("id", len(ids)), ids)} if ids else {}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise KeyError(f"{table} {missing[0]} no longer exists")
    for record_id in ids:
        row = rows[record_id]
        changed = {k: v for k, v in values.items() if row[k] != v}
        if changed:
            before.append(row)
            after.append({**row, **changed})
            fields.update(changed)
    first = ids[0] if ids else 0
    name = record_name(store.conn, table, first) if ids else ""
    ordered = tuple(f for f in values if f in fields)
    return Change(
        kind, table, tuple(ids), name, freeze({table: before}), freeze({table: after}), fields=ordered
    )


def delete(store: Store, table: str, ids: Sequence[int]) -> Change:
    """Delete records with everything that belongs to them; undo brings all of it back."""
    before, after = subtree(store.conn, table, ids)
    name = record_name(store.conn, table, ids[0]) if ids else ""
    return Change("delete", table, tuple(ids), name, before, after)
