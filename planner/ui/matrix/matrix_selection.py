"""The matrix's selection: the accounts chosen by click, rubber band or list, their paths through the
quarters, and the movements between quadrants over the last quarter (a part of MatrixView)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QTabWidget

from planner.core.matrix import charts
from planner.core.matrix.matrix import MatrixPoint, Position, last_two_quarters, movements, trajectories
from planner.core.matrix.scoring import Quadrant
from planner.ui.matrix.matrix_panels import MovementPanel, SelectionPanel, matrix_row
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.formatting import quarter_label

if TYPE_CHECKING:  # matplotlib loads when the matrix is first shown
    from planner.ui.matrix.matrix_canvas import MatrixCanvas

MAX_PATHS = 20  # trajectories drawn for at most this many selected accounts (those with most potential)


class SelectionHost(Protocol):
    """What Selection's methods use of the MatrixView they are part of: its state, the methods of its other
    parts, and Selection's own methods that call each other (the type of `self` in each of them)."""

    selected: list[int]
    side: QTabWidget
    selection: SelectionPanel
    movement: MovementPanel
    chart: charts.MatrixChart | None
    plot: MatrixCanvas | None
    scored: list[MatrixPoint]
    points: list[MatrixPoint]
    editor: Editor
    _index: dict[int, int]
    _paths: dict[int, list[Position]]
    _all_paths: dict[int, list[Position]] | None
    _shown: Any  # numpy bool array over scored, None until the chart is first filled

    def shown_ids(self) -> set[int]: ...
    def thresholds(self) -> tuple[float, float]: ...
    def _test(self) -> Callable[[MatrixPoint], bool]: ...
    def _draw_bubbles(self) -> None: ...
    def select_ids(self, ids: Sequence[int]) -> None: ...
    def _paths_drawn(self) -> list[int]: ...
    def _update_selection(self) -> None: ...
    def _draw_paths(self) -> None: ...
    def _update_selection_rows(self) -> None: ...
    def movement_counts(self) -> dict[tuple[Quadrant, Quadrant], int]: ...


class Selection:
    """MatrixView's selection and movements; it works on the view's own state (the points, the chart)."""

    # the state Selection's methods set (declared here, as mypy takes `self.x = ...` to declare x)
    selected: list[int]
    _all_paths: dict[int, list[Position]] | None

    # --- selection and trajectories ----------------------------------------------------------------------
    def select_ids(self: SelectionHost, ids: Sequence[int]) -> None:
        """Select these accounts: listed beside the matrix, ringed, with their paths through the quarters."""
        self.selected = list(dict.fromkeys(ids))
        self._update_selection()
        if self.selected:
            self.side.setCurrentWidget(self.selection)

    def select_rect(self: SelectionHost, x0: float, y0: float, x1: float, y1: float) -> list[int]:
        """Select the bubbles whose centre lies in the rectangle (scores 0..1), as the rubber band does;
        the most potential first."""
        ids = self.chart.ids_in(x0, y0, x1, y1) if self.chart else []
        self.select_ids(sorted(ids, key=lambda i: -self.scored[self._index[i]].potential_cents))
        return self.selected

    def _paths_drawn(self: SelectionHost) -> list[int]:
        """The selected accounts drawn as bubbles whose paths are shown: those with the most potential."""
        shown = self.shown_ids()
        chosen = [self.scored[self._index[i]] for i in self.selected if i in shown]
        return [p.account_id for p in sorted(chosen, key=lambda p: -p.potential_cents)[:MAX_PATHS]]

    def _update_selection(self: SelectionHost) -> None:
        self._update_selection_rows()
        if self.chart is not None:
            self._draw_paths()
            if self._shown is not None:
                self._draw_bubbles()
            assert self.plot is not None  # made with the chart
            self.plot.redraw()

    def _draw_paths(self: SelectionHost) -> None:
        assert self.chart is not None
        ids = self._paths_drawn()
        missing = [i for i in ids if i not in self._paths]
        if missing:
            self._paths.update(trajectories(self.editor.store, missing))
        drawn = [[(pos.breadth, pos.intensity) for pos in self._paths[i]] for i in ids if self._paths.get(i)]
        starts = [quarter_label(self._paths[i][0].quarter) for i in ids if self._paths.get(i)]
        self.chart.set_paths(drawn, starts if len(drawn) <= 5 else [])

    def _update_selection_rows(self: SelectionHost) -> None:
        by_id = {p.account_id: p for p in self.points}
        rows = [matrix_row(by_id[i], self.thresholds()) for i in self.selected if i in by_id]
        self.selection.set_rows(rows, len(self._paths_drawn()))

    def selected_ids(self: SelectionHost) -> list[int]:
        return list(self.selected)

    # --- movements ---------------------------------------------------------------------------------------
    def movement_counts(self: SelectionHost) -> dict[tuple[Quadrant, Quadrant], int]:
        """From which quadrant to which the accounts passing the filters moved over the last quarter."""
        if self._all_paths is None:
            self._all_paths = trajectories(self.editor.store)
        passes = self._test()
        allowed = {p.account_id for p in self.points if passes(p)}
        paths = {i: path for i, path in self._all_paths.items() if i in allowed}
        quarters = last_two_quarters(self._all_paths)
        return dict(movements(paths, *quarters, self.thresholds())) if quarters else {}

    def _update_movements(self: SelectionHost) -> None:
        """The table is filled when it is in front: reading every account's path takes a moment."""
        if self.side.currentWidget() is self.movement and self._shown is not None:
            moved = self.movement_counts()
            self.movement.show_counts(moved, last_two_quarters(self._all_paths or {}))
