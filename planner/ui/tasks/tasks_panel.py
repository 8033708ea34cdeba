"""My tasks: the next steps and QBR actions of one owner (or of all), grouped Overdue, Due today, Later and No
due date; ticking one marks it done as an undoable step (Ctrl+Z takes it back); a double-click or Enter opens
its account."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio.changes import ChangeFailed
from planner.core.tasks.tasks import (
    BUCKETS,
    Task,
    bucket,
    count_due,
    mark_done,
    mark_open,
    open_tasks,
    task_owners,
)
from planner.ui.tasks.task_words import bucket_title, done_step, due_summary, origin_text
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.formatting import iso_date
from planner.ui.widgets.palette_colours import error as error_colour
from planner.ui.widgets.settings import ME, Settings

TABLES = frozenset({"touches", "opportunities", "qbr_actions", "qbrs", "accounts"})  # changed: read again
TASK = Qt.ItemDataRole.UserRole
ROW = QSize(0, 24)  # as tall as the rows of the lists


class TasksPanel(QWidget):
    """The list of one owner's tasks. `clock` says what day it is (tests pass their own)."""

    account_opened = Signal(int)

    def __init__(
        self, editor: Editor, settings: Settings, parent: QWidget | None = None, *,
        clock: Callable[[], date] = date.today,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.editor, self.settings, self.clock = editor, settings, clock
        self._tasks: list[Task] = []
        self._filling = False
        self._stale = True
        self._reload = QTimer(self)  # after a change: once, when the events of the change are through
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)
        self._reload.timeout.connect(self._reload_if_shown)

        self.owner = QComboBox(self)
        self.owner.setObjectName("tasks_owner")
        self.owner.setToolTip(self.tr("Whose tasks: yours (Preferences > I am) or anybody's"))
        self.show_done = QCheckBox(self.tr("Show done"), self)
        self.show_done.setObjectName("tasks_show_done")
        self.summary = QLabel(self)
        self.summary.setObjectName("tasks_summary")
        self.note = QLabel(self)  # what the last tick did, and how to take it back
        self.note.setObjectName("tasks_note")
        self.note.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("tasks_list")
        self.tree.setHeaderLabels([self.tr("Account"), self.tr("Task"), self.tr("Due"), self.tr("From")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        tip = self.tr(
            "Tick a task when it is done (Ctrl+Z takes it back); Enter or a double-click opens its account."
        )
        self.tree.setToolTip(tip)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 165)
        self.tree.setColumnWidth(2, 80)
        self.tree.setColumnWidth(3, 125)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Owner"), self))
        top.addWidget(self.owner, 1)
        top.addWidget(self.show_done)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        self._fill_owners(settings.get(ME).strip() or None)
        self.owner.currentIndexChanged.connect(self.load)
        self.show_done.toggled.connect(self.load)
        self.tree.itemChanged.connect(self._ticked)
        self.tree.itemActivated.connect(self._activated)
        editor.changed.connect(self._data_changed)

    def sizeHint(self) -> QSize:
        return QSize(600, 600)  # wide enough for account, task, due day and where it comes from

    # --- reading -----------------------------------------------------------------------------------------
    def chosen_owner(self) -> str | None:
        """The owner chosen, None for all."""
        data = self.owner.currentData()
        return None if data is None else str(data)

    def choose_owner(self, owner: str | None) -> None:
        """Show `owner`'s tasks (None: everybody's)."""
        if owner is None:
            self.owner.setCurrentIndex(0)
            return
        if self.owner.findData(owner) < 0:
            self.owner.addItem(owner, owner)
        self.owner.setCurrentIndex(self.owner.findData(owner))

    def _fill_owners(self, chosen: str | None) -> None:
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), None)
        names = task_owners(self.editor.store)
        if chosen is not None and chosen not in names:
            names.append(chosen)
        for name in names:
            self.owner.addItem(name, name)
        index = self.owner.findData(chosen) if chosen is not None else 0
        self.owner.setCurrentIndex(max(index, 0))
        self.owner.blockSignals(False)

    def tasks(self) -> list[Task]:
        """The tasks listed, in their order."""
        return list(self._tasks)

    def load(self) -> None:
        today = self.clock()
        self._stale = False
        self._tasks = open_tasks(
            self.editor.store, owner=self.chosen_owner(), today=today, with_done=self.show_done.isChecked()
        )
        self.summary.setText(due_summary(*count_due(self._tasks, today)))
        self._fill(today)

    def _fill(self, today: date) -> None:
        self._filling = True
        self.tree.clear()
        groups: dict[str, list[Task]] = {}
        for task in self._tasks:
            groups.setdefault(bucket(task, today), []).append(task)
        for name in BUCKETS:
            if name in groups:
                self._group(name, groups[name], today)
        if not self._tasks:
            empty = QTreeWidgetItem(self.tree, [self.tr("No open tasks")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self._filling = False

    def _group(self, name: str, tasks: list[Task], today: date) -> None:
        head = QTreeWidgetItem(self.tree, [f"{bucket_title(name)} ({len(tasks)})"])
        head.setFirstColumnSpanned(True)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        head.setSizeHint(0, ROW)
        font = QFont(head.font(0))
        font.setBold(True)
        head.setFont(0, font)
        if name == "overdue":
            head.setForeground(0, QBrush(QColor(error_colour())))
        for task in tasks:
            due = iso_date(task.due)
            row = QTreeWidgetItem(head, [task.account, task.title, due, origin_text(task)])
            row.setData(0, TASK, task)
            row.setSizeHint(0, ROW)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            row.setFlags(flags)
            row.setCheckState(0, Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked)
            row.setToolTip(1, task.title)
            row.setToolTip(0, task.owner)
            if name == "overdue":
                row.setForeground(2, QBrush(QColor(error_colour())))

    # --- ticking and opening -----------------------------------------------------------------------------
    def set_done(self, task: Task, done: bool) -> bool:
        """Mark the task done (or open again) as one undo step; False when its record is gone meanwhile."""
        store = self.editor.store
        try:
            change = mark_done(store, task, self.clock()) if done else mark_open(store, task)
            self.editor.push(change, done_step(task, done))
        except (KeyError, ChangeFailed):  # deleted or changed elsewhere meanwhile: nothing stored
            self.note.setText(self.tr("This task no longer exists; the list is read again."))
            self._reload.start()
            return False
        text = self.tr("Done: %1. Ctrl+Z takes it back.") if done else self.tr("Open again: %1.")
        self.note.setText(text.replace("%1", task.name))
        return True

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        task = item.data(0, TASK)
        if self._filling or column != 0 or not isinstance(task, Task):
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        if done != task.done:
            self.set_done(task, done)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        task = item.data(0, TASK)
        if isinstance(task, Task):
            self.account_opened.emit(task.account_id)

    # --- keeping up with changes -------------------------------------------------------------------------
    def _data_changed(self, tables: frozenset[str]) -> None:
        if tables & TABLES:
            self._stale = True
            self._reload.start()  # not in the middle of the tick that made the change

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self._fill_owners(self.chosen_owner())
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()
