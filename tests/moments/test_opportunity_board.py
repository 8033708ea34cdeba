"""The opportunity board on the 300-account demo book: columns per stage with counts and values, moving a
card by its menu, a drop or the keyboard (one undo step each, fast lane on a skip), filters, opening it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QEvent, QLocale, QMimeData, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from planner.core.moments.opportunities import STAGES, board_columns, opportunity_rows
from planner.ui.moments.opportunity_board import OpportunityBoard
from planner.ui.moments.opportunity_cards import FAST_LANE, MIME, ROW_ROLE
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.opportunity_dialog import OpportunityDialog


def make_board(qtbot, store) -> OpportunityBoard:
    board = OpportunityBoard(Editor(store))
    qtbot.addWidget(board)
    board.resize(1280, 800)
    board.show()  # the board reads the portfolio when it is first shown
    qtbot.waitExposed(board)
    return board


@pytest.fixture
def board(qtbot, demo_store) -> OpportunityBoard:
    return make_board(qtbot, demo_store)


def stored(board: OpportunityBoard, opportunity_id: int) -> tuple[str, int]:
    query = "SELECT stage, fast_lane FROM opportunities WHERE id = ?"
    return tuple(board.editor.store.query(query, (opportunity_id,))[0])


def first_plain(board: OpportunityBoard, stage: str) -> int:
    """The top card of a column that did not come by the fast lane."""
    return next(r.id for r in board.models[stage].rows if not r.fast_lane)


def words(board: OpportunityBoard, opportunity_id: int) -> str:
    for stage in STAGES:
        row = board.models[stage].row_of(opportunity_id)
        if row is not None:
            return board.models[stage].index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    raise LookupError(opportunity_id)


def fast_lane_pixels(board: OpportunityBoard, opportunity_id: int) -> int:
    """How much of the card is painted in the fast-lane colour."""
    stage = next(s for s in STAGES if board.models[s].row_of(opportunity_id) is not None)
    view = board.views[stage]
    index = board.models[stage].index(board.models[stage].row_of(opportunity_id))
    view.scrollTo(index)
    image = view.viewport().grab(view.visualRect(index)).toImage()
    mark = QColor(FAST_LANE).rgb()
    return sum(image.pixel(x, y) == mark for x in range(image.width()) for y in range(image.height()))


def drop(board: OpportunityBoard, opportunity_id: int, stage: str) -> bool:
    """A card dropped on a column, as the window system delivers it; True when the column took the drag."""
    data = QMimeData()
    data.setData(MIME, QByteArray(str(opportunity_id).encode()))
    target = board.views[stage].viewport()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(target.rect().center(), Qt.DropAction.MoveAction, data, buttons, keys)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(target, QDropEvent(QPointF(target.rect().center()), Qt.DropAction.MoveAction, data,
                                              buttons, keys))  # fmt: skip
    return True


def test_columns_show_the_stages_with_the_demo_counts_and_values(board, demo_store) -> None:
    assert [board.headers[s].title_label.text() for s in STAGES] == [
        "Signal", "Interest", "Nurturing", "Marketing-qualified need", "In sales", "Won", "Lost"]  # fmt: skip
    columns = board_columns(opportunity_rows(demo_store))
    for column in columns:
        assert column.size > 0
        assert board.opportunity_ids(column.stage) == [r.id for r in column.rows]
        header = board.headers[column.stage]
        assert header.count_label.text().startswith(QLocale().toString(column.size) + " ")
        assert header.value_label.text() == formatting.money(column.value_cents)
        values = [r.value_cents for r in board.models[column.stage].rows]
        assert values == sorted(values, reverse=True)
    still_open = sum(c.size for c in columns[:5])
    assert board.open_label.text().startswith(f"Open: {QLocale().toString(still_open)} ")


def test_a_card_says_account_product_kind_value_source_and_date(qtbot, board) -> None:
    row = board.models["in_sales"].rows[0]
    text = words(board, row.id)
    assert text.startswith(f"{row.account_name}, {row.product_name}, ")
    assert formatting.money(row.value_cents) in text and formatting.iso_date(row.raised_on) in text
    assert f"tier {row.tier}" in text
    fast = next(r for s in STAGES for r in board.models[s].rows if r.fast_lane)
    assert "fast lane" in words(board, fast.id) and fast_lane_pixels(board, fast.id) > 50
    assert fast.raised_by in ("demo_request", "consultation_request", "price_request")
    assert "Asked for a" in words(board, fast.id)
    view = board.views["in_sales"]  # the R/U/C badge names the kind in its tooltip
    view.scrollToTop()
    delegate, card = view.itemDelegate(), view.visualRect(board.models["in_sales"].index(0))
    badge = delegate._badge(delegate._inner(card), view.font()).center()
    tip = QHelpEvent(QEvent.Type.ToolTip, badge, view.viewport().mapToGlobal(badge))
    QApplication.sendEvent(view.viewport(), tip)
    expected = {"repeat": "Repeat", "upsell": "Up-sell", "crosssell": "Cross-sell"}[row.kind]
    qtbot.waitUntil(lambda: QToolTip.text() == expected)
    QToolTip.hideText()


def test_the_context_menu_moves_a_card_one_undo_step(board) -> None:
    moving = first_plain(board, "signal")
    menu = board.card_menu(moving)
    stages = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == "Move to")
    actions = {a.data(): a for a in stages.actions()}
    assert list(actions) == list(STAGES)
    assert actions["signal"].isChecked() and not actions["signal"].isEnabled()
    actions["interest"].trigger()
    assert stored(board, moving) == ("interest", 0)  # one step on: no fast lane
    assert moving in board.opportunity_ids("interest") and moving not in board.opportunity_ids("signal")
    assert board.current_id() == moving
    assert board.editor.undo_stack.count() == 1
    board.editor.undo_stack.undo()  # Ctrl+Z
    assert stored(board, moving) == ("signal", 0)
    assert moving in board.opportunity_ids("signal")


def test_a_drop_on_a_later_column_moves_the_card_by_the_fast_lane(board) -> None:
    moving = first_plain(board, "interest")
    assert fast_lane_pixels(board, moving) == 0
    assert drop(board, moving, "in_sales")
    assert stored(board, moving) == ("in_sales", 1)  # interest -> in sales skips nurturing and the MQN
    assert moving in board.opportunity_ids("in_sales")
    assert "fast lane" in words(board, moving) and fast_lane_pixels(board, moving) > 50
    board.editor.undo_stack.undo()
    assert stored(board, moving) == ("interest", 0)
    assert "fast lane" not in words(board, moving)
    assert board.editor.undo_stack.count() == 1


def test_a_drop_on_the_header_or_its_own_column(board) -> None:
    moving = first_plain(board, "in_sales")
    assert drop(board, moving, "in_sales")  # where it is already: nothing to undo
    assert board.editor.undo_stack.count() == 0
    data = QMimeData()
    data.setText("not a card")
    other = QDragEnterEvent(board.views["won"].viewport().rect().center(), Qt.DropAction.MoveAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(board.views["won"].viewport(), other)
    assert not other.isAccepted()
    header = board.headers["won"]
    data.setData(MIME, QByteArray(str(moving).encode()))
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(header, QDragEnterEvent(header.rect().center(), Qt.DropAction.MoveAction, data,
                                                   buttons, keys))  # fmt: skip
    QApplication.sendEvent(header, QDropEvent(QPointF(header.rect().center()), Qt.DropAction.MoveAction, data,
                                              buttons, keys))  # fmt: skip
    assert stored(board, moving) == ("won", 0)  # in sales -> won: one step
    assert board.editor.undo_stack.count() == 1


def test_ctrl_arrows_move_the_selected_card_and_it_stays_selected(qtbot, board) -> None:
    moving = first_plain(board, "signal")
    board.select_opportunity(moving)
    board.views["signal"].setFocus()
    qtbot.keyClick(board.views["signal"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stored(board, moving) == ("interest", 0) and board.current_id() == moving
    assert board.views["interest"].hasFocus()
    qtbot.keyClick(board.views["interest"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(board.views["nurturing"], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert stored(board, moving) == ("interest", 0)
    assert board.editor.undo_stack.count() == 3
    selected = board.views["interest"].selectionModel().selectedIndexes()
    assert [i.data(ROW_ROLE).id for i in selected] == [moving]
    qtbot.keyClick(board.views["interest"], Qt.Key.Key_Right)  # without Ctrl: only the selection moves
    assert stored(board, moving) == ("interest", 0) and board.current_id() != moving


def test_filters_narrow_every_column(qtbot, board) -> None:
    total = {s: len(board.opportunity_ids(s)) for s in STAGES}
    qtbot.keyClicks(board.filter_edit, "data hub")
    for stage in STAGES:
        assert all(r.product_name == "Data Hub" for r in board.models[stage].rows)
    shown = {s: len(board.opportunity_ids(s)) for s in STAGES}
    assert 0 < sum(shown.values()) < sum(total.values())
    signal = board.headers["signal"].count_label.text()
    assert signal.startswith(f"{shown['signal']} of {total['signal']} ")
    board.filter_edit.clear()
    owner = board.owner_combo.itemData(1)
    board.owner_combo.setCurrentIndex(1)
    board.kind_combo.setCurrentIndex(board.kind_combo.findData("upsell"))
    board.tier_combo.setCurrentIndex(board.tier_combo.findData("A"))
    rows = [r for s in STAGES for r in board.models[s].rows]
    assert rows and all((r.owner, r.kind, r.tier) == (owner, "upsell", "A") for r in rows)
    board.kind_combo.setCurrentIndex(0)
    board.tier_combo.setCurrentIndex(0)
    board.owner_combo.setCurrentIndex(0)
    assert {s: len(board.opportunity_ids(s)) for s in STAGES} == total


def test_double_click_and_enter_edit_the_card_ctrl_enter_and_the_menu_open_the_account(qtbot, board) -> None:
    # issue 21: a card opens the opportunity dialog (edit); "Open account" stays in the menu, Ctrl+Enter
    view, model = board.views["nurturing"], board.models["nurturing"]
    second = view.visualRect(model.index(1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=second)  # QTest's double-click lacks it
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=second)
    dialog = board.findChild(OpportunityDialog)
    assert dialog is not None and dialog.opportunity_id == model.rows[1].id
    dialog.reject()
    board.select_opportunity(model.rows[0].id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [d.opportunity_id for d in board.findChildren(OpportunityDialog) if d.isVisible()] == [
        model.rows[0].id
    ]
    board.findChildren(OpportunityDialog)[-1].reject()
    with qtbot.waitSignal(board.account_opened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened.args == [model.rows[0].account_id]
    menu = board.card_menu(model.rows[0].id)
    with qtbot.waitSignal(board.account_opened) as opened:
        next(a for a in menu.actions() if a.text() == "Open account").trigger()
    assert opened.args == [model.rows[0].account_id]


def test_reads_when_shown_and_again_after_a_change(qtbot, demo_store) -> None:
    editor = Editor(demo_store)
    board = OpportunityBoard(editor)
    qtbot.addWidget(board)
    assert board.rows == []  # nothing read while hidden
    board.show()
    qtbot.waitExposed(board)
    row = board.models["won"].rows[0]
    editor.edit("accounts", row.account_id, {"name": "Renamed AG"})
    assert board.models["won"].rows[0].account_name == "Renamed AG"
    board.hide()
    editor.edit("accounts", row.account_id, {"name": "Renamed Again AG"})
    assert board.models["won"].rows[0].account_name == "Renamed AG"  # hidden: read when shown again
    board.show()
    assert board.models["won"].rows[0].account_name == "Renamed Again AG"
