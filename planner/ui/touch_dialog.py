"""Log a touch in seconds: account by type-ahead, kind, date (today), minutes, summary, next step; Enter saves
it as one undoable step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from planner.core.records import ref_choices
from planner.ui.editing import Editor

KINDS = ("call", "meeting", "email", "visit", "qbr", "note")
MINUTES = {"call": 15, "meeting": 60, "email": 5, "visit": 120, "qbr": 120, "note": 0}


class TouchDialog(QDialog):
    def __init__(
        self, editor: Editor, parent: QWidget | None = None, *, account_id: int | None = None,
        today: date | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Log a touch"))
        self.touch_id: int | None = None
        today = today or date.today()
        self.account = QComboBox(self)
        self.account.setEditable(True)
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for record_id, name in ref_choices(editor.store, "accounts"):
            self.account.addItem(name, record_id)
        completer = self.account.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.account.setCurrentIndex(self.account.findData(account_id) if account_id is not None else -1)
        self.kind = QComboBox(self)
        for kind, text in self.kind_names().items():
            self.kind.addItem(text, kind)
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setCalendarPopup(True)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(MINUTES["call"])
        self.kind.currentIndexChanged.connect(
            lambda _: self.minutes.setValue(MINUTES[self.kind.currentData()])
        )
        self.summary = QLineEdit(self)
        self.next_step = QLineEdit(self)
        self.has_due = QCheckBox(self.tr("due on"), self)
        self.due = QDateEdit(QDate(today.year, today.month, today.day).addDays(7), self)
        self.due.setCalendarPopup(True)
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.next_step.textChanged.connect(lambda text: self.has_due.setChecked(bool(text.strip())))
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)

        form = QFormLayout(self)
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Time spent"), self.minutes)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow("", due_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.account.currentIndexChanged.connect(self._check)
        self.account.editTextChanged.connect(self._check)
        self._check()
        self.resize(480, self.sizeHint().height())

    def kind_names(self) -> dict[str, str]:
        return {
            "call": self.tr("Call"), "meeting": self.tr("Meeting"), "email": self.tr("E-mail"),
            "visit": self.tr("Visit"), "qbr": self.tr("QBR"), "note": self.tr("Note"),
        }  # fmt: skip

    def account_id(self) -> int | None:
        index = self.account.findText(self.account.currentText(), Qt.MatchFlag.MatchExactly)
        return None if index < 0 else int(self.account.itemData(index))

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.account_id() is not None)

    def accept(self) -> None:
        account_id = self.account_id()
        if account_id is None:
            return
        due = self.due.date().toString(Qt.DateFormat.ISODate) if self.has_due.isChecked() else None
        values = {
            "account_id": account_id, "kind": self.kind.currentData(),
            "touched_on": self.day.date().toString(Qt.DateFormat.ISODate), "minutes": self.minutes.value(),
            "summary": self.summary.text().strip() or None,
            "next_step": self.next_step.text().strip() or None, "next_step_due": due,
        }  # fmt: skip
        self.touch_id = self.editor.create("touches", values)
        super().accept()
