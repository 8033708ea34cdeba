"""The day's backup for a window left open overnight: opening a portfolio takes one, and every hour the open
window checks whether the day has turned and, if so, takes the new day's on the worker thread. A backup that
fails (a full disk, a folder that cannot be written) is said: once in a message, then in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from planner.core.store import backups
from planner.core.store.backups import Backup
from planner.core.store.file_safety import Session
from planner.ui.widgets.tasks import Task, when_ready

CHECK_EVERY_MS = 60 * 60 * 1000  # an hour
LOOK_EVERY_MS = 500  # how often the window looks whether the backup taken on opening has ended


class DailyBackups(QObject):
    """Belongs to the main window; reads `window.store` at every check, so an opened file is the one kept."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.task: Task[Backup | None] | None = None
        self.failures: list[str] = []  # what went wrong, as the user was told
        self.message: QMessageBox | None = None  # the first failure's message
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.take_if_due)
        self.timer.start()
        store = getattr(window, "store", None)
        session = store.session if store is not None else None
        if session is not None:  # the backup the opening takes in the background
            when_ready(self, lambda: not session.busy, lambda: self._opened(session), LOOK_EVERY_MS)

    def take_if_due(self) -> bool:
        """Start the day's backup when none was taken today; True when one was started."""
        store = getattr(self._window, "store", None)
        if store is None or store.session is None:
            return False  # opened for reading: nothing of ours changes it, and backups are the writer's job
        if self.task is not None or not backups.daily_backup_due(store.path):
            return False
        path, session = store.path, store.session

        def work(progress: object) -> Backup | None:
            return backups.take_daily_backup(path, session)

        self.task = Task(self._window, work, self.tr("Backing up the portfolio…"))  # type: ignore[arg-type]
        self.task.done.connect(self._ended)
        self.task.failure(lambda error: self.report(f"{type(error).__name__}: {error}"))
        self.task.run(show_progress=False)
        return True

    def _ended(self) -> None:
        self.task = None

    def _opened(self, session: Session) -> None:
        if session.background_error:
            self.report(session.background_error)

    def report(self, error: str) -> None:
        """Say that the backup failed: in a message the first time (one that does not stop the work), in the
        status bar every time. The app tries again within the hour."""
        self.failures.append(error)
        line = self.tr("The day's backup could not be taken (%1). Trying again within the hour.")
        self._window.statusBar().showMessage(line.replace("%1", error))
        if len(self.failures) > 1:
            return
        store = getattr(self._window, "store", None)
        folder = str(backups.backup_folder(store.path)) if store is not None else ""
        text = self.tr(
            "The day's backup of the portfolio could not be taken:\n%1\n\nYour portfolio itself is "
            "unchanged. Account Planner tries again within the hour; please check that the disk has room and "
            "that this folder can be written:\n%2"
        )
        text = text.replace("%1", error).replace("%2", folder)
        self.message = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("No backup today"),
            text,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        self.message.open()
