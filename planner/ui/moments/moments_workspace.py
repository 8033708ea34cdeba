"""The Moments workspace: the inbox of trigger moments, the opportunities on their readiness board, the
upsell journey map, and NPS against account value. Each reads the portfolio when first shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.core.moments.moments import Detection
from planner.core.portfolio.readiness import NEEDS
from planner.ui.moments.journey_view import JourneyView
from planner.ui.moments.moments_inbox import MomentsInbox
from planner.ui.moments.nps_view import NpsValueView
from planner.ui.moments.opportunity_board import OpportunityBoard
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.empty_state import show_missing


class MomentsWorkspace(QWidget):
    account_opened = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.inbox = MomentsInbox(editor, self, today=today)
        self.board = OpportunityBoard(editor, self, today=today)
        self.journey = JourneyView(editor, self, today=today)
        self.nps = NpsValueView(editor, self)
        show_missing(
            self.inbox, editor, NEEDS["moments"], self.tr("Most rules cannot fire without this data")
        )
        show_missing(self.board, editor, NEEDS["opportunities"], self.tr("No opportunities yet"))
        show_missing(self.journey, editor, NEEDS["journey"], self.tr("The journey map is missing data"))
        show_missing(self.nps, editor, NEEDS["nps"], self.tr("No NPS answers to plot yet"),
                     layout=self.nps.chart_layout)  # fmt: skip
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.inbox, self.tr("Moments"))
        self.tabs.addTab(self.board, self.tr("Opportunities"))
        self.tabs.addTab(self.journey, self.tr("Journey map"))
        self.tabs.addTab(self.nps, self.tr("NPS × account value"))
        for view in (self.inbox, self.board, self.journey, self.nps):
            view.account_opened.connect(self.account_opened)
        self.inbox.detected.connect(self._detected)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _detected(self, detection: Detection) -> None:
        self.journey.set_moments(detection.moments)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.journey and (self.inbox.detection is None or self.inbox.stale):
            self.inbox.load()  # the journey map shows which moments fire in each phase

    def show_owner(self, owner: str | None) -> None:
        """ "Only my accounts" (None: everyone's), in the inbox and on the opportunity board."""
        self.inbox.show_owner(owner)
        self.board.show_owner(owner)

    def focus_search(self) -> None:
        if self.tabs.currentWidget() is self.inbox:
            self.inbox.search.setFocus()
            self.inbox.search.selectAll()
