"""“Only my accounts”: one click (View menu, toolbar, Ctrl+Shift+M) shows every workspace for the user's own
accounts, the owner name set as “I am” in the Preferences; the choice is kept for the next start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from planner.ui.shell.lazy_workspace import LazyWorkspace
from planner.ui.widgets.settings import ME, MINE_ONLY

if TYPE_CHECKING:
    from planner.ui.shell.main_window import MainWindow


class MyAccounts(QObject):
    """The toggle, the status-bar note while it is on, and handing the owner to every workspace built (each
    that has `show_owner(owner | None)`); workspaces built later get it when built."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Only &my accounts"), window)
        self.action.setObjectName("my_accounts")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(self.tr("Show only the accounts I own, in every workspace (Ctrl+Shift+M)"))
        self.action.setChecked(window.settings.get(MINE_ONLY) and bool(window.settings.get(ME)))
        self.action.toggled.connect(self._toggled)
        self.note = QLabel(window)
        self.note.setObjectName("my_accounts_note")
        window.statusBar().addPermanentWidget(self.note)
        for workspace in window.workspaces.values():
            if isinstance(workspace, LazyWorkspace):
                workspace.built.connect(self._give)
        self.apply()

    def add_to(self, menu: QMenu) -> QAction:
        menu.addSeparator()
        menu.addAction(self.action)
        return self.action

    @property
    def owner(self) -> str | None:
        """Whose accounts every workspace shows; None: everyone's."""
        me = self.window.settings.get(ME).strip()
        return me if self.action.isChecked() and me else None

    def _toggled(self, on: bool) -> None:
        if on and not self.window.settings.get(ME).strip():  # who am I? asked once, then on
            self.action.blockSignals(True)
            self.action.setChecked(False)
            self.action.blockSignals(False)
            dialog = self.window.help.show_settings()
            dialog.accepted.connect(lambda: self.action.setChecked(self._named()))
            return
        self.window.settings.set(MINE_ONLY, on)
        self.apply()

    def _named(self) -> bool:
        return bool(self.window.settings.get(ME).strip())

    def apply(self) -> None:
        """Give every built workspace the owner (after a toggle, or a new name in the Preferences)."""
        owner = self.owner
        if self.action.isChecked() and owner is None:
            self.action.setChecked(False)  # the name was cleared
            return
        self.note.setText(self.tr("Only my accounts: %1").replace("%1", owner) if owner else "")
        self.note.setVisible(owner is not None)
        self._give(self.window.portfolio)
        for workspace in self.window.workspaces.values():
            built = workspace.widget if isinstance(workspace, LazyWorkspace) else workspace
            if built is not None:
                self._give(built)

    def _give(self, workspace: QWidget) -> None:
        show_owner = getattr(workspace, "show_owner", None)
        if callable(show_owner):
            show_owner(self.owner)
