"""At 150 % on a 1366x768 laptop the window has 911x512 logical pixels: every workspace must fit into it (a
workspace that needs more room scrolls inside the window, the window never grows beyond the screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QScrollArea

from planner.core.store.store import Store
from tests.shell.test_main_window import make_window

SMALL = (911, 512)  # 1366x768 at 150 %


def test_every_workspace_fits_a_small_screen_and_scrolls_what_does_not(qtbot, demo_store: Store) -> None:
    window = make_window(qtbot, demo_store)
    window.resize(*SMALL)
    for key in window.workspaces:
        window.show_workspace(key)
        qtbot.waitUntil(lambda: window.stack.currentWidget().isVisible())
        needed = window.minimumSizeHint()
        assert needed.width() <= SMALL[0] and needed.height() <= SMALL[1], (key, needed)
        assert (window.width(), window.height()) == SMALL, key
    window.show_workspace("growth")  # the widest: its buttons are reached by scrolling, not off screen
    area = window.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    button = window.growth.findChildren(QPushButton)[0]
    area.ensureWidgetVisible(button)
    top_left = button.mapTo(area.viewport(), button.rect().topLeft())
    assert area.viewport().rect().contains(top_left)
