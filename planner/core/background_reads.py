"""Reading the book on a second connection while this thread goes on.

SQLite runs its queries without holding Python's lock, so a heavy aggregate query (grouping millions of
usage rows down to one row per account) runs on the other core while this thread turns rows into objects.
The reads see the book as last committed; a book without a file (or one that cannot be opened a second
time) is read on the caller's connection when the result is asked for.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

from planner.core import file_safety
from planner.core.store import Store

Rows = list[tuple[Any, ...]]


class Later:
    """`later(sql, params)` starts a query on the background connection and returns its Future rows."""

    def __init__(self, store: Store, pool: ThreadPoolExecutor | None, conn: sqlite3.Connection | None):
        self._store, self._pool, self._conn = store, pool, conn

    def __call__(self, sql: str, params: tuple[Any, ...] = ()) -> Future[Rows]:
        if self._pool is None or self._conn is None:
            done: Future[Rows] = Future()
            done.set_result(self._store.query(sql, params))
            return done
        conn = self._conn
        return self._pool.submit(lambda: conn.execute(sql, params).fetchall())


@contextmanager
def background(store: Store) -> Iterator[Later]:
    """Queries started with the yielded `later` run one after another beside the caller; all have ended
    when the block ends."""
    conn = _reader(store)
    if conn is None:
        yield Later(store, None, None)
        return
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="background read")
    try:
        yield Later(store, pool, conn)
    finally:
        pool.shutdown(wait=True)
        conn.close()


def _reader(store: Store) -> sqlite3.Connection | None:
    if not store.path.is_file():
        return None
    try:
        conn = file_safety.open_reader(store.path, immutable=False)
        conn.execute("SELECT 1 FROM meta LIMIT 1")  # the file is readable from here, else read inline
    except sqlite3.Error:
        return None
    return conn
