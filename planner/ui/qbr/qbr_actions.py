"""The actions of a QBR as an editable table (title, owner, due date, status), and the undo step a QBR's
save, cancel or delete becomes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from planner.core.portfolio.changes import Change
from planner.core.qbr.qbrs import ACTION_STATUSES, Action
from planner.ui.qbr.qbr_words import action_status_label
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum: shown blank, means "no due date"


def push(editor: Editor, change: Change, text: str) -> bool:
    """Make the change as one undo step named in the user's words ("plan QBR Müller GmbH 24.11.2026")."""
    return editor.push(change, text)


def date_text(day: QDate) -> str | None:
    return None if day <= NO_DATE else day.toString("yyyy-MM-dd")


def qdate(text: str | None) -> QDate:
    if not text:
        return NO_DATE
    d = date.fromisoformat(text[:10])
    return QDate(d.year, d.month, d.day)


def date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(formatting.date_format())
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")
    return edit


class ActionTable(QTableWidget):
    """One row per action. `carried`: actions of earlier QBRs, whose title stays as agreed, with the date of
    the QBR that agreed them."""

    edited = Signal()

    def __init__(self, carried: bool, parent: QWidget | None = None) -> None:
        super().__init__(0, 5 if carried else 4, parent)
        self.carried = carried
        self._actions: list[Action] = []
        headers = [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        if carried:
            headers.append(self.tr("Agreed on"))
        self.setHorizontalHeaderLabels(headers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 120), (2, 90), (3, 95), (4, 95)):  # the action itself gets the rest
            if column < self.columnCount():
                self.setColumnWidth(column, width)
        self.verticalHeader().setVisible(False)
        self.setMinimumHeight(140)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemChanged.connect(lambda _: self.edited.emit())

    def set_actions(self, actions: Sequence[Action]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        self._actions = []
        for action in actions:
            self._append(action)
        self.blockSignals(False)

    def add_action(self, action: Action) -> int:
        self._append(action)
        self.edited.emit()
        return self.rowCount() - 1

    def _append(self, action: Action) -> None:
        blocked = self.blockSignals(True)  # the row is read back only once all its cells are there
        try:
            self._add_row(action)
        finally:
            self.blockSignals(blocked)

    def _add_row(self, action: Action) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self._actions.append(action)
        title = QTableWidgetItem(action.title)
        if self.carried:
            title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.setItem(row, 0, title)
        self.setItem(row, 1, QTableWidgetItem(action.owner))
        due = date_edit(self)
        due.setDate(qdate(action.due_on))
        due.dateChanged.connect(lambda _: self.edited.emit())
        self.setCellWidget(row, 2, due)
        status = QComboBox(self)
        for code in ACTION_STATUSES:
            status.addItem(action_status_label(code), code)
        status.setCurrentIndex(ACTION_STATUSES.index(action.status))
        status.currentIndexChanged.connect(lambda _: self.edited.emit())
        self.setCellWidget(row, 3, status)
        if self.carried:
            agreed = QTableWidgetItem(formatting.iso_date(action.agreed_on))  # "06.01.2027", not "06.01.27"
            agreed.setFlags(agreed.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, 4, agreed)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)
            del self._actions[row]
        self.edited.emit()

    def set_status(self, row: int, status: str) -> None:
        box = self.cellWidget(row, 3)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(ACTION_STATUSES.index(status))

    def qbr_actions(self) -> tuple[Action, ...]:
        found = []
        for row, action in enumerate(self._actions):
            title, owner = self.item(row, 0), self.item(row, 1)
            due, status = self.cellWidget(row, 2), self.cellWidget(row, 3)
            assert isinstance(due, QDateEdit) and isinstance(status, QComboBox)
            found.append(replace(
                action, title=title.text() if title else "", owner=owner.text() if owner else "",
                due_on=date_text(due.date()), status=status.currentData(),
            ))  # fmt: skip
        return tuple(found)
