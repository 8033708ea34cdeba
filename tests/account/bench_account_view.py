"""How long one account's whole view takes to build on a big book:
`python -m tests.account.bench_account_view BOOK.sqlite` (make one with
`planner --db BOOK.sqlite demo --accounts 100000`). The first account reads the book's matrix points and
moments (once per state of the book); the next ones are what opening one account after another costs."""

from __future__ import annotations

import sys
import time
from datetime import date


def main(argv: list[str]) -> int:
    from planner.core.account.account_view import account_view
    from planner.core.matrix.matrix import matrix_points
    from planner.core.moments.detection import detect
    from planner.core.store.store import open_portfolio

    store = open_portfolio(argv[0], access="read")
    today = date.today()
    accounts = store.scalar("SELECT count(*) FROM accounts")
    ids = [r[0] for r in store.query("SELECT id FROM accounts ORDER BY revenue_cents DESC LIMIT 11")]
    start = time.perf_counter()
    points = matrix_points(store, today=today)
    scored = time.perf_counter()
    detect(store, today, points=points)
    detected = time.perf_counter()
    print(f"{accounts:,} accounts: the book's matrix points {(scored - start) * 1000:.0f} ms, "
          f"its moments {(detected - scored) * 1000:.0f} ms")  # fmt: skip
    start = time.perf_counter()
    account_view(store, ids[0], today)
    print(f"the first account, reading the book once: {(time.perf_counter() - start) * 1000:.0f} ms")
    times = []
    for account_id in ids[1:]:
        start = time.perf_counter()
        account_view(store, account_id, today)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"each next account (10): median {times[len(times) // 2]:.1f} ms, worst {times[-1]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
