"""Scoring a big book for the matrix: `python -m tests.bench.scoring BOOK.sqlite`.

The issue's budget is absolute (at most 2 s for 100,000 accounts); the floor printed beside it is the one
SQL pass every score needs anyway: reading the active holdings and the latest usage months.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from planner.core.matrix.matrix import matrix_points
from planner.core.store.store import open_portfolio
from tests.bench import machine_speed_line

BUDGET_S = 2.0
RUNS = 3


def _latest_months(latest: str) -> list[str]:
    """The book's latest three calendar months ("2026-11", "2026-10", "2026-09")."""
    year, month = int(latest[:4]), int(latest[5:7])
    return [f"{(year * 12 + month - 1 - back) // 12:04d}-{(year * 12 + month - 1 - back) % 12 + 1:02d}"
            for back in range(3)]  # fmt: skip


def main(book: Path) -> int:
    store = open_portfolio(book)
    try:
        months = _latest_months(store.scalar("SELECT max(period) FROM usage_snapshots"))
        marks = ",".join("?" * len(months))

        def floor() -> None:
            store.query("SELECT account_id, product_id, revenue_cents FROM holdings WHERE status = 'active'")
            store.query(
                "SELECT account_id, product_id, sum(usage_value), sum(expected_value) FROM usage_snapshots "
                f"WHERE period IN ({marks}) GROUP BY 1, 2",
                tuple(months),
            )

        floors, times = [], []
        for _ in range(RUNS):
            start = time.perf_counter()
            floor()
            floors.append(time.perf_counter() - start)
            start = time.perf_counter()
            points = matrix_points(store)
            times.append(time.perf_counter() - start)
    finally:
        store.close()
    best, base = min(times), min(floors)
    verdict = "ok" if best <= BUDGET_S else "OVER"
    print(machine_speed_line())
    print(f"{f'matrix scores, {len(points):,} accounts (best of 3)':<44}{'time':>12}{'ratio':>9}")
    print(f"{'floor: the holdings and usage queries':<44}{base * 1000:>9.0f} ms{1:>8.2f}x")
    print(f"{'breadth, intensity, potential, tier, NPS':<44}{best * 1000:>9.0f} ms{best / base:>8.2f}x"
          f"  budget {BUDGET_S:.0f} s  {verdict}")  # fmt: skip
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
