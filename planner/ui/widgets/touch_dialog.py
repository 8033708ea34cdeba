"""Log a touch in seconds, or edit one: account by type-ahead, kind, date (today), minutes, contacts involved,
summary, next step; Enter saves it as one undoable step."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from planner.core.portfolio.catalog import contact_rows
from planner.core.portfolio.changes import ChangeFailed
from planner.core.portfolio.touches import edit_touch, log_touch, read_touch
from planner.ui.widgets import formatting
from planner.ui.widgets.account_box import AccountBox, best_match
from planner.ui.widgets.editing import Editor, not_saved

__all__ = ["DateEdit", "TouchDialog", "best_match"]
MINUTES = {"call": 15, "meeting": 60, "email": 5, "visit": 120, "qbr": 120, "note": 0}


class DateEdit(QDateEdit):
    """A date field that Tab leaves at once (QDateEdit walks day, month, year first); type the date, or change
    the part under the cursor with the arrow keys. Shown in the language's one date style (formatting)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.setDisplayFormat(formatting.date_format())

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class TouchDialog(QDialog):
    """New touch (`account_id` preselects the account) or, with `touch_id`, an edit of that touch. After
    `accept()`, `touch_id` is the touch saved. "Signal instead" closes it and asks for a signal of the account
    chosen (`signal_instead`, None: no account yet)."""

    signal_instead = Signal(object)

    def __init__(
        self, editor: Editor, parent: QWidget | None = None, *, account_id: int | None = None,
        today: date | None = None, touch_id: int | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.editor = editor
        self.touch_id: int | None = touch_id
        self.editing = touch_id is not None
        self.setWindowTitle(self.tr("Edit touch") if self.editing else self.tr("Log a touch"))
        today = today or date.today()
        self.account = AccountBox(editor.store, self, account_id)
        self.account.setObjectName("touch_account")
        self.kind = QComboBox(self)
        for kind, text in self.kind_names().items():
            self.kind.addItem(text, kind)
        self._kind = "call"
        self.day = DateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setCalendarPopup(True)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(MINUTES["call"])
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.contacts = QListWidget(self)
        self.contacts.setObjectName("touch_contacts")
        self.contacts.setToolTip(self.tr("Space ticks the contact under the cursor"))
        self._contacts_of: int | None = None
        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText(self.tr("What was it about?"))
        self.next_step = QLineEdit(self)
        self.has_due = QCheckBox(self.tr("due on"), self)
        self.due = DateEdit(QDate(today.year, today.month, today.day).addDays(7), self)
        self.due.setCalendarPopup(True)
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.next_step.textChanged.connect(lambda text: self.has_due.setChecked(bool(text.strip())))
        self.step_done = QCheckBox(self.tr("done"), self)  # the next step is a task: done or not (My tasks)
        self.step_done.setEnabled(False)
        self._done_on: str | None = None  # the day it was marked done, kept while it stays ticked
        self._today = today
        self.next_step.textChanged.connect(lambda text: self.step_done.setEnabled(bool(text.strip())))
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        due_row.addWidget(self.step_done)

        form = QFormLayout(self)
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Time spent"), self.minutes)
        form.addRow(self.tr("Contacts involved"), self.contacts)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow("", due_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if not self.editing:
            instead = self.buttons.addButton(
                self.tr("Signal instead…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            instead.setToolTip(self.tr("Not a touch but something you heard: an outage, a request, ..."))
            instead.setAutoDefault(False)
            instead.clicked.connect(self._signal_instead)
        form.addRow(self.buttons)
        self.account.currentIndexChanged.connect(self._account_changed)
        self.account.editTextChanged.connect(self._account_changed)
        if touch_id is not None:
            self._load(touch_id)
        else:
            self._fill_contacts(self.account_id(), [])
        self._account_changed()
        self.resize(480, self.sizeHint().height())
        (self.kind if self.account_id() is not None else self.account).setFocus()

    def kind_names(self) -> dict[str, str]:
        return {
            "call": self.tr("Call"), "meeting": self.tr("Meeting"), "email": self.tr("E-mail"),
            "visit": self.tr("Visit"), "qbr": self.tr("QBR"), "note": self.tr("Note"),
        }  # fmt: skip

    # --- the account -------------------------------------------------------------------------------------
    def account_id(self) -> int | None:
        """The chosen account: the name in the field must be an account's name (a fragment is not)."""
        return self.account.account_id()

    def pick_account(self) -> bool:
        return self.account.pick_account()

    def _signal_instead(self) -> None:
        self.reject()
        self.signal_instead.emit(self.account_id())

    def _account_changed(self) -> None:
        account_id = self.account_id()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(account_id is not None)
        if account_id != self._contacts_of:
            self._fill_contacts(account_id, self.contact_ids())

    # --- the contacts involved ---------------------------------------------------------------------------
    def _fill_contacts(self, account_id: int | None, checked: list[int]) -> None:
        self._contacts_of = account_id
        self.contacts.clear()
        rows = contact_rows(self.editor.store, account_id) if account_id is not None else []
        for row in rows:
            text = f"{row.name} · {row.role}" if row.role else row.name
            item = QListWidgetItem(text, self.contacts)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id in checked else Qt.CheckState.Unchecked)
        if not rows:
            empty = (
                self.tr("No contacts at this account yet")
                if account_id
                else self.tr("Choose an account first")
            )
            item = QListWidgetItem(empty, self.contacts)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.contacts.setEnabled(bool(rows))
        shown = min(max(len(rows), 3), 6)  # rows on show without scrolling; the dialog hardly jumps
        height = self.contacts.sizeHintForRow(0) * shown + 2 * self.contacts.frameWidth() + 2
        self.contacts.setFixedHeight(height)

    def contact_ids(self) -> list[int]:
        """The contacts ticked."""
        items = (self.contacts.item(i) for i in range(self.contacts.count()))
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole) is not None
        ]

    def set_contact_ids(self, ids: list[int]) -> None:
        for i in range(self.contacts.count()):
            item = self.contacts.item(i)
            if item.data(Qt.ItemDataRole.UserRole) is not None:
                checked = item.data(Qt.ItemDataRole.UserRole) in ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # --- the rest ----------------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        """The usual time of the new kind, unless the minutes were typed in."""
        kind = self.kind.currentData()
        if self.minutes.value() == MINUTES[self._kind]:
            self.minutes.setValue(MINUTES[kind])
        self._kind = kind

    def _load(self, touch_id: int) -> None:
        touch = read_touch(self.editor.store, touch_id)
        self.account.setCurrentIndex(self.account.findData(touch.account_id))
        self.kind.setCurrentIndex(self.kind.findData(touch.kind))
        self.day.setDate(QDate.fromString(touch.touched_on, Qt.DateFormat.ISODate))
        self.minutes.setValue(touch.minutes)
        self.summary.setText(touch.summary or "")
        self.next_step.setText(touch.next_step or "")
        self.has_due.setChecked(touch.next_step_due is not None)
        if touch.next_step_due:
            self.due.setDate(QDate.fromString(touch.next_step_due, Qt.DateFormat.ISODate))
        self._done_on = touch.next_step_done_on
        self.step_done.setChecked(touch.next_step_done_on is not None)
        self._fill_contacts(touch.account_id, list(touch.contact_ids))

    def values(self) -> dict[str, object]:
        """The touch's columns as the fields hold them."""
        due = self.due.date().toString(Qt.DateFormat.ISODate) if self.has_due.isChecked() else None
        step = self.next_step.text().strip() or None
        done = (self._done_on or self._today.isoformat()) if step and self.step_done.isChecked() else None
        return {
            "account_id": self.account_id(), "kind": self.kind.currentData(),
            "touched_on": self.day.date().toString(Qt.DateFormat.ISODate), "minutes": self.minutes.value(),
            "summary": self.summary.text().strip() or None,
            "next_step": step, "next_step_due": due, "next_step_done_on": done,
        }  # fmt: skip

    def accept(self) -> None:
        if self.account_id() is None:
            return
        store = self.editor.store
        try:
            if self.touch_id is not None and self.editing:
                self.editor.push(edit_touch(store, self.touch_id, self.values(), self.contact_ids()))
            else:
                change = log_touch(store, self.values(), self.contact_ids())
                self.editor.push(change)
                self.touch_id = change.ids[0]
        except (ChangeFailed, KeyError, ValueError) as error:  # changed elsewhere meanwhile: nothing stored
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Not saved: %1").replace("%1", not_saved(error))
            )
            return
        super().accept()
