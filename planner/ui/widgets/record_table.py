"""A record table with filter-as-you-type, shown/total count, column chooser and the keys to act on rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.ui.widgets.column_fit import ColumnFit
from planner.ui.widgets.finding import similar_note
from planner.ui.widgets.frozen_column import FrozenColumn
from planner.ui.widgets.record_model import Column, RecordTableModel

ROW_HEIGHT = 26


class RecordTable(QWidget):
    """Emits `opened(id)` on double-click or Enter, `delete_requested(ids)` on Delete, `new_requested` on
    Ctrl+N (the window's shortcut asks the current table). `count_text(total, shown)` words the count."""

    opened = Signal(int)
    delete_requested = Signal(list)
    first_painted = Signal()

    def __init__(
        self,
        columns: list[Column],
        haystack: Callable[[Any], str],
        count_text: Callable[[int, int], str],
        placeholder: str,
        parent: QWidget | None = None,
        *,
        with_filter: bool = True,
    ) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(columns, haystack, (), self)
        self._count_text = count_text
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        for column, spec in enumerate(self.model.columns):
            self.table.setColumnWidth(column, spec.width)
            self.table.setColumnHidden(column, spec.hidden)
        header.setStretchLastSection(False)
        # after the default widths: what changes a width from here on is the user's choice
        self.columns_fit = ColumnFit(self.table)
        named = [spec.key for spec in self.model.columns[:2]] == ["key", "name"]  # accounts: key, name
        self.frozen = FrozenColumn(self.table, 2 if named else 1)  # the name stays when scrolling right
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self._painted = False

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        self.filter_edit.setVisible(with_filter)
        self.count_label.setVisible(with_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._update_count()

    def sort_by(self, key: str, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.table.horizontalHeader().setSortIndicator(self.model.column_of(key), order)

    def set_rows(self, rows: Sequence[Any]) -> None:
        """New rows; the selection (by id), the sort and the filter stay."""
        selected = self.selected_ids()
        self.model.set_rows(rows)
        self.columns_fit.fit()
        self.select_ids(selected)
        self._update_count()

    def use_model(self, model: RecordTableModel) -> None:
        """Show `model` (a subclass with its own colours, say) instead: the columns' widths and hidden ones as
        they were set up, none chosen by the user yet."""
        self.model = model
        self.table.setModel(model)
        for column, spec in enumerate(model.columns):
            self.table.setColumnWidth(column, spec.width)
            self.table.setColumnHidden(column, spec.hidden)
        self.columns_fit.forget()
        self.frozen.follow()
        self._update_count()

    def set_scope(self, scope: Callable[[Any], bool] | None) -> None:
        """Only the rows `scope` keeps (None: all); the selection of rows still shown stays."""
        selected = self.selected_ids()
        self.model.set_scope(scope)
        self.select_ids(selected)
        self._update_count()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def select_ids(self, ids: Sequence[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row is not None:
                index = self.model.index(row, 0)
                selection.select(index, flags.Select | flags.Rows)
                selection.setCurrentIndex(index, flags.NoUpdate)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.model.row_at(index.row()).id)

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        count = self._count_text(self.model.total, self.model.rowCount())
        self.count_label.setText(f"{similar_note()} · {count}" if self.model.similar else count)

    def _choose_columns(self, position: QPoint) -> None:
        menu = QMenu(self)
        for column, spec in enumerate(self.model.columns):
            action = QAction(spec.title, menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
            menu.addAction(action)
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    def _show_column(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        if shown:
            self.columns_fit.fit([column])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_painted.emit()
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.table:
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    current = self.current_id()
                    if current is not None:
                        self.opened.emit(current)
                    return True
                if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
                    ids = self.selected_ids()
                    if ids:
                        self.delete_requested.emit(ids)
                    return True
            if watched is self.filter_edit and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return):
                self.table.setFocus()  # from the filter straight into the rows
                if self.model.rowCount() and not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return event.key() == Qt.Key.Key_Down
        return super().eventFilter(watched, event)


def localised(n: int) -> str:
    return QLocale().toString(n)
