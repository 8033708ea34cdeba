"""A visible focus (issue 22, part): a button, a table cell and a card show that they have the focus, also
when it came by a click or from the program rather than by Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QPushButton, QStyleFactory, QTableView, QVBoxLayout, QWidget

from planner.ui.matrix.quadrant_board import QUADRANTS
from planner.ui.shell.focus_style import FocusStyle
from tests.shell.test_keyboard import window_with_keys


def picture(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def with_and_without_focus(qtbot, widget: QWidget, other: QWidget) -> tuple[QImage, QImage]:
    """`widget` drawn without, then with the focus (given by the program, not by Tab)."""
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    without = picture(widget)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    return without, picture(widget)


def form(qtbot, style) -> tuple[QWidget, QPushButton, QTableView, QPushButton]:
    box = QWidget()
    layout = QVBoxLayout(box)
    button, other = QPushButton("Save"), QPushButton("Cancel")
    table = QTableView()
    model = QStandardItemModel(3, 2, table)
    for row in range(3):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"{row}/{column}"))
    table.setModel(model)
    table.setCurrentIndex(model.index(1, 0))
    for widget in (button, table, other):
        widget.setStyle(style)
        layout.addWidget(widget)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    return box, button, table, other


def test_fusion_alone_hides_a_button_focus_that_did_not_come_by_tab(qtbot) -> None:
    fusion = QStyleFactory.create("Fusion")
    _box, button, _table, other = form(qtbot, fusion)
    without, focused = with_and_without_focus(qtbot, button, other)
    assert without == focused  # the very same pixels: the reason for the focus style


def test_the_focus_style_shows_the_focus_on_a_button_and_a_table_cell(qtbot) -> None:
    style = FocusStyle("Fusion")
    _box, button, table, other = form(qtbot, style)
    without, focused = with_and_without_focus(qtbot, button, other)
    assert without != focused
    without, focused = with_and_without_focus(qtbot, table.viewport(), other)
    changed = [
        (x, y) for x in range(focused.width()) for y in range(focused.height())
        if focused.pixel(x, y) != without.pixel(x, y)
    ]  # fmt: skip
    cell = table.visualRect(table.currentIndex())  # the current cell (row 1) alone has its frame
    assert changed and all(cell.adjusted(-1, -1, 1, 1).contains(x, y) for x, y in changed)


def test_a_card_on_the_quadrant_board_shows_the_focus(qtbot, demo_store) -> None:
    window = window_with_keys(qtbot, demo_store)
    window.show_workspace("matrix")
    board = window.matrix.board
    window.matrix.tabs.setCurrentWidget(board)
    qtbot.waitUntil(lambda: any(board.models[q].rowCount() for q in QUADRANTS))
    view = board.views[next(q for q in QUADRANTS if board.models[q].rowCount())]
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.waitUntil(lambda: view.viewport().height() > 0)  # laid out
    without, focused = with_and_without_focus(qtbot, view.viewport(), board.filter_edit)
    assert without != focused
    card = view.visualRect(view.model().index(0, 0))
    highlight = view.palette().color(view.palette().ColorRole.Highlight).rgb()
    column = [focused.pixel(card.center().x(), y) for y in range(card.top(), card.top() + 6)]
    assert highlight in column  # the frame just outside the card's top edge
