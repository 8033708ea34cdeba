"""The coverage lists as tables: the neglect list, next steps due, single-threaded accounts, the accounts
whose time and value differ most, and net dollar retention per quarter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from planner.core.coverage.coverage import Retention, year_before
from planner.ui.widgets import formatting
from planner.ui.widgets.column_fit import ColumnFit
from planner.ui.widgets.core_rows import Row, column
from planner.ui.widgets.formatting import quarter_label
from planner.ui.widgets.frozen_column import FrozenColumn
from planner.ui.widgets.record_model import (
    CENTER,
    RIGHT,
    Column,
    RecordTableModel,
    number_key,
    text_key,
)

translate = QCoreApplication.translate
ROW_HEIGHT = 24
MINUS = "\u2212"


def tier_text(tier: str) -> str:
    return translate("CoverageTables", "Tier %1").replace("%1", tier) if tier else ""


def signed_money(cents: int, sign: str) -> str:
    """ "+455,492 €" or "−98,650 €"; nothing in front of nought."""
    return (sign if cents else "") + formatting.money(cents)


def account_column(width: int = 240) -> Column:
    title = translate("CoverageTables", "Account")
    return column(
        "account", title, lambda i: i.name, lambda i: text_key(i.name), width=width, tip=lambda i: i.name
    )


def tier_column() -> Column:
    return column("tier", translate("CoverageTables", "Tier"), lambda i: i.tier, lambda i: i.tier, CENTER, 45)


def neglect_columns() -> list[Column]:
    never = translate("CoverageTables", "never")
    return [
        account_column(),
        tier_column(),
        column(
            "owner",
            translate("CoverageTables", "Owner"),
            lambda n: n.owner,
            lambda n: text_key(n.owner),
            width=150,
        ),
        column(
            "revenue",
            translate("CoverageTables", "Revenue"),
            lambda n: formatting.money(n.revenue_cents),
            lambda n: n.revenue_cents,
            RIGHT,
            120,
        ),
        column(
            "last_touch",
            translate("CoverageTables", "Last touch"),
            lambda n: formatting.iso_date(n.last_touch) if n.last_touch else never,
            lambda n: n.last_touch or "",
            RIGHT,
            115,
        ),
        column(
            "overdue",
            translate("CoverageTables", "Days overdue"),
            lambda n: formatting.number(n.overdue) if n.overdue is not None else "–",
            lambda n: float("inf") if n.overdue is None else n.overdue,
            RIGHT,
            120,
        ),
        column(
            "cadence",
            translate("CoverageTables", "Cadence (days)"),
            lambda n: formatting.number(n.cadence),
            lambda n: n.cadence,
            RIGHT,
            110,
        ),
    ]


def due_columns() -> list[Column]:
    today = translate("CoverageTables", "due today")
    return [
        account_column(220),
        tier_column(),
        column(
            "next_step",
            translate("CoverageTables", "Next step"),
            lambda d: d.next_step,
            lambda d: text_key(d.next_step),
            width=360,
            tip=lambda d: d.next_step,
        ),
        column(
            "due",
            translate("CoverageTables", "Due"),
            lambda d: formatting.iso_date(d.due),
            lambda d: d.due,
            RIGHT,
            100,
        ),
        column(
            "overdue",
            translate("CoverageTables", "Days overdue"),
            lambda d: formatting.number(d.overdue) if d.overdue else today,
            lambda d: d.overdue,
            RIGHT,
            110,
        ),
    ]


def single_columns() -> list[Column]:
    return [
        account_column(320),
        tier_column(),
        column(
            "contacts",
            translate("CoverageTables", "Contacts"),
            lambda s: formatting.number(s.contacts),
            lambda s: s.contacts,
            RIGHT,
            90,
        ),
        column(
            "never",
            translate("CoverageTables", "Never reached"),
            lambda s: formatting.number(s.contacts - 1),
            lambda s: s.contacts,
            RIGHT,
            110,
        ),
        column(
            "touched",
            translate("CoverageTables", "The one contact touched"),
            lambda s: s.touched_contact,
            lambda s: text_key(s.touched_contact),
            width=240,
        ),
    ]


def annual_tip(r: Retention | None, since: str) -> str:
    """The trailing twelve months' figure in words, or the revenue it needs."""
    if r is None:
        return translate("CoverageTables", "Needs revenue for %1").replace("%1", quarter_label(since))
    text = translate("CoverageTables", "%1 against %2: %3 then · +%4 expansion · −%5 contraction · −%6 churn")
    money = (
        formatting.money(c) for c in (r.start_cents, r.expansion_cents, r.contraction_cents, r.churn_cents)
    )
    for n, value in reversed(list(enumerate((quarter_label(r.quarter), quarter_label(r.since), *money), 1))):
        text = text.replace(f"%{n}", value)
    return text


def retention_columns(annual: Mapping[tuple[str, str], Retention]) -> list[Column]:
    """Quarter over quarter per row, the trailing twelve months beside it: `annual` by quarter and tier,
    filled by the view when it reads."""
    book = translate("CoverageTables", "Whole book")

    def twelve(r: Retention) -> Retention | None:
        return annual.get((r.quarter, r.tier))

    return [
        column(
            "quarter",
            translate("CoverageTables", "Quarter"),
            lambda r: "" if r.tier else quarter_label(r.quarter),  # the quarter on its whole-book line
            lambda r: (r.quarter, r.tier == ""),
            width=90,
        ),
        column(
            "tier",
            translate("CoverageTables", "Accounts"),
            lambda r: tier_text(r.tier) or book,
            lambda r: r.tier or " ",
            width=110,
        ),
        column(
            "start",
            translate("CoverageTables", "Revenue before"),
            lambda r: formatting.money(r.start_cents),
            lambda r: r.start_cents,
            RIGHT,
            140,
        ),
        column(
            "expansion",
            translate("CoverageTables", "Expansion"),
            lambda r: signed_money(r.expansion_cents, "+"),
            lambda r: r.expansion_cents,
            RIGHT,
            130,
        ),
        column(
            "contraction",
            translate("CoverageTables", "Contraction"),
            lambda r: signed_money(r.contraction_cents, MINUS),
            lambda r: r.contraction_cents,
            RIGHT,
            130,
        ),
        column(
            "churn",
            translate("CoverageTables", "Churn"),
            lambda r: signed_money(r.churn_cents, MINUS),
            lambda r: r.churn_cents,
            RIGHT,
            130,
        ),
        column(
            "ndr",
            translate("CoverageTables", "NDR quarter"),
            lambda r: formatting.percent(r.ndr) or "–",
            lambda r: number_key(r.ndr),
            RIGHT,
            100,
        ),
        column(
            "ndr_annual",
            translate("CoverageTables", "NDR 12 months"),
            lambda r: (formatting.percent(a.ndr) if (a := twelve(r)) else "") or "–",
            lambda r: number_key(a.ndr if (a := twelve(r)) else None),
            RIGHT,
            120,
            tip=lambda r: annual_tip(twelve(r), year_before(r.quarter)),
        ),
    ]


class RetentionModel(RecordTableModel):
    """The whole book's line of each quarter in bold, its tiers below it."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and 0 <= index.row() < self.rowCount():
            retention: Retention = self.row_at(index.row()).item
            if retention.tier:
                return None
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class CoverageTable(QTableView):
    """A read-only list over core rows. Enter or a double-click emits `account_opened` with the account of
    the current row; a click on a header sorts by it when `sortable` (the core's order until then)."""

    account_opened = Signal(int)

    def __init__(
        self,
        columns: list[Column],
        stretch: str,
        parent: QWidget | None = None,
        *,
        model_class: type[RecordTableModel] = RecordTableModel,
        opens: bool = True,
        sortable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.records = model_class(columns, lambda r: "", parent=self)
        self.opens = opens
        self.setModel(self.records)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        for n, spec in enumerate(columns):
            self.setColumnWidth(n, spec.width)
        header.setSectionResizeMode(self.records.column_of(stretch), QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(sortable)
        if sortable:
            header.sectionClicked.connect(self._sort_by)
        if opens:
            self.doubleClicked.connect(lambda _: self.open_current())
        self.columns_fit = ColumnFit(self)  # to titles and contents when rows come
        self.frozen = FrozenColumn(self)  # the account stays when scrolling right

    def set_rows(self, rows: Sequence[Row]) -> None:
        """New rows; the current account stays current when it is still listed."""
        current = self.currentaccount_column()
        self.records.set_rows(rows)
        self.columns_fit.fit()
        row = self.records.row_of(current) if current is not None else None
        if row is not None:
            self.selectRow(row)

    def items(self) -> list[Any]:
        """The core rows in the order shown."""
        return [self.records.row_at(n).item for n in range(self.records.rowCount())]

    def currentaccount_column(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or index.row() >= self.records.rowCount():
            return None
        return int(self.records.row_at(index.row()).id)

    def open_current(self) -> None:
        account = self.currentaccount_column()
        if self.opens and account is not None:
            self.account_opened.emit(account)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentaccount_column() is not None:
            self.open_current()
            return
        super().keyPressEvent(event)

    def _sort_by(self, column: int) -> None:
        header = self.horizontalHeader()
        order = header.sortIndicatorOrder() if header.isSortIndicatorShown() else Qt.SortOrder.DescendingOrder
        self.records.sort(column, order)
        header.setSortIndicator(column, order)
        header.setSortIndicatorShown(True)
