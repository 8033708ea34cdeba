"""Starting the app: QApplication, language, the portfolio to open (demo on first start) and the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from planner.core.paths import default_portfolio_path
from planner.core.store import open_portfolio
from planner.ui import icons
from planner.ui.i18n import install_language
from planner.ui.main_window import MainWindow
from planner.ui.open_problems import open_with_recovery


def application(lang: str | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Account Planner")
    app.setOrganizationName("AccountPlanner")
    app.setWindowIcon(icons.icon("app"))
    install_language(app, lang)
    return app


def run_app(db: Path | None, *, lang: str | None = None, quit_after_paint: bool = False) -> int:
    app = application(lang)
    path = db or default_portfolio_path()
    first_start = db is None and not path.exists()
    store = open_portfolio(path, create=True) if first_start else open_with_recovery(path)
    if store is None:
        return 1
    window = MainWindow(store)
    if quit_after_paint:
        window.first_painted.connect(app.quit)
    window.show()
    if first_start:  # no portfolio yet in the user's data folder: start them on the demo book
        window.fill_with_demo()
    try:
        return app.exec()
    finally:
        store.close()
