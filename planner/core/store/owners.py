"""One owner however the files write the name ("Anna Berg", "anna berg "): the key owners are compared by, in
Python and, as the SQL function owner_key(), in every query of a portfolio's connections."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def owner_key(name: str | None) -> str:
    """The name with its case and spaces ignored."""
    return " ".join((name or "").split()).casefold()


def register(conn: sqlite3.Connection) -> None:
    """owner_key(text) for the queries of this connection."""
    conn.create_function("owner_key", 1, owner_key, deterministic=True)


def one_spelling_each(names: Iterable[str | None]) -> list[str]:
    """The owners in one spelling each ("Anna Berg" and "anna berg " are one: the one that sorts first)."""
    found: dict[str, str] = {}
    for name in sorted(n or "" for n in names):
        found.setdefault(owner_key(name), name.strip())
    return list(found.values())
