"""Detecting every moment of a big book: `python -m tests.bench.moments BOOK.sqlite`.

The issue's budget is absolute (at most 5 s for 100,000 accounts, everything included: the matrix scores the
rules start from, the journey phases, all rules, priorities and decisions); the floor printed beside it is one
plain SQL pass over the rows the rules read most (signals, active holdings, the latest answers)."""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from planner.core.matrix.matrix import matrix_points
from planner.core.moments.detection import detect
from planner.core.store.store import open_portfolio
from tests.bench import machine_speed_line

BUDGET_S = 5.0
RUNS = 3


def main(book: Path) -> int:
    store = open_portfolio(book)
    try:

        def floor() -> None:
            store.query("SELECT account_id, kind, occurred_on FROM signals")
            store.query("SELECT account_id, product_id, renewal_date FROM holdings WHERE status = 'active'")
            store.query("SELECT contact_id, max(answered_on) FROM nps_answers GROUP BY contact_id")

        floors, times, on_top = [], [], []
        for _ in range(RUNS):
            start = time.perf_counter()
            floor()
            floors.append(time.perf_counter() - start)
            start = time.perf_counter()
            points = matrix_points(store)
            scored = time.perf_counter()
            found = detect(store, date.today(), points=points)
            times.append(time.perf_counter() - start)
            on_top.append(time.perf_counter() - scored)
        accounts = store.count("accounts")
    finally:
        store.close()
    best, base = min(times), min(floors)
    verdict = "ok" if best <= BUDGET_S else "OVER"
    print(machine_speed_line())
    print(f"  {len(found.moments):,} moments, {sum(1 for m in found.moments if m.held_back_by):,} held back")
    print(f"{f'moments, {accounts:,} accounts (best of 3)':<44}{'time':>12}{'ratio':>9}")
    print(f"{'floor: signals, holdings, latest NPS read':<44}{base * 1000:>9.0f} ms{1:>8.2f}x")
    top = min(on_top)
    print(f"{'  the rules on the matrix scores (shared)':<44}{top * 1000:>9.0f} ms{top / base:>8.2f}x")
    print(f"{'scores, phases, every rule, priorities':<44}{best * 1000:>9.0f} ms{best / base:>8.2f}x"
          f"  budget {BUDGET_S:.0f} s  {verdict}")  # fmt: skip
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
