"""The day's backup for a window left open overnight: opening a portfolio takes one, and every hour the open
window checks whether the day has turned and, if so, takes the new day's on the worker thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from planner.core import backups
from planner.core.backups import Backup
from planner.ui.tasks import Task

CHECK_EVERY_MS = 60 * 60 * 1000  # an hour


class DailyBackups(QObject):
    """Belongs to the main window; reads `window.store` at every check, so an opened file is the one kept."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self._window = window
        self.task: Task[Backup | None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.take_if_due)
        self.timer.start()

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
        self.task.failure(lambda error: None)  # tried again within the hour; the app goes on either way
        self.task.run(show_progress=False)
        return True

    def _ended(self) -> None:
        self.task = None
