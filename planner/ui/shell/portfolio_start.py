"""The Portfolio workspace's place in the window: the first-run page (first_run.py, loaded only for an empty
book) or the Portfolio lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from planner.core.portfolio.readiness import is_empty

if TYPE_CHECKING:
    from planner.ui.shell.first_run import FirstRunPage
    from planner.ui.shell.main_window import MainWindow


class PortfolioStart(QStackedWidget):
    """The Portfolio workspace's place in the window: the first-run page while the book has no account
    (unless the user chose to type them in), else the Portfolio lists."""

    first_painted = Signal()

    def __init__(self, window: MainWindow, portfolio: QWidget) -> None:
        super().__init__(window)
        self.main_window = window
        self.portfolio = portfolio
        self.page: FirstRunPage | None = None
        self.dismissed = False
        self.addWidget(portfolio)
        window.editor.changed.connect(self._changed)
        self.update_page()

    def _changed(self, tables: frozenset[str]) -> None:
        if "accounts" in tables:
            self.update_page()

    def update_page(self) -> None:
        """The first-run page on an empty book, else the lists."""
        if not self.dismissed and is_empty(self.main_window.store):
            if self.page is None:
                from planner.ui.shell.first_run import FirstRunPage

                self.page = FirstRunPage(self.main_window, self)
                self.page.first_painted.connect(self.first_painted)
                self.page.by_hand.connect(self.type_in)
                self.addWidget(self.page)
            self.setCurrentWidget(self.page)
        else:
            self.setCurrentWidget(self.portfolio)

    def showing_first_run(self) -> bool:
        return self.page is not None and self.currentWidget() is self.page

    def type_in(self) -> None:
        """The lists, for this window, with the form of a new account open."""
        self.dismissed = True
        self.update_page()
        self.main_window.portfolio.new_record()
