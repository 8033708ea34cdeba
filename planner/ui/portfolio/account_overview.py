"""The account page's overview: its open moments with what to do about them, its opportunities, and its
whitespace row, each action one undoable step through the dialogs the other workspaces use."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from planner.core.account.account_view import WhitespaceCell
from planner.core.moments.moments import Moment
from planner.core.moments.opportunities import STAGES, OpportunityRow
from planner.ui.portfolio.account_tables import chosen_row, stretch
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.moment_labels import evidence_text, kind_label, rule_label, stage_label
from planner.ui.widgets.record_model import RIGHT, Column, number_key, text_key
from planner.ui.widgets.record_table import RecordTable

translate = QCoreApplication.translate


class MomentLine:
    """An open moment as a row of the list (a row needs an `id`: its place by priority)."""

    __slots__ = ("id", "moment")

    def __init__(self, n: int, moment: Moment) -> None:
        self.id, self.moment = n, moment


def moment_columns() -> list[Column]:
    return [
        Column(
            "rule",
            translate("AccountOverview", "Moment"),
            lambda r: rule_label(r.moment.rule),
            lambda r: r.id,
            width=170,
        ),
        Column(
            "value",
            translate("AccountOverview", "Value at stake"),
            lambda r: formatting.money(r.moment.value_cents),
            lambda r: r.moment.value_cents,
            RIGHT,
            120,
        ),
        Column(
            "day",
            translate("AccountOverview", "Day"),
            lambda r: formatting.iso_date(r.moment.day),
            lambda r: r.moment.day,
            RIGHT,
            90,
        ),
        Column(
            "why",
            translate("AccountOverview", "Why now"),
            lambda r: evidence_text(r.moment),
            lambda r: text_key(evidence_text(r.moment)),
            width=520,
            tooltip=lambda r: evidence_text(r.moment),
        ),
    ]


def opportunity_columns() -> list[Column]:
    return [
        Column(
            "product",
            translate("AccountOverview", "Product"),
            lambda r: r.product_name,
            lambda r: text_key(r.product_name),
            width=140,
        ),
        Column(
            "stage",
            translate("AccountOverview", "Stage"),
            lambda r: stage_label(r.stage),
            lambda r: (not r.is_open, STAGES.index(r.stage), -r.value_cents),
            width=95,
        ),
        Column(
            "value",
            translate("AccountOverview", "Amount"),
            lambda r: formatting.money(r.value_cents),
            lambda r: r.value_cents,
            RIGHT,
            95,
        ),
        Column(
            "close_on",
            translate("AccountOverview", "Close date"),
            lambda r: formatting.iso_date(r.close_on),
            lambda r: r.close_on or "",
            RIGHT,
            95,
        ),
        Column(
            "kind",
            translate("AccountOverview", "Kind"),
            lambda r: kind_label(r.kind),
            lambda r: r.kind,
            width=80,
            hidden=True,  # the column chooser shows it: the next step matters more in this narrow list
        ),
        Column(
            "next_step",
            translate("AccountOverview", "Next step"),
            lambda r: r.next_step,
            lambda r: text_key(r.next_step),
            width=160,
            tooltip=lambda r: r.next_step or None,
        ),
    ]


def state_words(cell: WhitespaceCell) -> str:
    return {
        "held": translate("AccountOverview", "held"),
        "trial": translate("AccountOverview", "trial"),
        "whitespace": translate("AccountOverview", "whitespace"),
    }.get(cell.state, cell.state)


def whitespace_columns() -> list[Column]:
    return [
        Column(
            "product",
            translate("AccountOverview", "Product"),
            lambda r: r.product,
            lambda r: text_key(r.product),
            width=140,
        ),
        Column("state", translate("AccountOverview", "State"), state_words, lambda r: r.state, width=90),
        Column(
            "value",
            translate("AccountOverview", "Value"),
            lambda r: formatting.money(r.value_cents),
            lambda r: number_key(r.value_cents),
            RIGHT,
            100,
            tooltip=basis_words,
        ),
        Column(
            "basis",
            translate("AccountOverview", "Valued at"),
            lambda r: basis_words(r) or "",
            lambda r: text_key(basis_words(r) or ""),
            width=150,
            tooltip=basis_words,
        ),
    ]


def basis_words(cell: WhitespaceCell) -> str | None:
    """Where the value is from, short: "revenue", "median of 12 peers", "list price"."""
    if cell.state == "held":
        return translate("AccountOverview", "its revenue")
    return {
        "peers": translate("AccountOverview", "median of %1 peers"),
        "segment": translate("AccountOverview", "segment median (%1)"),
        "all": translate("AccountOverview", "median of all (%1)"),
        "price": translate("AccountOverview", "list price"),
    }.get(cell.basis, "").replace("%1", formatting.number(cell.peers)) or None


def _section(parent: QWidget, table: RecordTable, buttons: Sequence[QPushButton]) -> QGroupBox:
    box = QGroupBox(parent)
    layout = QVBoxLayout(box)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    layout.addWidget(table, 1)
    return box


class AccountOverview(QWidget):
    """Open moments (log a touch, make an opportunity, snooze, dismiss), opportunities (new, edit, delete)
    and the whitespace row (make an opportunity of a whitespace or trial product)."""

    def __init__(self, editor: Editor, account_id: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.account_id, self.today = editor, account_id, today
        self.dialog: QWidget | None = None  # the latest one opened
        writable = not editor.store.readonly
        none = lambda _t, _s: ""  # noqa: E731
        self.moments = RecordTable(
            moment_columns(), lambda r: evidence_text(r.moment), none, "", self, with_filter=False
        )
        self.opportunities = RecordTable(
            opportunity_columns(), lambda r: r.product_name, none, "", self, with_filter=False
        )
        self.whitespace = RecordTable(
            whitespace_columns(), lambda r: r.product, none, "", self, with_filter=False
        )
        self.whitespace.sort_by("value", Qt.SortOrder.DescendingOrder)
        self.moments.sort_by("rule")  # by priority
        self.opportunities.sort_by("stage")  # open ones first, along the path
        stretch(self.moments, "why")
        stretch(self.opportunities, "next_step")
        stretch(self.whitespace, "basis")
        self.buttons: dict[str, QPushButton] = {}

        def button(name: str, text: str, slot: Callable[[], Any]) -> QPushButton:
            made = QPushButton(text, self)
            made.clicked.connect(lambda _=False: slot())
            self.buttons[name] = made
            return made

        self.moments_box = _section(
            self,
            self.moments,
            [
                button("touch", self.tr("Log a touch…"), self.log_touch),
                button("make", self.tr("Make an opportunity…"), self.make_opportunity),
                button("snooze", self.tr("Snooze…"), lambda: self.decide("snoozed")),
                button("dismiss", self.tr("Dismiss…"), lambda: self.decide("dismissed")),
            ],
        )
        self.opportunities_box = _section(
            self,
            self.opportunities,
            [
                button("new", self.tr("New…"), self.new_opportunity),
                button("edit", self.tr("Edit…"), self.edit_opportunity),
                button("delete", self.tr("Delete…"), self.delete_opportunity),
            ],
        )
        self.whitespace_box = _section(
            self,
            self.whitespace,
            [
                button("offer", self.tr("Make an opportunity…"), self.offer_product),
            ],
        )
        self.opportunities.opened.connect(lambda i: self.edit_opportunity(i))
        self.opportunities.delete_requested.connect(lambda ids: self.delete_opportunity(ids[0]))
        self.whitespace.opened.connect(lambda _i: self.offer_product())
        for table in (self.moments, self.opportunities, self.whitespace):
            table.table.selectionModel().selectionChanged.connect(self._chosen)
        self._writable = writable
        lower = QHBoxLayout()
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.opportunities_box, 1)
        lower.addWidget(self.whitespace_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.moments_box, 1)
        layout.addLayout(lower, 1)
        self._chosen()

    def show_parts(
        self,
        moments: Sequence[Moment],
        opportunities: Sequence[OpportunityRow],
        cells: Sequence[WhitespaceCell],
    ) -> None:
        self.moments.set_rows([MomentLine(n, m) for n, m in enumerate(moments)])
        self.opportunities.set_rows(opportunities)
        self.whitespace.set_rows(cells)
        count = formatting.number
        self.moments_box.setTitle(self.tr("Open moments (%1)").replace("%1", count(len(moments))))
        still_open = sum(1 for o in opportunities if o.is_open)
        self.opportunities_box.setTitle(
            self.tr("Opportunities (%1 open of %2)")
            .replace("%1", count(still_open))
            .replace("%2", count(len(opportunities)))
        )
        room = sum(c.value_cents for c in cells if c.state == "whitespace")
        self.whitespace_box.setTitle(
            self.tr("Whitespace row (%1 open)").replace("%1", formatting.money(room))
        )
        self._chosen()

    def _chosen(self, *_: object) -> None:
        w = self._writable
        moment = self.current_moment() is not None
        for name in ("touch", "make", "snooze", "dismiss"):
            self.buttons[name].setEnabled(w and moment)
        self.buttons["new"].setEnabled(w)
        chosen = bool(self.opportunities.selected_ids())
        self.buttons["edit"].setEnabled(w and chosen)
        self.buttons["delete"].setEnabled(w and chosen)
        cell = self.current_cell()
        self.buttons["offer"].setEnabled(w and cell is not None and cell.state in ("whitespace", "trial"))

    def current_moment(self) -> Moment | None:
        found = chosen_row(self.moments)
        return None if found is None else found.moment

    def current_cell(self) -> WhitespaceCell | None:
        found = chosen_row(self.whitespace)
        return found if isinstance(found, WhitespaceCell) else None

    # --- moments ------------------------------------------------------------------------------------------
    def log_touch(self) -> QWidget | None:
        from planner.ui.widgets.touch_dialog import TouchDialog

        m = self.current_moment()
        if m is None:
            return None
        dialog = TouchDialog(self.editor, self, account_id=self.account_id, today=self.today)
        dialog.summary.setText(f"{rule_label(m.rule)}: {evidence_text(m)}")
        return self._show(dialog)

    def decide(self, decision: str) -> QWidget | None:
        from planner.ui.widgets.moment_dialogs import DecisionDialog

        m = self.current_moment()
        if m is None:
            return None
        return self._show(DecisionDialog(self.editor, m, decision, self, today=self.today))

    def make_opportunity(self) -> QWidget | None:
        """The opportunity dialog prefilled from the moment (or its account's open one for the product, to
        edit); saved, the moment leaves the list in the same undo step."""
        m = self.current_moment()
        if m is None:
            return None
        from planner.ui.widgets.opportunity_dialog import open_moment_dialog

        self.dialog = open_moment_dialog(self.editor, self, m, today=self.today)
        return self.dialog

    # --- opportunities ------------------------------------------------------------------------------------
    def new_opportunity(self) -> QWidget:
        from planner.ui.widgets.opportunity_dialog import open_opportunity_dialog

        self.dialog = open_opportunity_dialog(self.editor, self, account_id=self.account_id, today=self.today)
        return self.dialog

    def edit_opportunity(self, opportunity_id: int | None = None) -> QWidget | None:
        opportunity_id = opportunity_id or next(iter(self.opportunities.selected_ids()), None)
        if opportunity_id is None or not self._writable:
            return None
        from planner.ui.widgets.opportunity_dialog import open_opportunity_dialog

        self.dialog = open_opportunity_dialog(
            self.editor, self, opportunity_id=opportunity_id, today=self.today
        )
        return self.dialog

    def delete_opportunity(self, opportunity_id: int | None = None) -> bool:
        opportunity_id = opportunity_id or next(iter(self.opportunities.selected_ids()), None)
        if opportunity_id is None or not self._writable:
            return False
        from planner.ui.widgets.opportunity_dialog import confirm_delete_opportunity

        return confirm_delete_opportunity(self.editor, self, opportunity_id)

    def offer_product(self) -> QWidget | None:
        """An opportunity for the chosen whitespace (or trial) product, its amount proposed from the cell."""
        cell = self.current_cell()
        if cell is None or cell.state not in ("whitespace", "trial") or not self._writable:
            return None
        from planner.ui.widgets.opportunity_dialog import open_opportunity_dialog

        self.dialog = open_opportunity_dialog(
            self.editor, self, account_id=self.account_id, product_id=cell.id, today=self.today
        )
        return self.dialog

    def _show(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
        return dialog
