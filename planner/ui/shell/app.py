"""Starting the app: QApplication, language, the portfolio to open (demo on first start) and the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from planner.core.store.paths import default_portfolio_path
from planner.core.store.store import Store, open_portfolio
from planner.ui.shell.error_log import install_error_log
from planner.ui.shell.main_window import MainWindow
from planner.ui.shell.open_problems import open_with_recovery
from planner.ui.shell.screen_fit import fit_to_screen
from planner.ui.shell.theme import apply_theme
from planner.ui.widgets import icons
from planner.ui.widgets.i18n import install_language
from planner.ui.widgets.settings import LANGUAGE, OPEN_LAST, Settings

ORGANISATION = "AccountPlanner"
APPLICATION = "Account Planner"


def application(
    lang: str | None = None, *, chosen_language: bool = False, theme: str | None = None
) -> QApplication:
    """The QApplication, named (the user's QSettings file follows the names), in `lang`; without it in
    the language chosen in the user's settings when `chosen_language`, else in the system's. `theme`
    "light" or "dark" draws it in that Fusion palette, None in the system's."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName("account-planner")  # the .desktop entry in resources/linux (Wayland matches by it)
    app.setWindowIcon(icons.icon("app"))
    if lang is None and chosen_language:
        lang = Settings.user().get(LANGUAGE) or None
    install_language(app, lang)
    apply_theme(app, theme)
    return app


def portfolio_to_open(settings: Settings) -> Path:
    """The portfolio used last when it still exists and the user wants it, else the default one."""
    if settings.get(OPEN_LAST):
        for path in settings.recent_files()[:1]:
            if path.is_file():
                return path
    return default_portfolio_path()


def show_window(store: Store, settings: Settings) -> MainWindow:
    """A window that owns `store` and is kept until it closes."""
    window = MainWindow(store, settings=settings, owns_store=True, tiers_after_paint=True)
    window.keep()
    fit_to_screen(window)
    window.first_painted.connect(lambda: QTimer.singleShot(0, _after_first_paint))  # the paint comes first
    window.show()
    return window


def _after_first_paint() -> None:
    """Once the window is painted: the wheel guard (fields change only with the focus), the keys that work
    from every field (Ctrl+Tab out of tables, menu shortcuts in text fields) and the focus shown wherever it
    is, not only after Tab (a style that draws in Python: it would slow the first paint)."""
    from planner.ui.shell.focus_keys import install_focus_keys
    from planner.ui.shell.focus_style import install_focus_style
    from planner.ui.shell.wheel_guard import install_wheel_guard

    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_wheel_guard(app)
        install_focus_keys(app)
        install_focus_style(app)


def run_app(
    db: Path | None, *, lang: str | None = None, quit_after_paint: bool = False, theme: str | None = None
) -> int:
    install_error_log()  # from here on an error is logged and shown, and the app keeps running
    app = application(lang, chosen_language=True, theme=theme)
    # a run that only measures the start reads the settings, but leaves them as they were
    settings = Settings.user(read_only=quit_after_paint)
    path = db or portfolio_to_open(settings)
    first_start = db is None and not path.exists()
    if first_start:
        store: Store | None = open_portfolio(path, create=True, access="write", daily_backup=True)
    else:
        store = open_with_recovery(path)
    if store is None:
        return 1
    window = show_window(store, settings)
    from planner.ui.shell.backup_dialog import watch_integrity

    watch_integrity(window, store, window.warn_damaged)  # a big file is checked after the window shows
    if quit_after_paint:
        window.first_painted.connect(app.quit)
    if first_start:  # no portfolio yet in the user's data folder: start them on the demo book
        window.fill_with_demo()
    try:
        return app.exec()
    finally:
        store.close()
        settings.sync()
