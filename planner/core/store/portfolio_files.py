"""Portfolio files as a whole: a consistent copy of an open portfolio, written with SQLite's backup API."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from planner.core.store import file_safety
from planner.core.store.store import Store


def same_file(a: Path, b: Path) -> bool:
    """True when both paths name one file (also through links or a different spelling)."""
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return a.resolve() == b.resolve()


def save_copy(store: Store, target: str | os.PathLike[str]) -> Path:
    """Write a copy of the open portfolio to `target`, replacing a file there; the open one stays open.

    The copy is taken with `Connection.backup`, so it is consistent even while the portfolio is in use,
    is one self-contained file (rollback journal, no -wal beside it), readable only by its owner, and
    appears under its name only once complete: a failed copy leaves whatever was at `target` untouched.
    """
    target = Path(target).expanduser()
    if same_file(store.path, target):
        raise ValueError(f"{target} is the open portfolio itself; choose another name for the copy")
    target.parent.mkdir(parents=True, exist_ok=True)
    with file_safety.written_whole(target) as partial:
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            store.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    return target
