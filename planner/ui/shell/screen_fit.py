"""The window fits the screen it opens on: never larger than the screen's available area (a 1366x768 laptop
has no room for the 1280x800 the window asks for), maximised below 1440x900, and back on the screen when a
remembered geometry lies beyond it (a monitor that is no longer there)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

ROOMY = QSize(1440, 900)  # below this the window opens maximised


def fitted(room: QRect, frame: QRect) -> tuple[QRect, bool]:
    """Where a window of `frame` goes on a screen whose available area is `room`, and whether it opens
    maximised."""
    width, height = min(frame.width(), room.width()), min(frame.height(), room.height())
    left = min(max(frame.left(), room.left()), room.right() + 1 - width)
    top = min(max(frame.top(), room.top()), room.bottom() + 1 - height)
    small = room.width() < ROOMY.width() or room.height() < ROOMY.height()
    return QRect(left, top, width, height), small


def fit_to_screen(window: QWidget) -> None:
    """Before the window is shown: size and place it on its screen, maximised on a small one."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    place, small = fitted(screen.availableGeometry(), window.geometry())
    window.setGeometry(place)
    if small:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
