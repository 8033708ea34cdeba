"""Two changes of one record, merged field by field.

Each side is the record as one person left it, with the time of their change, against the base both
started from (None when there was none: the same record published twice). A field changed on one side
only takes that side's value; a field both changed to different values takes the newer change's value,
and the other is a `Lost` value: kept and shown to its author. Equal values are no conflict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True)
class Side:
    row: Row
    changed_at: str  # ISO 8601 in UTC; compared as text
    author: str


@dataclass(frozen=True)
class Lost:
    field: str
    kept_value: Any  # the value that lost, kept in the conflict list
    winning_value: Any
    author: str  # whose value lost
    winner: str


def merge(base: Row | None, mine: Side, theirs: Side, skip: tuple[str, ...] = ()) -> tuple[Row, list[Lost]]:
    """The merged record and the values that lost. `skip`: fields not compared (keys, versions)."""
    merged = dict(theirs.row)
    lost: list[Lost] = []
    newer, older = (mine, theirs) if mine.changed_at > theirs.changed_at else (theirs, mine)
    for field in mine.row.keys() | theirs.row.keys():
        if field in skip:
            continue
        ours, others = mine.row.get(field), theirs.row.get(field)
        if ours == others:
            continue
        was = None if base is None else base.get(field)
        if base is not None and ours == was:
            continue  # only theirs changed it
        if base is not None and others == was:
            merged[field] = ours  # only mine changed it
            continue
        merged[field] = newer.row.get(field)
        lost.append(Lost(field, older.row.get(field), newer.row.get(field), older.author, newer.author))
    return merged, sorted(lost, key=lambda item: item.field)
