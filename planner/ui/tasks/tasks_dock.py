"""My tasks as a dock on the right of the window, shown and hidden with View > My tasks (Ctrl+T). The list is
built when first shown and the reminder after the window first painted, so neither slows the start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from planner.ui.widgets.editing import Editor
from planner.ui.widgets.settings import Settings

if TYPE_CHECKING:
    from planner.ui.tasks.reminder import Reminder
    from planner.ui.tasks.tasks_panel import TasksPanel


class TasksDock(QDockWidget):
    account_opened = Signal(int)

    def __init__(
        self, editor: Editor, settings: Settings, window: QMainWindow, *,
        clock: Callable[[], date] = date.today,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("My tasks"), window)
        self.editor, self.settings, self.clock = editor, settings, clock
        self.setObjectName("tasks_dock")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self._panel: TasksPanel | None = None
        self.reminder: Reminder | None = None
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.hide()
        self.visibilityChanged.connect(lambda shown: self.panel() if shown else None)

    def add_to(self, menu: QMenu) -> QAction:
        """View > My tasks (Ctrl+T), ticked while the dock shows."""
        action = self.toggleViewAction()
        action.setText(self.tr("My &tasks"))
        action.setObjectName("my_tasks")
        action.setShortcut(QKeySequence("Ctrl+T"))
        action.setToolTip(self.tr("Next steps and QBR actions due, overdue and later (Ctrl+T)"))
        menu.addSeparator()
        menu.addAction(action)
        return action

    def panel(self) -> TasksPanel:
        if self._panel is None:
            from planner.ui.tasks.tasks_panel import TasksPanel

            self._panel = TasksPanel(self.editor, self.settings, self, clock=self.clock)
            self._panel.account_opened.connect(self.account_opened)
            self.setWidget(self._panel)
        return self._panel

    def show_tasks(self) -> TasksPanel:
        """Open the dock with my tasks."""
        panel = self.panel()
        self.show()
        self.raise_()
        panel.tree.setFocus()
        return panel

    def after_first_paint(self) -> None:
        """For the window's first_painted: the reminder starts once that paint is through. A window without
        the user's settings file (screenshots, most tests) has nobody to remind."""
        if self.settings.location():
            QTimer.singleShot(0, self, self.start_reminder)  # not when the window closed meanwhile

    def _day_or_tasks_changed(self, _text: str) -> None:
        """A task fell due (a new day, say): the list shown groups it anew."""
        if self._panel is not None and self._panel.isVisible():
            self._panel.load()

    def start_reminder(self) -> Reminder:
        if self.reminder is None:
            from planner.ui.tasks.reminder import Reminder

            window = self.parentWidget()
            assert isinstance(window, QMainWindow)
            self.reminder = Reminder(self.editor, self.settings, window, clock=self.clock)
            self.reminder.show_requested.connect(self.show_tasks)
            self.reminder.reminded.connect(self._day_or_tasks_changed)
            self.reminder.start()
        return self.reminder
