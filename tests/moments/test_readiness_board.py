"""The opportunity board shows readiness (seed 004) on a book built from imported files: a card behind its
readiness says which stage it is ready for and which signals moved it; its menu and the side panel move it
there (one undo step, the fast lane only when the customer asked); nothing moves by itself; the panel's
table lists every account and product's score and makes a pair without an opportunity one (through the
opportunity dialog, undoable)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from planner.core.moments.opportunities import STAGES
from planner.ui.moments.opportunity_board import OpportunityBoard
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.opportunity_dialog import OpportunityDialog
from tests.conftest import TODAY
from tests.moments.test_readiness import RIPE, book, opportunities, signals


@pytest.fixture
def board(qtbot, store, tmp_path) -> OpportunityBoard:
    book(store, tmp_path)
    signals(store, tmp_path, "Signale.csv", *RIPE)
    opportunities(store, tmp_path, ["VC-1", "ACC-1", "P-BI", "Interesse", "1000"],
                  ["VC-2", "ACC-2", "P-BI", "Interesse", "5000"])  # fmt: skip
    board = OpportunityBoard(Editor(store), today=TODAY)
    qtbot.addWidget(board)
    board.resize(1500, 800)
    board.show()
    qtbot.waitExposed(board)
    assert not board.panel.isVisible()  # on demand: the seven columns keep their room
    board.readiness_button.click()
    assert board.panel.isVisible()
    return board


def stored(board: OpportunityBoard, opportunity_id: int) -> tuple[str, int]:
    return tuple(board.editor.store.query("SELECT stage, fast_lane FROM opportunities WHERE id = ?",
                                          (opportunity_id,))[0])  # fmt: skip


def card(board: OpportunityBoard, opportunity_id: int, role: Qt.ItemDataRole) -> str:
    for stage in STAGES:
        row = board.models[stage].row_of(opportunity_id)
        if row is not None:
            return board.models[stage].index(row).data(role)
    raise LookupError(opportunity_id)


def test_a_card_behind_its_readiness_says_what_it_is_ready_for_and_why(board) -> None:
    # Müller: two Analytics engagements, 15 x 177 // 180 = 14 and 15 x 178 // 180 = 14: 28 is nurturing;
    # its opportunity is at interest. Nothing moved it: the user decides.
    assert stored(board, 1) == ("interest", 0)
    words = card(board, 1, Qt.ItemDataRole.AccessibleTextRole)
    assert words.endswith("Readiness 28, ready for Nurturing")
    tip = card(board, 1, Qt.ItemDataRole.ToolTipRole)
    assert "Readiness 28 of 100: Nurturing" in tip and "Moved by these signals:" in tip
    assert f"{formatting.iso_date('2026-11-21')} · Content engaged · Analytics · +14" in tip
    assert f"{formatting.iso_date('2026-11-20')} · Content engaged · Berichte live (Analytics) · +14" in tip
    # Nordlicht asked for a price: 60 x 159 // 180 = 53, marketing-qualified need by the fast lane
    words = card(board, 2, Qt.ItemDataRole.AccessibleTextRole)
    assert words.endswith("Readiness 53, ready for Marketing-qualified need")


def test_the_card_menu_moves_it_to_its_readiness_one_undo_step(board) -> None:
    menu = board.card_menu(1)
    action = next(a for a in menu.actions() if a.data() == "readiness")
    assert action.text() == "Move to Nurturing" and action.isEnabled()
    action.trigger()
    assert stored(board, 1) == ("nurturing", 0)  # one step on, ripened by content: no fast lane
    assert 1 in board.opportunity_ids("nurturing")
    assert "ready for" not in card(board, 1, Qt.ItemDataRole.AccessibleTextRole)  # there now
    assert not any(a.data() == "readiness" for a in board.card_menu(1).actions())
    board.editor.undo_stack.undo()
    assert stored(board, 1) == ("interest", 0)
    assert "ready for Nurturing" in card(board, 1, Qt.ItemDataRole.AccessibleTextRole)


def test_the_panel_explains_the_selected_card_and_moves_it_by_the_fast_lane(qtbot, board) -> None:
    board.select_opportunity(2)
    panel = board.panel
    assert "Readiness 53 of 100: Marketing-qualified need by the fast lane" in panel.card_label.text()
    assert f"{formatting.iso_date('2026-11-02')} · Price request · +53" in panel.card_label.text()
    assert panel.move_button.isVisible() and panel.move_button.text() == "Move to Marketing-qualified need"
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    assert stored(board, 2) == ("mqn", 1)  # the customer asked: the fast lane
    assert board.current_id() == 2 and 2 in board.opportunity_ids("mqn")
    assert not panel.move_button.isVisible()
    assert board.editor.undo_stack.count() == 1
    board.editor.undo_stack.undo()
    assert stored(board, 2) == ("interest", 0)


def test_the_table_lists_every_score_and_makes_an_opportunity_undoably(qtbot, board) -> None:
    model, panel = board.panel.model, board.panel
    shown = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert shown == [
        ["Nordlicht AG", "Analytics", "53", "Marketing-qualified need", "Interest"],
        ["Müller GmbH", "Analytics", "28", "Nurturing", "Interest"],
        ["Schulz KG", "Data Hub", "24", "Interest", "none yet"],  # the family Daten: 25 x 179 // 180
    ]  # fmt: skip
    tip = model.index(2, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert f"{formatting.iso_date('2026-11-22')} · Event attended · Datentag (Daten) · +24" in tip
    panel.table.selectRow(0)
    assert not panel.make_button.isEnabled()  # it has its opportunity
    panel.table.selectRow(2)
    assert panel.make_button.isEnabled()
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    # issue 21: the dialog opens prefilled (stage and kind from the readiness), one click saves it
    dialog = board.findChild(OpportunityDialog)
    assert (dialog.stage.currentData(), dialog.kind.currentData(), dialog.product.currentData()) == (
        "interest", "crosssell", 2)  # fmt: skip
    dialog.accept()
    made = board.editor.store.query("SELECT id, account_id, product_id, kind, stage, raised_by, raised_on "
                                    "FROM opportunities WHERE id > 2")  # fmt: skip
    assert made == [(3, 3, 2, "crosssell", "interest", "event_attended", "2026-11-23")]
    assert 3 in board.opportunity_ids("interest") and board.current_id() == 3
    assert "from Event attended" in card(board, 3, Qt.ItemDataRole.AccessibleTextRole)
    assert model.index(2, 4).data() == "Interest"  # the table knows its opportunity now
    board.editor.undo_stack.undo()
    assert board.editor.store.scalar("SELECT count(*) FROM opportunities") == 2
    assert model.index(2, 4).data() == "none yet"


def test_the_filter_narrows_the_table_and_a_double_click_finds_the_card(qtbot, board) -> None:
    qtbot.keyClicks(board.filter_edit, "schulz")
    assert [r.account_name for r in board.panel.model.rows] == ["Schulz KG"]
    board.filter_edit.clear()
    view = board.panel.table
    rect = view.visualRect(board.panel.model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert board.current_id() == 1
