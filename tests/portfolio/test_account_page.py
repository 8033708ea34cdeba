"""The account page shows the whole account (figures with the phase's and quadrant's reasons, open moments,
opportunities, the whitespace row, contacts with last NPS and last touch, the timeline, QBRs) and every
list there changes the book undoably: a moment dismissed, an opportunity made from a whitespace cell,
edited and deleted, each undone with the editor's undo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.ui.portfolio.account_page import AccountPage
from planner.ui.widgets.editing import Editor
from tests.account.account_book import account_book
from tests.conftest import TODAY


@pytest.fixture
def page(qtbot, store, tmp_path) -> AccountPage:
    n = account_book(store, tmp_path)
    shown = AccountPage(Editor(store), n["Müller GmbH"], today=TODAY)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    return shown


def texts(view, key: str) -> list[str]:
    model = view.model
    column = model.column_of(key)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_page_shows_every_part_of_the_account(page: AccountPage) -> None:
    figures = page.figures
    assert (figures["revenue"].text(), figures["nps"].text(), figures["potential"].text()) == (
        "€50,000",
        "0",
        "€1,000",
    )  # fmt: skip  NPS: Eva's 9 and Jan's 4, (1 - 1) / 2; potential: Insight at its list price
    assert figures["phase"].text() == "Adoption & retention"
    reasons = page.figure_row.reasons
    assert reasons["phase"].text() == "no usage data" and reasons["phase"].isVisible()  # not only a tip
    assert figures["quadrant"].text() == "not scored"
    assert reasons["quadrant"].text() == "not scored: no usage data for its products"
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Overview (2)", "Holdings (2)", "Contacts (3)", "Timeline (6)", "QBRs (2)",
                      "Profile and notes"]  # fmt: skip
    overview = page.overview
    assert texts(overview.moments, "rule") == ["Asked for it (fast lane)", "QBR coming"]
    assert texts(overview.opportunities, "product") == ["Insight", "Connect Basis"]
    assert overview.opportunities_box.title() == "Opportunities (1 open of 2)"
    assert list(zip(texts(overview.whitespace, "product"), texts(overview.whitespace, "state"),
                    texts(overview.whitespace, "value"), strict=True)) == [
        ("Connect Basis", "held", "€50,000"), ("Connect Pro", "trial", "€25,000"),
        ("Insight", "whitespace", "€1,000"),
    ]  # fmt: skip
    assert texts(page.contacts, "last_touch_on") == ["20 Nov 2026", "", "10 Nov 2026"]  # Eva, Ida, Jan
    assert texts(page.contacts, "last_nps") == ["9", "", "4"]
    assert texts(page.timeline.list, "kind") == [
        "planned: visit", "meeting", "Signal: Price request", "Signal: Content engaged", "call", "QBR"
    ]  # fmt: skip
    assert texts(page.qbrs.list, "status") == ["planned", "held"]
    assert texts(page.qbrs.actions_list, "title") == ["Reporting einrichten", "Agenda abstimmen"]


def test_a_moment_dismissed_from_the_page_and_undone(page: AccountPage) -> None:
    overview, undo = page.overview, page.editor.undo_stack
    overview.moments.select_ids([1])  # the QBR coming (the second by priority)
    assert overview.buttons["dismiss"].isEnabled()
    overview.buttons["dismiss"].click()
    dialog = overview.dialog
    assert dialog is not None
    dialog.accept()
    assert texts(overview.moments, "rule") == ["Asked for it (fast lane)"]
    assert page.tabs.tabText(0) == "Overview (1)"
    undo.undo()
    assert texts(overview.moments, "rule") == ["Asked for it (fast lane)", "QBR coming"]


def test_an_opportunity_from_the_whitespace_row_edited_deleted_each_undone(page, monkeypatch) -> None:
    overview, undo, store = page.overview, page.editor.undo_stack, page.editor.store
    overview.whitespace.select_ids([2])  # Connect Pro, in trial
    overview.buttons["offer"].click()
    dialog = overview.dialog
    assert dialog is not None and dialog.product_id() == 2
    assert dialog.amount_cents() == 2_500_000  # proposed from the whitespace: the cell's 25.000 €
    dialog.accept()
    assert texts(overview.opportunities, "product") == ["Connect Pro", "Insight", "Connect Basis"]
    made = int(store.scalar("SELECT max(id) FROM opportunities"))

    overview.edit_opportunity(made)
    edit = overview.dialog
    assert edit is not None
    edit.amount.setValue(30_000)
    edit.accept()
    assert store.scalar("SELECT value_cents FROM opportunities WHERE id = ?", (made,)) == 3_000_000
    undo.undo()
    assert store.scalar("SELECT value_cents FROM opportunities WHERE id = ?", (made,)) == 2_500_000

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    overview.opportunities.select_ids([made])
    overview.buttons["delete"].click()
    assert texts(overview.opportunities, "product") == ["Insight", "Connect Basis"]
    undo.undo()
    assert texts(overview.opportunities, "product") == ["Connect Pro", "Insight", "Connect Basis"]
    undo.undo()  # the creation
    assert texts(overview.opportunities, "product") == ["Insight", "Connect Basis"]


def test_qbrs_open_and_plan_through_the_shell(qtbot, page: AccountPage) -> None:
    qbrs = page.qbrs
    qbrs.list.select_ids([1])
    with qtbot.waitSignal(page.qbr_requested) as opened:
        qbrs.open_button.click()
    assert opened.args == [1]
    with qtbot.waitSignal(page.new_qbr_requested) as planned:
        qbrs.plan_button.click()
    assert planned.args == [page.account_id]


def test_the_moments_are_read_again_when_the_overview_comes_to_the_front(page: AccountPage) -> None:
    """The book's moments are detected only for the overview: a moment dismissed elsewhere while the
    timeline is in front is gone when the overview is shown again."""
    from planner.core.moments.moment_decisions import decide

    page.tabs.setCurrentWidget(page.timeline)
    moment = page.view.moments[1]  # the QBR coming
    page.editor.push(decide(page.editor.store, moment, "dismissed", today=TODAY))
    page.tabs.setCurrentWidget(page.overview)
    assert texts(page.overview.moments, "rule") == ["Asked for it (fast lane)"]
    assert page.tabs.tabText(0) == "Overview (1)"
