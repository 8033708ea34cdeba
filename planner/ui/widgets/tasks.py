"""Long work off the UI thread: one worker thread, progress with Cancel, errors shown in one place."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside the work when the user pressed Cancel."""


class Progress:
    """Handed to the work: report(done, total) and check for Cancel between steps."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._relay.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], relay: _Relay, progress: Progress) -> None:
        super().__init__()
        self._work, self._relay, self._progress = work, relay, progress

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self._report(self._relay.cancelled)
        except Exception as error:  # shown to the user by Task._on_failed
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._report(self._relay.failed, error)
        else:
            self._report(self._relay.finished, result)

    @staticmethod
    def _report(signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window that asked for the work was closed meanwhile: nobody to tell
            pass


def worker_pool() -> QThreadPool:
    """The single worker thread: writes never race each other."""
    pool = getattr(worker_pool, "_pool", None)
    if pool is None:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        worker_pool._pool = pool  # type: ignore[attr-defined]
    return pool


_running: set[Task[Any]] = set()  # a task lives until the UI thread has heard how its work ended


class Task(QObject, Generic[T]):
    """`Task(parent, work, title).success(cb).run()`; `work(progress)` runs on the worker thread.

    The relay that carries the worker's signals belongs to the task, so both are destroyed on the UI
    thread, never by the worker thread dropping the last reference.
    """

    done = Signal()

    def __init__(self, parent: QWidget, work: Callable[[Progress], T], title: str) -> None:
        super().__init__(parent)
        self._parent, self._work, self._title = parent, work, title
        self._on_success: Callable[[T], None] = lambda result: None
        self._on_failure: Callable[[Exception], None] = self._show_error
        self._relay = _Relay(self)
        self._progress = Progress(self._relay)
        self._dialog: QProgressDialog | None = None
        self.result: T | None = None
        self.error: Exception | None = None

    def success(self, callback: Callable[[T], None]) -> Task[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Task[T]:
        self._on_failure = callback
        return self

    def run(self, *, show_progress: bool = True) -> Task[T]:
        if show_progress:
            dialog = QProgressDialog(self._title, self.tr("Cancel"), 0, 0, self._parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.canceled.connect(self.cancel)
            self._relay.progress.connect(self._on_progress)
            self._dialog = dialog
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.cancelled.connect(self._close)
        _running.add(self)
        worker_pool().start(_Runnable(self._work, self._relay, self._progress))
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; it then reports no result."""
        self._progress.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _on_finished(self, result: T) -> None:
        self.result = result
        self._close()
        self._on_success(result)

    def _on_failed(self, error: Exception) -> None:
        self.error = error
        self._close()
        self._on_failure(error)

    def _close(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)
        self.done.emit()

    def _show_error(self, error: Exception) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self._title, str(error), parent=self._parent)
        box.setInformativeText(self.tr("The details below help support find the cause."))
        box.setDetailedText(getattr(error, "__traceback_text__", ""))
        box.open()


def when_ready(
    parent: QObject, ready: Callable[[], bool], then: Callable[[], None], every_ms: int
) -> QTimer | None:
    """Call `then()` on the UI thread once `ready()` is true (work that runs on a thread of its own, not the
    worker: the integrity check and the backup of an opened file): at once if it is, else from a timer that
    looks every `every_ms` and ends itself. Returns that timer (None when it was not needed)."""
    if ready():
        then()
        return None
    timer = QTimer(parent)
    timer.setInterval(every_ms)

    def look() -> None:
        if ready():
            timer.stop()
            timer.deleteLater()
            then()

    timer.timeout.connect(look)
    timer.start()
    return timer
