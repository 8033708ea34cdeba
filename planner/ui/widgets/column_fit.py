"""Columns as wide as what they show: each column of a table sized to its title and its first rows, within
limits; a width the user chose (by dragging, or kept from the last session) wins."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

SAMPLE_ROWS = 200  # the rows measured: enough for the look of a list, quick on 100,000
WIDEST = 380  # a long text (a next step, a note) is cut here; its tooltip or the form shows it all
GAP = 12  # between a right-aligned figure and the text of the next column


class ColumnFit(QObject):
    """Call `fit()` after rows are set. A column is never narrower than its title (with the sort arrow)."""

    def __init__(self, table: QTableView, widest: int = WIDEST) -> None:
        super().__init__(table)
        self.table, self.widest = table, widest
        self.chosen: set[int] = set()  # logical columns whose width the user set
        self._sizing = False
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(SAMPLE_ROWS)
        header.sectionResized.connect(self._resized)

    def _resized(self, column: int, old: int, new: int) -> None:
        if not self._sizing and old > 0 and new > 0:  # 0: hidden or shown again, not a choice
            self.chosen.add(column)

    def forget(self) -> None:
        """A new set of columns: none chosen yet."""
        self.chosen.clear()

    def _content_width(self, column: int) -> int:
        """The widest of the first rows' texts. A record model's texts are measured directly (the view's own
        sizeHintForColumn asks the model for every role of every cell: too slow for the first paint)."""
        table, model = self.table, self.table.model()
        spec = getattr(model, "columns", None)
        if not isinstance(spec, list) or not hasattr(model, "row_at"):
            return table.sizeHintForColumn(column)
        display = spec[column].display
        metrics = table.fontMetrics()
        rows = min(model.rowCount(), SAMPLE_ROWS)
        widest = max((metrics.horizontalAdvance(display(model.row_at(r))) for r in range(rows)), default=0)
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        return widest + 2 * margin

    def fit(self, columns: list[int] | None = None) -> None:
        table, header = self.table, self.table.horizontalHeader()
        model = table.model()
        if model is None or model.rowCount() == 0:
            return
        arrow = 0  # room for the sort arrow beside the title (Fusion draws it over a right-aligned title)
        if header.sectionsClickable():
            style = header.style()
            arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + style.pixelMetric(
                QStyle.PixelMetric.PM_HeaderMargin
            )
        self._sizing = True
        try:
            for column in range(model.columnCount()) if columns is None else columns:
                if (
                    column in self.chosen
                    or table.isColumnHidden(column)
                    or header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive
                ):
                    continue
                title = header.sectionSizeHint(column) + arrow
                content = self._content_width(column)
                table.setColumnWidth(column, max(title, min(content + GAP, self.widest)))
        finally:
            self._sizing = False
