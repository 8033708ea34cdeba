"""Big demo books are generated in a second process while this one stores them: two cores, two GILs."""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import traceback
from collections.abc import Iterator
from datetime import date
from multiprocessing.connection import wait
from typing import Any

from planner.core.demo.book import Batch
from planner.core.demo.portfolio import book_chunks

# From this many accounts on, a second process generates while this one stores (about 40 % faster on two
# cores); smaller books are generated in this process, which saves the second interpreter's start-up.
# A frozen app (PyInstaller) must call multiprocessing.freeze_support() first thing in its entry point.
PIPELINE_FROM = 20_000
QUEUED_CHUNKS = 3  # chunks generated ahead of the writer: bounds the memory in flight

Chunk = tuple[int, list[Batch]]


def chunks(seed: int, accounts: int, today: date) -> Iterator[Chunk]:
    """The chunks of book_chunks(), from a second process for big books; the rows are the same either way."""
    if accounts < PIPELINE_FROM:
        yield from book_chunks(seed, accounts, today)
        return
    context = multiprocessing.get_context("spawn")  # never fork: the caller may run Qt threads
    pending: Any = context.Queue(maxsize=QUEUED_CHUNKS)
    worker = context.Process(
        target=_produce, args=(seed, accounts, today.isoformat(), pending), name="demo-book", daemon=True
    )
    worker.start()
    try:
        while True:
            try:
                item = pending.get(timeout=1.0)
            except queue.Empty:
                if not worker.is_alive():
                    raise RuntimeError(
                        f"The demo generator process stopped (exit code {worker.exitcode})."
                    ) from None
                continue
            if item is None:
                return
            if isinstance(item, str):
                raise RuntimeError(f"The demo generator process failed:\n{item}")
            yield item
    finally:
        if worker.is_alive():  # the caller gave up (an error while storing): stop generating
            worker.terminate()
        worker.join()
        pending.close()


def _produce(seed: int, accounts: int, today: str, pending: Any) -> None:
    """In the second process: every chunk onto the queue, then None (or the traceback of what went wrong)."""
    end_with_parent()
    try:
        for chunk in book_chunks(seed, accounts, date.fromisoformat(today)):
            pending.put(chunk)
        pending.put(None)
    except BaseException:
        pending.put(traceback.format_exc())


def end_with_parent() -> None:
    """In a child process: end it the moment its parent ends (killed, crashed), whatever it is doing.

    A child blocked in Queue.put() on a full queue (which it can never leave: the reader is gone) would
    otherwise live on, and with it the resource tracker the two share. os._exit ends every thread at once.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel  # readable once the parent is gone

    def watch() -> None:
        wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="end with parent", daemon=True).start()
