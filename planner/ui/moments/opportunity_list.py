"""The opportunities as a sortable list (the board's "List"): account, product, kind, stage, amount, expected
close (an open one's passed close date in the warning colour), next step and its due day, owner. Enter or a
double-click edits, Delete asks before deleting; the menu also opens the account."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMenu, QVBoxLayout, QWidget

from planner.core.moments.opportunities import STAGES, OpportunityRow
from planner.ui.widgets import formatting
from planner.ui.widgets.moment_labels import kind_label, stage_label
from planner.ui.widgets.opportunity_dialog import WARNING
from planner.ui.widgets.palette_colours import panel_colour, readable
from planner.ui.widgets.record_model import RIGHT, Column, Index, RecordTableModel, number_key, text_key
from planner.ui.widgets.record_table import RecordTable, localised

translate = QCoreApplication.translate


def owner_of(row: OpportunityRow) -> str:
    """The opportunity's own owner (an imported deal owner), else its account's."""
    return row.deal_owner or row.owner


def overdue(row: OpportunityRow, today: str) -> bool:
    """An open opportunity whose expected close date has passed."""
    return row.is_open and row.close_on is not None and row.close_on < today


def opportunity_columns() -> list[Column]:
    def text(key: str, title: str, value: Any, width: int) -> Column:
        return Column(key, title, value, lambda r: text_key(value(r)), width=width)

    def day(key: str, title: str, width: int) -> Column:
        return Column(key, title, lambda r: formatting.iso_date(getattr(r, key)),
                      lambda r: getattr(r, key) or "", RIGHT, width, kind="date")  # fmt: skip

    return [
        text("account_name", translate("OpportunityList", "Account"), lambda r: r.account_name, 200),
        text("product_name", translate("OpportunityList", "Product"), lambda r: r.product_name, 140),
        text("kind", translate("OpportunityList", "Kind"), lambda r: kind_label(r.kind), 90),
        Column(
            "stage",
            translate("OpportunityList", "Stage"),
            lambda r: stage_label(r.stage),
            lambda r: STAGES.index(r.stage),
            width=170,
        ),  # fmt: skip
        Column(
            "value_cents",
            translate("OpportunityList", "Amount"),
            lambda r: formatting.money(r.value_cents),
            lambda r: number_key(r.value_cents),
            RIGHT,
            110,
            kind="money",
        ),  # fmt: skip
        day("close_on", translate("OpportunityList", "Expected close"), 150),
        text("next_step", translate("OpportunityList", "Next step"), lambda r: r.next_step, 200),
        day("next_step_due", translate("OpportunityList", "Due"), 90),
        text("owner", translate("OpportunityList", "Owner"), owner_of, 120),
    ]


class ListModel(RecordTableModel):
    """The record model with an open opportunity's passed close date in the warning colour."""

    _ROLES = RecordTableModel._ROLES | {Qt.ItemDataRole.ForegroundRole}
    today = ""
    close_column = -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.isValid() and index.column() == self.close_column:
                return (
                    QBrush(QColor(readable(WARNING, panel_colour())))
                    if overdue(self.row_at(index.row()), self.today)
                    else None
                )
            return None
        return super().data(index, role)


class OpportunityList(QWidget):
    """`edit_requested(id)`, `delete_requested(id)`, `account_requested(account id)`."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)
    account_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writable = True
        columns = opportunity_columns()
        self.table = RecordTable(
            columns, lambda r: f"{r.account_name} {r.product_name} {owner_of(r)} {r.next_step} {r.notes}",
            lambda total, shown: self.tr("%1 of %2 opportunities")
            .replace("%1", localised(shown)).replace("%2", localised(total)),
            "", self, with_filter=False,
        )  # fmt: skip
        model = ListModel(columns, self.table.model._haystack, (), self.table)
        model.close_column = model.column_of("close_on")
        self.table.use_model(model)
        self.table.table.setAccessibleName(self.tr("Opportunities"))
        self.table.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.table.customContextMenuRequested.connect(self._menu_at)
        self.table.opened.connect(self._open)
        self.table.delete_requested.connect(self._delete)
        self.table.sort_by("close_on")
        self.table.table.horizontalHeader().setSectionResizeMode(
            model.column_of("next_step"), QHeaderView.ResizeMode.Stretch
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    @property
    def model(self) -> ListModel:
        return self.table.model  # type: ignore[return-value]

    def set_rows(self, rows: Sequence[OpportunityRow], today: date) -> None:
        self.model.today = today.isoformat()
        self.table.set_rows(rows)

    def ids(self) -> list[int]:
        """The opportunities shown, top to bottom."""
        return [self.model.row_at(n).id for n in range(self.model.rowCount())]

    def _delete(self, ids: list[int]) -> None:
        if self.writable and ids:
            self.delete_requested.emit(ids[0])

    def _open(self, opportunity_id: int) -> None:
        if self.writable:
            self.edit_requested.emit(opportunity_id)
        else:
            row = self.model.row_at(self.model.row_of(opportunity_id) or 0)
            self.account_requested.emit(row.account_id)

    def menu(self, opportunity_id: int) -> QMenu:
        """The row's menu: edit, open the account, delete."""
        row = self.model.row_at(self.model.row_of(opportunity_id) or 0)
        menu = QMenu(self)
        edit = menu.addAction(self.tr("&Edit…"), lambda: self.edit_requested.emit(opportunity_id))
        edit.setShortcut("Return")
        edit.setEnabled(self.writable)
        menu.addAction(self.tr("Open account"), lambda: self.account_requested.emit(row.account_id))
        menu.addSeparator()
        delete = menu.addAction(self.tr("&Delete…"), lambda: self.delete_requested.emit(opportunity_id))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setEnabled(self.writable)
        return menu

    def _menu_at(self, position: QPoint) -> None:
        index = self.table.table.indexAt(position)
        if not index.isValid():
            return
        self.table.table.selectRow(index.row())
        menu = self.menu(self.model.row_at(index.row()).id)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.table.viewport().mapToGlobal(position))
