"""The Matrix workspace: the Customer-Performance-Matrix and the same quadrants as a board of cards, sharing
their thresholds. Both read the portfolio when first shown, so they cost nothing at start-up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.core.portfolio.readiness import NEEDS
from planner.ui.matrix.matrix_view import MatrixView
from planner.ui.matrix.quadrant_board import QuadrantBoard
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.empty_state import show_missing


class MatrixWorkspace(QWidget):
    account_opened = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = MatrixView(editor, self)
        self.board = QuadrantBoard(editor, self)
        for view in (self.matrix, self.board):  # what an account needs to be placed, and how to bring it
            show_missing(view, editor, NEEDS["matrix"], self.tr("The matrix is missing data"))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.matrix, self.tr("Matrix"))
        self.tabs.addTab(self.board, self.tr("Quadrant board"))
        self.matrix.thresholds_changed.connect(self.board.set_thresholds)
        self.matrix.account_opened.connect(self.account_opened)
        self.board.account_opened.connect(self.account_opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_owner(self, owner: str | None) -> None:
        """ "Only my accounts" (None: everyone's), on the matrix and the board."""
        self.matrix.show_owner(owner)
        self.board.show_owner(owner)

    def focus_search(self) -> None:
        if self.tabs.currentWidget() is self.board:
            self.board.focus_filter()
        else:
            self.matrix.focus_search()
