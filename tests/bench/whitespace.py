"""The whitespace grid for 10,000 accounts x 20 products: open (read, build, paint) and sort, at most 1 s.

Run by `make bench` as `python -m tests.bench.whitespace`. The book is made up in code (20 products, three
segments, five size bands, each account holding 2-12 products, some in trial). Opening is timed from the
first read of the portfolio to the grid painted; sorting is a click on the Whitespace header and on a product
column, each until painted. The floor beside it is the matrix scores alone, which the grid values from.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ACCOUNTS = 10_000
PRODUCTS = 20
BUDGET_S = 1.0
SEED = 2026


def make_book(path: Path):  # noqa: ANN201
    from planner.core.store.store import open_portfolio

    rng = random.Random(SEED)
    store = open_portfolio(path, create=True)
    with store.write() as c:
        c.executemany(
            "INSERT INTO products (id, key, name, price_cents, unit) VALUES (?, ?, ?, ?, 'licence')",
            [
                (p, f"P{p:02d}", f"Produkt {p:02d}", rng.randint(1, 50) * 10_000)
                for p in range(1, PRODUCTS + 1)
            ],
        )
        c.executemany(
            "INSERT INTO accounts (id, key, name, segment, employees, revenue_cents, owner) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(a, f"ACC-{a:05d}", f"Kunde {a:05d} GmbH", rng.choice(("KMU", "Mittelstand", "Enterprise")),
              rng.choice((20, 120, 600, 2_000, 9_000)), rng.randint(10**6, 10**8), f"Owner {a % 7}")
             for a in range(1, ACCOUNTS + 1)],
        )  # fmt: skip
        holdings = []
        for a in range(1, ACCOUNTS + 1):
            for p in rng.sample(range(1, PRODUCTS + 1), rng.randint(2, 12)):
                holdings.append(
                    (a, p, "trial" if rng.random() < 0.05 else "active", rng.randint(10**5, 10**7))
                )
        c.executemany(
            "INSERT INTO holdings (account_id, product_id, status, revenue_cents) VALUES (?, ?, ?, ?)",
            holdings,
        )
    return store


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from planner.core.matrix.matrix import matrix_points
    from planner.ui.growth.whitespace_grid import WhitespaceView
    from planner.ui.shell.app import application
    from planner.ui.widgets.editing import Editor

    application("en")
    with tempfile.TemporaryDirectory() as folder:
        store = make_book(Path(folder) / "grid.sqlite")
        start = time.perf_counter()
        matrix_points(store)
        floor = time.perf_counter() - start

        view = WhitespaceView(Editor(store))
        view.resize(1280, 760)
        start = time.perf_counter()
        view.show()  # reads when first shown
        view.table.table.viewport().repaint()
        QApplication.processEvents()
        opened = time.perf_counter() - start
        rows = view.table.model.rowCount()

        header = view.table.table.horizontalHeader()
        start = time.perf_counter()
        header.setSortIndicator(view.table.model.column_of("whitespace_cents"), Qt.SortOrder.AscendingOrder)
        view.table.table.viewport().repaint()
        header.setSortIndicator(view.table.model.column_of("product_7"), Qt.SortOrder.DescendingOrder)
        view.table.table.viewport().repaint()
        QApplication.processEvents()
        sorted_twice = time.perf_counter() - start
        store.close()
    total = opened + sorted_twice
    verdict = "ok" if total <= BUDGET_S and rows == ACCOUNTS else "OVER"
    print(f"{f'whitespace grid, {rows:,} accounts x {PRODUCTS} products':<44}{'time':>12}{'ratio':>9}")
    print(f"{'floor: the matrix scores it values from':<44}{floor * 1000:>9.0f} ms{1:>8.2f}x")
    print(f"{'open: read, build, paint':<44}{opened * 1000:>9.0f} ms{opened / floor:>8.2f}x")
    sort_line = f"{sorted_twice * 1000:>9.0f} ms{sorted_twice / floor:>8.2f}x"
    print(f"{'sort by whitespace, then by a product':<44}{sort_line}")
    total_line = f"{total * 1000:>9.0f} ms{total / floor:>8.2f}x  budget {BUDGET_S:.0f} s  {verdict}"
    print(f"{'open and sort':<44}{total_line}")
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
