"""Team (issue 23): the sales director's comparison of the key-account managers' books, one row per owner
(accounts, revenue, the matrix's quadrants, coverage, neglected accounts per tier, net dollar retention), each
what that owner's own book shows, and below it the handovers of accounts between them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QStyle, QTableView, QVBoxLayout, QWidget

from planner.ui.team.team_columns import OwnersModel, Row, handover_columns, handover_rows, owner_columns
from planner.ui.widgets import formatting
from planner.ui.widgets.column_fit import GAP, SAMPLE_ROWS, WIDEST
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.palette_colours import ink, muted
from planner.ui.widgets.reading import ReadsWhenShown
from planner.ui.widgets.record_model import Column, RecordTableModel
from planner.ui.widgets.record_table import RecordTable


def _table(columns: list[Column], parent: QWidget, model: RecordTableModel | None = None) -> RecordTable:
    """A read-only list without a filter (a team has a few dozen owners), sorted by a click on a title."""
    table = RecordTable(columns, lambda r: "", lambda total, shown: "", "", parent, with_filter=False)
    if model is not None:
        table.use_model(model)
    table.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


def fit_columns(table: QTableView) -> None:
    """Each column as wide as its widest title line or figure, with room for the sort arrow: the few rows of
    owners fit a laptop's screen with every figure in view (titles run over two lines)."""
    model = table.model()
    assert isinstance(model, RecordTableModel)
    metrics = table.fontMetrics()
    style = table.horizontalHeader().style()
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + 2 * style.pixelMetric(
        QStyle.PixelMetric.PM_HeaderMargin
    )
    rows = [model.row_at(r) for r in range(min(model.rowCount(), SAMPLE_ROWS))]
    for n, column in enumerate(model.columns):
        title = max(metrics.horizontalAdvance(line) for line in column.title.split("\n"))
        content = max((metrics.horizontalAdvance(column.display(row)) for row in rows), default=0)
        table.setColumnWidth(n, min(max(title + arrow + GAP // 2, content + GAP), WIDEST))


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {muted()};")
    return label


class TeamWorkspace(ReadsWhenShown, QWidget):
    """`owner_opened(owner)` on a double-click (or Enter) on an owner's row, `account_opened(id)` on one on a
    handover of an account in this book. Reads the book when first shown and after every change."""

    owner_opened = Signal(str)
    account_opened = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.today = today
        self.stale = True

        title = QLabel(self.tr("Team"), self)
        title.setStyleSheet(f"font-size: 16px; font-weight: 600; color: {ink()};")
        self.summary = QLabel(self)
        self.summary.setStyleSheet(f"color: {muted()};")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.summary, 1)
        explanation = _muted(
            self.tr(
                "Each row shows what the KAM's own book shows for their accounts: the matrix quadrants, the "
                "coverage with the tiers ranked among their own accounts, and net dollar retention. Figures "
                "that call for a look are highlighted. Double-click an owner to list their accounts."
            ),
            self,
        )
        self.owners = _table(owner_columns(), self, OwnersModel())
        self.owners.setObjectName("team_owners")
        self.owners.sort_by("revenue", Qt.SortOrder.DescendingOrder)  # the largest books first
        self.owners.opened.connect(self._open_owner)

        handovers_title = QLabel(self.tr("Handovers"), self)
        handovers_title.setStyleSheet(f"font-size: 14px; font-weight: 600; color: {ink()};")
        self.handovers = _table(handover_columns(), self)
        self.handovers.setObjectName("team_handovers")
        self.handovers.sort_by("handed_over_at", Qt.SortOrder.DescendingOrder)  # the newest first
        self.handovers.opened.connect(self._open_handover)
        self.no_handovers = _muted(self.tr("No handovers yet."), self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.addLayout(head)
        layout.addWidget(explanation)
        layout.addWidget(self.owners, 3)
        layout.addSpacing(6)
        layout.addWidget(handovers_title)
        layout.addWidget(self.handovers, 1)
        layout.addWidget(self.no_handovers)
        layout.addStretch(0)
        self.watch(editor)

    def load(self) -> None:
        """Read every owner's figures and the handovers (again) and show them."""
        from planner.core.consolidated.by_owner import figures_by_owner
        from planner.core.consolidated.handovers import handovers

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store = self.editor.store
            figures = figures_by_owner(store, self.today or date.today())
            found = handovers(store)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.stale = False
        self.owners.set_rows([Row(n, f) for n, f in enumerate(figures)])
        fit_columns(self.owners.table)
        self.handovers.set_rows(handover_rows(found))
        fit_columns(self.handovers.table)
        self.handovers.setVisible(bool(found))
        self.no_handovers.setVisible(not found)
        self.summary.setText(
            self.tr("Owners: %1 · accounts: %2")
            .replace("%1", formatting.number(len(figures)))
            .replace("%2", formatting.number(sum(f.accounts for f in figures)))
        )

    def show_owner(self, owner: str | None) -> None:
        """ "Only my accounts" leaves the Team workspace as it is: it compares every owner's accounts."""

    @property
    def owners_model(self) -> RecordTableModel:
        return self.owners.model

    def rows(self) -> list[Any]:
        """The owners' figures in the order shown."""
        return [self.owners_model.row_at(n).item for n in range(self.owners_model.rowCount())]

    def _open_owner(self, row_id: int) -> None:
        row = self.owners_model.row_of(row_id)
        owner = self.owners_model.row_at(row).item.owner if row is not None else ""
        if owner:  # the accounts without an owner cannot be listed by a name
            self.owner_opened.emit(owner)

    def _open_handover(self, row_id: int) -> None:
        row = self.handovers.model.row_of(row_id)
        account_id = self.handovers.model.row_at(row).item.account_id if row is not None else None
        if account_id is not None:
            self.account_opened.emit(account_id)
