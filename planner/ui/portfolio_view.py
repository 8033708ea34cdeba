"""The Portfolio workspace: the accounts table with filter-as-you-type and counts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.accounts import AccountRow
from planner.ui.accounts_model import AccountsTableModel

ROW_HEIGHT = 26


class PortfolioView(QWidget):
    """Accounts of the book; `first_painted` fires once the table has been drawn."""

    first_painted = Signal()

    def __init__(self, rows: Sequence[AccountRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AccountsTableModel(rows, self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, key, city, owner or segment  (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column, spec in enumerate(self.model.columns):
            self.table.setColumnWidth(column, spec.width)
        header.setStretchLastSection(True)
        header.setSortIndicator(self._column("name"), Qt.SortOrder.AscendingOrder)
        self.table.viewport().installEventFilter(self)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._painted = False
        self._update_count()

    def _column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.model.columns) if c.key == key)

    def set_rows(self, rows: Sequence[AccountRow]) -> None:
        self.model.set_rows(rows)
        self._update_count()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            text = self.tr("No accounts yet")
        elif shown == total:
            text = self.tr("%Ln account(s)", "", total)
        else:
            text = self.tr("%1 of %Ln account(s)", "", total).replace("%1", QLocale().toString(shown))
        self.count_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_painted.emit()
        return super().eventFilter(watched, event)
