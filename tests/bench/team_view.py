"""The Team workspace's figures on a director's book: `python -m tests.bench.team_view BOOK.sqlite`.

Every owner's accounts, revenue, quadrants, coverage and net dollar retention (consolidated.by_owner) read
the book once and split it by owner. The floor printed beside it is what the Coverage workspace reads for the
whole book (`coverage`, matrix included); the last line is the same figures asked for one owner at a time (the
Coverage workspace with "Only my accounts" for each owner in turn), from one owner's time."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from planner.core.consolidated.by_owner import figures_by_owner
from planner.core.consolidated.handovers import handovers
from planner.core.coverage.coverage import coverage
from planner.core.store.store import open_portfolio
from tests.bench import machine_speed_line
from tests.bench.forecast import best

BUDGET = 2.0  # x the whole book's coverage: the figures of every owner for little more than the book's own


def main(book: Path) -> int:
    store = open_portfolio(book, access="read")
    try:
        today = date.today()
        floor = best(lambda: coverage(store, today))
        team = best(lambda: (figures_by_owner(store, today), handovers(store)))
        rows = figures_by_owner(store, today)
        one = best(lambda: coverage(store, today, owner=rows[0].owner))
        accounts = store.count("accounts")
    finally:
        store.close()
    print(machine_speed_line())
    print(f"  {accounts:,} accounts, {len(rows)} owners")
    print(f"{'team figures (best of 5)':<44}{'time':>12}{'ratio':>9}")
    print(f"{'floor: the whole book coverage':<44}{floor * 1000:>9.0f} ms{1:>8.2f}x")
    ratio = team / floor
    print(f"{'every owner, the book read once':<44}{team * 1000:>9.0f} ms{ratio:>8.2f}x  budget {BUDGET}x")
    print(f"{'one owner at a time (x owners, estimated)':<44}{one * len(rows) * 1000:>9.0f} ms"
          f"{one * len(rows) / floor:>8.2f}x")  # fmt: skip
    verdict = "ok" if team / floor <= BUDGET else "OVER"
    print(verdict)
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
