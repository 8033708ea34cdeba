"""QBR briefings as PDF on the demo book: `python -m tests.bench.briefing [BOOK.sqlite]`.

The issue's budgets are absolute (one briefing in at most 1 s, 100 briefings in at most 60 s); the floor
printed beside them is the least any PDF costs here: one page of plain text through QTextDocument.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ONE_S, HUNDRED_S = 1.0, 60.0
RUNS = 3
TODAY = date(2026, 11, 23)


def main(book: Path | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    from planner.core.qbr.briefing import build_briefing
    from planner.core.store.store import open_portfolio
    from planner.ui.qbr.briefing_document import write_pdf
    from planner.ui.qbr.briefing_print import write_briefings
    from planner.ui.shell.app import application

    application("de")
    with tempfile.TemporaryDirectory() as folder:
        if book is None:
            book = Path(folder) / "demo.sqlite"
            demo = [sys.executable, "-m", "planner", "--db", str(book), "demo", "--today", TODAY.isoformat()]
            subprocess.run(demo, check=True, capture_output=True)
        store = open_portfolio(book)
        try:
            qbrs = [int(r[0]) for r in store.query(
                "SELECT id FROM qbrs ORDER BY status <> 'planned', held_on LIMIT 100")]  # fmt: skip
            hundred = (qbrs * (100 // max(len(qbrs), 1) + 1))[:100]

            def floor() -> None:
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(Path(folder) / "floor.pdf"))
                document = QTextDocument()
                document.setPlainText("QBR briefing\n" * 40)
                document.print_(printer)

            floors, ones, pages = [], [], 0
            for n in range(RUNS):
                start = time.perf_counter()
                floor()
                floors.append(time.perf_counter() - start)
                start = time.perf_counter()
                briefing = build_briefing(store, qbr_id=qbrs[n % len(qbrs)], today=TODAY)
                pages = write_pdf(briefing, Path(folder) / f"one-{n}.pdf", "a4")
                ones.append(time.perf_counter() - start)
            start = time.perf_counter()
            written = write_briefings(store, hundred, Path(folder) / "all", today=TODAY, paper="a4")
            all_time = time.perf_counter() - start
        finally:
            store.close()
    base, one = min(floors), min(ones)
    one_ok, all_ok = one <= ONE_S, all_time <= HUNDRED_S
    print(f"{'QBR briefings as PDF (A4, demo book)':<44}{'time':>12}{'ratio':>9}")
    print(f"{'floor: one page of plain text to PDF':<44}{base * 1000:>9.0f} ms{1:>8.2f}x")
    print(f"{f'one briefing, {pages} pages (best of 3)':<44}{one * 1000:>9.0f} ms{one / base:>8.2f}x"
          f"  budget {ONE_S:.0f} s  {'ok' if one_ok else 'OVER'}")  # fmt: skip
    many = f"{len(written)} briefings into one folder"
    print(f"{many:<44}{all_time * 1000:>9.0f} ms{all_time / base:>8.2f}x"
          f"  budget {HUNDRED_S:.0f} s  {'ok' if all_ok else 'OVER'}")  # fmt: skip
    return 0 if one_ok and all_ok else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
