"""The quick log (issue 7): Ctrl+L anywhere, keyboard only, contacts involved, edits, one undo step each."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from planner.core.portfolio.touches import read_touch
from planner.core.store.store import Store
from planner.ui.portfolio.account_page import AccountPage
from planner.ui.shell.main_window import MainWindow
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.touch_dialog import TouchDialog, best_match

CTRL = Qt.KeyboardModifier.ControlModifier


def make_window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def keys() -> QWidget:
    """Where a typed key goes: the completer's popup while it is open, else the widget with the focus."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None
    return widget


def press(*keys_: Qt.Key) -> None:
    for key in keys_:
        QTest.keyClick(keys(), key)


def account_with_contacts(store: Store) -> tuple[int, str, list[tuple[int, str]]]:
    """An account with at least two contacts and a plain word of its name that finds it."""
    names = [str(r[0]) for r in store.query("SELECT name FROM accounts ORDER BY name")]
    folded = [n.casefold() for n in names]
    for account_id, name in store.query(
        "SELECT a.id, a.name FROM accounts AS a JOIN contacts AS c ON c.account_id = a.id "
        "GROUP BY a.id HAVING count(*) >= 2 ORDER BY a.name"
    ):
        for word in name.split():
            if word.isascii() and word.isalpha() and len(word) >= 5:
                fragment = word[:-1].lower()  # part of a word, in other letters' case
                if names[best_match(folded, fragment)] == name:
                    contacts = store.query("SELECT id, name FROM contacts WHERE account_id = ? ORDER BY name",
                                           (account_id,))  # fmt: skip
                    return account_id, fragment, [(int(i), str(n)) for i, n in contacts]
    raise AssertionError("no account to log a touch for")


def links(store: Store, touch_id: int) -> list[int]:
    rows = store.query("SELECT contact_id FROM touch_contacts WHERE touch_id = ? ORDER BY 1", (touch_id,))
    return [int(r[0]) for r in rows]


def touch_rows(page: AccountPage) -> list:
    """The touches on the page's timeline (which lists the signals too), top to bottom."""
    model = page.timeline.list.model
    return [e for e in (model.row_at(r) for r in range(model.rowCount())) if e.is_touch]


def test_log_a_touch_with_the_keyboard_only(qtbot, demo_store: Store) -> None:
    window = make_window(qtbot, demo_store)
    account_id, fragment, contacts = account_with_contacts(demo_store)
    before = demo_store.count("touches")
    QTest.keyClick(keys(), Qt.Key.Key_L, CTRL)
    dialog = window.touch_dialog
    assert dialog is not None and dialog.isVisible() and dialog.account_id() is None
    qtbot.waitUntil(dialog.account.hasFocus)
    QTest.keyClicks(keys(), fragment)
    press(Qt.Key.Key_Tab)  # picks the account; on to the kind
    assert dialog.account_id() == account_id and dialog.kind.hasFocus()
    assert [dialog.contacts.item(i).text().split(" · ")[0] for i in range(dialog.contacts.count())] == [
        n for _, n in contacts
    ]
    press(Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Tab)  # a meeting, today, on to the minutes
    assert dialog.minutes.hasFocus()
    QTest.keyClicks(keys(), "45")
    press(Qt.Key.Key_Tab, Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Tab)  # two contacts
    assert dialog.summary.hasFocus()
    QTest.keyClicks(keys(), "Agreed on the pilot")
    press(Qt.Key.Key_Return)

    assert not dialog.isVisible()
    touch = read_touch(demo_store, dialog.touch_id)
    assert (touch.account_id, touch.kind, touch.minutes, touch.summary) == (
        account_id, "meeting", 45, "Agreed on the pilot"
    )  # fmt: skip
    assert touch.contact_ids == tuple(sorted(i for i, _ in contacts[:2]))
    page = window.portfolio.open_account(account_id)
    row = next(r for r in touch_rows(page) if r.id == touch.id)
    assert sorted(row.contacts.split(", ")) == sorted(n for _, n in contacts[:2])
    assert row.minutes == 45

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # back in the window
    QTest.keyClick(keys(), Qt.Key.Key_Z, CTRL)  # one step takes the touch and its contact links
    assert demo_store.count("touches") == before
    assert links(demo_store, touch.id) == []
    assert touch.id not in {r.id for r in touch_rows(page)}


@pytest.mark.parametrize("popup", [True, False], ids=["keys-to-the-popup", "keys-to-the-field"])
def test_enter_on_a_fragment_picks_the_account_and_enter_again_saves(qtbot, demo_store: Store, popup) -> None:
    account_id, fragment, _ = account_with_contacts(demo_store)
    dialog = TouchDialog(Editor(demo_store))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.account.hasFocus)
    target = keys if popup else (lambda: dialog.account)
    QTest.keyClicks(target(), fragment)
    assert dialog.account.completer().popup().isVisible()  # the names that contain it
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    QTest.keyClick(target(), Qt.Key.Key_Return)
    assert dialog.account_id() == account_id and dialog.isVisible()
    assert not dialog.account.completer().popup().isVisible()
    QTest.keyClick(target(), Qt.Key.Key_Return)
    assert not dialog.isVisible() and read_touch(demo_store, dialog.touch_id).account_id == account_id


def test_enter_in_a_field_does_not_save_without_an_account(qtbot, demo_store: Store) -> None:
    dialog = TouchDialog(Editor(demo_store))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.account, "zzzz no such account")
    qtbot.keyClick(dialog.account, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.summary, "lost")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.touch_id is None
    assert not dialog.contacts.isEnabled()


def test_the_contacts_follow_the_account(qtbot, demo_store: Store) -> None:
    account_id, _, contacts = account_with_contacts(demo_store)
    dialog = TouchDialog(Editor(demo_store), account_id=account_id)
    qtbot.addWidget(dialog)
    assert dialog.contacts.count() == len(contacts)
    dialog.set_contact_ids([contacts[0][0]])
    assert dialog.contact_ids() == [contacts[0][0]]
    other = dialog.account.findData(account_id) + 1
    dialog.account.setCurrentIndex(other)
    expected = demo_store.scalar("SELECT count(*) FROM contacts WHERE account_id = ?",
                                 (dialog.account.itemData(other),))  # fmt: skip
    assert dialog.contact_ids() == []
    assert dialog.contacts.count() == max(expected, 1)


def test_ctrl_l_on_an_account_page_logs_for_that_account_and_the_page_shows_it_at_once(
    qtbot, demo_store: Store
) -> None:
    window = make_window(qtbot, demo_store)
    account_id, _, _ = account_with_contacts(demo_store)
    page = window.portfolio.open_account(account_id)
    page.tabs.setCurrentWidget(page.timeline)  # touches and signals: one timeline since issue 21
    shown = page.timeline.list.model.rowCount()
    page.setFocus()
    QTest.keyClick(keys(), Qt.Key.Key_L, CTRL)
    dialog = window.touch_dialog
    assert dialog is not None and dialog.account_id() == account_id
    qtbot.waitUntil(dialog.kind.hasFocus)  # the account is chosen: on to what kind of touch
    qtbot.keyClicks(dialog.summary, "Quick call")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert page.timeline.list.model.rowCount() == shown + 1
    assert page.tabs.tabText(page.tabs.indexOf(page.timeline)).endswith(f"({shown + 1})")
    assert dialog.touch_id in {r.id for r in touch_rows(page)}


def test_log_and_edit_from_the_touches_tab_and_undo_the_edit(qtbot, demo_store: Store) -> None:
    editor = Editor(demo_store)
    account_id, _, contacts = account_with_contacts(demo_store)
    page = AccountPage(editor, account_id)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.timeline)  # touches and signals: one timeline since issue 21
    buttons = page.timeline.buttons
    assert buttons["touch"].isVisible() and buttons["signal"].isVisible()
    assert not buttons["edit"].isEnabled()
    buttons["touch"].click()
    dialog = page.touch_dialog
    assert dialog is not None and dialog.account_id() == account_id
    dialog.summary.setText("Demo of the reporting module")
    dialog.next_step.setText("Send the offer")
    dialog.set_contact_ids([contacts[0][0], contacts[1][0]])
    dialog.accept()
    touch_id = dialog.touch_id
    timeline = page.timeline.list
    assert timeline.selected_ids() == [touch_id] and buttons["edit"].isEnabled()
    original = read_touch(demo_store, touch_id)
    assert original.next_step_due is not None  # a next step gets a due date (a week on)

    row = timeline.model.row_of(touch_id)
    rect = timeline.table.visualRect(timeline.model.index(row, 0))
    qtbot.mouseClick(timeline.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(timeline.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    edit = page.touch_dialog
    assert edit is not dialog and edit.windowTitle() == "Edit touch"
    assert (edit.summary.text(), edit.contact_ids(), edit.has_due.isChecked()) == (
        "Demo of the reporting module", [contacts[0][0], contacts[1][0]], True
    )  # fmt: skip
    edit.summary.setText("Demo, and the price")
    edit.set_contact_ids([contacts[1][0]])
    steps = editor.undo_stack.count()
    edit.accept()
    assert editor.undo_stack.count() == steps + 1
    changed = read_touch(demo_store, touch_id)
    assert (changed.summary, changed.contact_ids) == ("Demo, and the price", (contacts[1][0],))
    assert next(r for r in touch_rows(page) if r.id == touch_id).summary == "Demo, and the price"

    editor.undo_stack.undo()
    assert read_touch(demo_store, touch_id) == original
    assert next(r for r in touch_rows(page) if r.id == touch_id).summary == "Demo of the reporting module"
    timeline.select_ids([touch_id])
    with qtbot.waitSignal(page.delete_requested) as asked:  # the portfolio asks, then deletes undoably
        buttons["delete"].click()
    assert asked.args == ["touches", [touch_id]]


def test_an_unchanged_edit_is_no_step(qtbot, demo_store: Store) -> None:
    editor = Editor(demo_store)
    touch_id = int(demo_store.scalar("SELECT min(id) FROM touches"))
    dialog = TouchDialog(editor, touch_id=touch_id)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert editor.undo_stack.count() == 0 and dialog.touch_id == touch_id


def test_best_match_prefers_the_start_of_a_name() -> None:
    names = ["alpha steel", "beta alpine", "gamma", "omega alp"]
    assert best_match(names, "Alp") == 0
    assert best_match(names, "alpi") == 1
    assert best_match(names, "mma") == 2
    assert best_match(names, "GAMMA") == 2
    assert best_match(names, "zzz") == -1
    assert best_match(names, "  ") == -1


def test_a_touch_logged_by_keyboard_leaves_the_neglect_list(qtbot, demo_store: Store) -> None:
    window = make_window(qtbot, demo_store)
    # Coverage looks from today, the day the touch is logged on: a touch after the day it looks from is
    # a planned one, which does not take an account off the list.
    window.coverage.today = date.today()
    window.show_workspace("coverage")
    neglected = window.coverage.neglect_table.items()
    target = next(n for n in neglected if n.last_touch is not None)  # past its cadence
    names = [str(r[0]).casefold() for r in demo_store.query("SELECT name FROM accounts ORDER BY name")]
    fragment = next(w.lower() for w in target.name.split() if names[best_match(names, w.lower())] ==
                    target.name.casefold())  # fmt: skip
    QTest.keyClick(keys(), Qt.Key.Key_L, CTRL)
    dialog = window.touch_dialog
    qtbot.waitUntil(dialog.account.hasFocus)
    QTest.keyClicks(keys(), fragment)
    press(Qt.Key.Key_Tab)
    assert dialog.account_id() == target.account_id  # a call, today (after the book's day): Enter saves
    press(Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab)  # kind, date, minutes, contacts
    QTest.keyClicks(keys(), "Called back")
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert read_touch(demo_store, dialog.touch_id).summary == "Called back"
    after = window.coverage.neglect_table.items()
    assert target.account_id not in {n.account_id for n in after}
    assert len(after) == len(neglected) - 1
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    QTest.keyClick(keys(), Qt.Key.Key_Z, CTRL)
    assert target.account_id in {n.account_id for n in window.coverage.neglect_table.items()}
