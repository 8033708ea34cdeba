"""The demo book's generator process ends when the process that started it is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")

# A parent that starts the generator for a small book (the pipeline threshold lowered), takes one chunk and
# then waits without taking more: the generator fills the queue and blocks in put(), as it does while a big
# book is being stored.
PARENT = """
import sys, time
from datetime import date
from planner.core.demo import pipeline
pipeline.PIPELINE_FROM = 1
book = pipeline.chunks(5, 8000, date(2026, 11, 23))
next(book)
print("ready", flush=True)
time.sleep(600)
"""


def _children(pid: int) -> dict[int, str]:
    """The living child processes of `pid`, by pid, with their command lines."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _parent(int(entry.name)) == pid:
            try:
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                pass
    return found


def _parent(pid: int) -> int | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1])


def _alive(pid: int) -> bool:
    """Running, not a zombie (an orphan's zombie waits for a reaper that may never come in a container)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


ROOT = Path(__file__).resolve().parents[2]


def test_the_generator_process_ends_when_its_parent_is_killed() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    workers: dict[int, str] = {}
    try:
        assert parent.stdout is not None
        assert parent.stdout.readline().strip() == "ready"  # the generator has sent its first chunk
        workers = _children(parent.pid)
        assert any("multiprocessing" in line and "resource_tracker" not in line for line in workers.values())

        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        assert _wait_until(lambda: not any(_alive(pid) for pid in workers), timeout=10), {
            pid: line for pid, line in workers.items() if _alive(pid)
        }
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
