"""Back and forward, as in a browser (View > Back / Forward, Alt+Left / Alt+Right): the places the user was
in, a place being the workspace in front with its tab, or an account page in the Portfolio. A double-click
that jumps from a board to an account page is one step back. An account page closed meanwhile is skipped."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

from planner.ui.portfolio.portfolio_view import as_account_page
from planner.ui.shell.lazy_workspace import LazyWorkspace

if TYPE_CHECKING:
    from planner.ui.shell.main_window import MainWindow

LONGEST = 100  # places kept; the oldest go first


@dataclass(frozen=True)
class Place:
    """A workspace and the tab in front inside it (None: it has no tabs), or an account page (account_id)."""

    workspace: str
    tab: int | None = None
    account_id: int | None = None


def history_keys(standard: QKeySequence.StandardKey, explicit: str) -> list[QKeySequence]:
    """The platform's keys for Back or Forward that cannot be typing (Windows' list also has Backspace, which
    deletes in a table), and the explicit Alt+Left / Alt+Right."""
    keys = [QKeySequence(explicit)]
    for key in QKeySequence.keyBindings(standard):
        combination = key[0]  # type: ignore[index]  # a sequence's first chord
        dedicated = combination.key() in (Qt.Key.Key_Back, Qt.Key.Key_Forward)
        modified = combination.keyboardModifiers() & (
            Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if (dedicated or modified) and key not in keys:
            keys.append(key)
    return keys


class NavHistory(QObject):
    """Records each place the window shows (the stack, the Portfolio's tabs, each workspace's tabs once it is
    built) and goes back and forward through them; `changed` fires when either direction opens or closes."""

    changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.places: list[Place] = []
        self.at = -1
        self._quiet = 0  # > 0 while a jump of several widgets (one step) or a going back is under way
        self.back_action = QAction(self.tr("&Back"), window)
        self.back_action.setObjectName("back")
        self.back_action.setShortcuts(history_keys(QKeySequence.StandardKey.Back, "Alt+Left"))
        self.back_action.setToolTip(self.tr("Back to where you were (Alt+Left)"))
        self.back_action.triggered.connect(self.back)
        self.forward_action = QAction(self.tr("&Forward"), window)
        self.forward_action.setObjectName("forward")
        self.forward_action.setShortcuts(history_keys(QKeySequence.StandardKey.Forward, "Alt+Right"))
        self.forward_action.setToolTip(self.tr("Forward again (Alt+Right)"))
        self.forward_action.triggered.connect(self.forward)
        for action in (self.back_action, self.forward_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.stack.currentChanged.connect(self.record)
        window.portfolio.tabs.currentChanged.connect(self.record)
        for workspace in window.workspaces.values():
            if isinstance(workspace, LazyWorkspace):
                workspace.built.connect(self._watch_tabs)
        self.changed.connect(self.update_actions)
        self.record()

    def add_to(self, menu: QMenu) -> tuple[QAction, QAction]:
        menu.addSeparator()
        menu.addAction(self.back_action)
        menu.addAction(self.forward_action)
        menu.aboutToShow.connect(self.update_actions)  # a page closed since: perhaps nowhere to go now
        return self.back_action, self.forward_action

    def _watch_tabs(self, workspace: QWidget) -> None:
        tabs = getattr(workspace, "tabs", None)
        if isinstance(tabs, QTabWidget):
            tabs.currentChanged.connect(self.record)

    # --- where the window is -------------------------------------------------------------------------------
    def here(self) -> Place:
        key = self.window.front()
        if key == "portfolio":
            lists = self.window.portfolio.tabs
            page = as_account_page(lists.currentWidget())
            return (
                Place(key, account_id=page.account_id)
                if page is not None
                else Place(key, lists.currentIndex())
            )
        tabs = self._tabs(key)
        return Place(key, tabs.currentIndex() if tabs is not None else None)

    def _tabs(self, key: str) -> QTabWidget | None:
        workspace = self.window.workspaces[key]
        built = workspace.widget if isinstance(workspace, LazyWorkspace) else workspace
        tabs = getattr(built, "tabs", None)
        return tabs if isinstance(tabs, QTabWidget) else None

    def _page_index(self, account_id: int) -> int:
        tabs = self.window.portfolio.tabs
        for index in range(tabs.count()):
            page = as_account_page(tabs.widget(index))
            if page is not None and page.account_id == account_id:
                return index
        return -1

    def reachable(self, place: Place) -> bool:
        """False for an account page closed since."""
        return place.account_id is None or self._page_index(place.account_id) >= 0

    # --- recording ------------------------------------------------------------------------------------------
    def record(self) -> None:
        if self._quiet:
            return
        place = self.here()
        if 0 <= self.at < len(self.places) and self.places[self.at] == place:
            return
        del self.places[self.at + 1 :]  # a new way forward: the old one is gone, as in a browser
        self.places.append(place)
        del self.places[:-LONGEST]
        self.at = len(self.places) - 1
        self.changed.emit()

    @contextmanager
    def one_step(self) -> Iterator[None]:
        """Changes made inside (a workspace, then its tab) are one step of the history."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1
        self.record()

    # --- going ----------------------------------------------------------------------------------------------
    def _target(self, direction: int) -> int | None:
        index = self.at + direction
        while 0 <= index < len(self.places):
            if self.reachable(self.places[index]):
                return index
            index += direction
        return None

    def can_go(self, direction: int) -> bool:
        return self._target(direction) is not None

    def back(self) -> bool:
        return self._go(-1)

    def forward(self) -> bool:
        return self._go(1)

    def _go(self, direction: int) -> bool:
        index = self._target(direction)
        if index is None:
            return False
        place = self.places[index]
        self._quiet += 1
        try:
            self.window.show_workspace(place.workspace)
            if place.account_id is not None:
                self.window.portfolio.tabs.setCurrentIndex(self._page_index(place.account_id))
            elif place.workspace == "portfolio" and place.tab is not None:
                self.window.portfolio.tabs.setCurrentIndex(place.tab)
            else:
                tabs = self._tabs(place.workspace)
                if tabs is not None and place.tab is not None and place.tab < tabs.count():
                    tabs.setCurrentIndex(place.tab)
        finally:
            self._quiet -= 1
        self.at = index
        self.changed.emit()
        return True

    def update_actions(self) -> None:
        self.back_action.setEnabled(self.can_go(-1))
        self.forward_action.setEnabled(self.can_go(1))
