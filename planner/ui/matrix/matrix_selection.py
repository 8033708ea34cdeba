"""The matrix's selection: the accounts chosen by click, rubber band or list, their paths through the
quarters, and the movements between quadrants over the last quarter (a part of MatrixView)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from planner.core.matrix.matrix import last_two_quarters, movements, trajectories
from planner.core.matrix.scoring import Quadrant
from planner.ui.matrix.matrix_panels import matrix_row
from planner.ui.widgets.formatting import quarter_label

MAX_PATHS = 20  # trajectories drawn for at most this many selected accounts (those with most potential)


class Selection:
    """MatrixView's selection and movements; it works on the view's own state (the points, the chart)."""

    selected: list[int]
    side: Any
    selection: Any
    movement: Any
    chart: Any
    plot: Any
    scored: Any
    points: Any
    editor: Any
    _index: dict[int, int]
    _paths: dict[int, Any]
    _all_paths: Any
    _shown: Any

    # --- selection and trajectories ----------------------------------------------------------------------
    def select_ids(self, ids: Sequence[int]) -> None:
        """Select these accounts: listed beside the matrix, ringed, with their paths through the quarters."""
        self.selected = list(dict.fromkeys(ids))
        self._update_selection()
        if self.selected:
            self.side.setCurrentWidget(self.selection)

    def select_rect(self, x0: float, y0: float, x1: float, y1: float) -> list[int]:
        """Select the bubbles whose centre lies in the rectangle (scores 0..1), as the rubber band does;
        the most potential first."""
        ids = self.chart.ids_in(x0, y0, x1, y1) if self.chart else []
        self.select_ids(sorted(ids, key=lambda i: -self.scored[self._index[i]].potential_cents))
        return self.selected

    def _paths_drawn(self) -> list[int]:
        """The selected accounts drawn as bubbles whose paths are shown: those with the most potential."""
        shown = self.shown_ids()
        chosen = [self.scored[self._index[i]] for i in self.selected if i in shown]
        return [p.account_id for p in sorted(chosen, key=lambda p: -p.potential_cents)[:MAX_PATHS]]

    def _update_selection(self) -> None:
        self._update_selection_rows()
        if self.chart is not None:
            self._draw_paths()
            if self._shown is not None:
                self._draw_bubbles()
            self.plot.redraw()

    def _draw_paths(self) -> None:
        assert self.chart is not None
        ids = self._paths_drawn()
        missing = [i for i in ids if i not in self._paths]
        if missing:
            self._paths.update(trajectories(self.editor.store, missing))
        drawn = [[(pos.breadth, pos.intensity) for pos in self._paths[i]] for i in ids if self._paths.get(i)]
        starts = [quarter_label(self._paths[i][0].quarter) for i in ids if self._paths.get(i)]
        self.chart.set_paths(drawn, starts if len(drawn) <= 5 else [])

    def _update_selection_rows(self) -> None:
        by_id = {p.account_id: p for p in self.points}
        rows = [matrix_row(by_id[i], self.thresholds()) for i in self.selected if i in by_id]
        self.selection.set_rows(rows, len(self._paths_drawn()))

    def selected_ids(self) -> list[int]:
        return list(self.selected)

    # --- movements ---------------------------------------------------------------------------------------
    def movement_counts(self) -> dict[tuple[Quadrant, Quadrant], int]:
        """From which quadrant to which the accounts passing the filters moved over the last quarter."""
        if self._all_paths is None:
            self._all_paths = trajectories(self.editor.store)
        passes = self._test()
        allowed = {p.account_id for p in self.points if passes(p)}
        paths = {i: path for i, path in self._all_paths.items() if i in allowed}
        quarters = last_two_quarters(self._all_paths)
        return dict(movements(paths, *quarters, self.thresholds())) if quarters else {}

    def _update_movements(self) -> None:
        """The table is filled when it is in front: reading every account's path takes a moment."""
        if self.side.currentWidget() is self.movement and self._shown is not None:
            moved = self.movement_counts()
            self.movement.show_counts(moved, last_two_quarters(self._all_paths or {}))
