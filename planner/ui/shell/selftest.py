"""`planner --selftest`: the whole app once, headless, on a demo portfolio in a temporary folder.

It renders every workspace, opens About, Preferences and the manual, prints a briefing to PDF, saves a
copy of the portfolio, loads team mode's database driver (connecting nowhere) and checks both languages
load; exit 0 when all of it worked. `make dist` runs it in the built bundle, where a missing module,
plugin or resource shows up here and not on a user's laptop.
Nothing outside the temporary folder is read or written (no user settings, no user portfolio).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.core.store.store import Store

DEMO_ACCOUNTS = 120
TRANSLATION_PROBES = (  # context, English source, German: ours, and Qt's own for the standard buttons
    ("MainWindow", "&File", "&Datei"),
    ("QPlatformTheme", "Cancel", "Abbrechen"),
)
QUIET = ("This plugin does not support",)  # the offscreen platform says so for every window it cannot move


def run_selftest(lang: str | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    def messages(kind: object, context: object, text: str) -> None:
        if not text.startswith(QUIET):
            print(text, file=sys.stderr)

    qInstallMessageHandler(messages)
    start = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="planner-selftest-") as folder:
            checks = _run(Path(folder), lang)
    except Exception:
        traceback.print_exc()
        print("selftest FAILED", file=sys.stderr)
        return 1
    for check in checks:
        print(f"  ok  {check}")
    print(f"selftest ok: {len(checks)} checks in {time.perf_counter() - start:.1f} s")
    return 0


def _run(root: Path, lang: str | None) -> list[str]:
    from planner.core.demo import generate
    from planner.core.store.store import open_portfolio

    checks: list[str] = []
    store = open_portfolio(root / "demo.sqlite", create=True)
    try:
        generate(store, accounts=DEMO_ACCOUNTS, seed=7)
        checks.append(f"demo portfolio of {store.count('accounts')} accounts written")
        checks += _languages(lang)
        checks += _workspaces(store, root / "shots", lang)
        checks += _dialogs(store, root)
        checks += _files(store, root)
        checks += _team_driver()
    finally:
        store.close()
    return checks


def _languages(lang: str | None) -> list[str]:
    from PySide6.QtCore import QCoreApplication

    from planner.ui.shell.app import application
    from planner.ui.widgets.i18n import install_language

    app = application("de")
    for context, source, german in TRANSLATION_PROBES:
        found = QCoreApplication.translate(context, source)
        if found != german:
            raise AssertionError(f"a German translation is not loaded: {source!r} reads {found!r}")
    install_language(app, lang)
    return ["German translations loaded (the app's and Qt's)"]


def _workspaces(store: Store, out: Path, lang: str | None) -> list[str]:
    from planner.ui.shell.screenshot import render_workspaces

    written = render_workspaces(store, out, lang=lang)
    empty = [p.name for p in written if p.stat().st_size < 1000]
    if not written or empty:
        raise AssertionError(f"workspaces rendered empty: {empty or 'none rendered'}")
    return [f"{len(written)} workspaces and views rendered"]


def _dialogs(store: Store, root: Path) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from planner.ui.shell.main_window import MainWindow
    from planner.ui.widgets.settings import Settings

    window = MainWindow(store, settings=Settings.ini(root / "settings.ini"))
    window.show()
    try:
        grabbed = []
        for name, open_dialog in (
            ("about", window.help.show_about),
            ("preferences", window.help.show_settings),
            ("manual", window.help.show_manual),
        ):
            dialog = open_dialog()
            QApplication.processEvents()
            if not dialog.grab().save(str(root / f"{name}.png")):
                raise AssertionError(f"the {name} dialog could not be rendered")
            grabbed.append(name)
            dialog.close()
        manual = window.help.manual
        if manual is None or "Account Planner" not in manual.browser.toPlainText():
            raise AssertionError(f"the manual is missing or empty: {manual and manual.path}")
    finally:
        window.close()
    return [f"dialogs shown: {', '.join(grabbed)}"]


def _team_driver() -> list[str]:
    """Team mode's PostgreSQL driver loads: psycopg with psycopg-binary's own libpq (and OpenSSL for TLS)."""
    from psycopg import __version__, pq

    if pq.__impl__ == "python":  # ctypes and the system's libpq: the bundle ships psycopg-binary's
        raise AssertionError("psycopg found no libpq of its own (psycopg-binary is missing)")
    return [f"team database driver psycopg {__version__} with libpq {pq.version_pretty(pq.version())}"]


def _files(store: Store, root: Path) -> list[str]:
    from planner.core.portfolio.accounts import account_rows
    from planner.core.qbr.briefing import build_briefing
    from planner.core.store.portfolio_files import save_copy
    from planner.core.store.store import open_portfolio
    from planner.ui.qbr.briefing_document import write_pdf

    account_id = max(account_rows(store), key=lambda row: row.revenue_cents).id
    pages = write_pdf(build_briefing(store, account_id=account_id), root / "briefing.pdf", "a4")
    if pages < 1 or (root / "briefing.pdf").stat().st_size < 1000:
        raise AssertionError("the briefing PDF is empty")
    copy = open_portfolio(save_copy(store, root / "copy.sqlite"))
    try:
        if copy.counts() != store.counts():
            raise AssertionError("the saved copy differs from the portfolio")
    finally:
        copy.close()
    return [f"briefing PDF of {pages} pages printed", "a copy of the portfolio saved and opened"]
