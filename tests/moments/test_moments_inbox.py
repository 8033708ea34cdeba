"""The moments inbox on the demo book: sorted by priority, filtered, and every action as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from planner.core.moments.moment_decisions import FIRST_STAGE
from planner.ui.moments.moments_inbox import MomentsInbox
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.moment_labels import rule_label, stage_label
from planner.ui.widgets.opportunity_dialog import OpportunityDialog
from tests.conftest import TODAY


@pytest.fixture
def inbox(qtbot, demo_store) -> MomentsInbox:
    view = MomentsInbox(Editor(demo_store), today=TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    return view


def shown(inbox: MomentsInbox) -> list:
    return [inbox.model.row_at(r) for r in range(inbox.model.rowCount())]


def select(inbox: MomentsInbox, rule: str) -> object:
    row = next(r for r, m in enumerate(shown(inbox)) if m.rule == rule)
    inbox.table.selectRow(row)
    return inbox.current()


def test_moments_by_priority_with_held_back_ones_last(inbox: MomentsInbox) -> None:
    moments = shown(inbox)
    assert len(moments) == len(inbox.detection.moments) > 100
    free = [m for m in moments if m.held_back_by is None]
    assert [m.priority for m in free] == sorted((m.priority for m in free), reverse=True)
    first_held = next(i for i, m in enumerate(moments) if m.held_back_by)
    assert all(m.held_back_by for m in moments[first_held:])
    assert inbox.count_label.text().startswith(f"{len(moments):,} of {len(moments):,} moments")


def test_filter_by_rule_tier_and_held_back(inbox: MomentsInbox) -> None:
    inbox.rule_box.setCurrentIndex(inbox.rule_box.findData("renewal_coming"))
    assert {m.rule for m in shown(inbox)} == {"renewal_coming"}
    inbox.rule_box.setCurrentIndex(0)
    inbox.tier_box.setCurrentIndex(inbox.tier_box.findData("A"))
    assert {m.tier for m in shown(inbox)} == {"A"}
    inbox.tier_box.setCurrentIndex(0)
    inbox.held_box.setChecked(False)
    assert shown(inbox) and not any(m.held_back_by for m in shown(inbox))
    inbox.search.setText(shown(inbox)[0].account)
    assert {m.account for m in shown(inbox)} == {inbox.search.text()}


def test_the_detail_says_why_and_what_to_do(inbox: MomentsInbox) -> None:
    moment = select(inbox, "renewal_coming")
    assert moment.account in inbox.title_label.text()
    assert "renew on" in inbox.evidence_label.text()
    assert inbox.play_label.text().startswith("Play: Repeat: secure the renewal")


def test_dismiss_with_a_reason_and_undo(qtbot, inbox: MomentsInbox) -> None:
    moment = select(inbox, "below_peers")
    dialog = inbox.dismiss()
    dialog.reason.setEditText("Customer said no for now")
    dialog.accept()
    assert moment.ident not in {m.ident for m in shown(inbox)}
    assert [(m.ident, d.reason) for m, d in inbox.detection.hidden] == [
        (moment.ident, "Customer said no for now")
    ]
    assert inbox.editor.undo_stack.undoText().startswith("dismiss moment")
    inbox.editor.undo_stack.undo()
    assert moment.ident in {m.ident for m in shown(inbox)}


def test_snooze_until_a_day(inbox: MomentsInbox) -> None:
    moment = select(inbox, "one_region")
    dialog = inbox.snooze()
    dialog.until.setDate(QDate(2026, 12, 24))
    dialog.accept()
    hidden = {m.ident: d for m, d in inbox.detection.hidden}
    assert hidden[moment.ident].decision == "snoozed" and hidden[moment.ident].until == "2026-12-24"


def test_make_an_opportunity(inbox: MomentsInbox) -> None:
    store = inbox.editor.store
    before = store.count("opportunities")
    row = next(r for r, m in enumerate(shown(inbox))
               if m.product_id is not None and not inbox.open_opportunity(m))  # fmt: skip
    inbox.table.selectRow(row)
    moment = inbox.current()
    assert inbox.buttons["opportunity"].text() == "Create an opportunity"
    assert not inbox.opportunity_label.isVisible()
    inbox.moment_actions["opportunity"].trigger()
    dialog = inbox.findChild(OpportunityDialog)  # issue 21: a dialog, prefilled from the moment
    assert dialog.product_id() == moment.product_id and dialog.amount_cents() == moment.value_cents
    assert dialog.stage.currentData() == FIRST_STAGE.get(moment.rule, "signal")
    assert dialog.notes.toPlainText().startswith(rule_label(moment.rule) + ": ")
    dialog.accept()
    assert store.count("opportunities") == before + 1
    assert store.query("SELECT raised_by, value_cents FROM opportunities ORDER BY id DESC LIMIT 1") == [
        (moment.rule, moment.value_cents)
    ]
    assert moment.ident not in {m.ident for m in shown(inbox)}
    inbox.editor.undo_stack.undo()
    assert store.count("opportunities") == before
    assert moment.ident in {m.ident for m in shown(inbox)}


def test_a_moment_with_an_open_opportunity_says_so_and_opens_that_one(inbox: MomentsInbox) -> None:
    store = inbox.editor.store
    before = store.count("opportunities")
    moment = select(inbox, "fast_lane")  # the demo's customers who asked have their opportunity already
    existing = inbox.open_opportunity(moment)
    assert store.query("SELECT account_id, product_id FROM opportunities WHERE id = ?", (existing.id,)) == [
        (moment.account_id, moment.product_id)
    ]
    words = f"Open opportunity: {stage_label(existing.stage)}, {formatting.money(existing.value_cents)}"
    assert inbox.opportunity_label.text() == words
    column = inbox.model.column_of("opportunity")
    row = inbox.table.currentIndex().row()
    assert inbox.model.index(row, column).data() == words.removeprefix("Open opportunity: ")
    assert inbox.buttons["opportunity"].text() == "Open the opportunity…"
    inbox.moment_actions["opportunity"].trigger()
    dialog = inbox.findChild(OpportunityDialog)
    assert dialog.opportunity_id == existing.id and dialog.windowTitle() == "Edit opportunity"
    dialog.next_step.setText("Send the offer")
    dialog.accept()
    assert store.count("opportunities") == before  # no second one
    assert (
        store.scalar("SELECT next_step FROM opportunities WHERE id = ?", (existing.id,)) == "Send the offer"
    )
    assert moment.ident not in {m.ident for m in shown(inbox)}  # linked to it: out of the inbox
    inbox.editor.undo_stack.undo()  # one step: the edit and the link
    assert store.scalar("SELECT next_step FROM opportunities WHERE id = ?", (existing.id,)) is None
    assert moment.ident in {m.ident for m in shown(inbox)}


def test_logging_a_touch_answers_a_neglected_account(inbox: MomentsInbox) -> None:
    moment = select(inbox, "not_touched")
    dialog = inbox.log_touch()
    assert dialog.account.currentText() == moment.account
    dialog.summary.setText("Called the CFO")
    dialog.accept()
    assert dialog.touch_id is not None
    overdue = {m.account_id for m in shown(inbox) if m.rule == "not_touched"}
    assert moment.account_id not in overdue
    inbox.editor.undo_stack.undo()
    assert moment.account_id in {m.account_id for m in shown(inbox) if m.rule == "not_touched"}


def test_enter_opens_the_account(qtbot, inbox: MomentsInbox) -> None:
    moment = select(inbox, "detractor")
    with qtbot.waitSignal(inbox.account_opened) as opened:
        inbox.moment_actions["open"].trigger()
    assert opened.args == [moment.account_id]


def test_limits_change_which_moments_fire(inbox: MomentsInbox) -> None:
    renewals = [m for m in shown(inbox) if m.rule == "renewal_coming"]
    dialog = inbox.edit_limits()
    assert dialog.boxes["renewal_days"].value() == 90
    assert dialog.boxes["penetration_max"].value() == 10  # shares in per cent
    dialog.boxes["renewal_days"].setValue(30)
    dialog.accept()
    fewer = [m for m in shown(inbox) if m.rule == "renewal_coming"]
    assert 0 < len(fewer) < len(renewals) and all(m.evidence["days"] <= 30 for m in fewer)
    again = inbox.edit_limits()
    assert again.boxes["renewal_days"].value() == 30
    again.restore_defaults()
    again.accept()
    assert len([m for m in shown(inbox) if m.rule == "renewal_coming"]) == len(renewals)
