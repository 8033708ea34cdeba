"""The whitespace grid: accounts (or segments, industries, ...) as rows, products as columns; a cell is held
(with revenue), trial, not relevant or whitespace valued at the peer median; open the account or make an
opportunity from a cell."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from planner.core.growth.whitespace import Cell, Grid, GridRow, cell_values, grouped, whitespace_grid
from planner.core.store.owners import owner_key
from planner.ui.growth.segments_rules import size_band_label
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.formatting import compact_money
from planner.ui.widgets.palette_colours import ink, muted, tint
from planner.ui.widgets.reading import ReadsWhenShown
from planner.ui.widgets.record_model import CENTER, RIGHT, Column, Index, RecordTableModel, text_key
from planner.ui.widgets.record_table import RecordTable, localised
from planner.ui.widgets.shared_points import shared_points

translate = QCoreApplication.translate
FILL = {"held": "#e3f1e6", "trial": "#e2ebf7", "whitespace": "#fdf0d5"}  # tints: see palette_colours.tint
GROUPS = ("", "segment", "industry", "size_band", "country", "owner")  # "": one row per account
_STATE_ORDER = {"whitespace": 3, "trial": 2, "held": 1, "not_relevant": 0}


class GridModel(RecordTableModel):
    """The record model with a fill per cell state in the product columns (from `first_product` on)."""

    _ROLES = RecordTableModel._ROLES | {Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole}
    first_product = 0

    def _fills(self) -> tuple[dict[str, QBrush], QBrush]:
        """The cell tints and the muted text, for the palette in force (built when the model is)."""
        if not hasattr(self, "_brushes"):
            self._brushes = {state: QBrush(QColor(tint(colour))) for state, colour in FILL.items()}
            self._muted = QBrush(QColor(muted()))
        return self._brushes, self._muted

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if not index.isValid() or index.column() < self.first_product:
                return None
            cell = self.row_at(index.row()).cells[index.column() - self.first_product]
            brushes, muted_brush = self._fills()
            if role == Qt.ItemDataRole.ForegroundRole:
                return muted_brush if cell.state == "not_relevant" else None
            return brushes.get(cell.state)
        return super().data(index, role)


def cell_text(cell: Cell, group: bool) -> str:
    if cell.state == "not_relevant":
        return "–"
    money = compact_money(cell.value_cents) if group else formatting.money(cell.value_cents)
    if group:
        held = translate("WhitespaceGrid", "%1 hold").replace("%1", localised(cell.held)) if cell.held else ""
        if cell.state == "whitespace":
            return f"{money} · {held}" if held else money
        return held or translate("WhitespaceGrid", "trial")
    if cell.state == "trial":
        return translate("WhitespaceGrid", "trial · %1").replace("%1", money)
    return f"✓ {money}" if cell.state == "held" else money


def cell_tip(cell: Cell, product: str, group: bool) -> str:
    money = formatting.money(cell.value_cents)
    if group:
        return (
            translate("WhitespaceGrid", "%1: %2 accounts hold it; %3 have it as whitespace worth %4 a year")
            .replace("%1", product).replace("%2", localised(cell.held))
            .replace("%3", localised(cell.peers if cell.state == "whitespace" else 0)).replace("%4", money)
        )  # fmt: skip
    if cell.state == "held":
        return translate("WhitespaceGrid", "%1 held: %2 a year").replace("%1", product).replace("%2", money)
    if cell.state == "not_relevant":
        return translate("WhitespaceGrid", "%1 is not relevant for this segment").replace("%1", product)
    basis = {
        "peers": translate(
            "WhitespaceGrid", "the median of what %1 comparable accounts (same segment and size band) pay"
        ),
        "segment": translate("WhitespaceGrid", "the median of what %1 accounts of the same segment pay"),
        "all": translate("WhitespaceGrid", "the median of what %1 accounts pay"),
        "price": translate("WhitespaceGrid", "the list price: nobody comparable buys it yet"),
    }.get(cell.basis, translate("WhitespaceGrid", "no value: nobody pays for it and it has no list price"))
    if cell.state == "trial":
        text = translate("WhitespaceGrid", "%1 in trial, worth %2 a year: %3")
    else:
        text = translate("WhitespaceGrid", "Whitespace %1: %2 a year, %3")
    return (
        text.replace("%1", product)
        .replace("%2", money)
        .replace("%3", basis.replace("%1", localised(cell.peers)))
    )


def grid_columns(grid: Grid, grouping: str) -> list[Column]:
    group = bool(grouping)
    name_title = translate("WhitespaceGrid", "Account") if not group else group_label(grouping)
    columns = [
        Column(
            "name",
            name_title,
            lambda r: r.name,
            lambda r: text_key(r.name),
            width=230,
            tooltip=lambda r: r.name,
        ),
    ]
    if group:
        title = translate("WhitespaceGrid", "Accounts")
        columns.append(Column("accounts", title, lambda r: localised(r.accounts),
                              lambda r: r.accounts, RIGHT, 80, kind="int"))  # fmt: skip
    else:
        columns += [
            Column(
                "segment",
                translate("WhitespaceGrid", "Segment"),
                lambda r: r.segment,
                lambda r: text_key(r.segment),
                width=100,
            ),
            Column(
                "tier", translate("WhitespaceGrid", "Tier"), lambda r: r.tier, lambda r: r.tier, CENTER, 40
            ),
        ]
    total = translate("WhitespaceGrid", "Whitespace")
    columns.append(Column("whitespace_cents", total, lambda r: formatting.money(r.whitespace_cents),
                          lambda r: r.whitespace_cents, RIGHT, 120, kind="money"))  # fmt: skip
    columns.extend(
        _product_column(n, product.id, product.name, group) for n, product in enumerate(grid.products)
    )
    return columns


def _product_column(n: int, product_id: int, name: str, group: bool) -> Column:
    """The cells of the grid's n-th product."""
    return Column(
        f"product_{product_id}", name, lambda r: cell_text(r.cells[n], group),
        lambda r: (_STATE_ORDER[r.cells[n].state], r.cells[n].value_cents), RIGHT, 125,
        tooltip=lambda r: cell_tip(r.cells[n], name, group),
    )  # fmt: skip


def group_label(grouping: str) -> str:
    return {
        "": translate("WhitespaceGrid", "Accounts"),
        "segment": translate("WhitespaceGrid", "Segments"),
        "industry": translate("WhitespaceGrid", "Industries"),
        "size_band": translate("WhitespaceGrid", "Size bands"),
        "country": translate("WhitespaceGrid", "Countries"),
        "owner": translate("WhitespaceGrid", "Owners"),
    }[grouping]


class WhitespaceView(ReadsWhenShown, QWidget):
    """`account_opened(id)` on Enter or a double-click in account rows. Reads when first shown."""

    account_opened = Signal(int)
    RELOAD_ON = frozenset({"accounts", "products", "holdings", "segment_products", "usage_snapshots"})

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.editor, self.today = editor, today
        self.grid = Grid((), [])
        self.grouping = ""
        self.group_box = QComboBox(self)
        for grouping in GROUPS:
            self.group_box.addItem(group_label(grouping), grouping)
        self.group_box.currentIndexChanged.connect(lambda: self.set_grouping(self.group_box.currentData()))
        self.summary = QLabel(self)
        self.summary.setStyleSheet(f"font-weight: 600; color: {ink()};")
        self.opportunity_button = QPushButton(self.tr("Make an &opportunity"), self)
        self.opportunity_button.setToolTip(self.tr("For the whitespace product of the current cell"))
        self.opportunity_button.clicked.connect(self.make_opportunity)
        legend = QLabel(
            self.tr(
                "✓ held (revenue a year) · trial · – not relevant · amber: whitespace, at what peers pay"
            ),
            self,
        )
        legend.setStyleSheet(f"color: {muted()};")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Rows:"), self))
        top.itemAt(0).widget().setBuddy(self.group_box)  # type: ignore[union-attr]
        top.addWidget(self.group_box)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.opportunity_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.layout_.addLayout(top)
        self.layout_.addWidget(legend)
        self.table = self._make_table()
        self.layout_.addWidget(self.table, 1)
        self._points = shared_points(editor)  # before watching: see SharedPoints
        self.watch(editor)

    def _make_table(self) -> RecordTable:
        columns = grid_columns(self.grid, self.grouping)
        table = RecordTable(
            columns, lambda r: f"{r.name} {r.key} {r.segment} {r.owner} {r.industry}",
            lambda total, shown: self.tr("%1 of %2 rows")
            .replace("%1", localised(shown)).replace("%2", localised(total)),
            self.tr("Filter by name, key, segment, owner or industry (Ctrl+F)"), self,
        )  # fmt: skip
        model = GridModel(columns, table.model._haystack, (), table)
        model.first_product = len(columns) - len(self.grid.products)
        table.use_model(model)
        table.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.table.customContextMenuRequested.connect(self._cell_menu)
        table.opened.connect(self._opened)
        return table

    def load(self) -> None:
        self.stale = False
        old = [p.id for p in self.grid.products]
        grid = whitespace_grid(self.editor.store, self._points.get())
        if self.owner is not None:  # "Only my accounts": my rows, my whitespace
            mine = owner_key(self.owner)
            grid = Grid(grid.products, [r for r in grid.rows if owner_key(r.owner) == mine])
        self.grid = grid
        if [p.id for p in self.grid.products] != old:
            self._rebuild()
        self._show_rows()

    def set_grouping(self, grouping: str) -> None:
        if grouping != self.grouping:
            self.grouping = grouping
            self.group_box.setCurrentIndex(self.group_box.findData(grouping))
            self._rebuild()
            self._show_rows()

    def _rebuild(self) -> None:
        table = self._make_table()
        self.layout_.replaceWidget(self.table, table)
        self.table.hide()
        self.table.deleteLater()
        self.table = table
        self.table.sort_by("whitespace_cents", Qt.SortOrder.DescendingOrder)

    def _show_rows(self) -> None:
        rows = grouped(self.grid, self.grouping) if self.grouping else self.grid.rows
        if self.grouping == "size_band":
            rows = [_named(r, size_band_label(int(r.key))) for r in rows]
        self.table.set_rows(rows)
        self.opportunity_button.setEnabled(not self.grouping and not self.editor.store.readonly)
        self.summary.setText(
            self.tr("%1 accounts · %2 products · whitespace %3")
            .replace("%1", localised(len(self.grid.rows))).replace("%2", localised(len(self.grid.products)))
            .replace("%3", formatting.money(self.grid.whitespace_cents))
        )  # fmt: skip

    def _opened(self, row_id: int) -> None:
        if not self.grouping:
            self.account_opened.emit(row_id)

    def current_cell(self) -> tuple[GridRow, int] | None:
        """The account row and product column of the current cell, when it is a product cell."""
        index = self.table.table.currentIndex()
        return self._cell_at(index)

    def _cell_at(self, index: QModelIndex) -> tuple[GridRow, int] | None:
        model = self.table.model
        first = getattr(model, "first_product", 0)
        if not index.isValid() or index.column() < first:
            return None
        return model.row_at(index.row()), index.column() - first

    def make_opportunity(self) -> QWidget | None:
        """The opportunity dialog for the current whitespace (or trial) cell, prefilled with its product and
        value; saved as one undo step. An open opportunity of the account for the product is offered instead
        of a second one."""
        from planner.ui.widgets.opportunity_dialog import open_opportunity_dialog

        found = self.current_cell()
        if self.grouping or found is None or found[0].cells[found[1]].state not in ("whitespace", "trial"):
            return None
        row, column = found
        values = cell_values(self.grid, row, column, today=self.today)
        dialog = open_opportunity_dialog(
            self.editor, self, account_id=row.id, values=values, today=self.today
        )
        product = self.grid.products[column].name
        dialog.saved.connect(lambda _: self.summary.setText(
            self.tr("Opportunity made: %1").replace("%1", f"{row.name} · {product}")))  # fmt: skip
        return dialog

    def _cell_menu(self, position: QPoint) -> None:
        index = self.table.table.indexAt(position)
        if not index.isValid() or self.grouping:
            return
        self.table.table.setCurrentIndex(index)
        row = self.table.model.row_at(index.row())
        menu = QMenu(self)
        open_action = QAction(self.tr("&Open account"), menu)
        open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        open_action.triggered.connect(lambda: self.account_opened.emit(row.id))
        menu.addAction(open_action)
        found = self._cell_at(index)
        if found and row.cells[found[1]].state in ("whitespace", "trial"):
            product = self.grid.products[found[1]].name
            make = QAction(self.tr("Make an &opportunity for %1").replace("%1", product), menu)
            make.setEnabled(not self.editor.store.readonly)
            make.triggered.connect(self.make_opportunity)
            menu.addAction(make)
        menu.popup(self.table.table.viewport().mapToGlobal(position))


def _named(row: GridRow, name: str) -> GridRow:
    from dataclasses import replace

    return replace(row, name=name)
