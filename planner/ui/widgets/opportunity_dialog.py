"""Create or edit an opportunity: account, product, kind, amount (proposed from the whitespace), expected
close date, stage, next step with its due day, note; saved as one undoable step. An open opportunity of the
same account and product is offered instead of a second one. Shared: the opportunity board and list, the
moments inbox, the readiness panel, the whitespace grid and the account page use it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.growth.whitespace import whitespace_value
from planner.core.moments.opportunities import KINDS, OPEN_STAGES, STAGES, OpportunityRow
from planner.core.moments.opportunity_records import (
    OpenOpportunityExists,
    delete_opportunity,
    held_revenue,
    open_duplicate,
    propose_kind,
    quarter_end,
    read_opportunity,
    save_opportunity,
)
from planner.core.portfolio.changes import ChangeFailed
from planner.core.portfolio.records import ref_choices
from planner.ui.widgets import formatting
from planner.ui.widgets.account_box import AccountBox
from planner.ui.widgets.editing import Editor, not_saved
from planner.ui.widgets.moment_labels import kind_label, stage_label
from planner.ui.widgets.palette_colours import readable
from planner.ui.widgets.touch_dialog import DateEdit

if TYPE_CHECKING:
    from planner.core.moments.moments import Moment

NO_DATE = QDate(2000, 1, 1)  # a date edit's minimum: shown blank, means "no date"
MAX_EUROS = 999_999_999.99
WARNING = "#b54848"  # the board's colour for lost and overdue


def day_edit(parent: QWidget, day: str | date | None, *, blank: bool = False) -> DateEdit:
    """A date field with a four-digit year in the user's locale; `blank`: it can be empty (shown blank at
    its minimum)."""
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    if blank:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(" ")
    set_day(edit, day)
    return edit


def set_day(edit: DateEdit, day: str | date | None) -> None:
    if day is None or day == "":
        edit.setDate(edit.minimumDate())
        return
    found = day if isinstance(day, date) else date.fromisoformat(str(day)[:10])
    edit.setDate(QDate(found.year, found.month, found.day))


def day_of(edit: DateEdit) -> str | None:
    """The ISO day in the field; None when it is blank."""
    if edit.specialValueText() and edit.date() <= edit.minimumDate():
        return None
    return edit.date().toString(Qt.DateFormat.ISODate)


def duplicate_text(row: OpportunityRow) -> str:
    """ "Müller GmbH already has an open opportunity for Analytics (Marketing-qualified need, 12,000 €)"."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "OpportunityDialog", "%1 already has an open opportunity for %2 (%3, %4)"
    )
    return (
        text.replace("%1", row.account_name)
        .replace("%2", row.product_name)
        .replace("%3", stage_label(row.stage))
        .replace("%4", formatting.money(row.value_cents))
    )


class OpportunityDialog(QDialog):
    """A new opportunity (`account_id`, `product_id` and `values` prefill it; `values` holds columns such as
    value_cents, stage, notes, raised_by) or, with `opportunity_id`, an edit of that one. With `moment`,
    saving also takes the moment out of the inbox (moment_decisions.to_opportunity), in the same undo step.
    `saved(id)` after the save."""

    saved = Signal(int)

    def __init__(
        self, editor: Editor, parent: QWidget | None = None, *, opportunity_id: int | None = None,
        account_id: int | None = None, product_id: int | None = None, values: dict | None = None,
        today: date | None = None, moment: Moment | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.editor, self.moment = editor, moment
        self.today = today or date.today()
        self.opportunity_id: int | None = None
        self._loaded: tuple[int, int | None] | None = None  # the edited one's account and product as stored
        self._extra: dict[str, Any] = {}  # prefilled columns the dialog has no field for (raised_by, ...)
        self._amount_typed = False
        self._kind_chosen = False
        self._filling = False
        self._proposal: int | None = None
        self._proposal_held = False  # the proposal is what the account pays for a product it holds
        self._duplicate: OpportunityRow | None = None
        store = editor.store

        self._fixed_account = (
            account_id if opportunity_id is None else read_opportunity(store, opportunity_id).account_id
        )
        if self._fixed_account is not None:
            self.account_box: AccountBox | None = None
            self.account_label: QLabel | None = QLabel(self._account_name(self._fixed_account), self)
            self.account_field: QWidget = self.account_label
        else:
            self.account_box = AccountBox(store, self)
            self.account_label = None
            self.account_field = self.account_box
        self.account_field.setObjectName("opportunity_account")
        self.product = QComboBox(self)
        self.product.setObjectName("opportunity_product")
        self.product.addItem(self.tr("(no product)"), None)
        for pid, pname in ref_choices(store, "products"):
            self.product.addItem(pname, pid)
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.amount = QDoubleSpinBox(self)
        self.amount.setObjectName("opportunity_amount")
        self.amount.setRange(0.0, MAX_EUROS)
        self.amount.setDecimals(2)
        self.amount.setGroupSeparatorShown(True)
        formatting.money_box(self.amount)
        self.amount.setSingleStep(1000.0)
        self.amount.setMinimumWidth(160)
        self.amount_hint = QLabel(self)
        self.amount_hint.setObjectName("opportunity_amount_hint")
        self.amount_hint.setStyleSheet("color: palette(placeholder-text);")
        self.close_on = day_edit(self, quarter_end(self.today), blank=True)
        self.close_on.setObjectName("opportunity_close_on")
        self.close_on.setToolTip(self.tr("Expected close date; proposed: the end of the current quarter"))
        self.stage = QComboBox(self)
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage)
        self.next_step = QLineEdit(self)
        self.next_step.setPlaceholderText(self.tr("What happens next, e.g. send the offer"))
        self.has_due = QCheckBox(self.tr("due on"), self)
        self.due = day_edit(self, self.today + timedelta(days=7))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.next_step.textEdited.connect(lambda text: self.has_due.setChecked(bool(text.strip())))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)

        self.duplicate_frame = QFrame(self)
        self.duplicate_frame.setObjectName("opportunity_duplicate")
        self.duplicate_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_label = QLabel(self.duplicate_frame)
        self.duplicate_label.setWordWrap(True)
        self.instead_button = QPushButton(self.tr("Edit that one instead"), self.duplicate_frame)
        self.instead_button.setAutoDefault(False)
        self.instead_button.clicked.connect(self.edit_duplicate)
        duplicate_row = QHBoxLayout(self.duplicate_frame)
        duplicate_row.addWidget(self.duplicate_label, 1)
        duplicate_row.addWidget(self.instead_button)
        self.duplicate_frame.hide()
        self.message = QLabel(self)
        self.message.setObjectName("opportunity_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {readable(WARNING)};")

        amount_box = QVBoxLayout()
        amount_box.setSpacing(2)
        amount_box.addWidget(self.amount)
        amount_box.addWidget(self.amount_hint)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.account_field)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Amount"), amount_box)
        form.addRow(self.tr("Expected close"), self.close_on)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow("", due_row)
        form.addRow(self.tr("Note"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicate_frame)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if opportunity_id is not None:
            self._load(opportunity_id)
        else:
            self._prefill(product_id, values or {})
        self.product.currentIndexChanged.connect(self._product_changed)
        self.kind.activated.connect(self._kind_activated)
        self.amount.valueChanged.connect(self._amount_changed)
        self.stage.currentIndexChanged.connect(lambda _: self._refresh())
        if self.account_box is not None:
            self.account_box.currentIndexChanged.connect(lambda _: self._product_changed())
            self.account_box.editTextChanged.connect(lambda _: self._refresh())
        self._refresh()
        self.resize(520, self.sizeHint().height())
        (self.product if self.account_box is None else self.account_box).setFocus()

    # --- filling ---------------------------------------------------------------------------------------
    def _account_name(self, account_id: int) -> str:
        from planner.core.portfolio.accounts import account_name

        return account_name(self.editor.store, account_id)

    def account_id(self) -> int | None:
        return self._fixed_account if self.account_box is None else self.account_box.account_id()

    def product_id(self) -> int | None:
        data = self.product.currentData()
        return None if data is None else int(data)

    def _set_product(self, product_id: int | None) -> None:
        self.product.setCurrentIndex(
            max(self.product.findData(product_id), 0) if product_id is not None else 0
        )

    def _set_amount(self, cents: int) -> None:
        self._filling = True
        self.amount.setValue(cents / 100)
        self._filling = False

    def amount_cents(self) -> int:
        return round(self.amount.value() * 100)

    def _prefill(self, product_id: int | None, values: Mapping[str, Any]) -> None:
        self.setWindowTitle(self.tr("New opportunity"))
        shown = {"account_id", "product_id", "kind", "stage", "value_cents", "close_on", "next_step",
                 "next_step_due", "notes"}  # fmt: skip
        self._extra = {k: v for k, v in values.items() if k not in shown}
        self._set_product(values.get("product_id", product_id))
        if values.get("kind") in KINDS:
            self.kind.setCurrentIndex(self.kind.findData(values["kind"]))
            self._kind_chosen = True
        else:
            self._propose_kind()
        self.stage.setCurrentIndex(max(self.stage.findData(values.get("stage") or "signal"), 0))
        if values.get("value_cents") is not None:
            self._set_amount(int(values["value_cents"]))
            self._amount_typed = True  # the amount came with it (a moment's value at stake, a cell's value)
            self._proposal = self._whitespace()
        else:
            self._propose_amount()
        if "close_on" in values:
            set_day(self.close_on, values["close_on"])
        self.next_step.setText(str(values.get("next_step") or ""))
        self.has_due.setChecked(bool(values.get("next_step_due")))
        if values.get("next_step_due"):
            set_day(self.due, values["next_step_due"])
        self.notes.setPlainText(str(values.get("notes") or ""))

    def _load(self, opportunity_id: int) -> None:
        row = read_opportunity(self.editor.store, opportunity_id)
        self.opportunity_id = opportunity_id
        self._loaded = (row.account_id, row.product_id)
        self._extra = {}
        self.setWindowTitle(self.tr("Edit opportunity"))
        self._filling = True
        self._set_product(row.product_id)
        self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.stage.setCurrentIndex(self.stage.findData(row.stage))
        self._filling = False
        self._set_amount(row.value_cents)
        self._kind_chosen = self._amount_typed = True
        self._proposal = self._whitespace()
        set_day(self.close_on, row.close_on)
        self.next_step.setText(row.next_step)
        self.has_due.setChecked(row.next_step_due is not None)
        if row.next_step_due:
            set_day(self.due, row.next_step_due)
        self.notes.setPlainText(row.notes)

    # --- proposals ---------------------------------------------------------------------------------------
    def _whitespace(self) -> int | None:
        """The amount to propose: the whitespace value of a product the account lacks (or tries), else what
        it pays a year for a product it holds (a renewal); `_proposal_held` says which."""
        account, product = self.account_id(), self.product_id()
        self._proposal_held = False
        if account is None or product is None:
            return None
        value = whitespace_value(self.editor.store, account, product)
        if value is None:
            value = held_revenue(self.editor.store, account, product)
            self._proposal_held = value is not None
        return value

    def _propose_amount(self) -> None:
        self._proposal = self._whitespace()
        if not self._amount_typed:
            self._set_amount(self._proposal or 0)

    def _propose_kind(self) -> None:
        account = self.account_id()
        if account is not None and not self._kind_chosen:
            self.kind.setCurrentIndex(
                self.kind.findData(propose_kind(self.editor.store, account, self.product_id()))
            )

    def _product_changed(self) -> None:
        if self._filling:
            return
        self._propose_kind()
        self._propose_amount()
        self._refresh()

    def _kind_activated(self, _: int) -> None:
        self._kind_chosen = True

    def _amount_changed(self, _: float) -> None:
        if not self._filling:
            self._amount_typed = True
            self._refresh()

    # --- state ---------------------------------------------------------------------------------------------
    def duplicate(self) -> OpportunityRow | None:
        """The open opportunity of the chosen account and product that saving would duplicate."""
        account, product = self.account_id(), self.product_id()
        if account is None or product is None or self.stage.currentData() not in OPEN_STAGES:
            return None
        if self._loaded is not None and self._loaded == (account, product):
            return None  # the edited one keeps its account and product: nothing new is duplicated
        return open_duplicate(self.editor.store, account, product, except_id=self.opportunity_id)

    def _refresh(self) -> None:
        shows_proposal = self._proposal is not None and self.amount_cents() == self._proposal
        self.amount_hint.setText(
            (self.tr("proposed from what the account pays for it a year: %1") if self._proposal_held
             else self.tr("proposed from the whitespace: %1")).replace("%1", formatting.money(self._proposal))
            if shows_proposal else ""
        )  # fmt: skip
        self.amount_hint.setVisible(shows_proposal)
        self._duplicate = self.duplicate()
        if self._duplicate is not None:
            self.duplicate_label.setText(duplicate_text(self._duplicate))
        self.duplicate_frame.setVisible(self._duplicate is not None)
        problem = self.problem()
        self.message.setText(problem or "")
        self.message.setVisible(bool(problem) and self._duplicate is None)
        self.save_button.setEnabled(problem is None and not self.editor.store.readonly)

    def problem(self) -> str | None:
        """Why it cannot be saved as it is; None when it can."""
        if self.account_id() is None:
            return self.tr("Choose an account")
        if self._duplicate is not None:
            return duplicate_text(self._duplicate)
        return None

    def edit_duplicate(self) -> None:
        """Switch to editing the open opportunity that is there already."""
        if self._duplicate is not None:
            self._amount_typed = self._kind_chosen = False
            self._load(self._duplicate.id)
            self._refresh()

    def values(self) -> dict[str, Any]:
        """The opportunity's columns as the fields hold them."""
        return {
            "account_id": self.account_id(), "product_id": self.product_id(), "kind": self.kind.currentData(),
            "stage": self.stage.currentData(), "value_cents": self.amount_cents(),
            "close_on": day_of(self.close_on), "next_step": self.next_step.text().strip() or None,
            "next_step_due": day_of(self.due) if self.has_due.isChecked() else None,
            "notes": self.notes.toPlainText().strip() or None,
        }  # fmt: skip

    def accept(self) -> None:
        self._refresh()
        if not self.save_button.isEnabled():
            return
        store, values = self.editor.store, self.values()
        try:
            if self.moment is not None:
                from planner.core.moments.moment_decisions import to_opportunity

                change = to_opportunity(store, self.moment, {**self._extra, **values},
                                        opportunity_id=self.opportunity_id, today=self.today)  # fmt: skip
                self.editor.push(change)
                saved = int(change.after["moment_decisions"][0]["opportunity_id"])
            elif self.opportunity_id is not None:
                self.editor.push(save_opportunity(store, values, self.opportunity_id, today=self.today))
                saved = self.opportunity_id
            else:
                change = save_opportunity(store, {**self._extra, **values}, today=self.today)
                self.editor.push(change)
                saved = change.ids[0]
        except OpenOpportunityExists:  # made meanwhile elsewhere: offer it
            self._refresh()
            return
        except (ChangeFailed, KeyError, ValueError) as error:  # nothing was stored
            self.message.setText(self.tr("Not saved: %1").replace("%1", not_saved(error)))
            self.message.show()
            return
        self.opportunity_id = saved
        super().accept()
        self.saved.emit(saved)


def open_opportunity_dialog(editor: Editor, parent: QWidget | None, **kwargs: Any) -> OpportunityDialog:
    """The dialog, shown window-modal; it deletes itself when closed."""
    dialog = OpportunityDialog(editor, parent, **kwargs)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def confirm_delete_opportunity(editor: Editor, parent: QWidget | None, opportunity_id: int) -> bool:
    """Ask, then delete the opportunity (with the moment decision that made it: the moment returns to the
    inbox) as one undo step. True when it was deleted."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    try:
        row = read_opportunity(editor.store, opportunity_id)
    except KeyError:
        return False
    question = translate("OpportunityDialog", "Delete the opportunity %1 (%2, %3)?")
    question = question.replace("%1", row.title).replace("%2", stage_label(row.stage))
    question = question.replace("%3", formatting.money(row.value_cents))
    question += "\n" + translate("OpportunityDialog", "Undo (Ctrl+Z) brings it back.")
    answer = QMessageBox.question(
        parent, translate("OpportunityDialog", "Delete opportunity"), question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )  # fmt: skip
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        return editor.push(delete_opportunity(editor.store, opportunity_id))
    except (ChangeFailed, KeyError):
        return False


def moment_opportunity(editor: Editor, moment: Moment) -> OpportunityRow | None:
    """The open opportunity of the moment's account for its product, when there is one."""
    return open_duplicate(editor.store, moment.account_id, moment.product_id)


def open_moment_dialog(
    editor: Editor, parent: QWidget | None, moment: Moment, *, today: date | None = None
) -> OpportunityDialog:
    """ "Create an opportunity" from a moment: the dialog prefilled from it (product, kind, the stage its
    readiness allows, amount = the value at stake, note = why now); or, when its account already has an
    open opportunity for the product, that one to edit. Saved, the moment leaves the inbox (linked to the
    opportunity) in the same undo step."""
    from planner.core.moments.moment_decisions import moment_values
    from planner.ui.widgets.moment_labels import evidence_text, rule_label

    existing = moment_opportunity(editor, moment)
    if existing is not None:
        return open_opportunity_dialog(editor, parent, opportunity_id=existing.id, moment=moment, today=today)
    values = moment_values(moment, today or date.today())
    values["notes"] = f"{rule_label(moment.rule)}: {evidence_text(moment)}"
    return open_opportunity_dialog(
        editor, parent, account_id=moment.account_id, values=values, moment=moment, today=today
    )
