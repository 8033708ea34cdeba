"""A visible focus everywhere. Fusion (and other styles) draw the focus of a button, a field or a table cell
only after the focus came by the keyboard, and then as a faint outline; a user who clicks into a table and
goes on with the arrows sees no focus at all. This proxy style draws the focus whenever a widget has it, a
frame in the palette's Highlight colour (light and dark themes alike), on the selection in its text colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionFocusRect, QWidget

HAS_FOCUS, KEYBOARD = QStyle.StateFlag.State_HasFocus, QStyle.StateFlag.State_KeyboardFocusChange


def _shown(option: QStyleOption) -> QStyleOption:
    """`option`, as if the focus had come by the keyboard when the widget has it."""
    if not option.state & HAS_FOCUS or option.state & KEYBOARD:  # type: ignore[operator]
        return option
    copy = type(option)(option)  # type: ignore[call-arg]
    copy.state |= KEYBOARD  # type: ignore[operator]
    return copy


class FocusStyle(QProxyStyle):
    """Wraps the application's style (install_focus_style)."""

    def drawPrimitive(  # noqa: N802 (Qt's name)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            self._focus_frame(option, painter)
            return
        super().drawPrimitive(element, _shown(option), painter, widget)

    def drawControl(  # noqa: N802 (Qt's name)
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, _shown(option), painter, widget)

    def drawComplexControl(  # noqa: N802 (Qt's name)
        self, control: QStyle.ComplexControl, option: Any, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawComplexControl(control, _shown(option), painter, widget)  # type: ignore[arg-type]

    @staticmethod
    def _focus_frame(option: QStyleOption, painter: QPainter) -> None:
        """A one-pixel frame in Highlight; on a selected (Highlight) background in HighlightedText."""
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        colour = palette.color(QPalette.ColorRole.Highlight)
        if isinstance(option, QStyleOptionFocusRect) and option.backgroundColor == colour:
            colour = palette.color(QPalette.ColorRole.HighlightedText)
        painter.save()
        painter.setPen(QPen(colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))  # type: ignore[attr-defined]
        painter.restore()


def install_focus_style(app: QApplication) -> FocusStyle:
    """Wrap the app's style once (again: the one installed)."""
    style = app.style()
    if isinstance(style, FocusStyle):
        return style
    focus = FocusStyle(style.name())  # a fresh base style of the same kind; the proxy owns it
    app.setStyle(focus)
    return focus
