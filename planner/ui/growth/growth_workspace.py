"""Growth (seed 001): the whitespace grid, segments, smart lists and the goal funnel as tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.core.portfolio.readiness import NEEDS
from planner.ui.growth.goals_funnel import GoalsView
from planner.ui.growth.segments_lists import SmartListsView
from planner.ui.growth.segments_view import SegmentsView
from planner.ui.growth.whitespace_grid import WhitespaceView
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.empty_state import show_missing

TABS = ("whitespace", "segments", "lists", "goals")


class GrowthWorkspace(QWidget):
    """`account_opened(id)` from the grid and the campaign lists. Each tab reads when first shown."""

    account_opened = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.whitespace = WhitespaceView(editor, self, today=today)
        self.segments = SegmentsView(editor, self, today=today)
        self.lists = SmartListsView(editor, self, today=today)
        self.goals = GoalsView(editor, self, today=today)
        show_missing(self.whitespace, editor, NEEDS["whitespace"], self.tr("Whitespace is missing data"))
        show_missing(
            self.goals, editor, NEEDS["goals"], self.tr("No opportunities yet: the funnel has no history")
        )
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.whitespace, self.tr("&Whitespace"))
        self.tabs.addTab(self.segments, self.tr("S&egments"))
        self.tabs.addTab(self.lists, self.tr("Smart &lists"))
        self.tabs.addTab(self.goals, self.tr("&Goal funnel"))
        for view in (self.whitespace, self.lists):
            view.account_opened.connect(self.account_opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_owner(self, owner: str | None) -> None:
        """ "Only my accounts" (None: everyone's) in the whitespace grid (segments, smart lists and goals
        describe the whole book, a goal has its own owner)."""
        self.whitespace.show_owner(owner)

    def show_tab(self, name: str) -> QWidget:
        """Bring a tab to the front by name (whitespace, segments, lists, goals), e.g. for screenshots."""
        self.tabs.setCurrentIndex(TABS.index(name))
        return self.tabs.currentWidget()
