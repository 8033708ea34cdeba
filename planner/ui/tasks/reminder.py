"""The reminder: after the window first painted, and then whenever a task falls due while the app runs (the
day changes, or a change makes one due today), a small notice that does not block ("3 tasks due today, 1
overdue — Show") and the same words in the status bar. Each task is reminded of once a day. The tasks are
mine (the "I am" of the Preferences), everybody's while that is not set."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QToolButton

from planner.core.tasks.tasks import Task, count_due, due_now, open_tasks
from planner.ui.tasks.task_words import due_summary
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.settings import ME, Settings

EVERY_MS = 60_000  # how often it looks whether the day changed or a change made a task due
TABLES = frozenset({"touches", "opportunities", "qbr_actions", "qbrs", "accounts"})


class Notice(QFrame):
    """A small box at the bottom right of the window: the text, Show and a close button."""

    show_clicked = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("task_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)  # stands out from the list behind it
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.text = QLabel(self)
        self.text.setObjectName("task_notice_text")
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.clicked.connect(self._show_tasks)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.hide()
        window.installEventFilter(self)

    def tell(self, text: str) -> None:
        self.text.setText(text)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()

    def _show_tasks(self) -> None:
        self.hide()
        self.show_clicked.emit()

    def _place(self) -> None:
        window = self.parentWidget()
        if not isinstance(window, QMainWindow):
            return
        bar = window.statusBar().height() if window.statusBar().isVisible() else 0
        x, y = window.width() - self.width() - 16, window.height() - bar - self.height() - 12
        self.move(max(0, x), max(0, y))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


class Reminder(QObject):
    """Call `start()` once the window painted; `check()` is what the timer runs (tests call it, with a `clock`
    of their own, instead of waiting)."""

    show_requested = Signal()  # the user wants to see the tasks
    reminded = Signal(str)  # the words of a reminder given

    def __init__(
        self, editor: Editor, settings: Settings, window: QMainWindow, *,
        clock: Callable[[], date] = date.today, every_ms: int = EVERY_MS,
    ) -> None:  # fmt: skip
        super().__init__(window)
        self.editor, self.settings, self.window, self.clock = editor, settings, window, clock
        self._reminded: set[str] = set()  # the keys of the tasks reminded of on `_day`
        self._day: date | None = None
        self._dirty = True
        self.notice = Notice(window)
        self.notice.show_clicked.connect(self.show_requested)
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.tick)
        self._after_change = QTimer(self)  # once the events of a change are through
        self._after_change.setSingleShot(True)
        self._after_change.setInterval(0)
        self._after_change.timeout.connect(self.tick)
        editor.changed.connect(self._data_changed)

    def start(self) -> list[Task]:
        found = self.check()
        self.timer.start()
        return found

    def tick(self) -> list[Task]:
        """From the timer: look again only when the day changed or the tasks did."""
        if self._dirty or self.clock() != self._day:
            return self.check()
        return []

    def check(self) -> list[Task]:
        """Remind of the tasks due now that were not reminded of today; returns them."""
        today = self.clock()
        new_day = today != self._day
        if new_day:
            self._day, self._reminded = today, set()
        self._dirty = False
        owner = self.settings.get(ME).strip() or None
        due = due_now(open_tasks(self.editor.store, owner=owner, today=today), today)
        fresh = [t for t in due if t.key not in self._reminded]
        self._reminded.update(t.key for t in due)
        if fresh:
            self._tell(due_summary(*count_due(due, today)) if new_day else self._newly_due(fresh))
        return fresh

    def _newly_due(self, fresh: list[Task]) -> str:
        if len(fresh) == 1:
            return self.tr("Due now: %1").replace("%1", fresh[0].name)
        return self.tr("%1 more tasks are due now").replace("%1", str(len(fresh)))

    def _tell(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15_000)
        self.notice.tell(text + " — ")
        self.reminded.emit(text)

    def _data_changed(self, tables: frozenset[str]) -> None:
        if tables & TABLES:
            self._dirty = True
            if self.timer.isActive():  # started: the window painted
                self._after_change.start()
