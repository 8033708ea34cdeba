"""An error in a slot is logged and shown (the app keeps running); the log is owner-only and rotates."""

from __future__ import annotations

import faulthandler
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from planner.core.store.store import PortfolioFileError, Problem
from planner.ui.shell import error_log
from planner.ui.shell.error_log import ErrorDialog, ErrorReporter, install_error_log, uninstall_error_log


@pytest.fixture
def reporter(qapp, tmp_path: Path):
    hooks = (sys.excepthook, threading.excepthook)
    found = install_error_log(tmp_path / "logs")
    yield found
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ErrorDialog):
            widget.setParent(None)
            widget.deleteLater()
    uninstall_error_log()
    assert (sys.excepthook, threading.excepthook) == hooks


def shown_dialog(qtbot) -> ErrorDialog:
    def find() -> ErrorDialog | None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: find() is not None, timeout=3000)
    dialog = find()
    assert dialog is not None
    return dialog


def raise_in_slot(error: Exception) -> None:
    def slot() -> None:
        raise error

    QTimer.singleShot(0, slot)


def test_an_error_in_a_slot_is_logged_shown_and_the_app_keeps_running(qtbot, reporter: ErrorReporter) -> None:
    raise_in_slot(ValueError("the total of nothing"))
    dialog = shown_dialog(qtbot)
    assert dialog.text() == "Account Planner could not finish what you just did."
    words = dialog.informativeText()
    assert "Your portfolio is safe: every change is saved whole or not at all." in words
    assert str(reporter.path) in words
    log = reporter.path.read_text(encoding="utf-8")
    assert "Unexpected error" in log and "ValueError: the total of nothing" in log and "in slot" in log
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])  # the event loop still runs
    assert dialog.isVisible()


def test_a_buttons_handler_that_fails_shows_the_dialog_once(qtbot, reporter: ErrorReporter) -> None:
    button = QPushButton("Go")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    button.click()
    dialog = shown_dialog(qtbot)
    button.click()  # a second error while the first is on screen: logged, not a second dialog
    qtbot.wait(50)
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()] == [
        dialog
    ]
    assert reporter.path.read_text(encoding="utf-8").count("ZeroDivisionError") == 2


def test_copy_details_puts_the_traceback_on_the_clipboard_and_keeps_the_dialog(qtbot, reporter) -> None:
    raise_in_slot(KeyError("holding"))
    dialog = shown_dialog(qtbot)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "KeyError: 'holding'" in copied and "Traceback" in copied and str(reporter.path) in copied
    assert dialog.isVisible()
    dialog.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: reporter.dialog is None)


def test_a_portfolio_file_error_says_what_became_of_the_data(qtbot, reporter, tmp_path: Path) -> None:
    raise_in_slot(PortfolioFileError(Problem.DISK_FULL, tmp_path / "p.sqlite"))
    dialog = shown_dialog(qtbot)
    assert "not enough free space" in dialog.text() and "p.sqlite" in dialog.text()
    assert "the change you were making was not saved" in dialog.informativeText()
    assert "every change is saved whole" not in dialog.informativeText()


def test_an_error_in_another_thread_is_shown_on_the_gui_thread(qtbot, reporter: ErrorReporter) -> None:
    def work() -> None:
        raise RuntimeError("worker failed")

    thread = threading.Thread(target=work, name="import-worker")
    thread.start()
    thread.join()
    shown_dialog(qtbot)
    log = reporter.path.read_text(encoding="utf-8")
    assert "Unexpected error in thread import-worker" in log and "RuntimeError: worker failed" in log


def test_install_is_idempotent_and_uninstall_restores(qapp, tmp_path: Path) -> None:
    hook = sys.excepthook
    first = install_error_log(tmp_path / "a")
    try:
        assert install_error_log(tmp_path / "b") is first
        assert sys.excepthook == first.excepthook
        assert faulthandler.is_enabled()
        assert error_log.current_log_folder() == tmp_path / "a"
    finally:
        uninstall_error_log()
        uninstall_error_log()
    assert sys.excepthook is hook
    assert not (tmp_path / "b").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_log_is_owner_only_and_rotates(qapp, tmp_path: Path) -> None:
    reporter = ErrorReporter(tmp_path / "logs", max_bytes=2000).install()
    try:
        for n in range(40):
            error_log.log.info("step %d of a long session", n)
    finally:
        reporter.uninstall()
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert {"planner.log", "planner.log.1", "crash.log"} <= set(files)
    assert len([f for f in files if f.startswith("planner.log")]) <= 1 + error_log.BACKUPS
    assert (tmp_path / "logs").stat().st_mode & 0o777 == 0o700
    assert all((tmp_path / "logs" / f).stat().st_mode & 0o777 == 0o600 for f in files)


def test_a_native_crash_leaves_its_stacks_and_the_next_start_logs_them(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    code = (
        "import faulthandler, pathlib; from planner.ui.shell.error_log import install_error_log; "
        f"install_error_log(pathlib.Path({str(folder)!r})); faulthandler._sigsegv()"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    crashed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert crashed.returncode != 0, crashed.stderr
    assert "Segmentation fault" in (folder / "crash.log").read_text(encoding="utf-8")
    reporter = ErrorReporter(folder).install()
    reporter.uninstall()
    log = (folder / "planner.log").read_text(encoding="utf-8")
    assert "The previous run ended in a crash" in log and "Segmentation fault" in log
    assert (folder / "crash.log").read_text(encoding="utf-8") == ""


def test_the_log_folder_follows_the_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(error_log.LOG_FOLDER_VARIABLE, str(tmp_path))
    assert error_log.log_folder() == tmp_path
    monkeypatch.delenv(error_log.LOG_FOLDER_VARIABLE)
    assert error_log.log_folder().parts[-2:] in (("AccountPlanner", "log"), ("AccountPlanner", "Logs"))


def test_help_opens_the_log_folder(qtbot, demo_store, reporter: ErrorReporter, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    from planner.ui.shell.main_window import MainWindow

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    action = window.actions_by_name["log_folder"]
    assert action in window.menuBar().actions()[-1].menu().actions()
    action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(reporter.folder)]
