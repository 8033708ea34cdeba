"""matplotlib Figures of the journey, without pyplot and without Qt: NPS x account value (seed 002's SWOT
chart) with a hit test for clicks, and an account's timeline through its phases."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from planner.core.matrix.chart_style import FONT, INK, LINE, MUTED, NPS_COLOURS
from planner.core.moments.journey import Timeline
from planner.core.moments.nps_value import NpsValue

if TYPE_CHECKING:  # matplotlib loads with the first chart, not at start-up
    from matplotlib.figure import Figure

FIELD_TINTS = {
    "strengths": "#eaf4ee",
    "opportunities": "#e8f1fb",
    "threats": "#fbeaea",
    "weaknesses": "#f3f1ec",
}
FIELD_COLOURS = {
    "strengths": "#3f9a5a",
    "opportunities": "#3c7fc1",
    "threats": "#c8423b",
    "weaknesses": "#9a7b4f",
}
PHASE_TINTS = {"enablement": "#eef2f7", "adoption": "#fbf1e6", "growth": "#eaf4ee", "advocacy": "#e8f1fb"}
PHASE_COLOURS = {"enablement": "#6b7c93", "adoption": "#c97a1e", "growth": "#3f9a5a", "advocacy": "#3c7fc1"}
TOUCH_MARKERS = {"call": "o", "meeting": "s", "email": "v", "visit": "D", "qbr": "*", "note": "x"}
QBR_MARKERS = {
    "held": ("D", INK, INK),
    "planned": ("D", "white", INK),
    "cancelled": ("X", "#b9c0c8", "#b9c0c8"),
}
MOMENT_COLOUR = "#e8590c"
BUBBLE_AREA = 70.0  # pt²
NAME_BAND = 0.2  # room above +100 and below -100 NPS for the fields' names, as a share of the NPS range


def new_figure(width: float = 9.0, height: float = 6.0, dpi: float = 100) -> Figure:
    """A Figure with an Agg canvas, for files and tests; the UI makes its own on a Qt canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi)
    FigureCanvasAgg(figure)
    return figure


def _place(axes: Any, left: float, right: float, top: float, bottom: float) -> None:
    """Margins in points around the axes, whatever the figure's size."""
    width, height = (v * 72 for v in axes.figure.get_size_inches())
    x0, x1 = min(left / width, 0.4), max(1 - right / width, 0.6)
    y0, y1 = min(bottom / height, 0.4), max(1 - top / height, 0.6)
    axes.set_position((x0, y0, x1 - x0, y1 - y0))


def _plain(axes: Any) -> None:
    axes.set_facecolor("white")
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.tick_params(which="both", length=0, labelsize=FONT, labelcolor=MUTED, pad=4)


# --- NPS x account value -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class NpsValueWords:
    value: str  # x axis title: account value, revenue per year
    nps: str  # y axis title
    names: Mapping[str, str]  # field -> name
    hints: Mapping[str, str]  # field -> what to do there, one short line
    money: Callable[[int], str]  # cents -> "1 m €"


class NpsValueChart:
    """The four fields tinted and named (promoters' side above, high value right), the split lines dashed,
    one bubble per account coloured by field; `ids` travel with the bubbles for the hit tests."""

    def __init__(self, figure: Figure, words: NpsValueWords) -> None:
        self.figure, self.words = figure, words
        self.axes: Any = None
        self.bubbles: Any = None
        self.ids: list[int] = []
        self.low = self.floor = 1.0  # euros: revenues below `low` are drawn at `floor` (a log axis has no 0)

    def draw(self, data: NpsValue, split_label: str = "") -> None:
        """Draw the chart anew for these accounts; `split_label` names the value split ("median 47 k €")."""
        import numpy as np
        from matplotlib.patches import Rectangle
        from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter

        self.figure.clear()
        self.figure.set_facecolor("white")
        ax = self.axes = self.figure.add_axes((0.1, 0.1, 0.8, 0.8))
        _plain(ax)
        ax.set_xscale("log")
        euros = [max(p.revenue_cents, 0) / 100 for p in data.points]
        split = max(data.value_split_cents / 100, 0.01)
        positive = [e for e in euros if e > 0] + [split]
        low = 10 ** math.floor(math.log10(min(positive)))
        self.low, self.floor = low, low / 3  # accounts without revenue: a column of their own, left
        x0, x1 = self.floor / 1.6, max(positive) * 1.6
        y0, y1 = -108 - 200 * NAME_BAND, 108 + 200 * NAME_BAND
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        decades = [10**n for n in range(round(math.log10(low)), math.floor(math.log10(x1)) + 1)]
        ax.xaxis.set_major_locator(
            FixedLocator(([self.floor] if min(euros, default=1) <= 0 else []) + decades)
        )
        ax.xaxis.set_major_formatter(
            FuncFormatter(lambda v, _: self.words.money(0 if v < low else round(v * 100)))
        )
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.yaxis.set_major_locator(FixedLocator([-100, -50, 0, 50, 100]))
        ax.yaxis.set_major_formatter(
            FuncFormatter(lambda v, _: f"{v:+.0f}".replace("+0", "0").replace("-", "−"))
        )
        ax.set_xlabel(self.words.value, fontsize=FONT + 2, color=INK, labelpad=6)
        ax.set_ylabel(self.words.nps, fontsize=FONT + 2, color=INK, labelpad=6)
        nps = data.nps_split
        spans = {"opportunities": ((x0, split), (nps, y1)), "strengths": ((split, x1), (nps, y1)),
                 "weaknesses": ((x0, split), (y0, nps)), "threats": ((split, x1), (y0, nps))}  # fmt: skip
        for name, ((left, right), (bottom, top)) in spans.items():
            ax.add_patch(Rectangle((left, bottom), right - left, top - bottom, facecolor=FIELD_TINTS[name],
                                   edgecolor="none", zorder=0))  # fmt: skip
        dashes: dict[str, Any] = {"color": LINE, "linewidth": 1.1, "linestyle": (0, (5, 4)), "zorder": 1}
        ax.axvline(split, **dashes)
        ax.axhline(nps, **dashes)
        for level in (-100, 100):
            ax.axhline(level, color="white", linewidth=1.0, zorder=1)
        if split_label:  # just above the +100 row, clear of the fields' names in the corners
            ax.annotate(split_label, (split, 100), xytext=(4, 7), textcoords="offset points", va="bottom",
                        fontsize=FONT - 1, color=MUTED, zorder=2)  # fmt: skip
        corners = {"opportunities": (0, 1, "left", "top"), "strengths": (1, 1, "right", "top"),
                   "weaknesses": (0, 0, "left", "bottom"), "threats": (1, 0, "right", "bottom")}  # fmt: skip
        for name, (cx, cy, ha, va) in corners.items():
            first, second = (-6, -6 - (FONT + 2.5) * 1.35) if cy == 1 else (6 + FONT * 1.4, 6)
            ax.annotate(self.words.names[name], (cx, cy), xycoords="axes fraction", ha=ha, va=va,
                        xytext=(8 - 16 * cx, first), textcoords="offset points", fontsize=FONT + 2.5,
                        fontweight="bold", color=FIELD_COLOURS[name], zorder=2)  # fmt: skip
            ax.annotate(self.words.hints.get(name, ""), (cx, cy), xycoords="axes fraction",
                        xytext=(8 - 16 * cx, second), textcoords="offset points", ha=ha, va=va, fontsize=FONT,
                        color=MUTED, zorder=2)  # fmt: skip
        order = sorted(range(len(data.points)), key=lambda n: -data.points[n].revenue_cents)
        xs = np.array([euros[n] if euros[n] >= low else self.floor for n in order], dtype=float)
        ys = np.array([data.points[n].nps for n in order], dtype=float)
        self.ids = [data.points[n].account_id for n in order]
        colours = [FIELD_COLOURS[data.points[n].field] for n in order]
        self.bubbles = ax.scatter(xs, ys, s=BUBBLE_AREA, c=colours, alpha=0.85, edgecolors="white",
                                  linewidths=0.7, zorder=3, picker=True)  # fmt: skip
        self.bubbles.set_pickradius(2)
        self.layout()

    def layout(self) -> None:
        if self.axes is not None:
            _place(self.axes, left=60, right=14, top=8, bottom=46)

    def picked(self, event: Any) -> int | None:
        """The account of a matplotlib pick_event on the bubbles: the one drawn on top."""
        if event.artist is not self.bubbles or not len(event.ind):
            return None
        return self.ids[int(max(event.ind))]

    def id_at(self, x_px: float, y_px: float) -> int | None:
        """The account whose bubble is on top at display point (x_px, y_px), or None."""
        import numpy as np

        if self.bubbles is None or not self.ids:
            return None
        centres = self.axes.transData.transform(np.asarray(self.bubbles.get_offsets()))
        radius = math.sqrt(BUBBLE_AREA) / 2 * self.figure.dpi / 72 + 1.5
        hits = np.flatnonzero(((centres - (x_px, y_px)) ** 2).sum(axis=1) <= radius**2)
        return self.ids[int(hits[-1])] if hits.size else None

    def to_display(self, revenue_cents: int, nps: float) -> tuple[float, float]:
        """Where an account with this revenue and NPS is drawn, in display pixels."""
        euros = revenue_cents / 100
        x, y = self.axes.transData.transform((euros if euros >= self.low else self.floor, nps))
        return float(x), float(y)


# --- an account's timeline ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class TimelineWords:
    usage: str  # the usage line's axis title
    lanes: Mapping[str, str]  # moments, touches, nps, qbrs -> the lane's name
    phases: Mapping[str, str]  # phase -> name
    kinds: Mapping[str, str]  # touch kind -> name
    nps_classes: Mapping[str, str]  # promoter, passive, detractor -> name
    qbr_statuses: Mapping[str, str]  # planned, held, cancelled -> name
    today: str
    quarter: Callable[[str], str]  # "2026-Q3" -> "Q3 2026"
    percent: Callable[[float], str] = lambda share: f"{round(share * 100)} %"


LANE_PT = 20.0  # height of a lane in points
ROW_PT = 13.0  # a row of moment labels
LANES = ("touches", "nps", "qbrs")


def nps_class(score: int) -> str:
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


NPS_CLASS_COLOURS = {
    "promoter": NPS_COLOURS["positive"],
    "passive": NPS_COLOURS["neutral"],
    "detractor": NPS_COLOURS["negative"],
}


def _window(timeline: Timeline, moments: Sequence[tuple[date | str, str]]) -> tuple[date, date]:
    days = [s for s, _, _ in timeline.spans()] + [timeline.today] + [_as_day(d) for d, _ in moments]
    days += [m.day for m in timeline.touches] + [m.day for m in timeline.nps] + [m.day for m in timeline.qbrs]
    days += [m.month for m in timeline.usage]
    start = max(min(days), timeline.today - timedelta(days=3 * 365))
    end = max(days)
    pad = max((end - start).days // 40, 7)
    return start - timedelta(days=pad), end + timedelta(days=pad)


def _as_day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value[:10])


def _stack(spans: Sequence[tuple[float, float]], rows: int) -> list[int]:
    """Row of each label (from, to) so that labels in one row do not overlap; -1: no room left."""
    ends = [-math.inf] * rows
    placed = []
    for start, end in spans:
        row = next((r for r in range(rows) if ends[r] < start), -1)
        if row >= 0:
            ends[row] = end
        placed.append(row)
    return placed


def _label_rows(events: Sequence[tuple[date, str]], start: date, per_day: float, room: float) -> list[int]:
    """The row (0-2) of each moment's label, right of its flag or, near the right edge, left of it; -1: no
    room. Negative rows mark labels left of their flag: -(row + 2)."""
    spans = []
    for day, text in events:
        x, width = (day - start).days * per_day, len(text) * FONT * 0.56 + 10
        spans.append((x - width - 4, x + 4, True) if x + width > room else (x - 4, x + width, False))
    ends = [-math.inf] * 3
    rows = [-1] * len(events)
    for n in sorted(range(len(events)), key=lambda n: spans[n][0]):
        lo, hi, leftwards = spans[n]
        row = next((r for r in range(3) if ends[r] < lo), -1)
        if row >= 0:
            ends[row] = hi
            rows[n] = -(row + 2) if leftwards else row
    return rows


def _dodge(xs: Sequence[float], gap: float, shift: float) -> list[float]:
    """Vertical offsets (points) so that dots closer than `gap` side by side do not cover each other."""
    last = {0.0: -math.inf, shift: -math.inf, -shift: -math.inf}
    offsets = []
    for x in xs:
        offset = next((o for o in last if x - last[o] >= gap), 0.0)
        last[offset] = x
        offsets.append(offset)
    return offsets


def _legend_columns(widths: Sequence[float], room: float) -> int:
    """As many columns as fit in `room` points; all in one row when they fit."""
    for columns in range(len(widths), 1, -1):
        if sum(max(widths[c::columns], default=0) for c in range(columns)) + 14 * columns <= room:
            return columns
    return 1


def draw_timeline(
    figure: Figure, timeline: Timeline, moments: Sequence[tuple[date | str, str]], words: TimelineWords
) -> dict[str, Any]:
    """The account's phases as shaded bands with their names, usage intensity (0-100 %) as a line, and lanes
    below for moments (flags at their day), touches (a marker per kind), NPS answers (promoter green,
    passive amber, detractor red, the score inside) and QBRs. Returns the axes by name ("usage", "lanes")."""
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FixedLocator, FuncFormatter

    figure.clear()
    figure.set_facecolor("white")
    w, h = (v * 72 for v in figure.get_size_inches())
    start, end = _window(timeline, moments)
    left = max(len(t) for t in (*words.lanes.values(), "100 %")) * FONT * 0.6 + 16
    room = max(w - left - 16, 50.0)
    per_day = room / max((end - start).days, 1)
    events = sorted((_as_day(day), text) for day, text in moments)
    rows = _label_rows(events, start, per_day, room)
    used_rows = max((r if r >= 0 else -r - 2 for r in rows), default=0) + 1
    lanes_pt = LANE_PT * len(LANES) + ROW_PT * used_rows + 8
    entries = _legend(timeline, words)
    widths = [len(t) * (FONT - 0.5) * 0.56 + 22 for t, _ in entries]
    columns = _legend_columns(widths, room)
    legend_rows = math.ceil(len(entries) / columns)
    bottom = 24 + (legend_rows * 15 + 6 if entries else 0)
    usage_pt = max(h - 22 - lanes_pt - bottom - 6, 36.0)
    usage = figure.add_axes((left / w, (bottom + lanes_pt + 6) / h, room / w, usage_pt / h))
    lanes = figure.add_axes((left / w, bottom / h, room / w, lanes_pt / h), sharex=usage)
    for ax in (usage, lanes):
        _plain(ax)
    usage.set_xlim(mdates.date2num(start), mdates.date2num(end))
    usage.set_ylim(-0.04, 1.06)
    lanes.set_ylim(0, lanes_pt)
    quarters = _quarter_starts(start, end)
    step = max(1, math.ceil(len(quarters) * 62 / room))
    half = len(words.quarter("2026-Q1")) * FONT * 0.3  # half a label's width: none may stick out of the axes
    shown = [q for q, _ in quarters[::step] if half <= (q - start).days * per_day <= room - half]
    usage.xaxis.set_major_locator(FixedLocator([mdates.date2num(q) for q in shown]))
    labels = {mdates.date2num(q): words.quarter(name) for q, name in quarters}
    lanes.xaxis.set_major_formatter(FuncFormatter(lambda v, _: labels.get(v, "")))
    usage.tick_params(axis="x", labelbottom=False)
    usage.yaxis.set_major_locator(FixedLocator([0, 0.5, 1]))
    usage.yaxis.set_major_formatter(FuncFormatter(lambda v, _: words.percent(v)))
    usage.set_ylabel(words.usage, fontsize=FONT, color=INK, labelpad=4)
    edge = ("data", "axes fraction")
    for span_start, span_end, phase in timeline.spans():
        a, b = mdates.date2num(max(span_start, start)), mdates.date2num(min(span_end, end))
        for ax in (usage, lanes) if b > a else ():
            ax.axvspan(a, b, facecolor=PHASE_TINTS.get(phase, "#f2f2f2"), edgecolor="white", linewidth=1.5)
        name = words.phases.get(phase, phase)
        if len(name) * (FONT + 0.5) * 0.6 + 8 <= (b - a) * per_day:
            usage.annotate(name, ((a + b) / 2, 1), xycoords=edge, xytext=(0, 4), textcoords="offset points",
                           ha="center", va="bottom", fontsize=FONT + 0.5, fontweight="bold",
                           color=PHASE_COLOURS.get(phase, INK))  # fmt: skip
    usage.axhline(0.5, color=LINE, linewidth=0.8, linestyle=(0, (3, 3)), zorder=1)
    if timeline.usage:
        xs = [mdates.date2num(m.month + timedelta(days=14)) for m in timeline.usage]
        ys = [m.intensity for m in timeline.usage]
        usage.fill_between(xs, ys, 0, color=INK, alpha=0.06, zorder=1, linewidth=0)
        usage.plot(xs, ys, color=INK, linewidth=1.6, marker="o", markersize=3, zorder=3)
    today = mdates.date2num(timeline.today)
    for ax in (usage, lanes):
        ax.axvline(today, color=MUTED, linewidth=1.0, linestyle=(0, (2, 2)), zorder=2)
    usage.annotate(words.today, (today, 0), xycoords=edge, xytext=(3, 3), textcoords="offset points",
                   fontsize=FONT - 1, color=MUTED)  # fmt: skip
    top = lanes_pt - 4
    lane_y = {name: top - ROW_PT * used_rows - LANE_PT * (n + 0.5) for n, name in enumerate(LANES)}
    lanes.yaxis.set_major_locator(FixedLocator([top - ROW_PT * used_rows / 2, *lane_y.values()]))
    lanes.set_yticklabels([words.lanes.get(n, n) for n in ("moments", *LANES)])
    for (day, text), row in zip(events, rows, strict=True):
        x = mdates.date2num(day)
        usage.axvline(x, color=MOMENT_COLOUR, linewidth=0.9, alpha=0.7, zorder=2)
        if row != -1:
            leftwards, y = row < -1, top - ROW_PT * ((-row - 2 if row < -1 else row) + 0.5)
            lanes.plot(
                [x], [y], marker="<" if leftwards else ">", color=MOMENT_COLOUR, markersize=6, zorder=4
            )
            lanes.annotate(text, (x, y), xytext=(-6 if leftwards else 6, 0), textcoords="offset points",
                           ha="right" if leftwards else "left", va="center", fontsize=FONT - 0.5)  # fmt: skip
    for kind, marker in TOUCH_MARKERS.items():
        days = [mdates.date2num(t.day) for t in timeline.touches if t.kind == kind]
        if days:
            lanes.scatter(days, [lane_y["touches"]] * len(days), marker=marker, s=26, color=MUTED, zorder=3,
                          linewidths=1.2)  # fmt: skip
    offsets = _dodge([(m.day - start).days * per_day for m in timeline.nps], 10.0, 5.0)
    for mark, offset in zip(timeline.nps, offsets, strict=True):
        xy = (mdates.date2num(mark.day), lane_y["nps"] + offset)
        lanes.plot(*xy, marker="o", markersize=11, color=NPS_CLASS_COLOURS[nps_class(mark.score)],
                   markeredgecolor="white", markeredgewidth=0.8, zorder=3)  # fmt: skip
        lanes.annotate(str(mark.score), xy, ha="center", va="center", fontsize=FONT - 2.5, color="white",
                       fontweight="bold", zorder=4)  # fmt: skip
    for qbr in timeline.qbrs:
        marker, face, edgecolour = QBR_MARKERS.get(qbr.status, QBR_MARKERS["held"])
        lanes.plot(mdates.date2num(qbr.day), lane_y["qbrs"], marker=marker, markersize=8, zorder=3,
                   markerfacecolor=face, markeredgecolor=edgecolour, markeredgewidth=1.3)  # fmt: skip
    for y in lane_y.values():
        lanes.axhline(y, color="white", linewidth=0.8, zorder=1)
    if entries:  # matplotlib fills a legend column by column: reorder so that it reads row by row
        handles = [Line2D([], [], linestyle="", label=text, **style) for text, style in entries]
        order = [
            r * columns + c
            for c in range(columns)
            for r in range(legend_rows)
            if r * columns + c < len(handles)
        ]
        figure.legend(handles=[handles[n] for n in order], loc="lower left", bbox_to_anchor=(left / w, 2 / h),
                      ncol=columns, frameon=False, fontsize=FONT - 0.5, handletextpad=0.3, columnspacing=1.2,
                      borderaxespad=0.0, labelcolor=INK)  # fmt: skip
    return {"usage": usage, "lanes": lanes}


def _quarter_starts(start: date, end: date) -> list[tuple[date, str]]:
    year, q = start.year, (start.month - 1) // 3 + 1
    found: list[tuple[date, str]] = []
    while date(year, (q - 1) * 3 + 1, 1) <= end:
        first = date(year, (q - 1) * 3 + 1, 1)
        if first >= start:
            found.append((first, f"{year}-Q{q}"))
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    return found


def _legend(timeline: Timeline, words: TimelineWords) -> list[tuple[str, dict[str, Any]]]:
    """The legend's entries for what the timeline shows: touch kinds, NPS classes, QBR statuses."""
    kinds, classes = {t.kind for t in timeline.touches}, {nps_class(m.score) for m in timeline.nps}
    statuses = {m.status for m in timeline.qbrs}
    touches = [(words.kinds.get(k, k), {"marker": m, "markersize": 6, "color": MUTED, "markeredgewidth": 1.2})
               for k, m in TOUCH_MARKERS.items() if k in kinds]  # fmt: skip
    answers = [(words.nps_classes[c], {"marker": "o", "markersize": 8, "color": NPS_CLASS_COLOURS[c]})
               for c in ("promoter", "passive", "detractor") if c in classes]  # fmt: skip
    qbrs = [(words.qbr_statuses.get(s, s), {"marker": m, "markersize": 7, "markerfacecolor": f,
                                              "markeredgecolor": e})
            for s, (m, f, e) in QBR_MARKERS.items() if s in statuses]  # fmt: skip
    return touches + answers + qbrs
