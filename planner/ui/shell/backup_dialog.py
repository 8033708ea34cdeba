"""File > Restore from backup, the offer of the newest good backup for a damaged file, and their messages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.store.backups import Backup, BackupRefused, backup_folder, list_backups, newest_good_backup
from planner.core.store.restore_safety import restore
from planner.core.store.store import PortfolioFileError, Problem, Store
from planner.ui.widgets.record_model import RIGHT, Column, number_key, text_key
from planner.ui.widgets.record_table import RecordTable
from planner.ui.widgets.tasks import Progress, Task, when_ready

translate = QCoreApplication.translate
SHOWN_COUNTS = ("accounts", "products", "contacts", "touches", "holdings", "usage_snapshots")


@dataclass(frozen=True)
class BackupRow:
    id: int
    backup: Backup
    when: str
    reason: str


def reason_text(reason: str) -> str:
    return {
        "daily": translate("Backups", "Daily"),
        "import": translate("Backups", "Before an import"),
        "migration": translate("Backups", "Before an upgrade"),
        "restore": translate("Backups", "Before a restore"),
        "manual": translate("Backups", "By hand"),
    }.get(reason, reason)


def taken_text(backup: Backup) -> str:
    when = QDateTime.fromString(backup.taken_at.isoformat(timespec="seconds"), Qt.DateFormat.ISODate)
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def problem_text(error: PortfolioFileError) -> str | None:
    """The message for the problems this module adds (damaged, in use, no backup); None for the others."""
    path = str(error.path)
    if error.problem is Problem.DAMAGED:
        text = translate("Backups", "{path}\nis damaged: its integrity check failed. It was not changed.")
        return text.replace("{path}", path)
    if error.problem is Problem.NO_BACKUP:
        text = translate(
            "Backups",
            "{path}\nneeds a backup before this change (an upgrade or an import), but none could be "
            "written. It was not changed.",
        )
        return text.replace("{path}", path) + f"\n({error.detail})"
    if error.problem is Problem.IN_USE:
        return in_use_text(path, error.detail or "")
    return None


def in_use_text(path: str, holder: str) -> str:
    """Who has the file open, in the user's words: the lock names "process 3760 on vm"; the user learns
    whether it is this computer or which other one, never a process number."""
    import re
    import socket

    found = re.fullmatch(r"process \d+ on (.+)", holder.strip())
    computer = found.group(1) if found else ""
    if computer and computer != socket.gethostname():
        text = translate(
            "Backups",
            "{path}\nis open in Account Planner on the computer “{computer}”; close it there first.",
        ).replace("{computer}", computer)
    elif computer:
        text = translate(
            "Backups",
            "{path}\nis open in another Account Planner window on this computer, or in a command that is "
            "still running; close it there first.",
        )
    else:
        text = translate(
            "Backups",
            "{path}\nis open in another Account Planner window or on another computer; close it there first.",
        )
    return text.replace("{path}", path)


class RestoreDialog(QDialog):
    """The backups of the portfolio at `store_path`, newest first, with date, reason and counts; restoring
    one backs up the current file first. Emits `restored(before)`: the backup of the file as it was (None
    when it was damaged); reload the window then."""

    restored = Signal(object)

    def __init__(self, store_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.task: Task[Backup | None] | None = None
        self.confirm: Callable[[Backup], bool] = self._confirm
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(900, 420)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        kept = self.tr("The newest of each of the last 7 days and 4 weeks are kept in\n%1")
        self.intro.setText("\n".join((
            self.tr("Backups are taken once a day, before every import and before an upgrade."),
            kept.replace("%1", str(backup_folder(self.store_path))),
            self.tr("Restoring first backs up the portfolio as it is now: restoring that backup undoes it."),
        )))  # fmt: skip
        self.table = RecordTable(self._columns(), lambda r: f"{r.when} {r.reason}", self._count, "", self,
                                 with_filter=False)  # fmt: skip
        self.table.sort_by("when", Qt.SortOrder.DescendingOrder)
        self.table.opened.connect(lambda _: self.restore_selected())
        self.restore_button = QPushButton(self.tr("&Restore this backup…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def _count(self, total: int, shown: int) -> str:
        return self.tr("%Ln backup(s)", "", total)

    def _columns(self) -> list[Column]:
        titles = {
            "accounts": self.tr("Accounts"),
            "products": self.tr("Products"),
            "contacts": self.tr("Contacts"),
            "touches": self.tr("Touches"),
            "holdings": self.tr("Holdings"),
            "usage_snapshots": self.tr("Usage months"),
        }
        columns = [
            Column("when", self.tr("Taken"), lambda r: r.when, lambda r: r.backup.taken_at, width=150),
            Column("reason", self.tr("Why"), lambda r: r.reason, lambda r: text_key(r.reason), width=150),
        ]
        columns.extend(self._count_column(table, titles[table]) for table in SHOWN_COUNTS)
        columns.append(Column(
            "size", self.tr("Size"), lambda r: self.tr("%1 MB").replace("%1", self._megabytes(r.backup.size)),
            lambda r: number_key(r.backup.size), RIGHT, 90,
        ))  # fmt: skip
        return columns

    @staticmethod
    def _count_column(table: str, title: str) -> Column:
        """How many rows of this table each backup holds."""
        return Column(
            table, title, lambda r: RestoreDialog._number(r.backup.counts.get(table)),
            lambda r: number_key(r.backup.counts.get(table)), RIGHT, 90,
        )  # fmt: skip

    @staticmethod
    def _number(value: int | None) -> str:
        return "" if value is None else QLocale().toString(value)

    @staticmethod
    def _megabytes(size: int) -> str:
        return QLocale().toString(size / 1_000_000, "f", 1)

    def reload(self) -> None:
        rows = [
            BackupRow(n, b, taken_text(b), reason_text(b.reason))
            for n, b in enumerate(list_backups(self.store_path), start=1)
        ]
        self.table.set_rows(rows)
        if rows and not self.table.selected_ids():
            self.table.select_ids([rows[0].id])
        self.restore_button.setEnabled(bool(rows))

    def selected(self) -> Backup | None:
        ids = set(self.table.selected_ids())
        model = self.table.model
        rows = [model.row_at(i) for i in range(model.rowCount())]
        return next((r.backup for r in rows if r.id in ids), None)

    def _confirm(self, backup: Backup) -> bool:
        question = self.tr("Replace the portfolio by the backup of %1?").replace("%1", taken_text(backup))
        undo = self.tr("The portfolio as it is now is backed up first: restore that backup to undo this.")
        answer = QMessageBox.question(self, self.windowTitle(), f"{question}\n\n{undo}")
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> Task[Backup | None] | None:
        """Restore the selected backup off the UI thread, after the user confirms."""
        backup = self.selected()
        if backup is None or not self.confirm(backup):
            return None
        path = self.store_path

        def work(progress: Progress) -> Backup | None:
            return restore(path, backup, progress=progress.report)

        self.restore_button.setEnabled(False)
        task: Task[Backup | None] = Task(self, work, self.tr("Restoring the backup…"))
        task.success(self._restored).failure(self._failed)
        task.done.connect(self.reload)
        self.task = task
        return task.run()

    def _restored(self, before: Backup | None) -> None:
        self.restored.emit(before)
        self.accept()

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.windowTitle(), refusal_text(error))


def refusal_text(error: Exception) -> str:
    if isinstance(error, BackupRefused) and error.reason == "damaged":
        return translate("Backups", "This backup is damaged itself; choose an older one.\n%1").replace(
            "%1", str(error.path)
        )
    if isinstance(error, BackupRefused):
        return translate("Backups", "This backup was taken by a newer version of Account Planner.")
    if isinstance(error, PortfolioFileError):
        return problem_text(error) or str(error)
    return translate("Backups", "The backup could not be restored:\n%1").replace("%1", str(error))


def offer_newest_backup(
    path: Path, parent: QWidget | None = None, *, ask: Callable[[Backup], bool] | None = None
) -> bool:
    """For a damaged portfolio: offer its newest good backup and restore it when the user agrees. True when
    restored (open `path` again then); False when there is none or the user declined."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        backup = newest_good_backup(path)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if backup is None or not (ask or _ask_restore)(backup):
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        restore(path, backup)
    except (BackupRefused, PortfolioFileError, OSError) as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, translate("Backups", "Restore from backup"), refusal_text(error))
        return False
    QGuiApplication.restoreOverrideCursor()
    return True


def _ask_restore(backup: Backup) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Backups", "The portfolio is damaged"), "")
    accounts = QLocale().toString(backup.counts.get("accounts", 0))
    found = translate(
        "Backups", "The portfolio is damaged. Its newest good backup, from %1, holds %2 accounts."
    )
    offer = translate("Backups", "Restore it? The damaged file is kept in the backups folder.")
    box.setText(found.replace("%1", taken_text(backup)).replace("%2", accounts) + "\n\n" + offer)
    restore_button = box.addButton(
        translate("Backups", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore_button)
    box.exec()
    return box.clickedButton() is restore_button


def watch_integrity(parent: QWidget, store: Store, on_damaged: Callable[[str], None]) -> QTimer | None:
    """Call `on_damaged(findings)` once the background integrity check of a large portfolio fails (looked at
    every quarter second until the check has a result)."""

    def checked() -> None:
        if store.damage:
            on_damaged(store.damage)

    return when_ready(parent, lambda: store.checked, checked, 250)
