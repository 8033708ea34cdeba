"""Reading the book on a second connection while this thread goes on.

SQLite runs its queries without holding Python's lock, so a heavy aggregate query (grouping millions of
usage rows down to one row per account) runs on the other core while this thread turns rows into objects.
The reads see the book as last committed; inside a write transaction, and for a book without a file (or
one that cannot be opened a second time), everything is read on the caller's connection, one query after
the other.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from planner.core.store import file_safety
from planner.core.store.store import Store

T = TypeVar("T")
Rows = list[tuple[Any, ...]]


class Beside:
    """Work for the other core: `query(sql, params)` and `run(work, *args)` return Futures; `store` is the
    Store that reads on the second connection (the caller's own when there is none)."""

    def __init__(self, store: Store, pool: ThreadPoolExecutor | None) -> None:
        self.store, self._pool = store, pool

    def run(self, work: Callable[..., T], *args: Any) -> Future[T]:
        if self._pool is None:
            done: Future[T] = Future()
            done.set_result(work(*args))
            return done
        return self._pool.submit(work, *args)

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> Future[Rows]:
        return self.run(self.store.query, sql, params)


@contextmanager
def beside(store: Store) -> Iterator[Beside]:
    """Work handed to the yielded `Beside` runs one piece after another beside the caller; all of it has
    ended when the block ends."""
    conn = _reader(store)
    if conn is None:
        yield Beside(store, None)
        return
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="background read")
    try:
        yield Beside(Store(store.path, conn, readonly=True), pool)
    finally:
        pool.shutdown(wait=True)
        conn.close()


def _reader(store: Store) -> sqlite3.Connection | None:
    if store.conn.in_transaction or not store.path.is_file():
        return None  # inside a write the caller must see its own changes, which no other connection sees yet
    try:
        conn = file_safety.open_reader(store.path, immutable=False)
        conn.execute("SELECT 1 FROM meta LIMIT 1")  # the file is readable from here, else read inline
    except sqlite3.Error:
        return None
    return conn
