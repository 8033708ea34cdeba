"""The QBR workspace: plan a QBR, draft its agenda, save and undo it, settle the open actions of the last one,
print preview, and the briefings of the next days into a folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

from planner.core.qbr.qbrs import Action
from planner.core.store.store import Store
from planner.ui.qbr.qbr_workspace import QbrWorkspace
from planner.ui.widgets.editing import Editor
from tests.conftest import TODAY
from tests.qbr.test_qbr import held_qbr, make_book


def workspace(qtbot, store: Store) -> QbrWorkspace:
    view = QbrWorkspace(Editor(store), today=TODAY)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def listed(view: QbrWorkspace) -> list[tuple[str, str]]:
    return [(view.table.topLevelItem(n).text(1), view.table.topLevelItem(n).text(4))
            for n in range(view.table.topLevelItemCount())]  # fmt: skip


def test_plan_draft_save_and_undo_a_qbr(qtbot, store: Store) -> None:
    make_book(store)
    view = workspace(qtbot, store)
    missing = [view.missing.topLevelItem(n).text(0) for n in range(view.missing.topLevelItemCount())]
    assert "Brandt Maschinenbau GmbH" in missing  # an A account without a QBR this quarter
    view.plan(1)
    form = view.form
    assert form.title.text().startswith("New QBR with") and form.save_button.isEnabled()
    form.draft()
    assert "Cross-selling: show the other products" in form.agenda.toPlainText()  # the play of a niche user
    assert form.agenda.toPlainText().startswith("1. Review of the quarter")
    offer = "Offer Data Hub: comparable customers spend €80,000 a year on it"
    assert offer in form.recommendations.toPlainText()
    form.customers.item(0).setCheckState(form.customers.item(0).checkState().Checked)
    assert form.save()
    assert listed(view) == [("Brandt Maschinenbau GmbH", "planned")]
    assert "Brandt Maschinenbau GmbH" not in [view.missing.topLevelItem(n).text(0)
                                              for n in range(view.missing.topLevelItemCount())]  # fmt: skip
    assert not form.save_button.isEnabled()  # saved: nothing left to save
    stack = view.editor.undo_stack
    assert stack.count() == 1 and stack.undoText().startswith("plan QBR Brandt Maschinenbau GmbH")
    stack.undo()
    assert listed(view) == [] and form.qbr is None and store.count("qbrs") == 0
    stack.redo()
    assert listed(view) == [("Brandt Maschinenbau GmbH", "planned")]


def test_open_actions_of_the_last_qbr_come_back_and_are_settled(qtbot, store: Store) -> None:
    make_book(store)
    held_qbr(store, 1, "2026-09-01", (Action("Nutzungsbericht senden", "Anna Keller", "2026-10-01"),))
    view = workspace(qtbot, store)
    view.plan(1)
    form = view.form
    assert form.carried.rowCount() == 1 and form.carried.item(0, 0).text() == "Nutzungsbericht senden"
    assert form.carried_note.text() == "1 action still open: settle it in this meeting."
    form.carried.set_status(0, "done")
    row = form.add_action()
    form.action_table.item(row, 0).setText("Workshop planen")
    assert form.save()
    assert store.query("SELECT title, status FROM qbr_actions ORDER BY id") == [
        ("Nutzungsbericht senden", "done"), ("Workshop planen", "open")]  # fmt: skip
    view.editor.undo_stack.undo()  # one step: the new QBR, its action and the settled one
    assert store.query("SELECT title, status FROM qbr_actions ORDER BY id") == [
        ("Nutzungsbericht senden", "open")
    ]


def test_print_preview_shows_the_briefing_pages(qtbot, store: Store) -> None:
    make_book(store)
    view = workspace(qtbot, store)
    view.plan(1)
    view.form.preview()
    dialog = view.form._preview
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 3)
    assert dialog.windowTitle().startswith("QBR briefing Brandt Maschinenbau GmbH")
    dialog.close()


def test_briefings_for_the_next_days_go_into_one_folder(qtbot, demo_store: Store, tmp_path: Path) -> None:
    view = workspace(qtbot, demo_store)
    task = view.write_briefings(7, tmp_path / "briefings", "a4")
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    files = sorted(p.name for p in (tmp_path / "briefings").glob("*.pdf"))
    due = [r for r in view.data.upcoming(7)] if view.data else []
    assert len(files) == len(due) == len(view.written) > 0
    assert files[0].startswith(due[0].held_on) and due[0].account[:10] in files[0]


def test_drafting_asks_before_it_replaces_what_the_user_wrote(qtbot, store: Store) -> None:
    make_book(store)
    view = workspace(qtbot, store)
    view.plan(1)
    form = view.form
    form.agenda.setPlainText("Our own agenda: the price talk first")
    asked: list[str] = []
    form.ask_draft = lambda: asked.append("asked") or None  # the user keeps what they wrote
    form.draft()
    assert asked and form.agenda.toPlainText() == "Our own agenda: the price talk first"
    form.ask_draft = lambda: "add"
    form.draft()
    agenda = form.agenda.toPlainText()
    assert agenda.startswith("Our own agenda: the price talk first\n\n1. Review of the quarter")
    form.customers.item(0).setCheckState(form.customers.item(0).checkState().Checked)
    assert form.save() and not form.save_button.isEnabled()
    form.ask_draft = lambda: "replace"
    form.draft()
    assert form.agenda.toPlainText().startswith("1. Review of the quarter")
    assert form.save_button.isEnabled()  # the replaced draft is a change to save
