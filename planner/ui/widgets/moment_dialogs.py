"""Snooze a moment until a day, or dismiss it with a reason; either is one undoable step."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from planner.core.moments.moments import Moment
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.moment_labels import rule_label

SNOOZE_DAYS = 14


class DecisionDialog(QDialog):
    def __init__(
        self, editor: Editor, moment: Moment, decision: str, parent: QWidget | None = None, *,
        today: date | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.editor, self.moment, self.decision = editor, moment, decision
        self.today = today or date.today()
        snoozing = decision == "snoozed"
        self.setWindowTitle(self.tr("Snooze moment") if snoozing else self.tr("Dismiss moment"))
        form = QFormLayout(self)
        about = QLabel(f"{moment.account}: {rule_label(moment.rule)}", self)
        about.setWordWrap(True)
        form.addRow(about)
        note = self.tr("It comes back on that day, or earlier when its figures change.") if snoozing else (
            self.tr("It comes back only when its figures change."))  # fmt: skip
        hint = QLabel(note, self)
        hint.setWordWrap(True)
        form.addRow(hint)
        later = self.today + timedelta(days=SNOOZE_DAYS)
        self.until = QDateEdit(QDate(later.year, later.month, later.day))  # shown only when snoozing
        self.until.setCalendarPopup(True)
        self.until.setMinimumDate(QDate(self.today.year, self.today.month, self.today.day).addDays(1))
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        if snoozing:
            reasons = [self.tr("Waiting for the customer"), self.tr("After their budget round")]
        else:
            reasons = [self.tr("Not relevant for this customer"), self.tr("Already in progress"),
                       self.tr("Customer said no for now"), self.tr("Wrong data")]  # fmt: skip
        self.reason.addItems(reasons)
        if snoozing:
            form.addRow(self.tr("Snooze until"), self.until)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Snooze") if snoozing else self.tr("Dismiss"))  # fmt: skip
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        from planner.core.moments.moment_decisions import decide

        until = None
        if self.decision == "snoozed":
            until = date.fromisoformat(self.until.date().toString(Qt.DateFormat.ISODate))
        reason = self.reason.currentText().strip() or None
        step = decide(
            self.editor.store, self.moment, self.decision, reason=reason, until=until, today=self.today
        )
        self.editor.push(step)
        super().accept()
