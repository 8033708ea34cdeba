"""The accounts table at 100,000 accounts: time to open it, and each keystroke in its filter.

Run by `make bench` as `python -m tests.bench.filtering BOOK`. The floor of a keystroke is the same
filtering in plain Python over the same rows (a full scan with `in` over prepared texts without case and
accents, in both German spellings: planner.ui.widgets.finding; no Qt, no repaint); the budget is 50 ms
for the worst keystroke, repaint included.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

KEYSTROKES = "mülle"  # typed one by one, then erased one by one (Backspace)
BUDGET_MS = 50.0


def main(path: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from planner.core.store.store import open_portfolio
    from planner.ui.shell.app import application
    from planner.ui.shell.main_window import MainWindow
    from planner.ui.widgets.finding import matching, needles, searchable

    app = application("en")
    store = open_portfolio(path)
    start = time.perf_counter()
    window = MainWindow(store)
    window.show()
    QApplication.processEvents()
    opened = time.perf_counter() - start
    view = window.portfolio.accounts
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    haystacks = [searchable(" ".join((r.name, r.key, r.city, r.owner, r.segment))) for r in rows]

    typed = [KEYSTROKES[: n + 1] for n in range(len(KEYSTROKES))]
    texts = typed + typed[-2::-1] + [""]
    ours, floor = [], []
    for text in texts:
        start = time.perf_counter()
        view.filter_edit.setText(text)  # the model filters and the count updates ...
        QApplication.processEvents()  # ... and the table paints the rows now shown
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        shown = matching(needles(text), haystacks, range(len(rows)))
        floor.append(time.perf_counter() - start)
        assert len(shown) == view.model.rowCount(), text
    worst = max(ours) * 1000
    print(
        "  per keystroke (ms):", ", ".join(f"{t!r}: {o * 1000:.0f}" for t, o in zip(texts, ours, strict=True))
    )
    print(f"{'accounts table, ' + format(len(rows), ',') + ' accounts':<44}{'time':>12}{'ratio':>9}")
    print(f"{'open the window with the table':<44}{opened * 1000:>9.0f} ms")
    median_floor = statistics.median(floor) * 1000
    median_ours = statistics.median(ours) * 1000
    print(f"{'floor: plain Python filter, median keystroke':<44}{median_floor:>9.1f} ms{1:>8.2f}x")
    print(f"{'filter keystroke, median':<44}{median_ours:>9.1f} ms{median_ours / median_floor:>8.2f}x")
    verdict = "ok" if worst <= BUDGET_MS else "OVER"
    label = f"filter keystroke, worst of {len(texts)}"
    print(f"{label:<44}{worst:>9.1f} ms  budget {BUDGET_MS:.0f} ms  {verdict}")
    window.close()
    store.close()
    app.quit()
    return 0 if worst <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
