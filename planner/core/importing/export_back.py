"""A portfolio table written in the columns its import reads, so that importing the file back changes
nothing (`planner export KIND`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from planner.core.importing.kinds import KINDS, Kind, Target
from planner.core.portfolio.exporting import COLUMN_KINDS, Style, write_table
from planner.core.store.schema import PRIMARY_KEYS
from planner.core.store.store import Store

# The value each kind of reference is written as (and found by on import).
_REF_COLUMN = {"accounts": "key", "products": "key", "contacts": "email"}


def kind_for(name: str) -> Kind:
    """The import kind of a table, by kind name ("usage") or table name ("usage_snapshots")."""
    for kind in KINDS.values():
        if name in (kind.name, kind.table):
            return kind
    raise ValueError(f"cannot export {name!r}; choose one of {', '.join(KINDS)}")


def export_kind(store: Store, name: str) -> tuple[list[str], list[str], Iterable[Sequence[Any]]]:
    """(headers, kinds, rows) of a table in the columns its import reads, ordered by primary key.

    One column per stored target, headed by the target's name; references as the account's or product's
    key and the contact's e-mail. `rows` is a cursor: write it before the store changes.
    """
    kind = kind_for(name)
    targets = [t for t in kind.targets if t.column]
    order = ", ".join(f"t.{column}" for column in PRIMARY_KEYS[kind.table])
    sql = f"SELECT {', '.join(_select(t) for t in targets)} FROM {kind.table} AS t ORDER BY {order}"
    kinds = [t.kind if t.kind in COLUMN_KINDS else "text" for t in targets]
    return [t.name for t in targets], kinds, store.conn.execute(sql)


def _select(target: Target) -> str:
    if target.kind == "ref":
        return f"(SELECT r.{_REF_COLUMN[target.ref]} FROM {target.ref} AS r WHERE r.id = t.{target.column})"
    return f"t.{target.column}"


def export_table(store: Store, name: str, path: str | Path, style: Style = "csv") -> int:
    """Write a portfolio table (see `kind_for`) to `path`; importing the file back changes nothing."""
    headers, kinds, rows = export_kind(store, name)
    return write_table(path, headers, kinds, rows, style)
