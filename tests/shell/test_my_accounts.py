"""“Only my accounts”: with “I am” set in the Preferences, one click shows every workspace for the user's own
accounts (lists, matrix, board, coverage figures, QBRs and their batch briefings), says so in the status bar,
and is kept for the next start."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialog

from planner.core.portfolio.changes import apply
from planner.core.qbr.qbr_calendar import due_within
from planner.core.qbr.qbrs import new_qbr, save_qbr
from planner.core.store.store import Store
from planner.ui.shell.main_window import MainWindow
from planner.ui.widgets.settings import ME, MINE_ONLY, Settings
from tests.importing_support import import_file, write_csv

TODAY = date.today()  # the windows plan and list by the real day


def book(store: Store, tmp_path: Path) -> Store:
    """Three accounts as the CRM exports them: two of Anna Berg (one written in other case), one of Ben Kurz;
    a contact each; a planned QBR for one of Anna's and for Ben's."""
    accounts = [["Kundennummer", "Firma", "Umsatz", "Betreuer"],
                ["K-1", "Müller GmbH", "50.000", "Anna Berg"], ["K-2", "Schmidt AG", "20.000", "anna berg "],
                ["K-3", "Bauer KG", "30.000", "Ben Kurz"]]  # fmt: skip
    import_file(store, write_csv(tmp_path / "Kunden.csv", accounts))
    contacts = [["Kundennummer", "Name", "E-Mail"], ["K-1", "Eva Roth", "eva@mueller.de"],
                ["K-2", "Jan Weiß", "jan@schmidt.de"], ["K-3", "Uwe Lang", "uwe@bauer.de"]]  # fmt: skip
    import_file(store, write_csv(tmp_path / "Kontakte.csv", contacts))
    ids = dict(store.query("SELECT key, id FROM accounts"))
    for key in ("K-1", "K-3"):
        apply(store, save_qbr(store, new_qbr(store, ids[key], TODAY + timedelta(days=8)), today=TODAY))
    return store


def window_for(qtbot, store: Store, settings: Settings) -> MainWindow:
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    return window


def test_one_click_shows_my_accounts_everywhere_and_is_kept(qtbot, store: Store, tmp_path: Path) -> None:
    book(store, tmp_path)
    settings = Settings.memory()
    settings.set(ME, "Anna Berg")
    window = window_for(qtbot, store, settings)
    accounts, contacts = window.portfolio.accounts, window.portfolio.contacts
    assert accounts.model.rowCount() == 3 and not window.my_accounts.note.isVisible()

    window.actions_by_name["my_accounts"].trigger()

    # Müller and Schmidt are Anna's (the owner column's case and spaces do not matter), Bauer is Ben's
    assert sorted(accounts.model.row_at(r).name for r in range(accounts.model.rowCount())) == [
        "Müller GmbH",
        "Schmidt AG",
    ]
    assert accounts.count_label.text() == "2 of 3 accounts"
    assert window.my_accounts.note.text() == "Only my accounts: Anna Berg"
    window.portfolio.tabs.setCurrentWidget(contacts)
    assert sorted(contacts.model.row_at(r).name for r in range(contacts.model.rowCount())) == [
        "Eva Roth",
        "Jan Weiß",
    ]
    window.show_workspace("matrix")  # built after the click: it gets the owner when built
    owners = window.matrix.matrix.filters["owner"]
    assert owners.currentText() == "Anna Berg" and owners.count() == 3  # all owners, Anna Berg, Ben Kurz
    assert {p.name for p in window.matrix.matrix.points if window.matrix.matrix.passes(p)} == {
        "Müller GmbH",
        "Schmidt AG",
    }
    window.show_workspace("coverage")
    # every coverage figure of Anna's two accounts: Müller and Schmidt (Bauer is not hers)
    assert sum(t.accounts for t in window.coverage.data.tiers) == 2
    window.show_workspace("qbrs")
    assert [r.account for r in window.qbrs.rows()] == ["Müller GmbH"]
    assert due_within(store, TODAY, 30, "Anna Berg") == [window.qbrs.rows()[0].qbr_id]
    assert len(due_within(store, TODAY, 30)) == 2

    assert settings.get(MINE_ONLY) is True  # kept: the next window starts with my accounts
    again = window_for(qtbot, store, settings)
    assert again.my_accounts.action.isChecked() and again.portfolio.accounts.model.rowCount() == 2

    window.actions_by_name["my_accounts"].trigger()  # off: everyone's again
    assert accounts.model.rowCount() == 3
    assert (
        sorted(r.account for r in window.qbrs.rows()) == ["Bauer KG", "Müller GmbH"]
        and not window.my_accounts.note.isVisible()
    )
    window.show_workspace("coverage")  # read again when it comes to the front
    assert sum(t.accounts for t in window.coverage.data.tiers) == 3


def test_without_a_name_the_click_asks_who_i_am(qtbot, store: Store, tmp_path: Path) -> None:
    book(store, tmp_path)
    settings = Settings.memory()
    window = window_for(qtbot, store, settings)
    window.actions_by_name["my_accounts"].trigger()
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert len(dialogs) == 1 and not window.my_accounts.action.isChecked()  # nothing filtered yet
    dialog = dialogs[0]
    field = dialog.fields[ME.key]  # the owners of the portfolio are offered
    assert [field.itemText(i) for i in range(field.count())] == ["Anna Berg", "Ben Kurz"]  # one spelling each
    field.setCurrentText("Ben Kurz")
    dialog.accept()
    assert window.my_accounts.action.isChecked()
    assert [window.portfolio.accounts.model.row_at(0).name] == ["Bauer KG"]
    assert window.portfolio.accounts.model.rowCount() == 1


def test_the_account_page_opens_and_plans_its_qbrs_in_the_qbr_workspace(
    qtbot, store: Store, tmp_path: Path
) -> None:
    book(store, tmp_path)
    window = window_for(qtbot, store, Settings.memory())
    ids = dict(store.query("SELECT key, id FROM accounts"))
    planned = store.scalar("SELECT id FROM qbrs WHERE account_id = ?", (ids["K-1"],))
    page = window.portfolio.open_account(ids["K-1"])
    page.qbrs.list.select_ids([planned])
    page.qbrs.open_button.click()  # Müller's planned QBR, in the QBR workspace's form
    assert window.front() == "qbrs" and window.qbrs.form.qbr is not None
    assert window.qbrs.form.qbr.id == planned

    window.show_workspace("portfolio")
    page = window.portfolio.open_account(ids["K-2"])
    page.qbrs.plan_button.click()  # Schmidt has none: a new one, for Schmidt, not saved yet
    assert window.front() == "qbrs" and window.qbrs.form.qbr is not None
    assert window.qbrs.form.qbr.id is None and window.qbrs.form.qbr.account_id == ids["K-2"]
