"""Redrawing the matrix for 10,000 accounts after a filter change, against a bare matplotlib scatter.

Run by `make bench` as `python -m tests.bench.matrix`. 10,000 accounts are made up in code (breadth in
steps of 10 %, intensity 0-100 %, potential spread over three orders of magnitude, five owners, 3 % not
scored) and shown in the matrix view at the size it has in the main window. Each step changes the owner or
tier filter and waits until the canvas is drawn and painted. The floor is the same step done bare: a new
`Figure` with one axes and `scatter` of the same bubbles (positions, areas, colours) on a `FigureCanvasAgg`
of the same size and dpi, of which a `draw` is timed (building the figure is not). Medians of the steps;
the budget is 1.5x the floor. Moving a threshold draws the whole matrix again (fields, texts, legend):
shown for information.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ACCOUNTS = 10_000
OWNERS = ("Anna Groß", "Ben Krüger", "Claire Dubois", "Jonas Behrendt", "Katrin Vogt")
SEED = 2026
BUDGET = 1.5  # times the floor


def make_points() -> list:
    from planner.core.matrix.matrix import MatrixPoint, Whitespace

    rng = random.Random(SEED)
    points = []
    for n in range(1, ACCOUNTS + 1):
        scored = rng.random() > 0.03
        held = rng.randint(1, 10) if scored else 0
        potential = int(10 ** rng.uniform(6, 9))  # 10,000 € to 10 m € in cents
        points.append(
            MatrixPoint(
                account_id=n, key=f"ACC-{n:05d}", name=f"Kunde {n:05d} GmbH", owner=rng.choice(OWNERS),
                segment=rng.choice(("KMU", "Mittelstand", "Enterprise")), country="DE",
                regions=("EMEA",) if rng.random() < 0.8 else ("EMEA", "APAC"),
                tier=rng.choices("ABC", (1, 2, 6))[0], nps=rng.choice((None, -20.0, 10.0, 60.0)),
                revenue_cents=rng.randint(10**6, 10**9), last_touch=None,
                breadth=held / 10 if scored else None, intensity=rng.random() if scored else None,
                held=held, relevant=10, used_holdings=held,
                whitespace=(Whitespace(1, "Produkt", potential, "peers", 5),),
                products=frozenset(rng.sample(range(1, 11), held)),
            )
        )  # fmt: skip
    return points


def bare_scatter(width: int, height: int, dpi: float, x, y, areas, colours) -> float:  # noqa: ANN001
    """Seconds to draw a plain scatter of these bubbles on an Agg canvas of this size (a first draw lays
    out the figure; the second one is timed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    figure.add_subplot().scatter(x, y, s=areas, c=colours)
    canvas.draw()
    start = time.perf_counter()
    canvas.draw()
    return time.perf_counter() - start


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from planner.core.store.store import open_portfolio
    from planner.ui.matrix.matrix_view import MatrixView
    from planner.ui.shell.app import application
    from planner.ui.widgets.editing import Editor

    app = application("en")
    with tempfile.TemporaryDirectory() as folder:
        store = open_portfolio(Path(folder) / "empty.sqlite", create=True)
        view = MatrixView(Editor(store))
        view.resize(1100, 760)  # the workspace in a 1280 x 800 window
        view.show()
        QApplication.processEvents()
        points = make_points()
        start = time.perf_counter()
        view.set_points(points, [(n, f"Produkt {n}") for n in range(1, 11)])
        QApplication.processEvents()
        loaded = time.perf_counter() - start
        canvas = view.plot.canvas
        width, height = canvas.get_width_height(physical=True)
        dpi = canvas.figure.dpi
        steps = [("owner", o) for o in OWNERS] + [
            ("owner", None),
            ("tier", "A"),
            ("tier", "B"),
            ("tier", None),
        ]
        ours, floor, shown = [], [], []
        for name, value in steps * 2:
            start = time.perf_counter()
            view.set_filter(name, value)
            QApplication.processEvents()  # the pending draw of the canvas ...
            QApplication.processEvents()  # ... and its paint on the widget
            ours.append(time.perf_counter() - start)
            assert not view.plot._pending and not canvas._draw_pending  # drawn and painted
            bubbles = view.chart.bubbles
            shown.append(len(bubbles.get_offsets()))
            floor.append(
                bare_scatter(width, height, dpi, *bubbles.get_offsets().T, bubbles.get_sizes(),
                             bubbles.get_facecolors())
            )  # fmt: skip
        moved = []
        for value in (0.3, 0.7, 0.4, 0.6, 0.5) * 2:
            start = time.perf_counter()
            view.set_thresholds(value, value)
            QApplication.processEvents()
            QApplication.processEvents()
            moved.append(time.perf_counter() - start)
        view.close()
        store.close()
    app.quit()
    median_ours, median_floor = statistics.median(ours), statistics.median(floor)
    ratio = median_ours / median_floor
    verdict = "ok" if ratio <= BUDGET else "OVER"
    print(
        f"  bubbles per step: {min(shown):,} to {max(shown):,}; canvas {width} x {height} px at {dpi:.0f} dpi"
    )
    print("  per filter change (ms):", ", ".join(f"{t * 1000:.0f}" for t in ours))
    print("  bare scatter (ms):     ", ", ".join(f"{t * 1000:.0f}" for t in floor))
    print(f"{'matrix, ' + format(ACCOUNTS, ',') + ' accounts':<44}{'time':>12}{'ratio':>9}")
    print(f"{'show them first (set_points and draw)':<44}{loaded * 1000:>9.0f} ms")
    print(f"{'floor: bare matplotlib scatter, draw, median':<44}{median_floor * 1000:>9.0f} ms{1:>8.2f}x")
    label = f"redraw after a filter change, median of {len(ours)}"
    print(f"{label:<44}{median_ours * 1000:>9.0f} ms{ratio:>8.2f}x  budget {BUDGET:.1f}x  {verdict}")
    whole = statistics.median(moved)
    print(
        f"{'redraw after a threshold move, median':<44}{whole * 1000:>9.0f} ms{whole / median_floor:>8.2f}x"
    )
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
