"""File > Team… and File > Sync with team (F9): one sync on the worker thread with a progress dialog, a
summary in the status bar when done, the window reading the book again when the team's changes came in.
Trouble is a message in words, never a traceback: what a sync finished stays finished."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMenu, QMessageBox, QWidget

from planner.ui.team_sync.team_words import summary, trouble
from planner.ui.widgets.notice import notify
from planner.ui.widgets.tasks import Progress, Task

if TYPE_CHECKING:  # the team's modules load with the first sync or the Team dialog, not at start-up
    from planner.core.store.book import Store
    from planner.core.team.sync import SyncReport
    from planner.ui.widgets.editing import Editor

translate = QCoreApplication.translate
SYNC_KEYS = "F9"  # Ctrl+Shift+S is Save a copy (Save as) on Linux and macOS; F9 is "send/receive" in mail


def arrived(report: SyncReport) -> bool:
    """Whether the sync changed what the book shows (then the window reads it again)."""
    return bool(
        sum(report.pulled.values()) or report.deleted_here or report.accounts_gone
        or report.changes_merged_from_previous_owner or report.handovers_new
    )  # fmt: skip


class TeamSync(QObject):
    """The team entries of a window's File menu. `warn(title, text)` and `ask_password(login)` are
    replaced by tests."""

    synced = Signal(object)  # the SyncReport

    def __init__(self, window: QMainWindow, store: Store, editor: Editor, reload: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.store, self.editor, self.reload = window, store, editor, reload
        self.warn: Callable[[str, str], object] = lambda title, text: QMessageBox.warning(window, title, text)
        self.ask_password: Callable[[str], str | None] = self._ask_password
        self.task: Task[SyncReport] | None = None  # the sync running
        self.last_task: Task[SyncReport] | None = None
        self.last_report: SyncReport | None = None

    def add_to(self, menu: QMenu) -> dict[str, QAction]:
        team = QAction(self.tr("&Team…"), self.window)
        team.setObjectName("team_settings")
        team.triggered.connect(self.show_dialog)
        sync = QAction(self.tr("&Sync with team"), self.window)
        sync.setObjectName("team_sync")
        sync.setShortcut(QKeySequence(SYNC_KEYS))
        sync.setToolTip(self.tr("Receive the team's changes and publish yours (F9)"))
        sync.triggered.connect(self.sync_now)
        sync.setEnabled(not self.store.readonly)
        team.setEnabled(not self.store.readonly)
        menu.addAction(team)
        menu.addAction(sync)
        return {"team_settings": team, "team_sync": sync}

    def show_dialog(self) -> QWidget:
        from planner.ui.team_sync.team_dialog import TeamDialog

        dialog = TeamDialog(self, self.window)
        dialog.open()
        return dialog

    def show_conflicts(self, parent: QWidget | None = None) -> QWidget:
        from planner.ui.team_sync.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.store, self.editor, parent or self.window)
        dialog.open()
        return dialog

    def sync_now(self) -> Task[SyncReport] | None:
        """Start a sync (one at a time); None when the book is not connected or no password was given."""
        from planner.core.team import joining, local

        if self.task is not None:
            return self.task
        linked = local.link(self.store)
        title = self.tr("Sync with team")
        if linked is None:
            self.warn(title, self.tr("This portfolio is not connected to a team. Connect it in File > Team…"))
            return None
        password = self._password(linked.url, linked.user)
        if password == "":
            return None
        path = self.store.path

        def work(progress: Progress) -> SyncReport:
            def step(table: str, done: int) -> None:
                progress.report(0, 0)  # busy; lets Cancel stop the sync at its next batch

            return joining.sync_file(path, password, step)

        task: Task[SyncReport] = Task(self.window, work, self.tr("Syncing with the team…"))
        task.success(self._done).failure(self._failed)
        task.done.connect(self._finished)
        self.task = self.last_task = task
        notify(self.window, self.tr("Syncing with the team…"))
        return task.run()

    def _password(self, url: str, user: str) -> str | None:
        """The kept password; else None when libpq has PGPASSWORD; else asked for ("" when not given)."""
        from planner.core.team import secrets

        try:
            kept = secrets.password_for(url, user)
        except secrets.TeamPasswordUnavailable:
            kept = None
        if kept is not None or os.environ.get("PGPASSWORD"):
            return kept
        return self.ask_password(secrets.account_name(url, user)) or ""

    def _ask_password(self, login: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.window, self.tr("Sync with team"), self.tr("Password for %1:").replace("%1", login),
            QLineEdit.EchoMode.Password,
        )  # fmt: skip
        return text if ok and text else None

    def _finished(self) -> None:
        self.task = None

    def _done(self, report: SyncReport) -> None:
        from planner.core.team import local
        from planner.core.team.status import open_conflict_count

        self.last_report = report
        if arrived(report):
            self.reload()
        linked = local.link(self.store)
        conflicts = open_conflict_count(self.store, linked.user) if linked else 0
        notify(self.window, summary(report, conflicts))
        self.synced.emit(report)

    def _failed(self, error: Exception) -> None:
        notify(self.window, self.tr("The sync with the team did not finish; nothing is lost."))
        self.warn(self.tr("Sync with team"), trouble(error))
