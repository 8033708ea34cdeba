"""How the matrix is drawn: the bubbles' colours (by tier, NPS or owner) with the legend, and the thresholds
between the quadrants (a part of MatrixView)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QComboBox, QSpinBox

from planner.core.matrix import chart_style, charts
from planner.core.matrix.matrix import MatrixPoint
from planner.ui.matrix.matrix_panels import colouring
from planner.ui.widgets.formatting import compact_money

if TYPE_CHECKING:  # matplotlib loads when the matrix is first shown
    from planner.ui.matrix.matrix_canvas import MatrixCanvas

translate = QCoreApplication.translate


class DisplayHost(Protocol):
    """What Display's methods use of the MatrixView they are part of: its widgets and state, the methods of
    its other parts, and Display's own methods that call each other (the type of `self` in each of them)."""

    colour_box: QComboBox
    breadth_box: QSpinBox
    intensity_box: QSpinBox
    chart: charts.MatrixChart | None
    plot: MatrixCanvas | None
    scored: list[MatrixPoint]
    _colours: Any  # numpy RGBA array, a row per scored account
    _largest: int
    _owner_colours: dict[str, str]
    _shown: Any  # numpy bool array over scored, None until the chart is first filled

    @property
    def thresholds_changed(self) -> SignalInstance: ...
    def _draw_bubbles(self) -> None: ...
    def _update_fields(self) -> None: ...
    def _update_movements(self) -> None: ...
    def _update_selection_rows(self) -> None: ...
    def colour_by(self) -> str: ...
    def thresholds(self) -> tuple[float, float]: ...
    def _thresholds_moved(self) -> None: ...


class Display:
    """MatrixView's colours and thresholds; it works on the view's own widgets and chart."""

    # the state Display's methods set (declared here, as mypy takes `self.x = ...` to declare x)
    _colours: Any

    # --- colours -----------------------------------------------------------------------------------------
    def colour_by(self: DisplayHost) -> str:
        return str(self.colour_box.currentData())

    def set_colour_by(self: DisplayHost, key: str) -> None:
        """Colour the bubbles by "tier", "nps" or "owner"."""
        self.colour_box.setCurrentIndex(self.colour_box.findData(key))

    def _colours_changed(self: DisplayHost, redraw: bool = True) -> None:
        keys, palette, title, entries = colouring(self.colour_by(), self.scored, self._owner_colours)
        self._colours = chart_style.rgba([palette.get(k, chart_style.MUTED) for k in keys]).reshape(-1, 4)
        if self.chart is None:
            return
        biggest = chart_style.largest_area(len(self.scored))
        steps = chart_style.size_steps(self._largest)
        areas = chart_style.bubble_areas(steps, self._largest, biggest)
        sizes = [(compact_money(v), float(area)) for v, area in zip(steps, areas, strict=True)]
        self.chart.set_legend(title, entries, translate("MatrixView", "Potential"), sizes)
        if redraw and self._shown is not None:
            self._draw_bubbles()
            assert self.plot is not None  # made with the chart
            self.plot.redraw()

    # --- thresholds --------------------------------------------------------------------------------------
    def thresholds(self: DisplayHost) -> tuple[float, float]:
        """Breadth and intensity from which a score counts as high, as fractions."""
        return self.breadth_box.value() / 100, self.intensity_box.value() / 100

    def set_thresholds(self: DisplayHost, breadth: float, intensity: float) -> None:
        """Move the thresholds (fractions, to whole percent), as the spin boxes or the dashed lines do."""
        values = (round(breadth * 100), round(intensity * 100))
        if values == (self.breadth_box.value(), self.intensity_box.value()):
            return
        for box, value in zip((self.breadth_box, self.intensity_box), values, strict=True):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self._thresholds_moved()

    def _thresholds_moved(self: DisplayHost) -> None:
        if self.chart is not None:
            self.chart.set_thresholds(*self.thresholds())
            if self._shown is not None:
                self._update_fields()
                self._update_movements()
                self._update_selection_rows()
            assert self.plot is not None  # made with the chart
            self.plot.redraw()
        self.thresholds_changed.emit(*self.thresholds())
