"""Render the account page, every tab, to PNG files as a sales person sees it in the main window:
`python -m tests.account.render_account_page BOOK.sqlite OUT_FOLDER [de|en] [WIDTHxHEIGHT]` (offscreen; set
QT_SCALE_FACTOR=1.5 for 150 % scaling). The account shown: of the ten largest, the one with most open
moments."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from planner.core.account.book_reads import account_moments
    from planner.core.store.store import open_portfolio
    from planner.ui.shell.app import application
    from planner.ui.shell.main_window import MainWindow

    book, out = Path(argv[0]), Path(argv[1])
    lang = argv[2] if len(argv) > 2 else "en"
    width, height = (int(n) for n in (argv[3] if len(argv) > 3 else "1366x768").split("x"))
    application(lang)
    copy = Path(tempfile.mkdtemp()) / book.name  # a copy: the page's buttons are enabled, the book unchanged
    shutil.copyfile(book, copy)
    store = open_portfolio(copy)
    today = date.today()
    largest = [r[0] for r in store.query("SELECT id FROM accounts ORDER BY revenue_cents DESC LIMIT 10")]
    account_id = max(largest, key=lambda a: len(account_moments(store, a, today)))
    window = MainWindow(store)
    window.resize(width, height)
    window.show()
    window.show_workspace("portfolio")
    page = window.portfolio.open_account(account_id)
    out.mkdir(parents=True, exist_ok=True)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        for _ in range(3):
            QApplication.processEvents()
        name = f"{lang}-{width}x{height}-x{scale}-{index + 1}.png"
        window.grab().save(str(out / name))
        print(out / name)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
