"""Signals by hand on the screen (issue 20): the form (fields by kind, clear messages, keyboard only), the
account page's Signals tab (add, edit by double click, delete, each undone with Ctrl+Z) and Ctrl+Shift+L."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from planner.core.store.store import Store
from planner.ui.portfolio.account_page import AccountPage
from planner.ui.portfolio.signal_form import SignalDialog
from planner.ui.shell.main_window import MainWindow
from tests.portfolio.test_signals import book
from tests.portfolio.test_touch_log import keys
from tests.portfolio.test_touch_log import make_window as touch_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def account(store: Store, name: str) -> int:
    return int(store.scalar("SELECT id FROM accounts WHERE name = ?", (name,)))


def make_window(qtbot, store: Store) -> MainWindow:
    window = touch_window(qtbot, store)
    window.portfolio.confirm = lambda title, text: True  # the delete's question answered with yes
    return window


def listed(page: AccountPage) -> list[tuple[str, str, str]]:
    """(date, what happened, about) of each signal as the page's timeline shows them, top to bottom."""
    model = page.timeline.list.model
    columns = [model.column_of(k) for k in ("day", "kind", "summary")]
    return [
        tuple(model.index(r, c).data() for c in columns)  # type: ignore[misc]
        for r in range(model.rowCount())
        if not model.row_at(r).is_touch
    ]


def shown(dialog: SignalDialog, name: str) -> bool:
    return dialog.form.isRowVisible(dialog.texts[name])


def test_the_form_shows_the_fields_each_kind_needs(qtbot, store, tmp_path) -> None:
    book(store, tmp_path)
    dialog = SignalDialog(_editor(store), account_id=account(store, "Müller GmbH"), today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    # a new signal: the account chosen, no kind yet, today's date, no contact; the account's contacts to pick
    assert dialog.kind.currentIndex() == -1 and dialog.day.date().toString("yyyy-MM-dd") == "2026-11-23"
    contacts = [dialog.contact.itemText(i) for i in range(dialog.contact.count())]
    assert contacts == ["(none)", "Eva Müller · CTO", "Jan Berg"]
    assert not any(shown(dialog, n) for n in ("content", "topic", "department", "region"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("content_engaged"))
    assert (shown(dialog, "content"), shown(dialog, "topic"), shown(dialog, "department")) == (
        True,
        True,
        False,
    )
    assert dialog.content_label.text() == "Content"
    dialog.kind.setCurrentIndex(dialog.kind.findData("event_attended"))
    assert dialog.content_label.text() == "Event"  # an event names itself in the same field
    dialog.kind.setCurrentIndex(dialog.kind.findData("new_stakeholder"))
    assert (shown(dialog, "content"), shown(dialog, "department"), shown(dialog, "region")) == (
        False,
        True,
        True,
    )


def test_a_bad_signal_is_explained_and_nothing_is_stored(qtbot, store, tmp_path) -> None:
    book(store, tmp_path)
    dialog = SignalDialog(_editor(store), account_id=account(store, "Müller GmbH"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # no kind chosen
    assert dialog.isVisible() and dialog.problems.text() == "Choose what happened."
    assert dialog.kind.hasFocus() or not dialog.isActiveWindow()
    dialog.kind.setCurrentIndex(dialog.kind.findData("new_stakeholder"))
    dialog.accept()  # neither department nor region
    assert dialog.problems.text() == "A new stakeholder needs a department or a region."
    assert store.count("signals") == 0
    dialog.texts["region"].setText("APAC")
    dialog.accept()
    assert not dialog.isVisible()
    assert store.query("SELECT kind, region, source FROM signals") == [("new_stakeholder", "APAC", "hand")]


def test_ctrl_shift_l_logs_a_signal_for_the_account_in_front_keyboard_only(qtbot, store, tmp_path) -> None:
    book(store, tmp_path)
    window = make_window(qtbot, store)
    page = window.portfolio.open_account(account(store, "Müller GmbH"))
    page.setFocus()
    QTest.keyClick(keys(), Qt.Key.Key_L, CTRL | SHIFT)
    dialog = window.signal_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.account.account_id() == page.account_id  # the account in front, chosen already
    qtbot.waitUntil(dialog.kind.hasFocus)
    QTest.keyClicks(keys(), "Out")  # the first letters pick "Outage"
    assert dialog.kind.currentData() == "outage"
    for _ in range(3):  # date, contact, product
        QTest.keyClick(keys(), Qt.Key.Key_Tab)
    QTest.keyClick(keys(), Qt.Key.Key_Down)  # (none) -> Connect Basis
    QTest.keyClick(keys(), Qt.Key.Key_Down)  # -> Connect Pro
    QTest.keyClick(keys(), Qt.Key.Key_Tab)  # on to the detail (content and topic are hidden for an outage)
    assert keys() is dialog.texts["detail"]
    QTest.keyClicks(keys(), "Kein Login seit 8 Uhr")
    QTest.keyClick(keys(), Qt.Key.Key_Return)  # saves
    assert not dialog.isVisible()
    today = date.today().isoformat()
    assert store.query("SELECT account_id, occurred_on, kind, product_id, detail, source FROM signals") == [
        (page.account_id, today, "outage", 2, "Kein Login seit 8 Uhr", "hand")
    ]
    # the page shows it on its timeline at once, selected (a signal's row id there: minus its id)
    assert page.tabs.currentWidget() is page.timeline and page.timeline.list.selected_ids() == [-1]
    assert page.tabs.tabText(page.tabs.indexOf(page.timeline)) == "Timeline (1)"


def test_ctrl_shift_l_without_an_account_in_front_asks_for_it(qtbot, store, tmp_path) -> None:
    book(store, tmp_path)
    window = make_window(qtbot, store)
    window.actions_by_name["log_signal"].trigger()
    dialog = window.signal_dialog
    assert dialog is not None and dialog.account.account_id() is None
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # no account: nothing to save yet
    qtbot.waitUntil(dialog.account.hasFocus)
    QTest.keyClicks(keys(), "schmi")
    QTest.keyClick(keys(), Qt.Key.Key_Tab)  # picks Schmidt AG
    assert dialog.account.account_id() == account(store, "Schmidt AG") and save.isEnabled()


def test_the_quick_log_switches_to_a_signal_of_the_same_account(qtbot, store, tmp_path) -> None:
    book(store, tmp_path)
    window = make_window(qtbot, store)
    window.portfolio.open_account(account(store, "Müller GmbH"))
    touch = window.log_touch()
    instead = [b for b in touch.buttons.buttons() if b.text() == "Signal instead…"]
    assert len(instead) == 1
    instead[0].click()
    assert not touch.isVisible()
    dialog = window.signal_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.account.account_id() == account(store, "Müller GmbH")


def test_add_edit_delete_on_the_account_page_each_undone_with_ctrl_z(qtbot, store, tmp_path) -> None:
    book(store, tmp_path)
    window = make_window(qtbot, store)
    page = window.portfolio.open_account(account(store, "Müller GmbH"))
    page.tabs.setCurrentWidget(page.timeline)  # touches and signals: one timeline since issue 21
    buttons = page.timeline.buttons
    assert buttons["signal"].isVisible() and buttons["touch"].isVisible()
    assert not buttons["edit"].isEnabled()  # nothing chosen yet

    buttons["signal"].click()
    dialog = page.signal_dialog
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("content_engaged"))
    dialog.day.setDate(date(2026, 11, 3))
    dialog.contact.setCurrentIndex(dialog.contact.findText("Eva Müller · CTO"))
    dialog.texts["content"].setText("Whitepaper KI im Mittelstand")
    dialog.texts["topic"].setText("Datenanalyse")
    dialog.accept()
    page.log_signal()
    second = page.signal_dialog
    assert second is not None
    second.kind.setCurrentIndex(second.kind.findData("demo_request"))
    second.day.setDate(date(2026, 11, 10))
    second.accept()
    # newest first: the demo request of 10.11. above the whitepaper of 03.11.
    assert listed(page) == [
        ("10 Nov 2026", "Signal: Demo request", ""),
        ("3 Nov 2026", "Signal: Content engaged", "Whitepaper KI im Mittelstand · Datenanalyse"),
    ]

    # edit by double click: the whitepaper becomes an event
    whitepaper = int(store.scalar("SELECT id FROM signals WHERE kind = 'content_engaged'"))
    timeline = page.timeline.list
    row = timeline.model.row_of(-whitepaper)
    assert row is not None
    index = timeline.model.index(row, 0)
    timeline.table.doubleClicked.emit(index)
    edit = page.signal_dialog
    assert edit is not None and edit.signal_id == whitepaper and edit.windowTitle() == "Edit signal"
    assert edit.texts["content"].text() == "Whitepaper KI im Mittelstand"
    edit.kind.setCurrentIndex(edit.kind.findData("event_attended"))
    edit.accept()
    assert listed(page)[1][1] == "Signal: Event attended"
    undo = window.actions_by_name["undo"]
    assert undo.text() == "Undo: edit Müller GmbH · 2026-11-03 Kind"
    undo.trigger()
    assert listed(page)[1][1] == "Signal: Content engaged"

    # delete the demo request (Delete button, asked and answered), then undo brings it back
    demo = int(store.scalar("SELECT id FROM signals WHERE kind = 'demo_request'"))
    timeline.select_ids([-demo])
    assert buttons["delete"].isEnabled()
    buttons["delete"].click()
    assert [r[1] for r in listed(page)] == ["Signal: Content engaged"]
    assert page.tabs.tabText(page.tabs.indexOf(page.timeline)) == "Timeline (1)"
    undo.trigger()
    assert [r[1] for r in listed(page)] == ["Signal: Demo request", "Signal: Content engaged"]
    assert store.scalar("SELECT id FROM signals WHERE kind = 'demo_request'") == demo  # the same id

    # undo the two additions: the tab is empty again
    undo.trigger()
    undo.trigger()
    assert listed(page) == [] and store.count("signals") == 0


def test_edit_delete_key_on_the_signals_tab_deletes_the_signal_not_the_account(
    qtbot, store, tmp_path
) -> None:
    book(store, tmp_path)
    window = make_window(qtbot, store)
    page = window.portfolio.open_account(account(store, "Müller GmbH"))
    page.log_signal()
    assert page.signal_dialog is not None
    page.signal_dialog.kind.setCurrentIndex(page.signal_dialog.kind.findData("outage"))
    page.signal_dialog.accept()
    asked: list[str] = []
    window.portfolio.confirm = lambda title, text: asked.append(f"{title}: {text}") or True
    window.actions_by_name["delete"].trigger()  # Edit > Delete with the signal selected
    assert store.count("signals") == 0 and store.count("accounts") == 2
    assert asked[0].startswith(f"Delete signal: Delete Müller GmbH · {date.today().isoformat()}?")


def _editor(store: Store):
    from planner.ui.widgets.editing import Editor

    return Editor(store)
