"""The opportunity board's readiness panel (seed 004): why the selected card is ready for a later stage, with
a button to move it there, and every account and product's readiness score in a table whose rows list their
signals on hover; a pair without an open opportunity can be made one."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.moments.opportunities import OpportunityRow
from planner.core.moments.readiness import PairRow, Readiness, load_rules, ready_for
from planner.ui.moments.readiness_words import explanation_html, move_text
from planner.ui.widgets import formatting
from planner.ui.widgets.moment_labels import stage_label
from planner.ui.widgets.palette_colours import muted

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PairModel(QAbstractTableModel):
    """Account, product, readiness score, the stage it suggests and its open opportunity's stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PairRow] = []

    def set_rows(self, rows: Sequence[PairRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Account"), self.tr("Product"), self.tr("Readiness"), self.tr("Suggests"),
                self.tr("Opportunity"))[section]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        pair, column = self.rows[index.row()], index.column()
        found = pair.readiness
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return pair.account_name
            if column == 1:
                return pair.product_name
            if column == 2:
                return formatting.number(found.score)
            if column == 3:
                return stage_label(found.stage or "")
            return stage_label(pair.opportunity.stage) if pair.opportunity else self.tr("none yet")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            head = f"<b>{html.escape(pair.account_name)} · {html.escape(pair.product_name)}</b><br>"
            return head + explanation_html(found, self.ready(pair))
        return None

    @staticmethod
    def ready(pair: PairRow) -> str | None:
        return ready_for(pair.opportunity, pair.readiness) if pair.opportunity else None


class ReadinessPanel(QWidget):
    """`move_requested(opportunity id, stage)`, `make_requested(PairRow)`, `opportunity_chosen(id)` (a row
    of the table with an opportunity was double-clicked)."""

    move_requested = Signal(int, str)
    make_requested = Signal(object)
    opportunity_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, writable: bool = True) -> None:
        super().__init__(parent)
        self.writable = writable
        self._card: tuple[OpportunityRow, Readiness | None] | None = None
        title = QLabel(self.tr("Readiness"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        self.rules_label = QLabel(self)
        self.rules_label.setWordWrap(True)
        self.rules_label.setStyleSheet(f"color: {muted()};")
        self.card_label = QLabel(self)
        self.card_label.setWordWrap(True)
        self.card_label.setTextFormat(Qt.TextFormat.RichText)
        self.card_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.move_button = QPushButton(self)
        self.move_button.clicked.connect(self._move)
        self.model = PairModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Readiness by account and product"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((100, 75, 72, 95)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._pair_chosen())
        self.table.doubleClicked.connect(self._open)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(f"color: {muted()};")
        self.make_button = QPushButton(self.tr("Make an &opportunity"), self)
        self.make_button.setToolTip(
            self.tr(
                "A new opportunity for the selected account and product, at the stage its readiness suggests"
            )
        )
        self.make_button.clicked.connect(self._make)
        self.make_button.setEnabled(False)

        heading = QLabel(self.tr("By account and product"), self)
        heading.setFont(font)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.rules_label)
        layout.addWidget(self.card_label)
        layout.addWidget(self.move_button)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_card(None, None)

    def set_rules(self, store: Any) -> None:
        rules = load_rules(store)
        text = self.tr(
            "From content engaged, events attended and requests of the last %1 days; older ones count less"
        )
        self.rules_label.setText(text.replace("%1", formatting.number(rules.window_days)))

    def set_pairs(self, rows: Sequence[PairRow]) -> None:
        chosen = self.chosen()
        self.model.set_rows(rows)
        self.count_label.setText(
            self.tr("Account and product pairs: %1").replace("%1", formatting.number(len(rows)))
        )
        if chosen is not None:
            ident = (chosen.readiness.account_id, chosen.readiness.product_id)
            for n, pair in enumerate(self.model.rows):
                if (pair.readiness.account_id, pair.readiness.product_id) == ident:
                    self.table.selectRow(n)
                    break
        self._pair_chosen()

    def show_card(self, row: OpportunityRow | None, found: Readiness | None) -> None:
        """The selected card's readiness and the stage it is ready for, with the button to move it there."""
        self._card = (row, found) if row is not None else None
        ready = ready_for(row, found) if row is not None else None
        if row is None:
            self.card_label.setText(self.tr("Select a card to see which signals moved it."))
        elif found is None:
            text = self.tr("%1 · %2: no signals about this product in the window")
            self.card_label.setText(html.escape(text.replace("%1", row.account_name)
                                                .replace("%2", row.product_name or "–")))  # fmt: skip
        else:
            head = f"<b>{html.escape(row.account_name)} · {html.escape(row.product_name)}</b><br>"
            self.card_label.setText(head + explanation_html(found, ready))
        self.move_button.setVisible(ready is not None)
        self.move_button.setEnabled(ready is not None and self.writable)
        if ready is not None:
            self.move_button.setText(move_text(ready))

    def chosen(self) -> PairRow | None:
        index = self.table.currentIndex()
        return (
            self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None
        )

    def _pair_chosen(self) -> None:
        pair = self.chosen()
        self.make_button.setEnabled(pair is not None and pair.opportunity is None and self.writable)

    def _move(self) -> None:
        if self._card is None:
            return
        row, found = self._card
        ready = ready_for(row, found)
        if ready is not None:
            self.move_requested.emit(row.id, ready)

    def _make(self) -> None:
        pair = self.chosen()
        if pair is not None and pair.opportunity is None:
            self.make_requested.emit(pair)

    def _open(self, index: QModelIndex) -> None:
        pair = self.model.rows[index.row()] if index.isValid() else None
        if pair is not None and pair.opportunity is not None:
            self.opportunity_chosen.emit(pair.opportunity.id)
