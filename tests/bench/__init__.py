"""`make bench`: speed figures as ratios to a floor measured in the same run."""

from __future__ import annotations

import time


def machine_speed_line() -> str:
    """How fast this machine runs plain Python right now (best of 3), to compare absolute budgets across
    machines: a shared cloud machine runs the same code two to three times slower on a busy day."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for i in range(5_000_000):
            total += i
        best = min(best, time.perf_counter() - start)
    return f"{'machine: 5 million Python additions':<44}{best * 1000:>9.0f} ms"
