"""Enter or edit a signal by hand: account, what happened, the date (today), contact, product, the fields its
kind needs (content and topic, department or region) and a detail; Enter saves it as one undoable step."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from planner.core.portfolio.catalog import contact_rows
from planner.core.portfolio.changes import ChangeFailed
from planner.core.portfolio.records import ref_choices
from planner.core.portfolio.signals import (
    KIND_FIELDS,
    KINDS,
    SignalInvalid,
    add_signal,
    edit_signal,
    read_signal,
)
from planner.ui.widgets.account_box import AccountBox
from planner.ui.widgets.editing import Editor, not_saved
from planner.ui.widgets.moment_labels import signal_kind_label
from planner.ui.widgets.palette_colours import error as error_colour
from planner.ui.widgets.touch_dialog import DateEdit

translate = QCoreApplication.translate
TEXTS = ("content", "topic", "department", "region", "detail")


def problem_words(code: str) -> str:
    """A problem of signals.problems in the user's language."""
    return {
        "kind": translate("SignalForm", "Choose what happened."),
        "date": translate("SignalForm", "Enter the date it happened."),
        "not_date": translate("SignalForm", "Not a date."),
        "stakeholder": translate("SignalForm", "A new stakeholder needs a department or a region."),
        "content": translate("SignalForm", "Name the content they engaged with."),
        "account": translate("SignalForm", "Choose the account."),
        "contact": translate("SignalForm", "The contact is not one of this account's."),
    }.get(code, code)


class SignalDialog(QDialog):
    """A new signal (`account_id` preselects the account) or, with `signal_id`, an edit of that signal. After
    `accept()`, `signal_id` is the signal saved."""

    def __init__(
        self, editor: Editor, parent: QWidget | None = None, *, account_id: int | None = None,
        signal_id: int | None = None, today: date | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.editor = editor
        self.signal_id = signal_id
        self.editing = signal_id is not None
        self.setWindowTitle(self.tr("Edit signal") if self.editing else self.tr("Log a signal"))
        today = today or date.today()
        store = editor.store
        self.account = AccountBox(store, self, account_id)
        self.account.setObjectName("signal_account")
        self.kind = QComboBox(self)
        self.kind.setObjectName("signal_kind")
        self.kind.setPlaceholderText(self.tr("What happened? (type the first letter)"))
        for kind in KINDS:
            self.kind.addItem(signal_kind_label(kind), kind)
        self.kind.setCurrentIndex(-1)
        self.day = DateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setCalendarPopup(True)
        self.contact = QComboBox(self)
        self.contact.setObjectName("signal_contact")
        self._contacts_of: int | None = -1  # no account's contacts filled yet
        self.product = QComboBox(self)
        self.product.addItem(self.tr("(none)"), None)
        for record_id, name in ref_choices(store, "products"):
            self.product.addItem(name, record_id)
        self.texts: dict[str, QLineEdit] = {}
        for name in TEXTS:
            field = QLineEdit(self)
            field.setObjectName(f"signal_{name}")
            self.texts[name] = field
        self.texts["content"].setPlaceholderText(self.tr("Webinar, whitepaper, newsletter, ..."))
        self.texts["topic"].setPlaceholderText(self.tr("The subject, e.g. a product's field"))
        self.texts["department"].setPlaceholderText(self.tr("Department or region (one is enough)"))
        self.texts["detail"].setPlaceholderText(self.tr("What did you hear?"))
        self.problems = QLabel(self)
        self.problems.setObjectName("signal_problems")
        self.problems.setStyleSheet(f"color: {error_colour()};")
        self.problems.setWordWrap(True)
        self.problems.hide()

        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Account"), self.account)
        self.form.addRow(self.tr("What happened"), self.kind)
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Contact"), self.contact)
        self.form.addRow(self.tr("Product"), self.product)
        self.content_label = QLabel(self.tr("Content"), self)
        self.form.addRow(self.content_label, self.texts["content"])
        self.form.addRow(self.tr("Topic"), self.texts["topic"])
        self.form.addRow(self.tr("Department"), self.texts["department"])
        self.form.addRow(self.tr("Region"), self.texts["region"])
        self.form.addRow(self.tr("Detail"), self.texts["detail"])
        self.form.addRow(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.account.currentIndexChanged.connect(self._account_changed)
        self.account.editTextChanged.connect(self._account_changed)
        self._account_changed()
        if signal_id is not None:
            self._load(signal_id)
        self._kind_changed()
        self.setMinimumWidth(460)
        (self.kind if self.account.account_id() is not None else self.account).setFocus()

    # --- the fields ----------------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        """Show the fields the kind has: content and topic, department and region; an event names itself."""
        kind = self.kind.currentData()
        shown = set(KIND_FIELDS.get(kind, ()))
        for name in ("content", "topic", "department", "region"):
            self.form.setRowVisible(self.texts[name], name in shown)
        event = kind == "event_attended"
        self.content_label.setText(self.tr("Event") if event else self.tr("Content"))
        self.texts["content"].setPlaceholderText(
            self.tr("Trade fair, user group, webinar, ...") if event
            else self.tr("Webinar, whitepaper, newsletter, ...")
        )  # fmt: skip
        self.adjustSize()

    def _account_changed(self) -> None:
        account_id = self.account.account_id()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(account_id is not None)
        if account_id != self._contacts_of:
            self._fill_contacts(account_id)

    def _fill_contacts(self, account_id: int | None) -> None:
        chosen = self.contact.currentData()
        self._contacts_of = account_id
        self.contact.clear()
        self.contact.addItem(self.tr("(none)"), None)
        rows = contact_rows(self.editor.store, account_id) if account_id is not None else []
        for row in rows:
            self.contact.addItem(f"{row.name} · {row.role}" if row.role else row.name, row.id)
        self.contact.setCurrentIndex(max(self.contact.findData(chosen), 0) if chosen is not None else 0)

    def _load(self, signal_id: int) -> None:
        row = read_signal(self.editor.store, signal_id)
        self.account.setCurrentIndex(self.account.findData(row["account_id"]))
        self._account_changed()
        self.kind.setCurrentIndex(self.kind.findData(row["kind"]))
        self.day.setDate(QDate.fromString(row["occurred_on"], Qt.DateFormat.ISODate))
        self.contact.setCurrentIndex(max(self.contact.findData(row["contact_id"]), 0))
        self.product.setCurrentIndex(max(self.product.findData(row["product_id"]), 0))
        for name, field in self.texts.items():
            field.setText(row[name] or "")

    def values(self) -> dict[str, Any]:
        """The signal's columns as the fields hold them (hidden ones too: a kind changed back keeps them)."""
        return {
            "account_id": self.account.account_id(), "kind": self.kind.currentData(),
            "occurred_on": self.day.date().toString(Qt.DateFormat.ISODate),
            "contact_id": self.contact.currentData(), "product_id": self.product.currentData(),
            **{name: field.text().strip() or None for name, field in self.texts.items()},
        }  # fmt: skip

    # --- saving --------------------------------------------------------------------------------------------
    def show_problems(self, problems: dict[str, str]) -> None:
        self.problems.setText("\n".join(problem_words(code) for code in problems.values()))
        self.problems.setVisible(bool(problems))
        widgets = {"account_id": self.account, "kind": self.kind, "occurred_on": self.day,
                   "contact_id": self.contact, "department": self.texts["department"],
                   "content": self.texts["content"]}  # fmt: skip
        first = next((widgets[f] for f in problems if f in widgets), None)
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        store = self.editor.store
        try:
            if self.signal_id is not None and self.editing:
                self.editor.push(edit_signal(store, self.signal_id, self.values()))
            else:
                change = add_signal(store, self.values())
                self.editor.push(change)
                self.signal_id = change.ids[0]
        except SignalInvalid as invalid:
            self.show_problems(invalid.problems)
            return
        except (ChangeFailed, KeyError, ValueError) as error:  # changed elsewhere meanwhile: nothing stored
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Not saved: %1").replace("%1", not_saved(error))
            )
            return
        super().accept()
