"""NPS x account value (seed 002's SWOT chart): every account with NPS answers by its account NPS and its
revenue, the four fields counted beside the chart; hover explains a bubble, a click opens its account."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.core.moments.journey_charts import FIELD_COLOURS, FIELD_TINTS, NpsValueChart, NpsValueWords
from planner.core.moments.nps_value import FIELDS, NpsValue, NpsValuePoint, median_value, nps_value
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.formatting import compact_money
from planner.ui.widgets.palette_colours import muted, readable, tint, warning
from planner.ui.widgets.reading import ReadsWhenShown
from planner.ui.widgets.shared_points import shared_points

translate = QCoreApplication.translate


def field_name(field: str) -> str:
    return {
        "strengths": translate("NpsValue", "Strengths"),
        "opportunities": translate("NpsValue", "Opportunities"),
        "threats": translate("NpsValue", "Threats"),
        "weaknesses": translate("NpsValue", "Weaknesses"),
    }[field]


def field_hint(field: str) -> str:
    """What to do with the accounts of a field (seed 002), short enough for the chart's corner."""
    return {
        "strengths": translate("NpsValue", "keep close, ask for referrals"),
        "opportunities": translate("NpsValue", "deepen: make them champions"),
        "threats": translate("NpsValue", "at risk: fix first, no pitch"),
        "weaknesses": translate("NpsValue", "fix the experience before selling"),
    }[field]


def field_rule(field: str) -> str:
    return {
        "strengths": translate("NpsValue", "high value, promoters' side"),
        "opportunities": translate("NpsValue", "low value, promoters' side"),
        "threats": translate("NpsValue", "high value, detractors' side"),
        "weaknesses": translate("NpsValue", "low value, detractors' side"),
    }[field]


class NpsValueView(ReadsWhenShown, QWidget):
    """`account_opened(id)` when a bubble is clicked. Reads the portfolio when first shown and again after a
    change (at once when shown, else when next shown)."""

    account_opened = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points = shared_points(editor)  # before connecting to editor.changed: see SharedPoints
        self.editor = editor
        self.data: NpsValue | None = None
        self.canvas: Any = None  # FigureCanvasQTAgg, made when first shown
        self.chart: NpsValueChart | None = None
        self._by_id: dict[int, NpsValuePoint] = {}
        self._hovered: int | None = None
        self.stale = True
        self.chart_area = QWidget(self)
        self.chart_layout = QVBoxLayout(self.chart_area)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.nps_box = QSpinBox(self)
        self.nps_box.setRange(-100, 100)
        self.nps_box.setSingleStep(10)
        self.nps_box.setToolTip(
            self.tr(
                "An account NPS above this value counts to the promoters' side; one on it (such as "
                "passives only at 0) to the detractors' side"
            )
        )
        self.value_box = QSpinBox(self)
        self.value_box.setRange(0, 2_000_000_000)
        self.value_box.setSingleStep(10_000)
        formatting.money_box(self.value_box)
        self.value_box.setGroupSeparatorShown(True)
        self.value_box.setToolTip(
            self.tr(
                "Revenue per year from which an account counts as high value; at the "
                "lowest setting the median of the accounts with an NPS"
            )
        )
        for box in (self.nps_box, self.value_box):
            box.valueChanged.connect(lambda _: self.load())
        side = QFrame(self)
        side.setFixedWidth(300)
        side_layout = QVBoxLayout(side)
        title = QLabel(self.tr("NPS × account value"), side)
        title.setStyleSheet("font-weight: bold; font-size: 15px;")
        intro = QLabel(
            self.tr(
                "Account NPS: % promoters − % detractors among the contacts' latest answers. "
                "Account value: revenue per year."
            ),
            side,
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {muted()};")
        side_layout.addWidget(title)
        side_layout.addWidget(intro)
        self.field_labels: dict[str, QLabel] = {}
        for field in ("strengths", "opportunities", "threats", "weaknesses"):
            label = QLabel(side)
            label.setWordWrap(True)
            label.setStyleSheet(
                f"background: {tint(FIELD_TINTS[field])}; border-left: 4px solid {FIELD_COLOURS[field]};"
                " padding: 6px;"
            )
            self.field_labels[field] = label
            side_layout.addWidget(label)
        self.left_out = QLabel(side)
        self.left_out.setWordWrap(True)
        self.left_out.setStyleSheet(f"color: {warning()};")
        side_layout.addWidget(self.left_out)
        for text, box in ((self.tr("&Promoters' side from NPS"), self.nps_box),
                          (self.tr("&High value from revenue per year"), self.value_box)):  # fmt: skip
            label = QLabel(text, side)
            label.setBuddy(box)
            side_layout.addSpacing(4)
            side_layout.addWidget(label)
            side_layout.addWidget(box)
        side_layout.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.chart_area, 1)
        layout.addWidget(side)
        self.watch(editor)

    def _ensure_canvas(self) -> None:
        """The chart is made when first shown (matplotlib takes a second to load)."""
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.canvas = FigureCanvasQTAgg(Figure(figsize=(9, 6.5), dpi=100))
        self.canvas.setMinimumSize(420, 360)
        self.chart_layout.addWidget(self.canvas)
        words = NpsValueWords(
            self.tr("Account value (revenue per year, log scale)"),
            self.tr("Account NPS"),
            {f: field_name(f) for f in FIELDS},
            {f: field_hint(f) for f in FIELDS},
            compact_money,
        )
        self.chart = NpsValueChart(self.canvas.figure, words)
        self.canvas.mpl_connect("pick_event", self._on_pick)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("figure_leave_event", lambda _: self._hover(None))
        self.canvas.mpl_connect("resize_event", self._on_resize)

    # --- data ------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the accounts' NPS and revenue (again) and draw them at the splits set."""
        self.stale = False
        self._ensure_canvas()
        assert self.chart is not None
        points = self._points.get()
        median = median_value(points)
        chosen = self.value_box.value()
        self.value_box.setSpecialValueText(self.tr("median (%1)").replace("%1", formatting.money(median)))
        self.data = nps_value(points, float(self.nps_box.value()), chosen * 100 if chosen else None)
        self._by_id = {p.account_id: p for p in self.data.points}
        split = formatting.money(self.data.value_split_cents)
        label = (self.tr("median %1") if not chosen else self.tr("split %1")).replace("%1", split)
        self.chart.draw(self.data, label)
        counts, revenue = self.data.counts(), self.data.revenue()
        for field, widget in self.field_labels.items():
            strong = readable(FIELD_COLOURS[field], tint(FIELD_TINTS[field]))  # the field's colour, legible
            widget.setText(
                f"<b style='color:{strong}'>{escape(field_name(field))}</b> · "
                + escape(self.tr("%Ln account(s)", "", counts[field]))
                + "<br>"
                + escape(self.tr("%1 revenue per year").replace("%1", compact_money(revenue[field])))
                + "<br>"
                + f"<span style='color:{muted()}'>{escape(field_rule(field) + ': ' + field_hint(field))}</span>"  # noqa: E501
            )
        left_out = self.data.without_nps
        self.left_out.setText(self.tr("%Ln account(s) without NPS answers are not shown.", "", left_out))
        self.left_out.setVisible(bool(left_out))
        self.canvas.draw_idle()

    def field_counts(self) -> dict[str, int]:
        return self.data.counts() if self.data else dict.fromkeys(FIELDS, 0)

    # --- mouse -------------------------------------------------------------------------------------------
    def tooltip(self, account_id: int) -> str:
        """Name and key, field, tier and owner, NPS and revenue, as rich text."""
        p, hint = self._by_id[account_id], self.tr("Click to open the account")
        lines = [
            f"<b>{escape(p.name)}</b>&nbsp; <span style='color:{muted()}'>{escape(p.key)}</span>",
            escape(" · ".join((field_name(p.field), self.tr("Tier %1").replace("%1", p.tier), p.owner))),
            escape(self.tr("NPS %1").replace("%1", formatting.nps(p.nps)) + " · "
                   + self.tr("%1 revenue per year").replace("%1", formatting.money(p.revenue_cents))),
            f"<i style='color:{muted()}'>{escape(hint)}</i>",
        ]  # fmt: skip
        return "<p style='white-space:pre'>" + "<br>".join(lines) + "</p>"

    def _on_resize(self, _event: Any) -> None:
        if self.chart is not None:
            self.chart.layout()

    def _on_pick(self, event: Any) -> None:
        if self.chart is None or getattr(event.mouseevent, "button", None) != 1:
            return
        account = self.chart.picked(event)
        if account is not None:
            QToolTip.hideText()
            self.account_opened.emit(account)

    def _on_motion(self, event: Any) -> None:
        self._hover(self.chart.id_at(event.x, event.y) if self.chart else None)

    def _hover(self, account: int | None) -> None:
        self.canvas.setCursor(
            Qt.CursorShape.PointingHandCursor if account is not None else Qt.CursorShape.ArrowCursor
        )
        if account == self._hovered:
            return
        self._hovered = account
        if account is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(QCursor.pos(), self.tooltip(account), self.canvas)

    def widget_point(self, account_id: int) -> tuple[int, int]:
        """Where the account's bubble is on the canvas widget, in its own coordinates (for tests, tours)."""
        assert self.chart is not None
        p = self._by_id[account_id]
        px, py = self.chart.to_display(p.revenue_cents, p.nps)
        ratio = self.canvas.device_pixel_ratio
        return round(px / ratio), round(self.canvas.height() - py / ratio)
