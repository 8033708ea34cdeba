"""The keyboard (issue 22, part): back and forward like a browser, Ctrl+Tab out of a table, every menu
shortcut from every kind of field, and the shortcuts listed in Help (the focus: test_keyboard_focus.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from planner.core.portfolio.changes import edit
from planner.ui.matrix.quadrant_board import QUADRANTS
from planner.ui.portfolio.portfolio_view import as_account_page
from planner.ui.shell.focus_keys import install_focus_keys, menu_actions
from planner.ui.shell.main_window import MainWindow
from planner.ui.shell.nav_history import Place
from tests.portfolio.test_touch_log import keys, make_window

ALT, CTRL, SHIFT = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(keys(), key, modifiers)


def back() -> None:
    press(Qt.Key.Key_Left, ALT)


def forward() -> None:
    press(Qt.Key.Key_Right, ALT)


def window_with_keys(qtbot, store) -> MainWindow:
    install_focus_keys(QApplication.instance())  # as the app does after the first paint
    return make_window(qtbot, store)


def open_first_card(qtbot, window: MainWindow) -> int:
    """Double-click the first card of the first column of the quadrant board that has one; its account id."""
    board = window.matrix.board
    qtbot.waitUntil(lambda: any(board.models[q].rowCount() for q in QUADRANTS))
    quadrant = next(q for q in QUADRANTS if board.models[q].rowCount())
    view = board.views[quadrant]
    middle = view.visualRect(board.models[quadrant].index(0)).center()
    with qtbot.waitSignal(board.account_opened) as opened:  # QTest's double-click lacks the first click
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=middle)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    return int(opened.args[0])


def test_alt_left_and_right_go_back_and_forward_across_workspaces_tabs_and_account_pages(qtbot, demo_store):
    window = window_with_keys(qtbot, demo_store)
    history, back_action = window.history, window.actions_by_name["back"]
    assert history.here() == Place("portfolio", 0)  # the accounts list
    assert not back_action.isEnabled()  # nowhere to go back to yet
    press(Qt.Key.Key_2, CTRL)  # the Matrix, on its chart
    window.matrix.tabs.setCurrentWidget(window.matrix.board)  # its quadrant board tab
    account_id = open_first_card(qtbot, window)
    page = as_account_page(window.portfolio.tabs.currentWidget())
    assert window.front() == "portfolio" and page is not None and page.account_id == account_id
    # four places, one step each: the double-click's workspace and page together are one
    assert history.places == [
        Place("portfolio", 0), Place("matrix", 0), Place("matrix", 1),
        Place("portfolio", account_id=account_id),
    ]  # fmt: skip
    back()  # the double-click undone: the board, where it was
    assert window.front() == "matrix" and window.matrix.tabs.currentWidget() is window.matrix.board
    back()
    assert window.front() == "matrix" and window.matrix.tabs.currentIndex() == 0
    back()
    assert history.here() == Place("portfolio", 0) and not back_action.isEnabled()
    back()  # at the start: nothing happens
    assert history.here() == Place("portfolio", 0)
    for _ in range(3):
        forward()
    assert as_account_page(window.portfolio.tabs.currentWidget()) is page
    assert not window.actions_by_name["forward"].isEnabled()
    # a new way from the middle drops the old way forward, as in a browser
    back()
    press(Qt.Key.Key_5, CTRL)  # QBRs
    assert history.places[-2:] == [Place("matrix", 1), Place("qbrs")]
    assert not window.actions_by_name["forward"].isEnabled()


def test_an_account_page_closed_meanwhile_is_skipped(qtbot, demo_store) -> None:
    window = window_with_keys(qtbot, demo_store)
    press(Qt.Key.Key_2, CTRL)
    window.matrix.tabs.setCurrentWidget(window.matrix.board)
    opened = open_first_card(qtbot, window)
    press(Qt.Key.Key_6, CTRL)  # Growth
    page = as_account_page(window.portfolio.tabs.widget(3))
    assert page is not None and page.account_id == opened
    window.portfolio.tabs.tabCloseRequested.emit(3)  # the page's tab closed with its cross
    assert window.portfolio.tabs.count() == 3
    back()  # not to the page that is gone: to the board it was opened from
    assert window.front() == "matrix" and window.matrix.tabs.currentWidget() is window.matrix.board
    forward()  # over the gone page to Growth
    assert window.front() == "growth"


def test_back_and_forward_are_in_the_view_menu_with_alt_left_and_right(qtbot, demo_store) -> None:
    window = window_with_keys(qtbot, demo_store)
    back_action, forward_action = window.actions_by_name["back"], window.actions_by_name["forward"]
    assert back_action in window.view_menu.actions() and forward_action in window.view_menu.actions()
    assert QKeySequence("Alt+Left") in back_action.shortcuts()
    assert QKeySequence("Alt+Right") in forward_action.shortcuts()
    # Windows' key list for "Back" also has Backspace, which deletes rows in a table: left out
    assert QKeySequence("Backspace") not in back_action.shortcuts()
    window.view_menu.aboutToShow.emit()
    assert not back_action.isEnabled() and not forward_action.isEnabled()


def test_ctrl_tab_leaves_a_table_and_ctrl_pgdown_switches_tabs(qtbot, demo_store) -> None:
    window = window_with_keys(qtbot, demo_store)
    accounts = window.portfolio.accounts
    accounts.table.setFocus()
    accounts.table.selectRow(2)
    qtbot.waitUntil(accounts.table.hasFocus)
    press(Qt.Key.Key_Tab)  # plain Tab stays in the table: the next cell
    assert accounts.table.hasFocus()
    press(Qt.Key.Key_Tab, CTRL)
    assert not accounts.table.isAncestorOf(keys()) and keys() is not accounts.table  # out of the table
    assert window.isAncestorOf(keys())
    assert accounts.table.currentIndex().row() == 2  # the row chosen stays
    accounts.table.setFocus()
    press(Qt.Key.Key_Tab, CTRL | SHIFT)  # back out: to the filter above the rows
    assert keys() is accounts.filter_edit
    assert window.portfolio.tabs.currentWidget() is accounts  # no tab switched on the way
    press(Qt.Key.Key_Tab, CTRL)  # outside a table Ctrl+Tab switches the tab, as Qt does
    assert window.portfolio.tabs.currentWidget() is window.portfolio.products
    window.portfolio.tabs.setCurrentWidget(accounts)
    accounts.table.setFocus()
    press(Qt.Key.Key_PageDown, CTRL)  # from a table too: the next tab (not the next page of rows)
    assert window.portfolio.tabs.currentWidget() is window.portfolio.products
    press(Qt.Key.Key_PageUp, CTRL)
    assert window.portfolio.tabs.currentWidget() is accounts


class GreedyField(QObject):
    """Claims every key with Ctrl or Alt for a text field, as QLineEdit and QTextEdit do with Ctrl+E (end
    of line), Ctrl+K or Ctrl+U under the X11 key scheme of a Linux desktop (offscreen Qt: the Windows one)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        override = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if override and event.modifiers() & (CTRL | ALT):  # type: ignore[attr-defined]
            event.accept()
            return True
        return False


FIELDS = (  # (workspace, kind of field): a filter, a table, a combo box, a spin box, a form's text
    ("portfolio", QLineEdit),
    ("portfolio", QTableView),
    ("matrix", QComboBox),
    ("matrix", QAbstractSpinBox),
    ("qbrs", QPlainTextEdit),
)
TEXT_KEEPS = {"Ctrl+Z", "Ctrl+Y", "Del"}  # a text field's own undo, redo and delete (tested below)


def field(window: MainWindow, key: str, kind: type[QWidget]) -> QWidget:
    window.show_workspace(key)
    if key == "qbrs":  # a QBR in the form, so its fields can be typed in
        window.qbrs.open_qbr(int(window.store.query("SELECT MIN(id) FROM qbrs")[0][0]))
    place = window.workspaces[key]
    found = [w for w in place.findChildren(kind) if w.isVisible() and w.isEnabled()
             and w.focusPolicy() & Qt.FocusPolicy.TabFocus]  # fmt: skip
    assert found, (key, kind)
    return found[0]


def test_every_menu_shortcut_works_from_every_kind_of_field(qtbot, demo_store) -> None:
    window = window_with_keys(qtbot, demo_store)
    actions = [
        a for top in window.menuBar().actions() if isinstance(top.menu(), QMenu)
        for a in menu_actions(top.menu()) if not a.shortcut().isEmpty()
    ]  # fmt: skip
    assert {"Ctrl+E", "Ctrl+L", "Ctrl+I", "Ctrl+T", "Ctrl+N", "Alt+Left", "F1"} <= {
        a.shortcut().toString() for a in actions
    }
    fired: list[QAction] = []
    for action in actions:  # count the triggers instead of opening dialogs, switching or quitting
        action.triggered.disconnect()
        if action.objectName() == "my_accounts":  # asks who I am when ticked
            action.toggled.disconnect()
        action.triggered.connect(lambda _=False, a=action: fired.append(a))
    greedy = GreedyField()
    missed = []
    for key, kind in FIELDS:
        widget = field(window, key, kind)
        text_field = isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox)
        if text_field:
            widget.installEventFilter(greedy)
        for action in actions:
            shortcut = action.shortcut()
            if text_field and shortcut.toString() in TEXT_KEEPS:
                continue
            action.setEnabled(True)  # undo, redo, back and forward are greyed while there is nothing to do
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus)
            fired.clear()
            QTest.keyClick(widget, shortcut[0].key(), shortcut[0].keyboardModifiers())
            if fired != [action]:
                missed.append((key, kind.__name__, shortcut.toString()))
            window.tasks_dock.hide()  # My tasks (Ctrl+T) shows its dock by Qt's own connection
        widget.removeEventFilter(greedy)
    assert missed == []


def test_in_a_text_field_ctrl_z_undoes_the_typing_and_delete_deletes_a_letter(qtbot, demo_store) -> None:
    window = window_with_keys(qtbot, demo_store)
    account_id = int(demo_store.query("SELECT MIN(id) FROM accounts")[0][0])
    window.editor.push(edit(demo_store, "accounts", account_id, {"city": "Kiel"}))  # a change to the book
    steps = window.editor.undo_stack.index()
    window.portfolio.focus_filter()
    filter_edit = window.portfolio.accounts.filter_edit
    QTest.keyClicks(filter_edit, "abc")
    press(Qt.Key.Key_Z, CTRL)  # the typing goes ...
    assert filter_edit.text() == ""
    assert window.editor.undo_stack.index() == steps  # ... the book's change stays
    QTest.keyClicks(filter_edit, "ab")
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Delete)  # a letter, not the selected account
    assert filter_edit.text() == "b"
    window.portfolio.accounts.table.setFocus()
    press(Qt.Key.Key_Z, CTRL)  # in the table Ctrl+Z undoes the book's change
    assert window.editor.undo_stack.index() == steps - 1


def test_help_lists_every_menu_shortcut_and_the_keys_of_tables_and_boards(qtbot, demo_store) -> None:
    window = window_with_keys(qtbot, demo_store)
    help_menu = next(top.menu() for top in window.menuBar().actions() if top.text() == "&Help")
    assert window.actions_by_name["shortcuts"] in help_menu.actions()
    dialog = window.help.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    shown_keys = ", ".join(keys for keys, _ in rows)
    for top in window.menuBar().actions():
        for action in menu_actions(top.menu()):
            for key in action.shortcuts():  # every key of every entry, as the menu shows it
                assert key.toString(QKeySequence.SequenceFormat.NativeText) in shown_keys, action.text()
    assert ("Ctrl+E", "Export this list") in rows  # without "&" and "…"
    assert ("Ctrl+Z", "Undo") in rows  # the undo entry without what it would undo
    assert any(keys.startswith("Alt+Left") and what == "Back" for keys, what in rows)
    texts = {keys for keys, _ in rows}
    assert {"Enter", "Delete", "Ctrl+Left / Ctrl+Right", "Ctrl+F", "Ctrl+Tab / Ctrl+Shift+Tab"} <= texts
