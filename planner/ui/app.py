"""Starting the app: QApplication, language, the portfolio to open (demo on first start) and the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from planner.core.paths import default_portfolio_path
from planner.core.store import Store, open_portfolio
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


def first_start_portfolio(path: Path) -> Store:
    """No portfolio yet in the user's data folder: start them on the demo book."""
    from planner.core.demo import generate

    store = open_portfolio(path, create=True)
    if store.count("accounts") == 0:
        generate(store)
    return store


def run_app(db: Path | None, *, lang: str | None = None, quit_after_paint: bool = False) -> int:
    app = application(lang)
    path = db or default_portfolio_path()
    store = first_start_portfolio(path) if db is None and not path.exists() else open_with_recovery(path)
    if store is None:
        return 1
    window = MainWindow(store)
    if quit_after_paint:
        window.first_painted.connect(app.quit)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
