"""The coverage figures over 1,000,000 touches: `python -m tests.bench.coverage`.

A 5,000-account demo book (the largest book DOMAIN.md expects) whose touches are multiplied to 1,000,000
over the last year. The issue's budget is absolute (the coverage view refreshes in at most 1 s); the floor
printed beside it is the same aggregation done by one SQL query: each account's last touch and minutes."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from planner.core.coverage.coverage import coverage
from planner.core.store.store import open_portfolio

ACCOUNTS = 5_000
TOUCHES = 1_000_000
BUDGET_S = 1.0
RUNS = 3


def build(path: Path) -> None:
    subprocess.run([sys.executable, "-m", "planner", "--db", str(path), "demo", "--accounts", str(ACCOUNTS)],
                   check=True, capture_output=True)  # fmt: skip
    store = open_portfolio(path)
    try:
        have = store.count("touches")
        copies = -(-TOUCHES // have) - 1
        with store.write() as conn:  # each copy a day earlier, within the year, with its contacts
            for k in range(1, copies + 1):
                first = int(store.scalar("SELECT max(id) FROM touches"))
                conn.execute(
                    "INSERT INTO touches (id, account_id, kind, touched_on, minutes, summary) "
                    "SELECT id + ?, account_id, kind, date(touched_on, ?), minutes, summary "
                    "FROM touches WHERE id <= ? AND id + ? <= ?",
                    (first, f"-{k * 5 % 300} days", have, first, TOUCHES),
                )
                conn.execute(
                    "INSERT INTO touch_contacts SELECT touch_id + ?, contact_id FROM touch_contacts "
                    "WHERE touch_id <= ? AND touch_id + ? <= ?",
                    (first, have, first, TOUCHES),
                )
        store.conn.execute("ANALYZE")
    finally:
        store.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "touches.sqlite"
        build(path)
        store = open_portfolio(path)
        try:
            today = date.today()
            year = (today - timedelta(days=365)).isoformat()

            def floor() -> None:
                store.query(
                    "SELECT a.id, max(t.touched_on), sum(CASE WHEN t.touched_on > ? THEN t.minutes END) "
                    "FROM accounts a LEFT JOIN touches t ON t.account_id = a.id GROUP BY a.id",
                    (year,),
                )

            from planner.ui.coverage.coverage_view import CoverageView
            from planner.ui.shell.app import application
            from planner.ui.widgets.editing import Editor

            application("en")
            view = CoverageView(Editor(store), today=today)
            view.resize(1100, 760)
            floors, times, refreshes = [], [], []
            for _ in range(RUNS):
                start = time.perf_counter()
                floor()
                floors.append(time.perf_counter() - start)
                start = time.perf_counter()
                figures = coverage(store, today)
                times.append(time.perf_counter() - start)
                start = time.perf_counter()
                view.load()  # the figures again, the tier cards, the tables and the NDR headline
                refreshes.append(time.perf_counter() - start)
            touches = store.count("touches")
        finally:
            store.close()
    best, base, refresh = min(times), min(floors), min(refreshes)
    verdict = "ok" if refresh <= BUDGET_S else "OVER"
    print(f"  {len(figures.neglected):,} neglected, {len(figures.due_steps):,} next steps due, "
          f"{len(figures.single_threaded):,} single-threaded")  # fmt: skip
    print(f"{f'coverage, {ACCOUNTS:,} accounts, {touches:,} touches':<44}{'time':>12}{'ratio':>9}")
    print(f"{'floor: one SQL query, last touch and minutes':<44}{base * 1000:>9.0f} ms{1:>8.2f}x")
    print(f"{'every coverage figure (best of 3)':<44}{best * 1000:>9.0f} ms{best / base:>8.2f}x")
    print(f"{'the coverage view refreshed (best of 3)':<44}{refresh * 1000:>9.0f} ms{refresh / base:>8.2f}x"
          f"  budget {BUDGET_S:.0f} s  {verdict}")  # fmt: skip
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
