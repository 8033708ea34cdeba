"""File > Team…: the team database this book syncs with. Connect checks the login and the server (off the
UI thread) and keeps the password in the keyring; Disconnect stops syncing and forgets it; a status line
tells the last sync, the changes waiting and the open conflicts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.team import joining
from planner.core.team.status import TeamStatus, team_status
from planner.ui.team_sync.team_words import local_time, no_keyring, not_ready, trouble
from planner.ui.widgets.tasks import Progress, Task

if TYPE_CHECKING:
    from planner.ui.team_sync.sync_action import TeamSync

translate = QCoreApplication.translate


def status_text(status: TeamStatus | None) -> str:
    if status is None:
        return translate("TeamDialog", "Not connected to a team: this portfolio is yours alone.")
    last = local_time(status.last_sync_at) if status.last_sync_at else translate("TeamDialog", "never")
    text = translate("TeamDialog", "Last sync: %1 · changes waiting: %2 · open conflicts: %3")
    text = text.replace("%1", last).replace("%2", str(status.pending_changes))
    text = text.replace("%3", str(status.open_conflicts))
    if status.read_only_accounts:
        text += "\n" + translate("TeamDialog", "%1 of %2 accounts are read-only (owned by others).").replace(
            "%1", str(status.read_only_accounts)
        ).replace("%2", str(status.accounts))
    return text


class TeamDialog(QDialog):
    """`confirm(title, text)` is replaced by tests."""

    def __init__(self, team: TeamSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team, self.store = team, team.store
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.task: Task[None] | None = None
        self.setWindowTitle(self.tr("Team"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Sync this portfolio with your team's database: you publish the accounts you own and "
                "receive those shared with you. The password is kept in your computer's keyring."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql://db.example.com/team")
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Server:"), self.url)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("teamStatus")
        layout.addWidget(self.status)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setObjectName("teamError")
        self.error.setStyleSheet("color: palette(link-visited);")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.disconnect_button = QPushButton(self.tr("&Disconnect"), self)
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.conflicts_button = QPushButton(self.tr("C&onflicts…"), self)
        for button in (self.connect_button, self.sync_button, self.conflicts_button, self.disconnect_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.connect_button.clicked.connect(self.connect_team)
        self.disconnect_button.clicked.connect(self.disconnect_team)
        self.sync_button.clicked.connect(self.sync_now)
        self.conflicts_button.clicked.connect(lambda: self.team.show_conflicts(self))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        team.synced.connect(lambda _report: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        status = team_status(self.store)
        connected = status is not None
        if status is not None:
            self.url.setText(status.url)
            self.user.setText(status.user)
        for field in (self.url, self.user):
            field.setReadOnly(connected)
        self.password.setEnabled(not connected)
        busy = self.task is not None
        self.connect_button.setEnabled(not connected and not busy)
        self.disconnect_button.setEnabled(connected and not busy)
        self.sync_button.setEnabled(connected and not busy)
        self.conflicts_button.setEnabled(connected)
        self.status.setText(status_text(status))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def connect_team(self) -> Task[None] | None:
        url, user, password = self.url.text().strip(), self.user.text().strip(), self.password.text()
        if not (url and user and password):
            self.show_error(self.tr("Enter the server, your user name and your password."))
            return None
        try:
            joining.refuse_another_team(self.store, url, user)
        except joining.TeamNotReady as error:
            self.show_error(not_ready(error))
            return None
        self.show_error("")

        def work(progress: Progress) -> None:
            joining.check_login(url, user, password)

        task: Task[None] = Task(self, work, self.tr("Connecting to the team…"))
        task.success(lambda _: self._connected(url, user, password)).failure(
            lambda error: self.show_error(trouble(error))
        )
        task.done.connect(self._task_done)
        self.task = task
        self.refresh()
        return task.run(show_progress=False)

    def _task_done(self) -> None:
        self.task = None
        self.refresh()

    def _connected(self, url: str, user: str, password: str) -> None:
        self.password.clear()
        warning = joining.keep(self.store, url, user, password)
        if warning:
            self.show_error(
                self.tr("Connected, but the password could not be kept: %1").replace("%1", no_keyring())
            )
        self.refresh()

    def disconnect_team(self) -> bool:
        status = team_status(self.store)
        if status is None:
            return False
        if status.pending_changes:
            text = self.tr(
                "%1 changes of this portfolio were not published to the team yet. Disconnect all the same? "
                "They stay in this portfolio."
            ).replace("%1", str(status.pending_changes))
            if not self.confirm(self.tr("Disconnect from the team"), text):
                return False
        joining.leave(self.store)
        self.show_error("")
        self.refresh()
        return True

    def sync_now(self) -> None:
        task = self.team.sync_now()
        if task is not None:
            task.done.connect(self.refresh)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes
