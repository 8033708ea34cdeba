"""Time against value (seed 003): each tier's share of the time spent, of the revenue and of the potential
as grouped bars, what that means in a sentence, and the accounts whose time and value differ most."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.core.coverage.coverage import TIME_DAYS, Coverage, TimeAndValue
from planner.core.matrix.chart_style import INK, MUTED  # the chart is paper: its own light look
from planner.ui.coverage.coverage_tables import (
    MINUS,
    CoverageTable,
    Row,
    account_column,
    column,
    tier_column,
    tier_text,
)
from planner.ui.widgets import formatting
from planner.ui.widgets.palette_colours import ink, muted
from planner.ui.widgets.record_model import RIGHT, Column

translate = QCoreApplication.translate
GAP_ROWS = 8  # accounts listed each way: both lists fit the main window at 1280 x 800
COLOURS = {"time": "#e07b39", "revenue": "#17365d", "potential": "#7fa7d0"}


@dataclass(frozen=True, slots=True)
class Gap:
    """An account's share of the time against its share of the value (revenue plus potential)."""

    account_id: int
    name: str
    key: str
    tier: str
    minutes: int
    time_share: float
    value_share: float

    @property
    def gap(self) -> float:
        return self.time_share - self.value_share


def gaps(
    accounts_time: Sequence[tuple[int, str, str, TimeAndValue]], by_tier: Sequence[TimeAndValue]
) -> list[Gap]:
    """Every account's gap, the value share taken over revenue plus potential of the whole book."""
    total = sum(t.revenue_cents + t.potential_cents for t in by_tier) or 1
    return [Gap(aid, name, key, tv.tier, tv.minutes, tv.time_share,
                (max(tv.revenue_cents, 0) + tv.potential_cents) / total)
            for aid, name, key, tv in accounts_time]  # fmt: skip


def widest(found: Sequence[Gap], *, more_time: bool, count: int = GAP_ROWS) -> list[Gap]:
    """The accounts with the most time for their value (or the least), largest gap first."""
    side = [g for g in found if (g.gap > 0 if more_time else g.gap < 0)]
    return sorted(side, key=lambda g: -abs(g.gap))[:count]


def fine_percent(share: float) -> str:
    """An account's share of the book, where whole percent would say "0 %": "0.4 %"."""
    return formatting.percent(share, 1)


def points(share: float, less: float) -> str:
    """`share` - `less` in percentage points, "+1.3 pts", "−0.8 pts": the difference of the two shares as
    `fine_percent` shows them, so that the figures on a row add up."""
    tenths = round(share * 1000) - round(less * 1000)
    sign = "+" if tenths > 0 else MINUS if tenths < 0 else ""
    figure = QLocale().toString(abs(tenths) / 10, "f", 1)
    return sign + translate("CoverageTime", "%1 pts").replace("%1", figure)


def hours(minutes: int) -> str:
    return translate("CoverageTime", "%1 h").replace("%1", QLocale().toString(minutes / 60, "f", 1))


def gap_columns() -> list[Column]:
    return [
        account_column(180),
        tier_column(),
        column("minutes", translate("CoverageTime", "Time"), lambda g: hours(g.minutes), lambda g: g.minutes,
               RIGHT, 70),
        column("time_share", translate("CoverageTime", "Of time"), lambda g: fine_percent(g.time_share),
               lambda g: g.time_share, RIGHT, 70),
        column("value_share", translate("CoverageTime", "Of value"), lambda g: fine_percent(g.value_share),
               lambda g: g.value_share, RIGHT, 75),
        column("gap", translate("CoverageTime", "Gap"), lambda g: points(g.time_share, g.value_share),
               lambda g: g.gap, RIGHT, 85),
    ]  # fmt: skip


def sentences(by_tier: Sequence[TimeAndValue]) -> list[str]:
    """The tier that takes most time for its revenue, and the one that gets least."""
    if not sum(t.minutes for t in by_tier):
        return [translate("CoverageTime", "No time logged in the last 12 months: log touches with minutes.")]
    gap = {t.tier: t.time_share - t.revenue_share for t in by_tier}
    over = max(by_tier, key=lambda t: gap[t.tier])
    under = min(by_tier, key=lambda t: gap[t.tier])
    found = []
    if gap[over.tier] > 0:
        found.append((over, translate("CoverageTime", "Tier %1 takes %2 of your time for %3 of revenue.")))
    if gap[under.tier] < 0:
        found.append((under, translate("CoverageTime", "Tier %1 gets %2 of your time for %3 of revenue.")))
    texts = []
    for tier, text in found:
        text = text.replace("%1", tier.tier).replace("%2", formatting.percent(tier.time_share))
        texts.append(text.replace("%3", formatting.percent(tier.revenue_share)))
    return texts


class TimeValuePanel(QWidget):
    """The chart (made when first shown: matplotlib takes a second to load), the sentence under it and the
    two gap lists. `account_opened(id)` from either list."""

    account_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas: Any = None  # FigureCanvasQTAgg
        self.by_tier: list[TimeAndValue] = []
        self._pending = False
        self.chart_area = QWidget(self)
        self.chart_layout = QVBoxLayout(self.chart_area)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.total_label = QLabel(self)
        self.total_label.setStyleSheet(f"color: {muted()};")
        self.sentence_label = QLabel(self)
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setStyleSheet(f"color: {ink()}; font-size: 14px; font-weight: 600;")
        left = QVBoxLayout()
        left.addWidget(self.chart_area, 1)
        left.addWidget(self.sentence_label)
        left.addWidget(self.total_label)

        self.more_table = CoverageTable(gap_columns(), "account", self)
        self.less_table = CoverageTable(gap_columns(), "account", self)
        explain = QLabel(self.tr("Gap: share of the time minus share of the value (revenue plus potential)."))
        explain.setWordWrap(True)
        explain.setStyleSheet(f"color: {muted()};")
        right = QVBoxLayout()
        right.addWidget(explain)
        for title, table in ((self.tr("Most time for their value"), self.more_table),
                             (self.tr("Least time for their value"), self.less_table)):  # fmt: skip
            label = QLabel(title, self)
            label.setStyleSheet("font-weight: 600;")
            right.addWidget(label)
            right.addWidget(table, 1)
            table.account_opened.connect(self.account_opened)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addLayout(right, 6)

    def set_data(self, data: Coverage) -> None:
        self.by_tier = list(data.time_by_tier)
        found = gaps(data.accounts_time, data.time_by_tier)
        self.more_table.set_rows([Row(g.account_id, g) for g in widest(found, more_time=True)])
        self.less_table.set_rows([Row(g.account_id, g) for g in widest(found, more_time=False)])
        self.sentence_label.setText(" ".join(sentences(self.by_tier)))
        total = sum(t.minutes for t in self.by_tier)
        text = self.tr("%1 logged in the last %2 days").replace("%1", hours(total))
        text = text.replace("%2", formatting.number(TIME_DAYS))
        if not sum(t.potential_cents for t in self.by_tier):  # not a confident 0 %: say what is missing
            text += " · " + self.tr(
                "No potential yet: it needs products and what accounts pay for them (holdings with revenue)."
            )
        self.total_label.setText(text)
        self.total_label.setWordWrap(True)
        self.total_label.setToolTip(self.tr(
            "Potential as on the matrix: the whitespace valued at what comparable accounts pay, plus users "
            "without a seat at the account's seat price, at most what is left of the wallet."))  # fmt: skip
        self._pending = True
        if self.isVisible():
            self.draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self.draw()

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.canvas = FigureCanvasQTAgg(Figure(figsize=(5.5, 3.6), dpi=100, layout="constrained"))
        self.canvas.setMinimumSize(360, 240)
        self.chart_layout.addWidget(self.canvas)

    def draw(self) -> None:
        """Grouped horizontal bars: per tier its share of time, revenue and potential."""
        self._ensure_canvas()
        self._pending = False
        figure = self.canvas.figure
        figure.clear()
        axes = figure.add_subplot()
        measures = (
            ("time", self.tr("Time (last 12 months)"), [t.time_share for t in self.by_tier]),
            ("revenue", self.tr("Revenue"), [t.revenue_share for t in self.by_tier]),
            ("potential", self.tr("Potential"), [t.potential_share for t in self.by_tier]),
        )
        height = 0.26
        for n, (name, label, shares) in enumerate(measures):
            ys = [i + (n - 1) * height for i in range(len(shares))]
            axes.barh(ys, shares, height=height * 0.9, color=COLOURS[name], label=label)
            for y, share in zip(ys, shares, strict=True):
                axes.text(share + 0.012, y, formatting.percent(share), va="center", fontsize=9, color=INK)
        axes.set_yticks(range(len(self.by_tier)), [tier_text(t.tier) for t in self.by_tier], fontsize=10)
        axes.invert_yaxis()
        axes.set_xlim(0, 1.12)
        axes.set_xticks([0, 0.25, 0.5, 0.75, 1.0], [formatting.percent(x) for x in (0, 0.25, 0.5, 0.75, 1.0)])
        axes.tick_params(axis="x", labelsize=8, colors=MUTED)
        axes.tick_params(axis="y", length=0)
        axes.grid(axis="x", color="#e4e7eb", linewidth=0.8)
        axes.set_axisbelow(True)
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        axes.spines["bottom"].set_color("#c9d0d8")
        axes.legend(loc="lower right", frameon=False, fontsize=9)  # beside the short bars of tier C
        axes.set_title(self.tr("Share of the book per tier"), loc="left", fontsize=11, color=INK)
        self.canvas.draw_idle()
