"""The briefing's matrix as a PNG: the whole book pale, this account outlined and named, its path quarter by
quarter (matplotlib, no window)."""

from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication

from planner.core.matrix import chart_style, charts
from planner.core.matrix.scoring import Quadrant, quadrant
from planner.core.qbr.briefing import Briefing
from planner.ui.widgets import formatting, matrix_labels
from planner.ui.widgets.formatting import quarter_label

translate = QCoreApplication.translate
SIZE = (7.0, 4.6)  # inches, as printed
DPI = 220


def matrix_words() -> chart_style.MatrixWords:
    return chart_style.MatrixWords(
        translate("Briefing", "Product breadth"),
        translate("Briefing", "Usage intensity"),
        {q: matrix_labels.quadrant_name(q) for q in Quadrant},
        {q: matrix_labels.play(q) for q in Quadrant},
        matrix_labels.QUADRANT_COLOURS,
        formatting.percent,
    )


def matrix_png(briefing: Briefing, size: tuple[float, float] = SIZE, dpi: int = DPI) -> bytes:
    """The picture of the matrix with this account highlighted and its trajectory."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(figure)
    chart = charts.MatrixChart(figure, matrix_words())
    chart.set_thresholds(0.5, 0.5)
    book = briefing.book
    account_id = briefing.account.id
    ids = np.array([p[0] for p in book], dtype=np.int64)
    x = np.array([p[1] for p in book], dtype=float)
    y = np.array([p[2] for p in book], dtype=float)
    potentials = [p[3] for p in book]
    areas = chart_style.bubble_areas(
        potentials, max(potentials, default=0), chart_style.largest_area(len(book)) * 0.6
    )
    colours = chart_style.rgba(
        [chart_style.TIER_COLOURS.get(p[4], chart_style.TIER_COLOURS["C"]) for p in book]
    )
    found = ids == account_id
    chart.set_bubbles(x, y, areas, colours, ids, found=found)
    counts = {q: 0 for q in Quadrant}
    for _, b, i, _, _ in book:
        counts[quadrant(b, i)] += 1
    one, many = translate("Briefing", "1 account"), translate("Briefing", "%1 accounts")
    chart.set_figures(
        {q: one if n == 1 else many.replace("%1", formatting.number(n)) for q, n in counts.items()}
    )
    path = [(p.breadth, p.intensity) for p in briefing.path]
    if found.any():
        chart.set_paths(
            [path] if len(path) >= 2 else [], [quarter_label(briefing.path[0].quarter)] if path else []
        )
        point = briefing.point
        x0 = point.breadth or 0.0
        chart.set_labels([(x0, point.intensity or 0.0, briefing.account.name)])
        for label in chart.labels:  # on the right half the name goes to the left of its bubble
            if x0 > 0.5:
                label.set_horizontalalignment("right")
                label.xyann = (-9, 7)
            else:
                label.xyann = (9, 7)
        chart.set_message("")
    else:
        chart.set_message(
            translate("Briefing", "This customer is not in the matrix yet: it needs products and usage.")
        )
    buffer = io.BytesIO()
    with chart.whole():
        figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()
