"""Shared fixtures: offscreen Qt, fresh portfolios, and one demo book per test session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "PLANNER_LOG_DIR" not in os.environ:  # an app the tests start logs here, never in the user's log folder
    os.environ["PLANNER_LOG_DIR"] = tempfile.mkdtemp(prefix="planner-test-log-")
    atexit.register(shutil.rmtree, os.environ["PLANNER_LOG_DIR"], ignore_errors=True)

from planner.core.store.store import Store, open_portfolio  # noqa: E402

TODAY = date(2026, 11, 23)


@pytest.fixture
def store(tmp_path: Path):
    s = open_portfolio(tmp_path / "portfolio.sqlite", create=True)
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 300-account demo book, generated once; copy it before writing to it."""
    from planner.core.demo import generate

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    s = open_portfolio(path, create=True)
    generate(s, accounts=300, seed=7, today=TODAY)
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    return path


@pytest.fixture
def demo_store(demo_file: Path, tmp_path: Path):
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    s: Store = open_portfolio(copy)
    yield s
    s.close()


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """Tests see the app as an English user does, with its translations installed."""
    from planner.ui.widgets.i18n import install_language

    install_language(qapp, "en")
    return qapp


@pytest.fixture(autouse=True)
def collect_between_tests():
    """Reclaim Qt objects between tests, never in the middle of one.

    Widgets built in a test live on in reference cycles (slots capturing their owner) until the cyclic
    collector runs. Left to its own schedule it can run while Qt dispatches events or paints, or in a
    later test, and destroying a widget tree then crashes the process. So the collector is off during
    each test; afterwards the worker thread is drained, windows are closed, deferred deletes are
    delivered and the garbage is collected here, where no Qt code is running.
    """
    import gc
    import sys

    gc.disable()
    try:
        yield
    finally:
        tasks = sys.modules.get("planner.ui.widgets.tasks")
        if tasks is not None:
            tasks.worker_pool().waitForDone(30_000)
        widgets = sys.modules.get("PySide6.QtWidgets")
        app = widgets.QApplication.instance() if widgets is not None else None
        if app is not None:
            from PySide6.QtCore import QCoreApplication, QEvent

            for window in widgets.QApplication.topLevelWidgets():
                window.close()
                window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
        gc.collect()
        if app is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.enable()
