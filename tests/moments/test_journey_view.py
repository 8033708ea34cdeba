"""The journey map and the NPS x value chart on the demo book: columns that add up, the timeline of a selected
account, a phase set by hand and undone, moments per phase, and a click on a bubble."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt

from planner.core.matrix.matrix import matrix_points
from planner.core.moments.journey import PHASES, account_phases
from planner.core.moments.nps_value import nps_value
from planner.ui.moments import journey_view
from planner.ui.moments.journey_view import JourneyView
from planner.ui.moments.nps_view import NpsValueView
from planner.ui.widgets.editing import Editor
from tests.conftest import TODAY


@pytest.fixture
def view(qtbot, demo_store) -> JourneyView:
    view = JourneyView(Editor(demo_store))
    view.today = TODAY  # the demo book is built around this day
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()  # reads the portfolio when first shown
    qtbot.waitExposed(view)
    return view


def test_the_four_columns_count_every_account_once(view, demo_store) -> None:
    counts = view.column_counts()
    assert list(counts) == list(PHASES)
    by_hand = Counter(call.phase for call in account_phases(demo_store, TODAY).values())
    # prospects and churned accounts are in no column: counted apart in the summary
    apart = by_hand["prospect"] + by_hand["churned"]
    assert sum(counts.values()) + apart == demo_store.count("accounts") == 300
    if by_hand["churned"]:
        assert "churned in no phase" in view.summary.text()
    assert counts == {phase: by_hand[phase] for phase in PHASES}
    assert all(counts.values())  # the demo book has accounts in every phase
    adoption = view.columns["adoption"]
    assert adoption.figures.text().startswith(f"{counts['adoption']} account")
    assert adoption.play.text() == "Drive usage and retention"
    potentials = [r.potential_cents for r in adoption.model.rows]
    assert potentials == sorted(potentials, reverse=True)  # the most potential first
    assert not adoption.moments.isVisible()  # no moments detected yet: no counts


def test_selecting_an_account_draws_its_timeline(view, qtbot) -> None:
    column = view.columns["growth"]
    first = column.model.rows[0]
    rect = column.list.visualRect(column.model.index(0))
    qtbot.mouseClick(column.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected == first.id
    assert view.canvas is not None and view.canvas.isVisible()
    axes = view.canvas.figure.axes
    assert len(axes) == 2  # usage above, the lanes below
    usage_lines = [line for line in axes[0].get_lines() if len(line.get_xdata()) > 2]
    assert usage_lines and max(usage_lines[0].get_ydata()) <= 1.0
    labels = [t.get_text() for t in axes[1].get_yticklabels()]
    assert labels == ["Moments", "Touches", "NPS answers", "QBRs"]
    assert "Growth" in [t.get_text() for t in axes[0].texts]  # the band's name
    assert first.name in view.timeline_title.text().replace("&amp;", "&")
    with qtbot.waitSignal(view.account_opened) as opened:
        qtbot.keyClick(column.list, Qt.Key.Key_Return)
    assert opened.args == [first.id]
    with qtbot.waitSignal(view.account_opened) as opened:
        qtbot.mouseDClick(column.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [first.id]


def test_a_phase_set_by_hand_moves_the_account_and_undo_restores_it(view, monkeypatch) -> None:
    before = view.column_counts()
    account = view.columns["adoption"].model.rows[0].id
    monkeypatch.setattr(journey_view.PhaseDialog, "ask", lambda *_: ("growth", "Rahmenvertrag verlängert"))
    menu = view.menu_for(account)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Open account", "Set phase…", "Derive phase again"]
    assert not menu.actions()[2].isEnabled()  # nothing to derive again: the phase is not set by hand
    menu.actions()[1].trigger()
    assert view.phase_of(account) == "growth"
    after = view.column_counts()
    assert (after["adoption"], after["growth"]) == (before["adoption"] - 1, before["growth"] + 1)
    row = next(r for r in view.columns["growth"].model.rows if r.id == account)
    assert row.reason == "set by hand: Rahmenvertrag verlängert" and row.overridden
    assert "1 phase" in view.summary.text()
    view.editor.undo_stack.undo()
    assert view.phase_of(account) == "adoption"
    assert view.column_counts() == before
    view.editor.undo_stack.redo()
    assert view.phase_of(account) == "growth"
    derive = view.menu_for(account).actions()[2]
    assert derive.isEnabled()
    derive.trigger()  # derive it again: back where the rules put it
    assert view.phase_of(account) == "adoption"
    assert view.editor.store.query(
        "SELECT phase_override, phase_reason FROM accounts WHERE id = ?", (account,)
    ) == [(None, None)]


def test_moments_are_counted_in_the_phase_of_their_account(view) -> None:
    growth, advocacy = view.columns["growth"].model.rows, view.columns["advocacy"].model.rows
    moment = SimpleNamespace
    moments = [
        moment(account_id=growth[0].id, rule="below_peers", value_cents=120_000, day="2026-11-20"),
        moment(account_id=growth[1].id, rule="below_peers", value_cents=80_000, day="2026-11-02"),
        moment(account_id=growth[1].id, rule="qbr_coming", value_cents=0, day="2026-11-30"),
        moment(account_id=advocacy[0].id, rule="detractor", value_cents=0, day="2026-10-01"),
    ]
    view.set_moments(moments)
    text = view.columns["growth"].moments.text()
    assert text.splitlines()[1:] == ["2 × Spend below peers", "1 × QBR coming"]
    assert text.startswith("3 moment") and "€2k at stake" in text
    assert view.columns["advocacy"].moments.text().splitlines()[1:] == ["1 × Detractors"]
    assert view.columns["enablement"].moments.text().startswith("0 moment")
    view.select_account(growth[1].id)
    lanes = view.canvas.figure.axes[1]
    assert {"Spend below peers", "QBR coming"} <= {t.get_text() for t in lanes.texts}  # flags at their day


@pytest.fixture
def nps(qtbot, demo_store) -> NpsValueView:
    view = NpsValueView(Editor(demo_store))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_nps_fields_count_the_accounts_with_answers(nps, demo_store) -> None:
    data = nps_value(matrix_points(demo_store))
    assert nps.field_counts() == data.counts()
    assert sum(nps.field_counts().values()) + data.without_nps == 300
    assert nps.field_labels["threats"].text().count(f"{data.counts()['threats']} account") == 1
    assert sorted(nps.chart.ids) == sorted(p.account_id for p in data.points)


def test_clicking_a_bubble_opens_its_account(nps, qtbot) -> None:
    nps.canvas.draw()
    chart = nps.chart
    target = next(
        p for p in nps.data.points if chart.id_at(*chart.to_display(p.revenue_cents, p.nps)) == p.account_id
    )
    assert target.name in nps.tooltip(target.account_id).replace("&amp;", "&")
    with qtbot.waitSignal(nps.account_opened) as opened:
        qtbot.mouseClick(
            nps.canvas, Qt.MouseButton.LeftButton, pos=QPoint(*nps.widget_point(target.account_id))
        )
    assert opened.args == [target.account_id]


def test_the_nps_split_moves_accounts(nps) -> None:
    before = nps.field_counts()
    nps.nps_box.setValue(100)  # only an NPS of 100 counts as the promoters' side
    after = nps.field_counts()
    assert after["strengths"] + after["opportunities"] < before["strengths"] + before["opportunities"]
    assert sum(after.values()) == sum(before.values())


def test_the_phase_dialog_offers_the_four_phases_with_the_current_one_chosen(qtbot) -> None:
    dialog = journey_view.PhaseDialog("Weber Logistik KG", "growth", "Rahmenvertrag", None)
    qtbot.addWidget(dialog)
    names = [dialog.box.itemText(n) for n in range(dialog.box.count())]
    assert names == ["Enablement", "Adoption & retention", "Growth", "Advocacy"]
    assert dialog.box.currentData() == "growth" and dialog.reason.text() == "Rahmenvertrag"
    assert "Weber Logistik KG" in dialog.windowTitle()


def test_select_first_shows_the_account_with_the_most_potential(view, demo_store) -> None:
    view.select_first()
    potentials = {p.account_id: p.potential_cents for p in matrix_points(demo_store)}
    assert potentials[view.selected] == max(potentials.values()) and view.canvas.isVisible()


def test_the_account_page_shows_the_derived_phase_and_why(qtbot, demo_store) -> None:
    from datetime import date

    from planner.core.moments.journey import current_phase
    from planner.ui.portfolio.portfolio_view import PortfolioView
    from planner.ui.widgets.journey_words import phase_name, reason_words

    portfolio = PortfolioView(Editor(demo_store))
    qtbot.addWidget(portfolio)
    account_id = demo_store.scalar("SELECT id FROM accounts WHERE phase_override IS NULL ORDER BY id LIMIT 1")
    page = portfolio.open_account(account_id)
    call = current_phase(demo_store, account_id, date.today())
    assert page.figures["phase"].text() == phase_name(call.phase)
    assert page.figures["phase"].toolTip() == reason_words(call) != ""
