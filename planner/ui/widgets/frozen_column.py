"""The first column (the name) stays when the user scrolls a wide table to the right: Qt's "frozen column"
example, a second view over the table's first column that shares its model, selection and scrolling."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView


class FrozenColumn(QTableView):
    """Lies over `table`'s first visible column; clicks select in the table, a double-click opens as the
    table's does, a click on its title sorts the table. Call `follow()` after the table gets a new model."""

    def __init__(self, table: QTableView, count: int = 1) -> None:
        super().__init__(table)
        self.table, self.count = table, count  # the first `count` visible columns: a key and the name
        self.column = -1
        self.columns: list[int] = []
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(table.verticalScrollMode())
        self.setSelectionBehavior(table.selectionBehavior())
        self.setSelectionMode(table.selectionMode())
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(table.alternatingRowColors())
        self.setWordWrap(table.wordWrap())
        self.setTextElideMode(table.textElideMode())
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._title_clicked)
        main = table.horizontalHeader()
        main.sectionResized.connect(self._resized)
        main.sectionMoved.connect(lambda *_: self.follow())
        main.sortIndicatorChanged.connect(self._sort_shown)
        main.geometriesChanged.connect(self.place)
        table.verticalHeader().sectionResized.connect(lambda row, _, size: self.setRowHeight(row, size))
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        self.doubleClicked.connect(self._double_clicked)
        table.installEventFilter(self)
        self.follow()

    def follow(self) -> None:
        """Show the table's model and selection, its first visible column only."""
        table = self.table
        if self.model() is not table.model():
            self.setModel(table.model())
        if table.selectionModel() is not None and self.selectionModel() is not table.selectionModel():
            self.setSelectionModel(table.selectionModel())
        self.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        header = table.horizontalHeader()
        visible = [header.logicalIndex(v) for v in range(header.count())]
        visible = [c for c in visible if not header.isSectionHidden(c)]
        self.columns = visible[: self.count]
        self.column = self.columns[0] if self.columns else -1
        model = table.model()
        for column in range(model.columnCount() if model is not None else 0):
            self.setColumnHidden(column, column not in self.columns)
        frozen_header = self.horizontalHeader()
        for place, column in enumerate(self.columns):  # in the table's order
            frozen_header.moveSection(frozen_header.visualIndex(column), place)
            self.setColumnWidth(column, table.columnWidth(column))
        self._sort_shown(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.horizontalHeader().setSortIndicatorShown(header.isSortIndicatorShown())
        self.verticalScrollBar().setValue(table.verticalScrollBar().value())
        self.place()

    def place(self) -> None:
        """Over the table's first column, from the top of its titles to the bottom of its rows."""
        table = self.table
        if self.column < 0:
            self.hide()
            return
        frame = table.frameWidth()
        self.horizontalHeader().setFixedHeight(table.horizontalHeader().height())
        self.setGeometry(
            frame + table.verticalHeader().width(),
            frame,
            sum(table.columnWidth(c) for c in self.columns),
            table.viewport().height() + table.horizontalHeader().height(),
        )
        self.show()
        self.raise_()

    def _resized(self, column: int, _old: int, new: int) -> None:
        if column in self.columns and new > 0:
            self.setColumnWidth(column, new)
            self.place()
        elif new == 0 or _old == 0:  # a column hidden or shown: the first one may be another now
            self.follow()

    def _sort_shown(self, column: int, order: Qt.SortOrder) -> None:
        header = self.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(blocked)

    def _title_clicked(self, column: int) -> None:
        """Sort as a click on the table's own title would."""
        main = self.table.horizontalHeader()
        if self.table.isSortingEnabled():
            same = main.sortIndicatorSection() == column
            ascending = main.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
            flip = Qt.SortOrder.DescendingOrder if same and ascending else Qt.SortOrder.AscendingOrder
            main.setSortIndicator(column, flip)
        else:
            main.sectionClicked.emit(column)
        self.horizontalHeader().setSortIndicatorShown(main.isSortIndicatorShown())

    def _double_clicked(self, index: QModelIndex) -> None:
        self.table.setCurrentIndex(index)
        self.table.doubleClicked.emit(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return super().eventFilter(watched, event)
