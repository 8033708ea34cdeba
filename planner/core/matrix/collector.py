"""Pausing Python's cyclic garbage collector while a bulk read makes hundreds of thousands of small objects
without cycles (scoring, the whitespace grid, the moments): the collector would walk them again and again
(about a quarter of detecting every moment of a 100,000-account book)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # how many paused blocks are open, in any thread
_was_enabled = False  # the collector's state when the first of them opened


@contextmanager
def paused() -> Iterator[None]:
    """The collector stays off until the last open paused block (of any thread) ends, then it is back as
    it was before the first one began."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
