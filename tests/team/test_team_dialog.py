"""File > Team… and File > Sync with team in the window, against the session's real PostgreSQL: connect a
book (the password to the keyring), sync it off the UI thread, the window showing what came in, trouble
said in words, the conflict list with "Mark as resolved" and undo."""

# ruff: noqa: F811  (the keyring fixtures are imported by name)
from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

from psycopg.conninfo import make_conninfo
from PySide6.QtWidgets import QApplication

from planner.core.store.store import open_portfolio
from planner.core.team import local, secrets
from planner.core.team.sync import TeamNotReady
from planner.ui.portfolio.account_page import AccountPage
from planner.ui.shell.main_window import MainWindow
from planner.ui.team_sync.team_words import no_keyring, not_ready
from planner.ui.widgets.i18n import install_language
from tests.importing_support import import_file, write_csv
from tests.team.conflict_support import add_conflict
from tests.team.conftest import PASSWORDS
from tests.team.keyring_support import MemoryKeyring, memory_keyring  # noqa: F401
from tests.team.sync_support import annas_book, catalogue

WAIT_MS = 30_000


def window_of(qtbot, store) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def wait(qtbot, task) -> None:  # type: ignore[no-untyped-def]
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=WAIT_MS):
        pass


def test_connect_in_the_dialog_and_sync_now(
    qtbot, team_db, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = open_portfolio(tmp_path / "anna.sqlite", create=True)
    rows = [["Kundennummer", "Firma", "Betreuer"], ["K-1", "Müller GmbH", "Anna Berg"],
            ["K-2", "Schmidt AG", "Anna Berg"]]  # fmt: skip
    plan, _ = import_file(store, write_csv(tmp_path / "Kunden.csv", rows))
    assert plan.rejected == 0
    window = window_of(qtbot, store)
    dialog = window.files.team.show_dialog()
    assert dialog.status.text() == "Not connected to a team: this portfolio is yours alone."
    assert not dialog.sync_button.isEnabled() and not dialog.disconnect_button.isEnabled()

    dialog.url.setText(team_db.url("anna"))
    dialog.user.setText("anna")
    dialog.password.setText("wrong")
    wait(qtbot, dialog.connect_team())
    assert "password authentication failed" in dialog.error.text()
    assert "Nothing is lost" in dialog.error.text()
    assert local.link(store) is None and memory_keyring.entries == {}

    dialog.password.setText(PASSWORDS["anna"])
    wait(qtbot, dialog.connect_team())
    assert dialog.error.isHidden()
    assert local.link(store) == local.Link(team_db.url("anna"), "anna")
    assert secrets.password_for(team_db.url("anna"), "anna") == "anna-secret"
    assert dialog.password.text() == "" and dialog.url.isReadOnly()
    # the two accounts wait to be published
    assert dialog.status.text() == "Last sync: never · changes waiting: 2 · open conflicts: 0"

    dialog.sync_now()
    wait(qtbot, window.files.team.last_task)
    assert dialog.status.text().endswith("· changes waiting: 0 · open conflicts: 0")
    assert window.statusBar().currentMessage() == "Synced with the team: 0 received, 2 sent"
    assert team_db_accounts(team_db) == [("K-1", "anna"), ("K-2", "anna")]

    dialog.confirm = lambda title, text: False  # nothing waits: no question asked
    assert dialog.disconnect_team()
    assert local.link(store) is None and memory_keyring.entries == {}
    assert dialog.connect_button.isEnabled() and not dialog.url.isReadOnly()
    store.close()


def team_db_accounts(team_db) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with team_db.connect("dora") as server:
        return [tuple(row) for row in server.execute("SELECT key, owner_role FROM accounts ORDER BY key")]


def test_sync_shows_the_new_data_and_the_conflicts(qtbot, laptops, memory_keyring: MemoryKeyring) -> None:
    anna, dora, carl = laptops["anna"], laptops["dora"], laptops["carl"]
    catalogue(carl)
    carl.sync()  # the admin publishes the products
    annas_book(anna)
    anna.sync()
    secrets.remember_password(dora.db.url("dora"), "dora", PASSWORDS["dora"])
    window = window_of(qtbot, dora.store)
    assert window.summary_label.text().endswith("0 accounts · 0 products · 0 contacts")

    window.actions_by_name["team_sync"].trigger()  # File > Sync with team (F9)
    wait(qtbot, window.files.team.last_task)
    # anna's 2 accounts, 2 products, 2 holdings, 2 contacts, 1 NPS answer and 2 touches came in
    assert window.summary_label.text().endswith("2 accounts · 2 products · 2 contacts")
    assert window.portfolio.accounts.model.rowCount() == 2
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Synced with the team: 11 received, 0 sent · new accounts: 2")
    )

    # the director's copy of anna's account says whose it is on its page
    (k1,) = dora.rows("SELECT id FROM accounts WHERE key = 'K-1'")[0]
    page = AccountPage(window.editor, k1, today=date(2026, 12, 8))
    qtbot.addWidget(page)
    assert page.subtitle.text() == "K-1 · Anna Berg · Read only: owned by anna"
    assert not any(button.isEnabled() for button in page._edit_buttons)  # nothing typed here could go out

    add_conflict(dora.store, author="dora", account_key="K-1", account_name="Müller GmbH")
    window.actions_by_name["team_sync"].trigger()
    wait(qtbot, window.files.team.last_task)
    assert (
        window.statusBar().currentMessage() == "Synced with the team: 0 received, 0 sent · Open conflicts: 1"
    )

    conflicts = window.files.team.show_conflicts()
    table = conflicts.table
    assert [table.item(0, column).text() for column in (0, 2, 3, 4, 5, 7)] == [
        "Müller GmbH (K-1)", "Company name", "Firma Eins", "Firma 1", "finn", "a newer change won",
    ]  # fmt: skip
    assert not conflicts.resolve_button.isEnabled()
    table.selectRow(0)
    conflicts.resolve_button.click()
    assert table.rowCount() == 0 and conflicts.empty.isVisible()
    window.editor.undo_stack.undo()  # Edit > Undo: the conflict is open again
    assert table.rowCount() == 1
    window.editor.undo_stack.redo()
    assert table.rowCount() == 0


def test_trouble_is_a_message_and_nothing_is_lost(qtbot, laptops, memory_keyring: MemoryKeyring) -> None:
    anna = laptops["anna"]
    annas_book(anna)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    gone = make_conninfo(anna.db.url("anna"), host="127.0.0.1", port=str(free_port))
    with anna.store.write() as conn:
        conn.execute("UPDATE team_state SET value = ? WHERE key = 'url'", (gone,))
    secrets.remember_password(gone, "anna", PASSWORDS["anna"])
    window = window_of(qtbot, anna.store)
    warned: list[tuple[str, str]] = []
    window.files.team.warn = lambda title, text: warned.append((title, text))
    pending = local.pending_count(anna.store.conn)

    window.actions_by_name["team_sync"].trigger()
    wait(qtbot, window.files.team.last_task)
    ((title, text),) = warned
    assert title == "Sync with team"
    assert text.startswith("The team database could not be reached or refused the sync: ")
    assert "Connection refused" in text and "Traceback" not in text
    assert text.endswith("Nothing is lost: sync again when the team database can be reached.")
    assert local.pending_count(anna.store.conn) == pending > 0


def test_the_dialog_in_german(qtbot, laptops, memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    app = QApplication.instance()
    install_language(app, "de")
    try:
        anna = laptops["anna"]
        annas_book(anna)
        add_conflict(anna.store, author="anna")
        window = window_of(qtbot, anna.store)
        assert window.actions_by_name["team_sync"].text() == "Mit dem Team &abgleichen"
        dialog = window.files.team.show_dialog()
        assert dialog.windowTitle() == "Team"
        # 2 accounts, 2 products, 2 holdings, 2 contacts, 1 NPS answer, 2 touches never published
        assert dialog.status.text() == "Letzter Abgleich: nie · wartende Änderungen: 11 · offene Konflikte: 1"
        dialog.grab().save(str(tmp_path / "team_dialog_de.png"))
        conflicts = window.files.team.show_conflicts(dialog)
        assert conflicts.windowTitle() == "Team-Konflikte"
        conflicts.grab().save(str(tmp_path / "conflicts_de.png"))
        # the app's own reasons in German too (the server's and libpq's words come as they are)
        not_team = not_ready(TeamNotReady("The server has no team database of this version", "not_team"))
        assert not_team.startswith("Dieser Server enthält keine Team-Datenbank dieser Version.")
        assert no_keyring().startswith("Dieser Computer hat keinen Schlüsselbund für das Passwort")
    finally:
        install_language(app, "en")
