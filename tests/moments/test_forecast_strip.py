"""The forecast strip (shared by the board and the goal funnel) and the stage weights dialog: the figures a
user reads per quarter, weights changed as an undo step, German and English words."""

from __future__ import annotations

from datetime import date

from planner.core.moments.stage_weights import save_stage_weights, typed_weights
from planner.core.portfolio.changes import edit
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.forecast_strip import ForecastStrip
from planner.ui.widgets.stage_weights import StageWeightsDialog
from tests.forecast_support import TODAY, forecast_book

TYPED = {"signal": 0.1, "interest": 0.2, "nurturing": 0.1, "mqn": 0.4, "in_sales": 0.6}


def shown_strip(qtbot, store, tmp_path) -> tuple[ForecastStrip, Editor]:
    """The strip over tests/forecast_support.py's book, with the weights TYPED, shown."""
    forecast_book(store, tmp_path)
    save_stage_weights(store, TYPED)
    editor = Editor(store)
    strip = ForecastStrip(editor, today=TODAY)
    qtbot.addWidget(strip)
    strip.resize(1100, 160)
    strip.show()
    qtbot.waitExposed(strip)
    return strip, editor


def headers(strip: ForecastStrip) -> list[str]:
    grid = strip.grid
    return [grid.itemAtPosition(0, c).widget().text() for c in range(1, grid.columnCount())
            if grid.itemAtPosition(0, c) is not None]  # fmt: skip


def test_the_strip_shows_each_quarter_weighted(qtbot, store, tmp_path) -> None:
    strip, editor = shown_strip(qtbot, store, tmp_path)
    assert headers(strip) == ["Overdue", "Q1 2027", "Q2 2027", "Q3 2027", "Q4 2027", "Later", "No close date"]
    # Q1 2027: €10,000 at MQN x 40% + €5,000 in sales x 60% = €7,000; won VC-5 €7,000
    assert strip.cells["2027-Q1", "count"].text() == "2"
    assert strip.cells["2027-Q1", "open"].text() == "€15,000"
    assert strip.cells["2027-Q1", "weighted"].text() == "€7,000"
    assert strip.cells["2027-Q1", "won"].text() == "€7,000"
    assert strip.cells["overdue", "weighted"].text() == "€1,600"  # VC-4: €8,000 of interest x 20%
    assert strip.cells["undated", "open"].text() == "€4,000"  # VC-7, no close date
    assert "MQN" in strip.title.toolTip() or "Marketing-qualified need 40%" in strip.title.toolTip()
    strip.set_owner("Ben")  # Schmidt AG has nothing open in Q1, VC-3 in Q2: €20,000 x 60%
    assert strip.cells["2027-Q1", "count"].text() == "0"
    assert strip.cells["2027-Q2", "weighted"].text() == "€12,000"
    strip.set_owner(None)
    # a change of an opportunity shows at once: VC-2 (in sales, Q1) from €5,000 to €10,000
    vc2 = store.scalar("SELECT id FROM opportunities WHERE external_id = 'VC-2'")
    editor.push(edit(store, "opportunities", vc2, {"value_cents": 1_000_000}))
    assert strip.cells["2027-Q1", "weighted"].text() == "€10,000"  # €4,000 + €10,000 x 60%
    editor.undo_stack.undo()
    assert strip.cells["2027-Q1", "weighted"].text() == "€7,000"


def test_the_weights_dialog_changes_the_figure_as_one_undo_step(qtbot, store, tmp_path) -> None:
    strip, editor = shown_strip(qtbot, store, tmp_path)
    strip.weights_button.click()
    dialog = strip.dialog
    assert dialog.spins["mqn"].value() == 40
    assert dialog.sources["mqn"].text() == "typed in; history 57%"  # 4/7 by the history
    dialog.spins["mqn"].setValue(50)
    dialog.accept()
    # Q1 2027: €10,000 x 50% + €5,000 x 60% = €8,000
    assert strip.cells["2027-Q1", "weighted"].text() == "€8,000"
    assert editor.undo_stack.undoText() == "change the stage weights"
    editor.undo_stack.undo()
    assert strip.cells["2027-Q1", "weighted"].text() == "€7,000"
    assert typed_weights(store) == TYPED
    editor.undo_stack.redo()
    assert typed_weights(store)["mqn"] == 0.5


def test_reset_to_the_history(qtbot, store, tmp_path) -> None:
    strip, editor = shown_strip(qtbot, store, tmp_path)
    strip.weights_button.click()
    dialog = strip.dialog
    dialog.reset_button.click()
    # the history: signal, interest, nurturing 4/9 = 44%, MQN 4/7 = 57%, in sales 2/3 = 67%
    assert [spin.value() for spin in dialog.spins.values()] == [44, 44, 44, 57, 67]
    assert {source.text() for source in dialog.sources.values()} == {"history"}
    dialog.accept()
    assert typed_weights(store) == {}
    # Q1 2027 by the history: €10,000 x 4/7 + €5,000 x 2/3 = €9,047.62
    assert strip.cells["2027-Q1", "weighted"].text() == "€9,048"


def test_the_strip_and_the_dialog_in_german(qtbot, qapp, store, tmp_path) -> None:
    from planner.ui.widgets.i18n import install_language

    install_language(qapp, "de")
    try:
        strip, editor = shown_strip(qtbot, store, tmp_path)
        assert strip.title.text() == "Prognose"
        assert headers(strip) == ["Überfällig", "Q1 2027", "Q2 2027", "Q3 2027", "Q4 2027", "Später",
                                  "Ohne Abschlussdatum"]  # fmt: skip
        assert strip.cells["2027-Q1", "weighted"].text() == "7.000 €"
        assert strip.weights_button.text() == "&Gewichtung…"
        dialog = StageWeightsDialog(editor, strip)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Gewichtung der Reifegrade"
        assert dialog.reset_button.text() == "Auf die &Historie zurücksetzen"
        assert dialog.sources["mqn"].text() == "eingegeben; Historie 57 %"
    finally:
        install_language(qapp, "en")


def test_a_goal_shows_what_it_leaves_out_and_the_forecast_of_its_period(qtbot, store, tmp_path) -> None:
    from planner.core.growth.goals import Rates, goal_values, new_goal
    from planner.core.portfolio import changes
    from planner.ui.growth.goals_funnel import GoalsView

    forecast_book(store, tmp_path)
    save_stage_weights(store, TYPED)
    values = goal_values("H1 2027", date(2027, 1, 1), date(2027, 6, 30), 5_000_000, None,
                         Rates(None, None, None, None))  # fmt: skip
    changes.apply(store, new_goal(store, values))
    view = GoalsView(Editor(store), today=TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    # won €7,000; open inside the period: €4,000 + €15,000 + interest €8,000 x 20% = €20,600;
    # together €27,600 of €50,000 = 55%
    assert view.cover.text() == (
        "Closing inside the period: €7,000 won and €20,600 expected from the open pipeline, "
        "together 55% of the target."
    )
    assert view.left_out.text() == (
        "Opportunities without a close date: 1, worth €4,000. Not counted until they have one. "
        "Opportunities closing outside the period: 2, worth €42,000."
    )
    assert headers(view.forecast) == ["Overdue", "Q1 2027", "Q2 2027", "Later", "No close date"]
    assert view.forecast.cells["2027-Q2", "weighted"].text() == "€12,000"
    dialog = view._dialog(view.goal_box.currentData())  # the goal form offers the in-sales weight
    qtbot.addWidget(dialog)
    assert dialog.rates["win_rate"].specialValueText() == "as the stage weight (60%)"
