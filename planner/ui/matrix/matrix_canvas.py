"""The matrix chart on a Qt canvas and the mouse on it: a tooltip on hover, a click on a bubble, a rubber
band across bubbles, the dashed threshold lines dragged; and the picture written to a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from planner.core.matrix import chart_style, charts

CLICK_PX = 4  # a press and release closer than this is a click, farther a rubber band
EXPORT_SIZE = (10.0, 5.625)  # inches: 16:9, as a slide
EXPORT_DPI = 240
CURSORS = {
    (True, False): Qt.CursorShape.SplitHCursor,
    (False, True): Qt.CursorShape.SplitVCursor,
    (True, True): Qt.CursorShape.SizeAllCursor,
}


class MatrixCanvas(QWidget):
    """Emits `clicked(id)` for the bubble on top under a click, `clicked_empty` for a click beside the
    bubbles, `band_selected(x0, y0, x1, y1)` (scores) for a rubber band, `thresholds_dragged(breadth,
    intensity)` while a dashed line is dragged. `tooltip(id)` words the hover tooltip. Making one loads
    matplotlib."""

    clicked = Signal(int)
    clicked_empty = Signal()
    band_selected = Signal(float, float, float, float)
    thresholds_dragged = Signal(float, float)

    def __init__(
        self, words: chart_style.MatrixWords, tooltip: Callable[[int], str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(9, 6.5), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.canvas.setMinimumSize(420, 360)
        self.chart = charts.MatrixChart(self.figure, words)
        self.tooltip = tooltip
        self._press: tuple[float, float] | None = None
        self._dragging = (False, False)
        self._still: Any = None  # the picture without the moving artists, from the last full draw
        self._band_under: Any = None  # the picture under the rubber band while it is dragged
        self._hovered: int | None = None
        self._pending = False
        self.canvas.mpl_connect("draw_event", self._on_draw)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_release_event", self._on_release)
        self.canvas.mpl_connect("resize_event", lambda _: self.chart.layout())
        self.canvas.mpl_connect("figure_leave_event", lambda _: self._hover_off())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def redraw(self) -> None:
        """Show the chart's changes when Qt is next idle (several changes in a row draw once): only the
        moving artists over the kept picture of the rest, unless the rest changed too."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._redraw_now)  # cancelled if the canvas goes first

    def _redraw_now(self) -> None:
        self._pending = False
        if self._still is None or self.chart.full_draw:
            self.canvas.draw()  # the draw_event below adds the moving artists
        else:
            self.canvas.restore_region(self._still)
            self.chart.draw_moving()
            self.canvas.blit(self.figure.bbox)

    def _on_draw(self, event: Any) -> None:
        """After a full draw (resize, thresholds, legend): keep the picture of the still parts, then draw
        the moving ones over it."""
        if event.canvas is not self.canvas:  # savefig draws through a canvas of its own
            return
        self.chart.full_draw = False
        self._still = self.canvas.copy_from_bbox(self.figure.bbox)
        self.chart.draw_moving()

    def account_at(self, x: float, y: float) -> int | None:
        """The account whose bubble is on top at scores (x, y): the one a click there opens."""
        return self.chart.id_at(*self.chart.to_display(x, y))

    def widget_point(self, x: float, y: float) -> tuple[int, int]:
        """Where scores (x, y) are on the canvas widget, in its own coordinates (for tests and tours)."""
        px, py = self.chart.to_display(x, y)
        ratio = self.canvas.device_pixel_ratio
        return round(px / ratio), round(self.canvas.height() - py / ratio)

    # --- mouse ---------------------------------------------------------------------------------------------
    def _on_press(self, event: Any) -> None:
        if event.button != 1 or event.dblclick:
            return
        QToolTip.hideText()
        self._press = (event.x, event.y)
        self._dragging = self.chart.threshold_near(event.x, event.y)
        self._band_under = None

    def _on_motion(self, event: Any) -> None:
        if self._press is None:
            self._hover(event.x, event.y)
        elif any(self._dragging):
            x, y = self.chart.to_data(event.x, event.y)
            self.thresholds_dragged.emit(
                min(max(x, 0.01), 0.99) if self._dragging[0] else self.chart.breadth_threshold,
                min(max(y, 0.01), 0.99) if self._dragging[1] else self.chart.intensity_threshold,
            )
        elif abs(event.x - self._press[0]) + abs(event.y - self._press[1]) > CLICK_PX:
            self._show_band(event.x, event.y)

    def _on_release(self, event: Any) -> None:
        if event.button != 1 or self._press is None:
            return
        start, self._press = self._press, None
        if any(self._dragging):
            self._dragging = (False, False)
            return
        if self._band_under is not None:
            self._band_under = None
            self.chart.show_band(None)
            self.canvas.restore_region(self._still)
            self.chart.draw_moving()
            self.canvas.blit(self.figure.bbox)
        if abs(event.x - start[0]) + abs(event.y - start[1]) > CLICK_PX:
            self.band_selected.emit(*self.chart.to_data(*start), *self.chart.to_data(event.x, event.y))
            return
        account = self.chart.id_at(*start)
        if account is None:
            self.clicked_empty.emit()
        else:
            self.clicked.emit(account)
        self.redraw()

    def _hover(self, x: float, y: float) -> None:
        account = self.chart.id_at(x, y)
        near = self.chart.threshold_near(x, y)
        bubble = Qt.CursorShape.PointingHandCursor if account is not None else Qt.CursorShape.ArrowCursor
        self.canvas.setCursor(CURSORS.get(near, bubble))
        if account != self._hovered:
            self._hovered = account
            if account is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(QCursor.pos(), self.tooltip(account), self.canvas)

    def _hover_off(self) -> None:
        self._hovered = None
        QToolTip.hideText()

    def _show_band(self, x: float, y: float) -> None:
        """Draw the rubber band over a picture of the chart taken when the drag began."""
        assert self._press is not None
        if self._band_under is None:
            self._redraw_now()
            self._band_under = self.canvas.copy_from_bbox(self.figure.bbox)
        self.canvas.restore_region(self._band_under)
        self.chart.show_band((*self.chart.to_data(*self._press), *self.chart.to_data(x, y)))
        self.chart.axes.draw_artist(self.chart.band)
        self.canvas.blit(self.figure.bbox)

    # --- export --------------------------------------------------------------------------------------------
    def export(self, path: Path) -> Path:
        """Write the chart as a 16:9 picture; PNG, SVG or PDF by the file's suffix. Written whole and
        owner-only (see file_safety.written_whole): an error leaves the file that was there as it was."""
        from planner.core.store.file_safety import written_whole

        width, height = self.figure.get_size_inches()
        self.figure.set_size_inches(*EXPORT_SIZE, forward=False)
        self.chart.layout()
        try:
            kind = path.suffix.lower().lstrip(".") or "png"
            with self.chart.whole(), written_whole(path) as partial:
                self.figure.savefig(partial, format=kind, dpi=EXPORT_DPI, facecolor="white")
        finally:
            self.figure.set_size_inches(width, height, forward=False)
            self.chart.layout()
            self.redraw()
        return path
