"""The tier cards at the top of Coverage (accounts, touched within 30 and 90 days, cadence) and the dialog
that sets the cadences and the Pareto shares of the tiers."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.coverage.coverage import WINDOWS, TierCoverage
from planner.core.matrix.chart_style import TIER_COLOURS
from planner.core.matrix.tiers import TIER_SHARES, save_tier_shares, tier_shares
from planner.core.moments.moments import Thresholds, load_thresholds, save_thresholds
from planner.core.store.store import Store
from planner.ui.widgets import formatting
from planner.ui.widgets.palette_colours import (
    ink,
    muted,
    outline,
    panel,
    panel_colour,
    readable,
    track,
    warning,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TierCard(QFrame):
    """One tier: its accounts, how many were touched within 30 and 90 days (with a bar), its cadence and how
    many of its accounts are past it."""

    def __init__(self, tier: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tier = tier
        colour = readable(TIER_COLOURS[tier], panel_colour(), 3.0)  # a bar: 3:1 against the card
        self.setObjectName("tierCard")
        self.setStyleSheet(
            f"#tierCard {{ background: {panel()}; border: 1px solid {outline()};"
            f" border-left: 5px solid {colour};"
            " border-top-right-radius: 6px; border-bottom-right-radius: 6px; }"
            f" QLabel {{ background: transparent; color: {ink()}; }}"
            f" QProgressBar {{ border: none; background: {track()}; border-radius: 3px; }}"
            f" QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}"
        )
        self.title_label = QLabel(self.tr("Tier %1").replace("%1", tier), self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.accounts_label = QLabel(self)
        self.accounts_label.setStyleSheet(f"color: {muted()};")
        self.accounts_label.setAlignment(RIGHT)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.title_label, 0, 0)
        grid.addWidget(self.accounts_label, 0, 1)
        self.touched_labels: dict[int, QLabel] = {}
        self.bars: dict[int, QProgressBar] = {}
        for n, days in enumerate(WINDOWS):
            word = QLabel(self.tr("Touched within %1 days").replace("%1", formatting.number(days)), self)
            word.setStyleSheet(f"color: {muted()};")
            value = QLabel(self)
            value.setAlignment(RIGHT)
            bar = QProgressBar(self)
            bar.setRange(0, 1000)
            bar.setTextVisible(False)
            bar.setFixedHeight(6)
            grid.addWidget(word, 1 + 2 * n, 0)
            grid.addWidget(value, 1 + 2 * n, 1)
            grid.addWidget(bar, 2 + 2 * n, 0, 1, 2)
            self.touched_labels[days], self.bars[days] = value, bar
        self.cadence_label = QLabel(self)
        self.cadence_label.setStyleSheet(f"color: {muted()};")
        self.past_label = QLabel(self)
        self.past_label.setAlignment(RIGHT)
        row = 1 + 2 * len(WINDOWS)
        grid.setRowMinimumHeight(row, 4)
        grid.addWidget(self.cadence_label, row + 1, 0)
        grid.addWidget(self.past_label, row + 1, 1)
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 12, 10)
        layout.addLayout(grid)

    def set_figures(self, figures: TierCoverage, cadence: int, past: int) -> None:
        """The tier's counts, its cadence in days and how many of its accounts are past it."""
        self.accounts_label.setText(self.tr("%Ln account(s)", "", figures.accounts))
        for days, label in self.touched_labels.items():
            share = figures.share(days)
            text = self.tr("%1 of %2 (%3)").replace("%1", formatting.number(figures.touched[days]))
            label.setText(text.replace("%2", formatting.number(figures.accounts)).replace(
                "%3", formatting.percent(share) or "–"))  # fmt: skip
            self.bars[days].setValue(round((share or 0) * 1000))
        self.cadence_label.setText(self.tr("Cadence: every %Ln day(s)", "", cadence))
        if past:
            self.past_label.setText(self.tr("%Ln overdue", "", past))
            self.past_label.setStyleSheet(f"color: {warning()}; font-weight: 600;")
        else:
            self.past_label.setText(self.tr("none overdue"))
            self.past_label.setStyleSheet(f"color: {muted()};")

    def texts(self) -> dict[str, str]:
        """What the card says, by line (for tests and screen readers)."""
        found = {"accounts": self.accounts_label.text(), "cadence": self.cadence_label.text(),
                 "past": self.past_label.text()}  # fmt: skip
        found.update({f"touched_{days}": label.text() for days, label in self.touched_labels.items()})
        return found


class CoverageSettingsDialog(QDialog):
    """The touch cadence of each tier and the Pareto shares that make the tiers. Saved in the portfolio on
    OK; these are settings, not steps of Edit > Undo."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Coverage settings"))
        self.thresholds = load_thresholds(store)
        self.shares = tier_shares(store)
        self.changed = False  # after OK: whether anything was saved
        self.cadence_boxes: dict[str, QSpinBox] = {}
        cadences = QGroupBox(self.tr("Touch cadence"), self)
        cadence_form = QFormLayout(cadences)
        for tier in ("A", "B", "C"):
            box = QSpinBox(cadences)
            box.setRange(1, 730)
            box.setSuffix(self.tr(" days"))
            box.setValue(self.thresholds.cadence(tier))
            cadence_form.addRow(self.tr("Tier &%1: touch every").replace("%1", tier), box)
            self.cadence_boxes[tier] = box
        tiers = QGroupBox(self.tr("Tiers by value (Pareto)"), self)
        tier_form = QFormLayout(tiers)
        ranked = QLabel(self.tr("Accounts ranked by value (revenue plus potential):"), tiers)
        ranked.setWordWrap(True)
        tier_form.addRow(ranked)
        self.a_share, self.b_share = QSpinBox(tiers), QSpinBox(tiers)
        for box, share in ((self.a_share, self.shares[0]), (self.b_share, self.shares[1])):
            box.setRange(1, 100)
            box.setSuffix(formatting.percent_suffix())
            box.setValue(round(share * 100))
        self.b_share.setMinimum(self.a_share.value())
        self.a_share.valueChanged.connect(self.b_share.setMinimum)
        tier_form.addRow(self.tr("Tier A: the largest, up to"), self.a_share)
        tier_form.addRow(self.tr("Tier B: up to"), self.b_share)
        rest = QLabel(self.tr("Tier C: the rest. A tier set by hand on an account stays."), tiers)
        rest.setWordWrap(True)
        rest.setStyleSheet(f"color: {muted()};")
        tier_form.addRow(rest)
        note = QLabel(
            self.tr(
                "Saved in the portfolio on OK. Settings are not steps of Edit > Undo: to go back, set them again."  # noqa: E501
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {muted()};")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(cadences)
        layout.addWidget(tiers)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def restore_defaults(self) -> None:
        defaults = Thresholds()
        for tier, box in self.cadence_boxes.items():
            box.setValue(defaults.cadence(tier))
        self.b_share.setMinimum(1)
        self.a_share.setValue(round(TIER_SHARES[0] * 100))
        self.b_share.setValue(round(TIER_SHARES[1] * 100))

    def save(self) -> bool:
        """Write what was changed; True when anything was."""
        changed = False
        days = {tier: box.value() for tier, box in self.cadence_boxes.items()}
        if any(days[tier] != self.thresholds.cadence(tier) for tier in days):
            save_thresholds(self.store, replace(load_thresholds(self.store), cadence_a=days["A"],
                                                cadence_b=days["B"], cadence_c=days["C"]))  # fmt: skip
            changed = True
        shares = (self.a_share.value(), self.b_share.value())
        if shares != tuple(round(s * 100) for s in self.shares):
            save_tier_shares(self.store, shares[0] / 100, shares[1] / 100)
            changed = True
        return changed

    def accept(self) -> None:
        self.changed = self.save()
        super().accept()


class CardStrip(QWidget):
    """The three tier cards side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = {tier: TierCard(tier, self) for tier in ("A", "B", "C")}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for card in self.cards.values():
            layout.addWidget(card, 1)
