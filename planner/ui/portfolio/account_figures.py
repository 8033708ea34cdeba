"""The account page's figure row: revenue, wallet, share of wallet, NPS, potential, tier, journey phase and
quadrant, with the reasons for the phase and the quadrant in words under them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from planner.core.account.account_view import AccountView
from planner.ui.widgets import formatting
from planner.ui.widgets.journey_words import phase_name, reason_words
from planner.ui.widgets.matrix_labels import explanation, not_scored, quadrant_name


def quiet(label: QLabel) -> QLabel:
    """Secondary text: the palette's placeholder colour, which follows light and dark themes."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


class AccountFigures(QFrame):
    WIDE = ("phase", "quadrant")  # the two with a reason under them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(18)
        captions = {
            "revenue": self.tr("Revenue per year"),
            "wallet": self.tr("Wallet per year"),
            "share": self.tr("Share of wallet"),
            "nps": self.tr("NPS"),
            "potential": self.tr("Potential"),
            "tier": self.tr("Tier"),
            "phase": self.tr("Journey phase"),
            "quadrant": self.tr("Quadrant"),
        }
        self.values: dict[str, QLabel] = {}
        self.reasons: dict[str, QLabel] = {}
        for column, (key, caption) in enumerate(captions.items()):
            value = QLabel(self)
            value.setObjectName(f"figure_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bold = value.font()
            bold.setPointSizeF(bold.pointSizeF() * 1.2)
            bold.setBold(True)
            value.setFont(bold)
            grid.addWidget(quiet(QLabel(caption, self)), 0, column)
            grid.addWidget(value, 1, column)
            self.values[key] = value
            if key in self.WIDE:
                reason = quiet(QLabel(self))
                reason.setObjectName(f"reason_{key}")
                reason.setWordWrap(True)
                reason.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(reason, 2, column)
                self.reasons[key] = reason
            grid.setColumnStretch(column, {"phase": 2, "quadrant": 5}.get(key, 1))
        grid.setRowStretch(2, 1)

    def show_view(self, view: AccountView) -> None:
        detail, point, values = view.detail, view.point, self.values
        account = detail.account
        values["revenue"].setText(formatting.money(account["revenue_cents"]))
        values["wallet"].setText(formatting.money(account["wallet_cents"]) or "–")
        values["share"].setText(formatting.percent(detail.share_of_wallet) or "–")
        nps = point.nps if point is not None else None
        values["nps"].setText("–" if nps is None else formatting.nps(nps))
        values["nps"].setToolTip(self.tr("% promoters minus % detractors among the contacts' latest answers"))
        values["potential"].setText(formatting.money(point.potential_cents) if point is not None else "–")
        tier = detail.tier + (" " + self.tr("(set by hand)") if detail.tier_is_override else "")
        values["tier"].setText(tier)
        values["tier"].setToolTip(account["tier_reason"] or "")
        values["phase"].setText(phase_name(view.phase.phase))
        self.reasons["phase"].setText(reason_words(view.phase))
        values["phase"].setToolTip(reason_words(view.phase))
        quadrant = point.quadrant() if point is not None else None
        if point is None:
            values["quadrant"].setText("–")
            self.reasons["quadrant"].setText("")
        elif quadrant is None:
            values["quadrant"].setText(self.tr("not scored"))
            self.reasons["quadrant"].setText(not_scored(point))
        else:
            lines = explanation(point)
            values["quadrant"].setText(quadrant_name(quadrant))
            self.reasons["quadrant"].setText("; ".join(lines[:2]))  # breadth and intensity: the potential
            self.reasons["quadrant"].setToolTip("\n".join(lines))  # has its own figure
