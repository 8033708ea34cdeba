"""The forecast strip, shared by the opportunity board and the goal funnel: a column per calendar quarter of
the expected close date (and overdue, later, no close date), rows for the open opportunities, their value,
that value weighted by the chance to win per stage, and what was won; "Weights…" adjusts the weights."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.core.moments.forecast import QuarterForecast, forecast, quarter_index, stage_weights
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.palette_colours import ink, muted, outline, tint, warning
from planner.ui.widgets.reading import ReadsWhenShown
from planner.ui.widgets.stage_weights import StageWeightsDialog, weights_text

translate = QCoreApplication.translate
FILL = "#f7f9fc"  # the strip's pale background on a light theme (palette_colours.tint: dark on a dark one)
FRAME = "QFrame#forecast {{ background: {fill}; border: 1px solid {line}; border-radius: 6px; }}"


def column_title(bucket: QuarterForecast) -> str:
    if bucket.kind == "quarter":
        return formatting.quarter_label(bucket.key)
    return {
        "overdue": translate("ForecastStrip", "Overdue"),
        "earlier": translate("ForecastStrip", "Before"),
        "later": translate("ForecastStrip", "Later"),
        "undated": translate("ForecastStrip", "No close date"),
    }[bucket.kind]


def column_tip(bucket: QuarterForecast) -> str:
    if bucket.first_day and bucket.last_day:
        return (translate("ForecastStrip", "Expected to close from %1 to %2")
                .replace("%1", formatting.iso_date(bucket.first_day.isoformat()))
                .replace("%2", formatting.iso_date(bucket.last_day.isoformat())))  # fmt: skip
    return {
        "overdue": translate(
            "ForecastStrip", "Open opportunities whose close date has passed: date them anew."
        ),
        "earlier": translate("ForecastStrip", "Expected to close before the first quarter shown."),
        "later": translate("ForecastStrip", "Expected to close after the last quarter shown."),
        "undated": translate("ForecastStrip", "Without a close date: in no quarter until they have one."),
    }[bucket.kind]


def shown_money(cents: int) -> str:
    return formatting.compact_money(cents) if abs(cents) >= 1_000_000_000 else formatting.money(cents)


class ForecastStrip(ReadsWhenShown, QFrame):
    """The forecast of one owner's accounts (all with None), from today's quarter or a period's."""

    RELOAD_ON = frozenset({"opportunities", "accounts", "meta"})
    ROWS = ("count", "open", "weighted", "won")

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecast")
        self.setStyleSheet(FRAME.format(fill=tint(FILL), line=outline()))
        self.editor, self.today = editor, today
        self.owner: str | None = None
        self.first: date | None = None
        self.quarters = 4
        self.buckets: list[QuarterForecast] = []
        self.dialog: StageWeightsDialog | None = None
        self.title = QLabel(self.tr("Forecast"), self)
        self.title.setStyleSheet(f"font-weight: 600; color: {ink()};")
        self.note = QLabel(self.tr("by expected close date, weighted by the chance to win per stage"), self)
        self.note.setStyleSheet(f"color: {muted()};")
        self.weights_button = QPushButton(self.tr("&Weights…"), self)
        self.weights_button.setToolTip(self.tr("The chance to win per stage that weights the forecast"))
        self.weights_button.clicked.connect(self.edit_weights)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.note, 1)
        top.addWidget(self.weights_button)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(2)
        self.cells: dict[tuple[str, str], QLabel] = {}  # (bucket key, row) -> its label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        self.watch(editor)

    def set_owner(self, owner: str | None) -> None:
        self._scope(owner or None, self.first, self.quarters)

    def set_period(self, first: date | None, quarters: int = 4) -> None:
        """Show `quarters` quarters from the one of `first` (None: today's)."""
        self._scope(self.owner, first, max(quarters, 1))

    def set_days(self, start: date, end: date, owner: str | None = None) -> None:
        """Show the quarters from the one of `start` to the one of `end` of `owner`'s accounts (a goal's)."""
        self._scope(owner or None, start, quarter_index(end) - quarter_index(start) + 1)

    def _scope(self, owner: str | None, first: date | None, quarters: int) -> None:
        if (owner, first, quarters) == (self.owner, self.first, self.quarters) and not self.stale:
            return  # shown already; a change of the data reloads it by itself
        self.owner, self.first, self.quarters = owner, first, quarters
        self.stale = True
        if self.isVisible():
            self.load()

    def row_names(self) -> dict[str, str]:
        return {
            "count": self.tr("Opportunities"),
            "open": self.tr("Open value"),
            "weighted": self.tr("Weighted"),
            "won": self.tr("Won"),
        }

    def load(self) -> None:
        self.stale = False
        store = self.editor.store
        today = self.today or date.today()
        self.buckets = forecast(
            store, owner=self.owner, today=today, quarters=self.quarters, first=self.first
        )
        weights = weights_text(stage_weights(store))
        tip = (self.tr("Open value: the open opportunities expected to close in the column. Weighted: each "
                       "one's value times the chance to win from its stage (%1). Won: won opportunities by "
                       "their close date. Lost ones count nowhere.").replace("%1", weights))  # fmt: skip
        self.title.setToolTip(tip)
        self.note.setToolTip(tip)
        self.weights_button.setEnabled(not store.readonly)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cells = {}
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for row, name in enumerate(self.row_names().values(), start=1):
            label = QLabel(name, self)
            label.setStyleSheet(f"color: {muted()};")
            self.grid.addWidget(label, row, 0)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for column, bucket in enumerate(self.buckets, start=1):
            header = QLabel(column_title(bucket), self)
            header.setToolTip(column_tip(bucket))
            warn = bucket.kind in ("overdue", "undated") and bucket.count
            header.setStyleSheet(f"font-weight: 600; color: {warning() if warn else ink()};")
            self.grid.addWidget(header, 0, column, right)
            values = {
                "count": formatting.number(bucket.count),
                "open": shown_money(bucket.open_cents),
                "weighted": shown_money(bucket.weighted_cents),
                "won": shown_money(bucket.won_cents),
            }
            for row, key in enumerate(self.ROWS, start=1):
                cell = QLabel(values[key], self)
                cell.setToolTip(tip if key == "weighted" else column_tip(bucket))
                if key == "weighted":
                    cell.setStyleSheet(f"font-weight: 600; color: {ink()};")
                self.grid.addWidget(cell, row, column, right)
                self.cells[bucket.key, key] = cell
        self.grid.setColumnStretch(len(self.buckets) + 1, 1)

    def edit_weights(self) -> StageWeightsDialog:
        """Open the weights dialog (window-modal); saving it reloads every forecast through the editor."""
        self.dialog = StageWeightsDialog(self.editor, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog
