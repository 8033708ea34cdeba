"""The portfolio workspace as a user drives it: forms, undo/redo, delete, bulk edit, erase, keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit

from planner.ui.portfolio.account_page import AccountPage
from planner.ui.portfolio.record_form import RecordForm
from planner.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_store) -> MainWindow:
    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.first_painted, timeout=5000):
        w.show()
    w.portfolio.confirm = lambda title, text: True  # the user answers Yes
    return w


def save_button(form: RecordForm):
    return form.buttons.button(QDialogButtonBox.StandardButton.Save)


def error(form: RecordForm, field: str) -> str:
    label = form.findChild(QLabel, f"error_{field}")
    return label.text() if label.isVisible() else ""


def type_into(qtbot, form: RecordForm, field: str, text: str) -> None:
    line = form.findChild(QLineEdit, field)
    line.selectAll()
    if text.isascii():
        qtbot.keyClicks(line, text)  # QTest types ASCII only
    else:
        line.insert(text)


def first_account(window: MainWindow):
    return window.portfolio.accounts.model.row_at(0)


def shown_revenue(window: MainWindow, account_id: int) -> int:
    model = window.portfolio.accounts.model
    return model.row_at(model.row_of(account_id)).revenue_cents


def test_edit_revenue_in_the_form_then_undo_and_redo_from_the_edit_menu(qtbot, window) -> None:
    account = first_account(window)
    form = window.portfolio.open_form("accounts", account.id)
    type_into(qtbot, form, "revenue_cents", "1,234,567.50")
    assert save_button(form).isEnabled()
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    assert shown_revenue(window, account.id) == 123_456_750
    undo = window.actions_by_name["undo"]
    assert undo.text() == f"Undo: edit {account.name} Revenue per year"
    undo.trigger()
    assert shown_revenue(window, account.id) == account.revenue_cents
    window.actions_by_name["redo"].trigger()
    assert shown_revenue(window, account.id) == 123_456_750


def test_the_form_explains_problems_in_place_and_saves_only_when_all_are_fixed(qtbot, window) -> None:
    taken = first_account(window).key
    form = window.portfolio.open_form("accounts")
    assert error(form, "name") == "Required." and not save_button(form).isEnabled()
    type_into(qtbot, form, "name", "Neue Kunde GmbH")
    type_into(qtbot, form, "key", taken.lower())
    assert error(form, "key").startswith("Already used by")
    type_into(qtbot, form, "key", "NEU-1")
    type_into(qtbot, form, "employees", "zwölf")
    assert error(form, "employees").startswith("Not a number")
    type_into(qtbot, form, "employees", "-3")
    assert error(form, "employees") == "Cannot be below zero."
    type_into(qtbot, form, "employees", "1,200")
    assert error(form, "employees") == "" and save_button(form).isEnabled()
    qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)
    page = window.portfolio.tabs.currentWidget()
    assert isinstance(page, AccountPage) and page.title.text() == "Neue Kunde GmbH"
    assert page.detail.account["employees"] == 1200


def test_contact_email_shape_and_holding_seats_are_checked(qtbot, window, demo_store) -> None:
    account = first_account(window)
    form = window.portfolio.open_form("contacts", None, {"account_id": account.id})
    type_into(qtbot, form, "name", "Jörg Weiß")
    type_into(qtbot, form, "email", "joerg.weiss@")
    assert error(form, "email").startswith("Not an e-mail address")
    type_into(qtbot, form, "email", "joerg.weiss@müller.de")
    assert save_button(form).isEnabled()
    users = demo_store.scalar("SELECT potential_users FROM accounts WHERE id = ?", (account.id,))
    holding = window.portfolio.open_form("holdings", None, {"account_id": account.id})
    type_into(qtbot, holding, "seats_in_use", str(users + 1))
    assert error(holding, "seats_in_use") == f"More than the account's {users:,} potential users."
    type_into(qtbot, holding, "renewal_date", "31/13/2026")
    assert error(holding, "renewal_date").startswith("Not a date")


def test_delete_an_account_and_undo_brings_back_its_holdings_contacts_and_touches(window, demo_store) -> None:
    counts = demo_store.counts()
    view = window.portfolio
    held = demo_store.scalar("SELECT account_id FROM holdings LIMIT 1")
    account = view.accounts.model.row_at(view.accounts.model.row_of(held))
    questions = []
    view.confirm = lambda title, text: questions.append(text) or True
    view.accounts.select_ids([account.id])
    window.actions_by_name["delete"].trigger()
    assert questions and account.name in questions[0] and "holdings" in questions[0]
    assert view.accounts.model.row_of(account.id) is None
    assert demo_store.counts() != counts
    assert window.actions_by_name["undo"].text() == f"Undo: delete {account.name}"
    window.actions_by_name["undo"].trigger()
    assert demo_store.counts() == counts
    assert view.accounts.model.row_of(account.id) is not None


def test_cancelled_delete_changes_nothing(window, demo_store) -> None:
    window.portfolio.confirm = lambda title, text: False
    window.portfolio.accounts.select_ids([first_account(window).id])
    window.actions_by_name["delete"].trigger()
    assert demo_store.count("accounts") == 300
    assert not window.actions_by_name["undo"].isEnabled()


def test_bulk_edit_of_three_accounts_is_one_undo_step(window, demo_store) -> None:
    view = window.portfolio
    ids = [view.accounts.model.row_at(r).id for r in range(3)]
    owners = demo_store.query(f"SELECT id, owner FROM accounts WHERE id IN ({','.join(map(str, ids))})")
    view.accounts.select_ids(ids)
    dialog = view.bulk_edit()
    dialog.checks["owner"].setChecked(True)
    dialog.owner.setText("Zoë Neumann")
    dialog.checks["tier_override"].setChecked(True)
    dialog.tier.setCurrentIndex(dialog.tier.findData("A"))
    dialog.save()
    assert {view.accounts.model.row_at(view.accounts.model.row_of(i)).owner for i in ids} == {"Zoë Neumann"}
    assert {view.accounts.model.row_at(view.accounts.model.row_of(i)).tier for i in ids} == {"A"}
    assert window.editor.undo_stack.count() == 1
    window.actions_by_name["undo"].trigger()
    again = demo_store.query(f"SELECT id, owner FROM accounts WHERE id IN ({','.join(map(str, ids))})")
    assert again == owners


def test_erase_a_contact_keeps_touches_and_clears_the_undo_history(window, demo_store) -> None:
    view = window.portfolio
    contact_id, name = demo_store.query(
        "SELECT c.id, c.name FROM contacts c JOIN touch_contacts tc ON tc.contact_id = c.id LIMIT 1"
    )[0]
    touches = demo_store.count("touches")
    window.editor.edit("accounts", first_account(window).id, {"owner": "Someone"})
    view.tabs.setCurrentWidget(view.contacts)
    view.contacts.select_ids([contact_id])
    assert view.erase_contact()
    assert demo_store.scalar("SELECT count(*) FROM contacts WHERE id = ?", (contact_id,)) == 0
    assert demo_store.count("touches") == touches
    assert demo_store.scalar("SELECT count(*) FROM touch_contacts WHERE contact_id = ?", (contact_id,)) == 0
    assert window.editor.undo_stack.count() == 0
    assert view.contacts.model.row_of(contact_id) is None


def test_keyboard_enter_opens_ctrl_n_new_delete_asks(qtbot, window) -> None:
    view = window.portfolio
    table = view.accounts.table
    table.setFocus()
    view.accounts.select_ids([first_account(window).id])
    qtbot.keyClick(table, Qt.Key.Key_Return)
    page = view.tabs.currentWidget()
    assert isinstance(page, AccountPage) and page.account_id == first_account(window).id
    view.tabs.setCurrentWidget(view.products)
    qtbot.keyClick(view.products.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    forms = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordForm) and w.isVisible()]
    assert [f.table for f in forms] == ["products"]
    forms[0].reject()
    asked = []
    view.confirm = lambda title, text: asked.append(title) or False
    view.tabs.setCurrentWidget(view.accounts)
    table.setFocus()
    view.accounts.select_ids([first_account(window).id])
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked == ["Delete account"]


def test_account_page_shows_key_figures_holdings_and_contacts(window, demo_store) -> None:
    account_id = demo_store.scalar(
        "SELECT account_id FROM holdings GROUP BY account_id ORDER BY count(*) DESC"
    )
    page = window.portfolio.open_account(account_id)
    held = demo_store.scalar("SELECT count(*) FROM holdings WHERE account_id = ?", (account_id,))
    assert page.holdings.model.rowCount() == held
    # the overview (moments, opportunities, whitespace) comes first since the page shows the whole account
    assert page.tabs.tabText(page.tabs.indexOf(page.holdings)) == f"Holdings ({held})"
    assert page.figures["revenue"].text().startswith("€")  # English: "€297,820"
    assert page.figures["tier"].text()[0] in "ABC"


def test_an_account_tab_shows_an_ampersand_in_the_name_as_written(window, demo_store) -> None:
    account_id = demo_store.scalar("SELECT min(id) FROM accounts")
    with demo_store.write() as conn:
        conn.execute("UPDATE accounts SET name = 'Keller & Pichler AG' WHERE id = ?", (account_id,))
    window.portfolio.open_account(account_id)
    tabs = window.portfolio.tabs
    assert tabs.tabText(tabs.currentIndex()) == "Keller && Pichler AG"  # a doubled "&" is shown as one "&"
    assert tabs.tabToolTip(tabs.currentIndex()) == "Keller & Pichler AG"


@pytest.mark.parametrize("list_name", ["products", "contacts"])
def test_lists_pass_the_model_tester(qtmodeltester, window, list_name) -> None:
    view = getattr(window.portfolio, list_name)
    qtmodeltester.check(view.model)
    view.model.sort(1, Qt.SortOrder.DescendingOrder)
    view.model.set_filter("a")
    qtmodeltester.check(view.model)
