"""The opportunity dialog, the board's new/edit/delete and its list (issue 21), on a book imported from files:
create (amount proposed from the whitespace), edit and delete, each one undo step that undo and redo restore
exactly; an open opportunity of the same account and product is offered instead of a second; what is wrong
is said; the card and the list show the close date, a passed one in the warning colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from planner.core.moments.opportunities import STAGES
from planner.core.moments.opportunity_records import save_opportunity
from planner.ui.moments.opportunity_board import OpportunityBoard
from planner.ui.moments.opportunity_cards import OVERDUE_ROLE, ROW_ROLE
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.opportunity_dialog import WARNING, OpportunityDialog, confirm_delete_opportunity
from tests.importing_support import dump
from tests.moments.opportunity_book import ANALYTICS, MUELLER, NORDLICHT, TODAY, opportunity_book


@pytest.fixture
def editor(store, tmp_path) -> Editor:
    return Editor(opportunity_book(store, tmp_path))


def dialog_for(qtbot, editor: Editor, **kwargs) -> OpportunityDialog:
    dialog = OpportunityDialog(editor, None, today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def stored(editor: Editor, opportunity_id: int) -> tuple:
    return editor.store.query(
        "SELECT account_id, product_id, kind, stage, value_cents, close_on, next_step, next_step_due, notes, "
        "raised_on FROM opportunities WHERE id = ?",
        (opportunity_id,),
    )[0]


def undo_and_redo_restore(editor: Editor, before: dict, after: dict) -> None:
    """The change was one undo step; undo brings back every row as it was, redo as it became."""
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert dump(editor.store) == before
    editor.undo_stack.redo()
    assert dump(editor.store) == after


def test_create_with_the_amount_proposed_from_the_whitespace_one_undo_step(qtbot, editor) -> None:
    before = dump(editor.store)
    dialog = dialog_for(qtbot, editor)
    assert dialog.windowTitle() == "New opportunity"
    assert not dialog.save_button.isEnabled() and dialog.message.text() == "Choose an account"
    assert dialog.close_on.date() == QDate(2026, 12, 31)  # the end of the current quarter
    assert dialog.close_on.displayFormat().count("y") == 4
    dialog.account_box.setCurrentIndex(dialog.account_box.findData(MUELLER))
    dialog.product.setCurrentIndex(dialog.product.findData(ANALYTICS))
    # Müller's peers (Industrie, 50-249 employees) pay €10,000, €12,000, €20,000 for Analytics: median 12,000
    assert dialog.amount_cents() == 1_200_000
    assert dialog.amount_hint.text() == "proposed from the whitespace: €12,000"
    assert dialog.kind.currentData() == "crosssell" and dialog.save_button.isEnabled()
    dialog.stage.setCurrentIndex(dialog.stage.findData("interest"))
    dialog.next_step.setText("Angebot schicken")
    dialog.has_due.setChecked(True)
    dialog.due.setDate(QDate(2026, 12, 4))
    dialog.notes.setPlainText("Berichte für den Vertrieb")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    made = saved.args[0]
    assert stored(editor, made) == (
        MUELLER,
        ANALYTICS,
        "crosssell",
        "interest",
        1_200_000,
        "2026-12-31",
        "Angebot schicken",
        "2026-12-04",
        "Berichte für den Vertrieb",
        "2026-11-23",
    )
    after = dump(editor.store)
    assert editor.undo_stack.undoText() == "new opportunity Müller GmbH · Analytics"
    undo_and_redo_restore(editor, before, after)


def test_a_typed_amount_stays_when_the_product_changes(qtbot, editor) -> None:
    dialog = dialog_for(qtbot, editor, account_id=MUELLER)
    dialog.amount.setValue(5000.0)
    dialog.product.setCurrentIndex(dialog.product.findData(ANALYTICS))
    assert dialog.amount_cents() == 500_000 and dialog.amount_hint.isHidden()


def test_edit_in_one_undo_step_that_undo_and_redo_restore(qtbot, editor) -> None:
    before = dump(editor.store)
    dialog = dialog_for(qtbot, editor, opportunity_id=1)
    assert dialog.windowTitle() == "Edit opportunity"
    assert (dialog.product_id(), dialog.stage.currentData(), dialog.amount_cents()) == (
        ANALYTICS,
        "mqn",
        800_000,
    )
    assert dialog.close_on.date() == QDate(2027, 3, 31) and dialog.duplicate_frame.isHidden()
    dialog.amount.setValue(9500.0)
    dialog.stage.setCurrentIndex(dialog.stage.findData("in_sales"))
    dialog.next_step.setText("Vertrag prüfen")
    dialog.accept()
    assert stored(editor, 1)[3:7] == ("in_sales", 950_000, "2027-03-31", "Vertrag prüfen")
    undo_and_redo_restore(editor, before, dump(editor.store))


def test_an_open_one_of_the_same_product_is_offered_instead_of_a_second(qtbot, editor) -> None:
    dialog = dialog_for(qtbot, editor, account_id=NORDLICHT)
    dialog.product.setCurrentIndex(dialog.product.findData(ANALYTICS))
    assert dialog.duplicate_frame.isVisible() and not dialog.save_button.isEnabled()
    assert dialog.duplicate_label.text() == (
        "Nordlicht AG already has an open opportunity for Analytics (Marketing-qualified need, €8,000)"
    )
    dialog.stage.setCurrentIndex(dialog.stage.findData("lost"))  # a lost one would be no duplicate
    assert dialog.save_button.isEnabled()
    dialog.stage.setCurrentIndex(dialog.stage.findData("signal"))
    qtbot.mouseClick(dialog.instead_button, Qt.MouseButton.LeftButton)
    assert dialog.opportunity_id == 1 and dialog.windowTitle() == "Edit opportunity"
    assert dialog.amount_cents() == 800_000 and dialog.stage.currentData() == "mqn"
    assert dialog.duplicate_frame.isHidden() and dialog.save_button.isEnabled()
    dialog.notes.setPlainText("Preis angefragt")
    dialog.accept()
    assert editor.store.count("opportunities") == 1
    assert stored(editor, 1)[8] == "Preis angefragt"


def test_escape_cancels_and_nothing_is_stored(qtbot, editor) -> None:
    before = dump(editor.store)
    dialog = dialog_for(qtbot, editor, account_id=MUELLER, product_id=ANALYTICS)
    assert dialog.amount_cents() == 1_200_000
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dump(editor.store) == before and editor.undo_stack.count() == 0


@pytest.fixture
def board(qtbot, editor) -> OpportunityBoard:
    board = OpportunityBoard(editor, today=TODAY)
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    qtbot.waitExposed(board)
    return board


def test_the_board_makes_edits_and_deletes_each_one_undo_step(qtbot, board, monkeypatch) -> None:
    editor = board.editor
    qtbot.mouseClick(board.new_button, Qt.MouseButton.LeftButton)
    dialog = board.findChild(OpportunityDialog)
    dialog.account_box.setCurrentIndex(dialog.account_box.findData(MUELLER))
    dialog.product.setCurrentIndex(dialog.product.findData(ANALYTICS))
    dialog.close_on.setDate(QDate(2026, 10, 30))  # already passed on 23.11.2026
    dialog.accept()
    made = editor.store.scalar("SELECT max(id) FROM opportunities")
    assert made in board.opportunity_ids("signal") and board.current_id() == made
    index = board.models["signal"].index(board.models["signal"].row_of(made))
    assert index.data(OVERDUE_ROLE) is True
    passed = f"close date passed: {formatting.iso_date('2026-10-30')}"
    assert passed in index.data(Qt.ItemDataRole.AccessibleTextRole)
    menu = board.card_menu(made)
    assert [a.text() for a in menu.actions() if a.text()][:2] == ["&Edit…", "Open account"]
    assert next(a for a in menu.actions() if a.data() == "delete").isEnabled()
    before = dump(editor.store)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view = board.views["signal"]
    board.select_opportunity(made)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert made not in board.opportunity_ids("signal") and editor.store.count("opportunities") == 1
    assert editor.undo_stack.undoText() == "delete Müller GmbH · Analytics"
    editor.undo_stack.undo()
    assert dump(editor.store) == before and made in board.opportunity_ids("signal")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not confirm_delete_opportunity(editor, board, made)  # "No" keeps it
    assert dump(editor.store) == before


def test_the_list_sorts_shows_passed_close_dates_and_edits(qtbot, board) -> None:
    editor = board.editor
    # the book has VC-1 (Nordlicht, closes 31.03.2027); add an open one whose close date, 1.10.2026, passed
    editor.push(
        save_opportunity(
            editor.store,
            {"account_id": MUELLER, "product_id": ANALYTICS, "close_on": "2026-10-01", "value_cents": 100},
            today=TODAY,
        )
    )
    qtbot.mouseClick(board.list_button, Qt.MouseButton.LeftButton)
    assert board.stack.currentWidget() is board.listing
    listing = board.listing
    assert listing.ids() == [2, 1]  # by expected close
    model = listing.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Account",
        "Product",
        "Kind",
        "Stage",
        "Amount",
        "Expected close",
        "Next step",
        "Due",
        "Owner",
    ]
    close = model.column_of("close_on")
    assert model.index(0, close).data(Qt.ItemDataRole.ForegroundRole).color() == QColor(WARNING)
    assert model.index(1, close).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, model.column_of("owner")).data() == "Ben"
    listing.table.table.selectRow(1)
    listing.table.table.setFocus()
    qtbot.keyClick(listing.table.table, Qt.Key.Key_Return)
    dialog = next(d for d in board.findChildren(OpportunityDialog) if d.isVisible())
    assert dialog.opportunity_id == 1
    dialog.reject()
    board.filter_edit.setText("müller")  # the board's filters narrow the list too
    assert listing.ids() == [2]
    qtbot.mouseClick(board.board_button, Qt.MouseButton.LeftButton)
    assert board.stack.currentWidget() is board.splitter


def test_cards_show_the_close_date(board) -> None:
    index = board.models["mqn"].index(0)
    assert index.data(ROW_ROLE).close_on == "2027-03-31" and index.data(OVERDUE_ROLE) is False
    assert f"closes {formatting.iso_date('2027-03-31')}" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert [len(board.opportunity_ids(s)) for s in STAGES] == [0, 0, 0, 1, 0, 0, 0]


def test_a_held_product_proposes_what_the_account_pays_for_it(qtbot, editor) -> None:
    """A renewal of CRM Cloud: Müller pays 30,000 € a year for it (Verträge.csv), so that is the amount."""
    from tests.moments.opportunity_book import CRM

    dialog = dialog_for(qtbot, editor, account_id=MUELLER)
    dialog.product.setCurrentIndex(dialog.product.findData(CRM))
    assert dialog.amount_cents() == 3_000_000
    assert dialog.amount_hint.text() == "proposed from what the account pays for it a year: €30,000"
