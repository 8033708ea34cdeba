"""The focus of a custom-painted item (a card on a board): a frame in the palette's Highlight colour around
it, so the keyboard user sees which card the arrows, Enter and Delete act on."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem


def draw_focus_frame(painter: QPainter, option: QStyleOptionViewItem, card: QRect, radius: float = 6) -> None:
    """When the item has the focus: a 2-pixel Highlight frame just outside the rounded `card`."""
    if not option.state & QStyle.StateFlag.State_HasFocus:  # type: ignore[attr-defined,operator]
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = option.palette.color(QPalette.ColorRole.Highlight)  # type: ignore[attr-defined]
    painter.setPen(QPen(colour, 2, Qt.PenStyle.SolidLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(card.adjusted(-2, -2, 2, 2), radius + 2, radius + 2)
    painter.restore()
