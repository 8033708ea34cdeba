"""The user's conflict list: their changes that a newer change (or a deletion, or a handover) overruled,
kept here to look at; "Mark as resolved" takes one off the list (Edit > Undo puts it back)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from planner.core.store.book import Store
from planner.core.team import local
from planner.core.team.status import Conflict, list_conflicts, reopen_conflict, resolve_conflict
from planner.ui.team_sync.team_words import local_time, reason_text
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.labels import field_labels, table_noun

translate = QCoreApplication.translate


class ResolveCommand(QUndoCommand):
    """Mark conflicts resolved as an undo step."""

    def __init__(self, dialog: ConflictsDialog, ids: list[int]) -> None:
        text = translate("Conflicts", "mark %1 conflicts resolved").replace("%1", str(len(ids)))
        super().__init__(text)
        self.dialog, self.ids = dialog, ids

        self.store = dialog.store

    def redo(self) -> None:
        for conflict_id in self.ids:
            resolve_conflict(self.store, conflict_id)
        self._refresh()

    def undo(self) -> None:
        for conflict_id in self.ids:
            reopen_conflict(self.store, conflict_id)
        self._refresh()

    def _refresh(self) -> None:
        if isValid(self.dialog):  # undone after the dialog closed: nothing to show
            self.dialog.refresh()


class ConflictsDialog(QDialog):
    COLUMNS = ("account", "record", "field", "kept", "won", "winner", "when", "why")

    def __init__(self, store: Store, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.editor = store, editor
        self.setWindowTitle(self.tr("Team conflicts"))
        self.resize(980, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your changes that the team did not take. Your value is kept here; the book shows the value "
                "that won. Enter yours again where it should stand, then mark the conflict resolved."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Account"), self.tr("Record"), self.tr("Field"), self.tr("Your value"),
            self.tr("Value that won"), self.tr("By"), self.tr("When"), self.tr("Why"),
        ])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No open conflicts."), self)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.resolve_button = QPushButton(self.tr("Mark as &resolved"), self)
        buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.resolve_button.clicked.connect(self.resolve_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.conflicts: list[Conflict] = []
        self.refresh()

    def refresh(self) -> None:
        linked = local.link(self.store)
        self.conflicts = list_conflicts(self.store, linked.user) if linked else []
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            account = f"{c.account_name} ({c.account_key})" if c.account_name else c.account_key
            record = f"{table_noun(c.table_name)} {c.record}"
            field = field_labels(c.table_name).get(c.field, c.field)
            kept, won = c.kept_value or "–", c.winning_value or "–"
            values = (
                account,
                record,
                field,
                kept,
                won,
                c.winner,
                local_time(c.found_at),
                reason_text(c.reason),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(str(text))
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.conflicts)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.resolve_button.setEnabled(bool(self.selected_ids()))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.conflicts[row].id for row in rows if row < len(self.conflicts)]

    def resolve_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.editor.undo_stack.push(ResolveCommand(self, ids))
