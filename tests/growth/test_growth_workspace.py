"""The Growth workspace: the grid opens accounts and makes opportunities, segments save relevance, goals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from planner.ui.growth.growth_workspace import GrowthWorkspace
from planner.ui.widgets.editing import Editor
from tests.growth_support import growth_book

TODAY = date(2026, 11, 23)


def workspace(qtbot, store) -> tuple[GrowthWorkspace, Editor]:
    editor = Editor(store)
    view = GrowthWorkspace(editor, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view, editor


def test_the_grid_shows_the_most_whitespace_first_and_a_cell_makes_an_opportunity(qtbot, store) -> None:
    growth_book(store)
    view, editor = workspace(qtbot, store)
    grid = view.whitespace
    model = grid.table.model
    assert model.row_at(0).key == "T"  # €2,000 of whitespace
    analytics = model.column_of("product_3")
    assert model.data(model.index(0, analytics)) == "€2,000"
    assert "3 comparable accounts" in model.data(model.index(0, analytics), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, model.column_of("product_1"))) == "✓ €500"
    grid.table.table.setCurrentIndex(model.index(0, analytics))
    with qtbot.waitSignal(grid.account_opened) as opened:
        grid.table.opened.emit(model.row_at(0).id)
    assert opened.args == [4]
    dialog = grid.make_opportunity()  # issue 21: the dialog, prefilled with the cell's product and value
    assert (dialog.product_id(), dialog.amount_cents()) == (3, 200_000)
    assert dialog.amount_hint.text() == "proposed from the whitespace: €2,000"
    dialog.accept()
    assert store.query("SELECT account_id, product_id, value_cents FROM opportunities") == [(4, 3, 200_000)]
    editor.undo_stack.undo()
    assert store.scalar("SELECT count(*) FROM opportunities") == 0


def test_segments_as_rows(qtbot, store) -> None:
    growth_book(store)
    view, _ = workspace(qtbot, store)
    view.whitespace.set_grouping("segment")
    model = view.whitespace.table.model
    assert [model.row_at(r).name for r in range(model.rowCount())] == ["Retail", "Office"]


def test_relevant_products_are_saved_as_one_undo_step(qtbot, store) -> None:
    growth_book(store)
    view, editor = workspace(qtbot, store)
    segments = view.show_tab("segments")
    segments.segment_box.setCurrentIndex(segments.segment_box.findData("Retail"))
    segments.products.item(0).setCheckState(Qt.CheckState.Checked)  # Ads
    assert segments.store_relevance()
    assert store.query("SELECT * FROM segment_products ORDER BY 1") == [("Office", 1), ("Retail", 1)]
    assert editor.undo_stack.undoText() == "edit relevant products of Retail"
    editor.undo_stack.undo()
    assert store.query("SELECT * FROM segment_products") == [("Office", 1)]


def test_a_goal_shows_its_funnel(qtbot, store, monkeypatch) -> None:
    from planner.ui.growth.goals_form import GoalDialog

    growth_book(store)
    view, _ = workspace(qtbot, store)
    goals = view.show_tab("goals")
    assert "Set a goal" in goals.period.text()

    def fill(dialog: GoalDialog) -> int:
        dialog.target.setValue(100_000)
        dialog.deal_size.setValue(5_000)
        for field, value in (("win_rate", 25), ("sql_to_opportunity", 50), ("mql_to_sql", 40)):
            dialog.rates[field].setValue(value)
        return GoalDialog.DialogCode.Accepted

    monkeypatch.setattr(GoalDialog, "exec", fill)
    goals.new_goal()
    assert [label.text() for label in goals.levels] == ["€100,000", "20", "80", "160", "400"]
    assert "Gap €100,000" in goals.gap.text()  # no open opportunities
