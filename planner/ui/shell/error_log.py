"""Errors are kept and shown: a rotating log in the user's log folder, faulthandler, a dialog per error."""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import threading
import traceback
from datetime import datetime
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner.core.store.paths import APP_NAME
from planner.core.store.store import PortfolioFileError

translate = QCoreApplication.translate

LOG_FOLDER_VARIABLE = "PLANNER_LOG_DIR"  # another log folder (the tests use one of their own)
LOG_FILE = "planner.log"
CRASH_FILE = (
    "crash.log"  # faulthandler's: a native crash's Python stacks, moved into the log at the next start
)
MAX_BYTES = 1_000_000
BACKUPS = 5
CRASH_KEPT = 64_000  # of a crash file, the last characters that go into the log

log = logging.getLogger("planner")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_folder() -> Path:
    """The user's log folder (~/.local/state/AccountPlanner/log on Linux), or $PLANNER_LOG_DIR."""
    chosen = os.environ.get(LOG_FOLDER_VARIABLE)
    if chosen:
        return Path(chosen)
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def owner_only(path: str, flags: int) -> int:
    """An `open` opener: a new file only its owner may read (the log names what the user worked on)."""
    return os.open(path, flags, 0o600)


class OwnerOnlyFileHandler(RotatingFileHandler):
    """A rotating log whose files only their owner may read, also those made at a rollover."""

    def _open(self) -> TextIOWrapper:
        stream = open(  # noqa: SIM115 (the handler keeps it open)
            self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors, opener=owner_only
        )
        assert isinstance(stream, TextIOWrapper)
        os.chmod(self.baseFilename, 0o600)  # a file from before keeps no wider rights
        return stream


def plain_what(error: BaseException) -> tuple[str, str]:
    """What failed, and what became of the user's data, in words for a user."""
    if isinstance(error, PortfolioFileError):
        from planner.ui.shell.open_problems import problem_text

        return problem_text(error), translate(
            "ErrorLog", "What was saved before is safe; the change you were making was not saved."
        )
    safe = translate(
        "ErrorLog",
        "Your portfolio is safe: every change is saved whole or not at all. Check whether your last change "
        "is there, and make it again if not.",
    )
    if isinstance(error, OSError) and (error.filename or error.strerror):
        where = str(error.filename or "")
        what = translate("ErrorLog", "A file could not be read or written:\n%1\n(%2)")
        return what.replace("%1", where).replace("%2", error.strerror or str(error)), safe
    return translate("ErrorLog", "Account Planner could not finish what you just did."), safe


class ErrorDialog(QMessageBox):
    """What failed, what became of the data, where the log is, and Copy details (which keeps it open)."""

    def __init__(self, error: BaseException, details: str, log_path: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.details = details
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("ErrorLog", "Something went wrong"))
        what, data = plain_what(error)
        self.setText(what)
        more = translate(
            "ErrorLog",
            "You can keep working. If this happens again, send the details to your IT support; they are "
            "also kept in the log:\n%1",
        ).replace("%1", str(log_path))
        self.setInformativeText(f"{data}\n\n{more}")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path, to copy
        self.copy_button = self.addButton(
            translate("ErrorLog", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        self.setEscapeButton(self.addButton(QMessageBox.StandardButton.Ok))
        self._copying = False
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.copy_button:
            self._copying = True
            clipboard = QGuiApplication.clipboard()
            clipboard.setText(self.details)
            self.copy_button.setText(translate("ErrorLog", "Copied"))

    def done(self, result: int) -> None:
        if self._copying:  # Copy details leaves the message on screen
            self._copying = False
            return
        super().done(result)


class ErrorReporter(QObject):
    """One run's log, faulthandler and excepthooks. `install()` once; `uninstall()` puts back what was."""

    failed = Signal(object, str)  # the error and its details; from any thread, shown on the GUI thread

    def __init__(self, folder: Path | None = None, *, max_bytes: int = MAX_BYTES) -> None:
        super().__init__()
        self.folder = folder or log_folder()
        self.path = self.folder / LOG_FILE
        self.crash_path = self.folder / CRASH_FILE
        self.max_bytes = max_bytes
        self.dialog: ErrorDialog | None = None
        self.handler: OwnerOnlyFileHandler | None = None
        self.crash_file: TextIO | None = None
        self._before: tuple[Any, Any, bool] | None = (
            None  # sys.excepthook, threading.excepthook, faulthandler
        )
        self.failed.connect(self.show)

    def install(self) -> ErrorReporter:
        if self._before is not None:
            return self
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.folder, 0o700)
        self.handler = OwnerOnlyFileHandler(
            self.path, maxBytes=self.max_bytes, backupCount=BACKUPS, encoding="utf-8"
        )
        self.handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(self.handler)
        log.setLevel(logging.INFO)
        self._before = (sys.excepthook, threading.excepthook, faulthandler.is_enabled())
        self._keep_last_crash()
        self.crash_file = open(self.crash_path, "a", encoding="utf-8", opener=owner_only)  # noqa: SIM115
        faulthandler.enable(self.crash_file, all_threads=True)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        log.info("Account Planner %s started: %s", version(), environment())
        return self

    def uninstall(self) -> None:
        if self._before is None:
            return
        hook, thread_hook, faults_before = self._before
        self._before = None
        sys.excepthook, threading.excepthook = hook, thread_hook
        faulthandler.disable()
        if faults_before and sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__)
        if self.crash_file is not None:
            self.crash_file.close()
            self.crash_file = None
        if self.handler is not None:
            log.removeHandler(self.handler)
            self.handler.close()
            self.handler = None

    def _keep_last_crash(self) -> None:
        """A native crash of the last run left Python's stacks in the crash file: into the log with them."""
        try:
            text = self.crash_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        if text.strip():
            log.error("The previous run ended in a crash:\n%s", text[-CRASH_KEPT:].rstrip())
            self.crash_path.write_text("", encoding="utf-8")

    # --- the hooks ------------------------------------------------------------------------------------------
    def excepthook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(error, Exception) or self._before is None:  # Ctrl+C, exit: as they were
            self._previous_hook(kind, error, tb)
            return
        self.report((kind, error, tb), "")

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or not isinstance(args.exc_value, Exception) or self._before is None:
            if self._before is not None:
                self._before[1](args)
            return
        where = f" in thread {args.thread.name}" if args.thread is not None else ""
        self.report((args.exc_type, args.exc_value, args.exc_traceback), where)

    def _previous_hook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        hook = self._before[0] if self._before is not None else sys.__excepthook__
        hook(kind, error, tb)

    def report(self, info: ExcInfo, where: str = "") -> str:
        """Log the error with its traceback and show it (queued to the GUI thread); the details shown."""
        log.error("Unexpected error%s", where, exc_info=info)
        details = "\n".join((
            f"Account Planner {version()} ({environment()})",
            datetime.now().isoformat(timespec="seconds") + where,
            "".join(traceback.format_exception(*info)).rstrip(),
            f"Log: {self.path}",
        ))  # fmt: skip
        self.failed.emit(info[1], details)
        return details

    def show(self, error: BaseException, details: str) -> ErrorDialog | None:
        """The dialog, not blocking: the app keeps running. One at a time; the others are in the log."""
        if not isinstance(QCoreApplication.instance(), QApplication):
            print(details, file=sys.stderr)
            return None
        if self.dialog is not None and self.dialog.isVisible():
            return None
        try:
            self.dialog = ErrorDialog(error, details, self.path, QApplication.activeWindow())
            self.dialog.finished.connect(self._closed)
            self.dialog.open()
        except Exception:  # the dialog itself failed: the log has the error, stderr too
            log.exception("The error dialog could not be shown")
            print(details, file=sys.stderr)
            return None
        return self.dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


def version() -> str:
    import planner

    return str(getattr(planner, "__version__", "?"))


def environment() -> str:
    from PySide6 import __version__ as pyside

    return f"Python {platform.python_version()}, PySide6 {pyside}, {platform.platform()}"


_installed: ErrorReporter | None = None


def install_error_log(folder: Path | None = None) -> ErrorReporter:
    """The log, faulthandler and excepthooks of this process, installed once (again: the same reporter)."""
    global _installed
    if _installed is None:
        _installed = ErrorReporter(folder).install()
    return _installed


def uninstall_error_log() -> None:
    """Back to the hooks from before (tests; the end of a run)."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
        _installed = None


def current_log_folder() -> Path:
    """The folder this run logs to: the installed reporter's, else where it would go."""
    return _installed.folder if _installed is not None else log_folder()
