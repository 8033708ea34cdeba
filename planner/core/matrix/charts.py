"""matplotlib Figures without pyplot and without Qt: the Customer-Performance-Matrix as a bubble chart whose
bubbles, thresholds, paths and legend are updated in place. Its colours, sizes and words: chart_style.py."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from planner.core.matrix.chart_style import (
    ACCENT,
    BAND,
    BOTTOM,
    EDGE,
    FONT,
    INK,
    LEFT,
    LINE,
    MUTED,
    RIGHT_MIN,
    TOP,
    MatrixWords,
)
from planner.core.matrix.scoring import Quadrant

if TYPE_CHECKING:  # matplotlib and numpy load with the first chart, not at start-up
    import numpy as np
    from matplotlib.figure import Figure


class MatrixChart:
    """The matrix on a Figure: four tinted fields with name, figures and play, dashed threshold lines, one
    PathCollection of bubbles (largest drawn first), optional trajectories and name labels, two legends.

    Bubbles are given as arrays in data units (0..1); `ids` travel with them so hit tests answer ids.
    """

    def __init__(self, figure: Figure, words: MatrixWords) -> None:
        import numpy as np
        from matplotlib.patches import Rectangle
        from matplotlib.ticker import FixedLocator, FuncFormatter, PercentFormatter

        self.figure, self.words = figure, words
        figure.set_facecolor("white")
        ax = self.axes = figure.add_axes((0.1, 0.1, 0.8, 0.8))
        ax.set_facecolor("white")
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.xaxis.set_major_locator(FixedLocator([0, 0.25, 0.5, 0.75, 1]))
        ax.yaxis.set_major_locator(FixedLocator([0, 0.25, 0.5, 0.75, 1]))
        for axis in (ax.xaxis, ax.yaxis):
            if words.percent is None:
                axis.set_major_formatter(PercentFormatter(1.0, decimals=0))
            else:
                axis.set_major_formatter(FuncFormatter(lambda value, _, show=words.percent: show(value)))
        ax.tick_params(length=0, labelsize=FONT, labelcolor=MUTED, pad=4)
        ax.set_xlabel(words.breadth, fontsize=FONT + 2, color=INK, labelpad=6)
        ax.set_ylabel(words.intensity, fontsize=FONT + 2, color=INK, labelpad=8)
        self.breadth_threshold, self.intensity_threshold = 0.5, 0.5
        self.fields = {
            q: Rectangle((0, 0), 1, 1, facecolor=words.tints[q], edgecolor="none", zorder=0) for q in Quadrant
        }
        for field in self.fields.values():
            ax.add_patch(field)
        dashes: dict[str, Any] = {"color": LINE, "linewidth": 1.1, "linestyle": (0, (5, 4)), "zorder": 1}
        self.breadth_line = ax.axvline(0.5, **dashes)
        self.intensity_line = ax.axhline(0.5, **dashes)
        self.figure_words: dict[Quadrant, str] = {}
        self._widths: dict[tuple[str, float], float] = {}
        self.titles: dict[Quadrant, Any] = {}
        self.figures: dict[Quadrant, Any] = {}
        self.plays: dict[Quadrant, Any] = {}
        for q in Quadrant:
            self._field_texts(q)
        self.bubbles = ax.scatter(
            np.zeros(0), np.zeros(0), s=np.zeros(0), zorder=3, edgecolors="white", linewidths=0.6
        )
        self.ids = np.zeros(0, dtype=np.int64)
        self.paths: list[Any] = []
        self.labels: list[Any] = []
        self.band = Rectangle((0, 0), 0, 0, facecolor="#3c7fc1", alpha=0.12, edgecolor="#3c7fc1", zorder=5)
        self.band.set_visible(False)
        ax.add_patch(self.band)
        self.message = ax.text(
            0.5,
            0.5,
            "",
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=FONT + 2,
            color=INK,
            zorder=6,
            multialignment="center",
            bbox={"boxstyle": "round,pad=0.8", "facecolor": "white", "edgecolor": LINE, "linewidth": 0.8},
        )
        self.message_words = ""
        self.legends: list[Any] = []
        self.right = RIGHT_MIN
        self.full_draw = True  # the still parts changed: the whole figure must be drawn again
        self._shape: tuple[Any, ...] = ()
        for artist in (self.bubbles, self.message, self.band, *self.figures.values()):
            artist.set_animated(True)
        self.layout()

    def _field_texts(self, q: Quadrant) -> None:
        """Name (bold), figures and play, in the band above the square for the upper fields and below it
        for the lower ones."""
        ax = self.axes

        def text(
            words: str, anchor: Any, xy: tuple[float, float], shift: tuple[float, float], **style: Any
        ) -> Any:
            return ax.annotate(words, xy, xycoords=anchor, xytext=shift, textcoords="offset points", **style)

        edge = ax.get_xaxis_transform()  # x in data units, y in axes fractions
        name = {"fontsize": FONT + 3, "fontweight": "bold", "color": INK, "zorder": 2}
        play = {"fontsize": FONT - 0.5, "color": MUTED, "linespacing": 1.15, "zorder": 2}
        figure_style = {**play, "color": INK, "fontsize": FONT}
        if q in (Quadrant.NICHE, Quadrant.POWER_USER):
            title = text(self.words.names[q], edge, (0, 1), (8, -6), va="top", **name)
            figures = text("", ("data", title), (0, 0), (8, -1), va="top", **figure_style)
            below = text("", ("data", figures), (0, 0), (8, -2), va="top", **play)
        else:
            below = text("", edge, (0, 0), (8, 6), va="bottom", **play)
            figures = text("", ("data", below), (0, 1), (8, 2), va="bottom", **figure_style)
            title = text(self.words.names[q], ("data", figures), (0, 1), (8, 1), va="bottom", **name)
        self.titles[q], self.plays[q], self.figures[q] = title, below, figures

    # --- what is drawn -----------------------------------------------------------------------------------
    def set_bubbles(
        self,
        x: np.ndarray,
        y: np.ndarray,
        areas: np.ndarray,
        colours: np.ndarray,
        ids: np.ndarray,
        rings: np.ndarray | None = None,
        found: np.ndarray | None = None,
    ) -> None:
        """The bubbles shown: centre (0..1), area (pt²), RGBA colour, account id. `rings` (the selection) get
        a dark outline; when a search is on, `found` ones an orange one and the others turn pale."""
        import numpy as np

        order = np.argsort(-areas, kind="stable")  # small bubbles on top of large ones
        faces = np.array(colours[order], dtype=float)
        faces[:, 3] = 0.88
        edges = np.tile(np.array([1.0, 1.0, 1.0, 0.9]), (len(order), 1))
        widths = np.full(len(order), 0.6)
        if found is not None:
            hit = found[order]
            faces[~hit, 3] = 0.16
            edges[~hit, 3] = 0.3
            edges[hit] = ACCENT
            widths[hit] = 2.0
        if rings is not None and rings.any():
            ringed = rings[order]
            edges[ringed] = (0.07, 0.09, 0.15, 1.0)
            widths[ringed] = 1.8
        self.ids = np.asarray(ids)[order]
        self.bubbles.set_offsets(np.column_stack((x[order], y[order])) if len(order) else np.zeros((0, 2)))
        self.bubbles.set_sizes(areas[order])
        self.bubbles.set_facecolor(faces)  # type: ignore[arg-type]
        self.bubbles.set_edgecolor(edges)  # type: ignore[arg-type]
        self.bubbles.set_linewidth(widths)  # type: ignore[arg-type]

    def set_thresholds(self, breadth: float, intensity: float) -> None:
        self.full_draw = True
        self.breadth_threshold, self.intensity_threshold = breadth, intensity
        self.breadth_line.set_xdata([breadth, breadth])
        self.intensity_line.set_ydata([intensity, intensity])
        self._place_fields()

    def set_figures(self, texts: Mapping[Quadrant, str]) -> None:
        """The figures under each field's name, such as "63 accounts · 3.2 m € potential"."""
        self.figure_words = dict(texts)
        self._place_fields()

    def set_legend(
        self,
        title: str,
        entries: Sequence[tuple[str, str]],
        size_title: str,
        sizes: Sequence[tuple[str, float]],
    ) -> None:
        """The colour legend (label, colour) and the size legend (label, area in pt²) right of the field."""
        from matplotlib.lines import Line2D

        for old in self.legends:
            old.remove()
        self.legends = []
        style = {"frameon": False, "fontsize": FONT, "title_fontsize": FONT + 1, "alignment": "left",
                 "handletextpad": 0.4, "borderaxespad": 0.0, "labelcolor": INK}  # fmt: skip
        colour_handles = [
            Line2D([], [], linestyle="", marker="o", markersize=8, markerfacecolor=c, markeredgecolor="white",
                   label=label)
            for label, c in entries
        ]  # fmt: skip
        if colour_handles:
            legend = self.figure.legend(handles=colour_handles, title=title, loc="upper left", **style)
            legend.get_title().set_fontweight("bold")
            self.legends.append(legend)
        size_handles = [
            Line2D([], [], linestyle="", marker="o", markersize=math.sqrt(area), markerfacecolor="none",
                   markeredgecolor=MUTED, label=label)
            for label, area in sizes
        ]  # fmt: skip
        if size_handles:
            legend = self.figure.legend(
                handles=size_handles,
                title=size_title,
                loc="upper left",
                labelspacing=1.2,
                handlelength=2.4,
                **{**style, "handletextpad": 0.9},
            )
            legend.get_title().set_fontweight("bold")
            self.legends.append(legend)
        self.right = RIGHT_MIN + self._legend_width()
        self.layout()

    def set_paths(self, paths: Sequence[Sequence[tuple[float, float]]], starts: Sequence[str] = ()) -> None:
        """Trajectories: a line per account through its quarterly positions, a dot per quarter, an arrow
        into the latest; `starts` labels the first position of each path (the quarter)."""
        for artist in self.paths:
            artist.remove()
        self.paths = []
        ax = self.axes
        for n, path in enumerate(paths):
            if not path:
                continue
            xs, ys = [p[0] for p in path], [p[1] for p in path]
            (line,) = ax.plot(xs, ys, color=INK, linewidth=1.3, alpha=0.8, marker="o", markersize=3.2,
                              markerfacecolor="white", markeredgewidth=1.0, zorder=4)  # fmt: skip
            self.paths.append(line)
            line.set_animated(True)
            if len(path) >= 2:
                arrow = ax.annotate("", xy=path[-1], xytext=path[-2], zorder=4,
                                    arrowprops={"arrowstyle": "-|>", "color": INK, "lw": 1.3, "alpha": 0.8,
                                                "shrinkA": 0, "shrinkB": 2})  # fmt: skip
                arrow.set_animated(True)
                self.paths.append(arrow)
            if n < len(starts) and starts[n]:
                right = path[0][0] > 0.85  # near the right edge the label goes to the left of the start
                label = ax.annotate(
                    starts[n], path[0], xytext=(-5 if right else 5, -10), textcoords="offset points",
                    ha="right" if right else "left", fontsize=FONT - 1.5, color=MUTED, zorder=4,
                )  # fmt: skip
                label.set_animated(True)
                self.paths.append(label)

    def set_labels(self, labels: Sequence[tuple[float, float, str]]) -> None:
        """Names beside some bubbles (the accounts found by a search)."""
        for artist in self.labels:
            artist.remove()
        self.labels = [
            self.axes.annotate(text, (x, y), xytext=(7, 5), textcoords="offset points", fontsize=FONT,
                               fontweight="bold", color=INK, zorder=6,
                               bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none",
                                     "alpha": 0.8})
            for x, y, text in labels
        ]  # fmt: skip
        for label in self.labels:
            label.set_animated(True)

    def set_message(self, text: str) -> None:
        """A sentence in the middle of the field when there is nothing to show."""
        self.message_words = text
        room = self.axes.get_position().width * self.figure.get_size_inches()[0] * 72 * 0.55
        self.message.set_text("\n".join(self._fit(text.split(), " ", FONT + 2, room, 4)))

    def show_band(self, corners: tuple[float, float, float, float] | None) -> None:
        """The rubber band from (x0, y0) to (x1, y1) in data units, or none."""
        if corners is None:
            self.band.set_visible(False)
            return
        x0, y0, x1, y1 = corners
        self.band.set_bounds(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
        self.band.set_visible(True)

    # --- what changes often --------------------------------------------------------------------------------
    def moving_artists(self) -> list[Any]:
        """What a filter, search or selection changes: the bubbles, the figures per field, paths, names and
        the message. They are "animated": a plain draw leaves them out, so that the rest can be kept as a
        picture and these drawn over it (blitting); `whole()` puts them back in for a file."""
        moving = [*self.figures.values(), self.bubbles, *self.paths, *self.labels, self.message, self.band]
        return sorted((a for a in moving if a.get_visible()), key=lambda a: a.get_zorder())

    def draw_moving(self) -> None:
        """Draw the moving artists onto the canvas's last picture (which must hold the still parts)."""
        for artist in self.moving_artists():
            self.axes.draw_artist(artist)

    @contextmanager
    def whole(self) -> Iterator[None]:
        """Within: a plain draw (savefig) draws every artist."""
        moving = [*self.figures.values(), self.bubbles, *self.paths, *self.labels, self.message, self.band]
        for artist in moving:
            artist.set_animated(False)
        try:
            yield
        finally:
            for artist in moving:
                artist.set_animated(True)
            self.full_draw = True

    # --- layout --------------------------------------------------------------------------------------------
    def layout(self) -> None:
        """Place the axes with fixed margins in points and set the limits so the bands above and below
        the 0-100 % square have their height in points whatever the figure's size."""
        self.full_draw = True
        width_pt, height_pt = (v * 72 for v in self.figure.get_size_inches())
        left, right = LEFT / width_pt, 1 - self.right / width_pt
        bottom, top = BOTTOM / height_pt, 1 - TOP / height_pt
        if right - left < 0.2 or top - bottom < 0.2:  # tiny figure: plain margins
            left, right, bottom, top = 0.1, 0.9, 0.1, 0.9
        self.axes.set_position((left, bottom, right - left, top - bottom))
        inner_w, inner_h = (right - left) * width_pt, (top - bottom) * height_pt
        pad_x = EDGE / max(inner_w - 2 * EDGE, 1.0)
        band = (BAND + EDGE) / max(inner_h - 2 * (BAND + EDGE), 1.0)
        self.axes.set_xlim(-pad_x, 1 + pad_x)
        self.axes.set_ylim(-band, 1 + band)
        for n, legend in enumerate(self.legends):
            x = right + 14 / width_pt
            y = top - 4 / height_pt if n == 0 else self._below(self.legends[n - 1], height_pt)
            legend.set_bbox_to_anchor((x, y), transform=self.figure.transFigure)
        self._place_fields()
        self.set_message(self.message_words)

    def _below(self, legend: Any, height_pt: float) -> float:
        renderer = self._renderer()
        if renderer is None:
            return 0.5
        box = legend.get_window_extent(renderer).transformed(self.figure.transFigure.inverted())
        return float(box.y0) - 18 / height_pt

    def _legend_width(self) -> float:
        renderer = self._renderer()
        if renderer is None:
            return 120.0
        widths = [legend.get_window_extent(renderer).width for legend in self.legends]
        return max(widths, default=0.0) * 72 / self.figure.dpi + 28

    def _renderer(self) -> Any:
        get = getattr(self.figure.canvas, "get_renderer", None)
        return get() if get else None

    def _place_fields(self) -> None:
        bt, it = self.breadth_threshold, self.intensity_threshold
        x0, x1 = self.axes.get_xlim()
        y0, y1 = self.axes.get_ylim()
        spans = {
            Quadrant.SAMPLER: ((x0, bt), (y0, it)),
            Quadrant.NICHE: ((x0, bt), (it, y1)),
            Quadrant.UNDERPERFORMER: ((bt, x1), (y0, it)),
            Quadrant.POWER_USER: ((bt, x1), (it, y1)),
        }
        width_pt = self.axes.get_position().width * self.figure.get_size_inches()[0] * 72
        shape: list[tuple[str, int, str]] = []
        for q, ((left, right), (low, high)) in spans.items():
            self.fields[q].set_bounds(left, low, right - left, high - low)
            field_pt = (right - left) / (x1 - x0) * width_pt
            start = 0.0 if left == x0 else left
            for artist in (self.titles[q], self.figures[q], self.plays[q]):
                artist.xy = (start, artist.xy[1])
            # narrow fields keep what fits: an empty text still anchors the ones above it
            room = field_pt - 20
            roomy = room > 120
            name = self.words.names[q]
            self.titles[q].set_text(name if self._width(name, FONT + 3) * 1.1 <= room + 4 else "")  # bold
            figures = (
                self._fit(self.figure_words.get(q, "").split(" · "), " · ", FONT, room, 2) if roomy else []
            )
            self.figures[q].set_text("\n".join(figures))
            plays = self._fit(self.words.plays[q].split(), " ", FONT - 0.5, room, 4 - max(len(figures), 1))
            self.plays[q].set_text("\n".join(plays) if roomy else "")
            shape.append((self.titles[q].get_text(), len(figures), self.plays[q].get_text()))
        if tuple(shape) != self._shape:  # a line more or less of figures moves the still texts
            self._shape = tuple(shape)
            self.full_draw = True

    def _fit(self, parts: Sequence[str], joint: str, size: float, room: float, lines: int) -> list[str]:
        """Join the parts into at most `lines` lines no wider than `room` points; "…" ends a cut text."""
        fitted: list[str] = []
        for part in parts:
            if fitted and self._width(fitted[-1] + joint + part, size) <= room:
                fitted[-1] += joint + part
            elif part:
                fitted.append(part)
        if len(fitted) > lines:
            fitted = fitted[:lines]
            while fitted[-1] and self._width(fitted[-1] + " …", size) > room:
                fitted[-1] = fitted[-1].rsplit(" ", 1)[0] if " " in fitted[-1] else ""
            fitted[-1] = (fitted[-1].rstrip(" ·,:;") + " …").strip()
        return fitted

    def _width(self, text: str, size: float) -> float:
        """Width in points of a line of text at this font size, from its words measured once each."""
        words = text.split(" ")
        return sum(self._measure(w, size) for w in words) + (len(words) - 1) * self._measure(" ", size)

    def _measure(self, word: str, size: float) -> float:
        if (word, size) not in self._widths:
            from matplotlib.font_manager import FontProperties
            from matplotlib.textpath import TextToPath

            width = TextToPath().get_text_width_height_descent(word, FontProperties(size=size), False)[0]
            self._widths[(word, size)] = width * 1.03  # screen hinting makes text a little wider
        return self._widths[(word, size)]

    # --- hit tests -----------------------------------------------------------------------------------------
    def id_at(self, x_px: float, y_px: float) -> int | None:
        """The account whose bubble is on top at display point (x_px, y_px), or None."""
        import numpy as np

        offsets = np.asarray(self.bubbles.get_offsets())
        if len(offsets) == 0:
            return None
        centres = self.axes.transData.transform(offsets)
        radius = np.sqrt(self.bubbles.get_sizes()) / 2 * self.figure.dpi / 72 + 1.5
        hits = np.flatnonzero(((centres - (x_px, y_px)) ** 2).sum(axis=1) <= radius**2)
        return int(self.ids[hits[-1]]) if hits.size else None

    def ids_in(self, x0: float, y0: float, x1: float, y1: float) -> list[int]:
        """The accounts whose bubble centre lies in the rectangle (data units), in no particular order."""
        import numpy as np

        offsets = np.asarray(self.bubbles.get_offsets())
        if len(offsets) == 0:
            return []
        (left, right), (low, high) = sorted((x0, x1)), sorted((y0, y1))
        inside = (offsets[:, 0] >= left) & (offsets[:, 0] <= right) & (offsets[:, 1] >= low)
        inside &= offsets[:, 1] <= high
        return [int(i) for i in self.ids[inside]]

    def to_data(self, x_px: float, y_px: float) -> tuple[float, float]:
        x, y = self.axes.transData.inverted().transform((x_px, y_px))
        return float(x), float(y)

    def to_display(self, x: float, y: float) -> tuple[float, float]:
        px, py = self.axes.transData.transform((x, y))
        return float(px), float(py)

    def threshold_near(self, x_px: float, y_px: float, tolerance: float = 5.0) -> tuple[bool, bool]:
        """Whether the display point is on the breadth line, on the intensity line (within `tolerance`)."""
        bx, iy = self.to_display(self.breadth_threshold, self.intensity_threshold)
        box = self.axes.get_window_extent()
        inside = box.x0 <= x_px <= box.x1 and box.y0 <= y_px <= box.y1
        return inside and abs(x_px - bx) <= tolerance, inside and abs(y_px - iy) <= tolerance
