"""The forecast per quarter and a goal's cover on a big book: `python -m tests.bench.forecast BOOK.sqlite`.

Both are one SQL aggregate over the opportunities (by stage and quarter of the close date, the stage weights
from one more by stage); the floor printed beside them is one plain pass over the same columns. The demo book
(`planner --db BOOK demo --accounts 100000`) gives its opportunities close dates."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from planner.core.growth.goals import pipeline
from planner.core.moments.forecast import forecast, stage_weights
from planner.core.store.store import open_portfolio
from tests.bench import machine_speed_line

BUDGET_S = 0.5  # the board and the goal funnel reload it after every change
RUNS = 5


def best(call: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def main(book: Path) -> int:
    store = open_portfolio(book, access="read")
    try:
        today = date.today()
        owner = store.scalar("SELECT owner FROM accounts WHERE owner IS NOT NULL LIMIT 1")
        floor = best(lambda: store.query("SELECT stage, close_on, value_cents FROM opportunities"))
        every = best(lambda: forecast(store, today=today))
        mine = best(lambda: forecast(store, owner=owner, today=today))
        period = (f"{today.year}-01-01", f"{today.year}-12-31")
        cover = best(lambda: pipeline(store, stage_weights(store), period))
        opportunities = store.count("opportunities")
        dated = store.scalar("SELECT count(*) FROM opportunities WHERE close_on IS NOT NULL")
    finally:
        store.close()
    print(machine_speed_line())
    print(f"  {opportunities:,} opportunities, {dated:,} with a close date")
    print(f"{'forecast (best of 5)':<44}{'time':>12}{'ratio':>9}")
    print(f"{'floor: stage, close date, value read':<44}{floor * 1000:>9.0f} ms{1:>8.2f}x")
    verdict = "ok"
    for name, took in (("forecast, every account", every), (f"forecast, accounts of {owner}", mine),
                       ("goal cover, one year", cover)):  # fmt: skip
        verdict = verdict if took <= BUDGET_S else "OVER"
        print(f"{name:<44}{took * 1000:>9.0f} ms{took / floor:>8.2f}x  budget {BUDGET_S * 1000:.0f} ms")
    print(verdict)
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
