"""Backups beside the portfolio: taken before migrations and imports and once a day, rotated, restored."""

from __future__ import annotations

import shutil
import socket
import sqlite3
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from planner.core.store import schema
from planner.core.store.backups import (
    Backup,
    BackupRefused,
    Rotation,
    backup_before_import,
    backup_folder,
    check,
    daily_backup_due,
    kept,
    list_backups,
    take_backup,
)
from planner.core.store.restore_safety import restore
from planner.core.store.store import PortfolioFileError, Problem, Store, open_portfolio
from planner.ui.shell.backup_dialog import RestoreDialog, offer_newest_backup, problem_text, watch_integrity
from tests.store.test_store_safety import corrupt

# When the backups were taken (newest first); 2026-11-23 is a Monday, the first day of ISO week 48.
TAKEN = [
    "2026-11-23 18:00", "2026-11-23 08:00",  # week 48
    "2026-11-22 18:00", "2026-11-20 08:00", "2026-11-19 08:00", "2026-11-17 08:00", "2026-11-16 08:00",  # 47
    "2026-11-14 08:00", "2026-11-13 08:00", "2026-11-10 08:00",  # week 46
    "2026-11-05 08:00", "2026-11-03 08:00",  # week 45
    "2026-10-28 08:00", "2026-10-21 08:00", "2026-09-30 08:00",  # weeks 44, 43, 40
]  # fmt: skip
# Worked out by hand: the 3 newest; the newest of each of the 7 newest days with a backup (23, 22, 20, 19,
# 17, 16, 14 November); the newest of each of the 4 newest weeks with one (48: 23rd 18:00, 47: 22nd,
# 46: 14th, 45: 5th). Gone: the 13th and 10th (an 8th day, week 46 kept already), the 3rd, and weeks 44-40.
KEPT = [
    "2026-11-23 18:00", "2026-11-23 08:00", "2026-11-22 18:00", "2026-11-20 08:00", "2026-11-19 08:00",
    "2026-11-17 08:00", "2026-11-16 08:00", "2026-11-14 08:00", "2026-11-05 08:00",
]  # fmt: skip


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def add_accounts(store: Store, *keys: str) -> None:
    with store.write() as conn:
        conn.executemany("INSERT INTO accounts(key, name) VALUES (?, ?)", [(k, f"Kunde {k}") for k in keys])


def keys(store: Store) -> list[str]:
    return [r[0] for r in store.query("SELECT key FROM accounts ORDER BY key")]


def test_rotation_keeps_seven_daily_and_four_weekly() -> None:
    backups = [Backup(Path(f"{t}.sqlite"), at(t), "daily") for t in reversed(TAKEN)]
    assert [b.taken_at for b in kept(backups)] == [at(t) for t in KEPT]
    assert [b.taken_at for b in kept(backups, Rotation(daily=1, weekly=0, last=0))] == [at(TAKEN[0])]
    weekly = kept(backups, Rotation(daily=0, weekly=10, last=0))  # weeks 48, 47, 46, 45, 44, 43, 40
    assert [b.taken_at.day for b in weekly] == [23, 22, 14, 5, 28, 21, 30]


def test_backups_taken_day_after_day_are_rotated_on_disk(store: Store) -> None:
    add_accounts(store, "A1")
    for text in reversed(TAKEN):  # oldest first, as time goes by
        take_backup(store, "daily", now=at(text))
    assert [b.taken_at for b in list_backups(store.path)] == [at(t) for t in KEPT]
    assert len(list(backup_folder(store.path).glob("*.json"))) == len(KEPT)


def test_a_backup_is_one_whole_private_file_listed_with_its_date_and_counts(store: Store) -> None:
    add_accounts(store, "A1", "A2")
    backup = take_backup(store, "manual", now=at("2026-11-23 10:15"))
    assert backup.path.name == "2026-11-23_101500-manual.sqlite"
    assert backup.counts["accounts"] == 2 and backup.counts["touches"] == 0
    assert backup.schema_version == schema.SCHEMA_VERSION
    assert list_backups(store.path) == [backup]
    assert check(backup.path) is None
    assert [p.name for p in backup.path.parent.iterdir() if "sqlite" in p.name] == [backup.path.name]
    with sqlite3.connect(backup.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    again = take_backup(store, "manual", now=at("2026-11-23 10:15"))  # the same second: its own name
    assert again.path.name == "2026-11-23_101500-2-manual.sqlite"
    backup.path.with_suffix(".json").unlink()  # a lost sidecar: the facts come from name and content
    listed = {b.path.name: b for b in list_backups(store.path)}
    assert listed[backup.path.name].counts["accounts"] == 2
    assert listed[backup.path.name].reason == "manual"


def test_a_cancelled_backup_leaves_nothing(store: Store) -> None:
    add_accounts(store, "A1")

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        take_backup(store, "import", progress=cancel)
    assert list(backup_folder(store.path).iterdir()) == []


def test_the_backup_before_an_import(store: Store) -> None:
    add_accounts(store, "A1")
    seen: list[tuple[int, int]] = []
    backup = backup_before_import(store, progress=lambda done, total: seen.append((done, total)))
    assert backup.reason == "import" and backup.counts["accounts"] == 1
    assert seen and seen[-1][0] == seen[-1][1]


def test_before_an_import_nothing_is_copied_again_when_nothing_changed_since_the_last_backup(
    store: Store,
) -> None:
    add_accounts(store, "A1")
    first = backup_before_import(store)
    assert backup_before_import(store) == first  # no write since: that backup is the file as it is
    add_accounts(store, "A2")
    second = backup_before_import(store)
    assert second != first and second.counts["accounts"] == 2
    worker = open_portfolio(store.path)  # the importer's own connection in this process
    assert backup_before_import(worker) == second
    worker.close()
    assert len(list_backups(store.path)) == 2


def version_4(path: Path) -> None:
    """A portfolio as version 4 of the app left it, with one account."""
    store = open_portfolio(path, create=True)
    add_accounts(store, "A1")
    with store.write() as conn:
        for table in ("segments", "smart_lists", "goals"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_segments_lists_goals'")
        conn.execute("PRAGMA user_version = 4")
    store.close()


def test_no_upgrade_without_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    version_4(path)
    backup_folder(path).write_text("a file where the backups folder should be")  # as a full disk fails
    before = path.read_bytes()
    with pytest.raises(PortfolioFileError) as error:
        open_portfolio(path)
    assert error.value.problem is Problem.NO_BACKUP
    assert path.read_bytes() == before
    assert problem_text(error.value) is not None


def test_a_backup_is_taken_before_a_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    version_4(path)
    assert list_backups(path) == []
    upgraded = open_portfolio(path)
    assert upgraded.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
    upgraded.close()
    [backup] = list_backups(path)
    assert backup.reason == "migration" and backup.schema_version == 4 and backup.counts["accounts"] == 1
    open_portfolio(path).close()  # nothing to migrate: no backup
    assert len(list_backups(path)) == 1

    again = open_portfolio(path)
    add_accounts(again, "A2")
    assert restore(path, backup) is not None  # an older backup comes back upgraded
    assert again.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
    assert keys(again) == ["A1"] and again.count("products") == 0
    again.close()


def test_one_daily_backup_per_day_when_the_app_asks_for_it(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    empty = open_portfolio(path, create=True, daily_backup=True)
    empty.close()
    assert list_backups(path) == []  # nothing in it yet: nothing to keep
    store = open_portfolio(path)
    add_accounts(store, "A1")
    store.close()
    store = open_portfolio(path, daily_backup=True)
    deadline = time.monotonic() + 30
    while not list_backups(path) and time.monotonic() < deadline:
        time.sleep(0.02)
    store.close()
    [daily] = list_backups(path)
    assert daily.reason == "daily" and daily.day == date.today()
    assert not daily_backup_due(path)
    reopened = open_portfolio(path)
    assert backup_before_import(reopened).reason == "import"  # a new hold knows nothing of what it holds
    reopened.close()
    open_portfolio(path, daily_backup=True).close()
    assert len(list_backups(path)) == 2


def test_restore_backs_up_the_current_file_first_so_it_can_be_undone(store: Store) -> None:
    add_accounts(store, "A1", "A2", "A3")
    backup = take_backup(store, "manual")
    with store.write() as conn:
        conn.execute("DELETE FROM accounts WHERE key = 'A2'")
    add_accounts(store, "B1", "B2")
    before = restore(store.path, backup)
    assert keys(store) == ["A1", "A2", "A3"]  # the open Store (the window's) sees the restored book
    assert store.journal_mode() == "wal"
    assert before is not None and before.reason == "restore" and before.counts["accounts"] == 4
    assert restore(store.path, before) is not None  # undo the restore
    assert keys(store) == ["A1", "A3", "B1", "B2"]
    with store.write() as conn:  # and the book goes on as usual
        conn.execute("INSERT INTO accounts(key, name) VALUES ('C1', 'Danach GmbH')")


def test_damage_found_while_the_window_has_the_file_open_is_restored_in_place(store: Store) -> None:
    add_accounts(store, "A1")
    backup = take_backup(store, "daily")
    store.close()
    damaged = corrupt(store.path)
    window = open_portfolio(store.path, check_on_open_bytes=0)  # a large book: checked in the background
    assert window.wait_checked(timeout=30)
    assert restore(window.path, backup) is None
    assert window.damage is None and keys(window) == ["A1"]
    add_accounts(window, "A2")  # the window may write again
    window.close()
    [kept_aside] = backup_folder(window.path).glob("damaged-*")
    assert (kept_aside / window.path.name).read_bytes() == damaged


def test_restore_refuses_a_damaged_backup_and_leaves_the_portfolio(store: Store) -> None:
    add_accounts(store, "A1")
    backup = take_backup(store, "manual")
    with backup.path.open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\xff" * 400)
    with pytest.raises(BackupRefused) as error:
        restore(store.path, backup)
    assert error.value.reason == "damaged"
    assert keys(store) == ["A1"] and len(list_backups(store.path)) == 1


# --- the dialog ---------------------------------------------------------------------------------------------
def test_the_dialog_lists_the_backups_and_restores_the_chosen_one(qtbot, store: Store) -> None:
    add_accounts(store, "A1")
    first = take_backup(store, "import", now=at("2026-11-20 09:00"))
    add_accounts(store, "A2")
    take_backup(store, "daily", now=at("2026-11-21 09:00"))
    add_accounts(store, "A3")
    dialog = RestoreDialog(store.path)
    qtbot.addWidget(dialog)
    model = dialog.table.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert [(r.reason, r.backup.counts["accounts"]) for r in rows] == [("Daily", 2), ("Before an import", 1)]
    assert "21" in rows[0].when
    dialog.table.select_ids([rows[1].id])
    assert dialog.selected() == first
    dialog.confirm = lambda backup: True
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as restored:
        dialog.restore_selected()
    assert restored.args[0].reason == "restore" and restored.args[0].counts["accounts"] == 3
    assert keys(store) == ["A1"]


def test_a_damaged_portfolio_is_offered_its_newest_good_backup(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    store = open_portfolio(path, create=True)
    add_accounts(store, "A1")
    backup = take_backup(store, "daily")
    store.close()
    path.write_bytes(path.read_bytes()[:100] + b"\xff" * (path.stat().st_size - 100))
    with pytest.raises(PortfolioFileError) as error:
        open_portfolio(path)
    assert error.value.problem in (Problem.DAMAGED, Problem.NOT_SQLITE)
    offered: list[Backup] = []
    assert offer_newest_backup(path, ask=lambda b: offered.append(b) or True)
    assert offered == [backup]
    again = open_portfolio(path)
    assert keys(again) == ["A1"]
    again.close()
    shutil.rmtree(backup_folder(path))
    assert not offer_newest_backup(path, ask=lambda b: True)  # no backup: nothing to offer


def test_the_messages_of_the_new_problems_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    damaged = problem_text(PortfolioFileError(Problem.DAMAGED, path, "row 3 missing from index"))
    assert damaged is not None and str(path) in damaged and "damaged" in damaged
    in_use = problem_text(PortfolioFileError(Problem.IN_USE, path, "process 4711 on laptop"))
    assert in_use is not None and str(path) in in_use and "process" not in in_use  # no process number
    assert "on the computer “laptop”" in in_use  # another computer, named (this one is not called "laptop")
    here = problem_text(PortfolioFileError(Problem.IN_USE, path, f"process 4711 on {socket.gethostname()}"))
    assert here is not None and "on this computer" in here and "4711" not in here
    unknown = problem_text(PortfolioFileError(Problem.IN_USE, path, ""))
    assert unknown is not None and "another Account Planner window or on another computer" in unknown
    assert problem_text(PortfolioFileError(Problem.MISSING, path)) is None


def test_the_window_learns_when_the_background_check_finds_damage(qtbot, store: Store) -> None:
    add_accounts(store, "A1")
    store.close()
    corrupt(store.path)
    large = open_portfolio(store.path, check_on_open_bytes=0)  # as a book above the limit opens
    window = QWidget()
    qtbot.addWidget(window)
    found: list[str] = []
    watch_integrity(window, large, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    assert found == [large.damage]
    large.close()


def test_an_erased_contact_is_erased_from_every_backup_too(tmp_path) -> None:
    from planner.core.portfolio.privacy import erase_contact, erase_from_backups
    from planner.core.store.backups import list_backups, take_backup
    from planner.core.store.store import open_portfolio

    path = tmp_path / "book.sqlite"
    store = open_portfolio(path, create=True)
    try:
        with store.write() as conn:
            conn.execute("INSERT INTO accounts (id, key, name) VALUES (1, 'K1', 'Müller GmbH')")
            conn.execute("INSERT INTO contacts (id, account_id, name, email) VALUES "
                         "(7, 1, 'Zacharias Quendel', 'zq@mueller.example')")  # fmt: skip
            conn.execute(
                "INSERT INTO nps_answers (contact_id, answered_on, score) VALUES (7, '2026-11-01', 3)"
            )
            conn.execute("INSERT INTO touches (account_id, kind, touched_on, summary) VALUES "
                         "(1, 'call', '2026-11-02', 'Zacharias Quendel wants a demo')")  # fmt: skip
        before = take_backup(store, "manual")
        assert b"Zacharias Quendel" in before.path.read_bytes()
        erase_contact(store, 7)
        assert erase_from_backups(path, 7) == 1
    finally:
        store.close()
    for backup in list_backups(path):
        data = backup.path.read_bytes()
        assert b"Zacharias Quendel" not in data and b"zq@mueller.example" not in data
        assert backup.counts["contacts"] == 0 and backup.counts["nps_answers"] == 0
        assert backup.counts["touches"] == 1  # the touch stays, without the person


def test_a_window_left_open_overnight_takes_the_new_days_backup(qtbot, tmp_path: Path) -> None:
    from planner.core.demo import generate
    from planner.core.store.backups import daily_backup_due, list_backups
    from planner.ui.shell.main_window import MainWindow
    from planner.ui.widgets.tasks import worker_pool

    path = tmp_path / "book.sqlite"
    store = open_portfolio(path, create=True, access="write")  # opened yesterday, say: no backup today
    generate(store, accounts=20, seed=3)
    window = MainWindow(store, owns_store=True)
    qtbot.addWidget(window)
    assert daily_backup_due(path)
    assert window.daily_backups.timer.isActive()
    assert window.daily_backups.take_if_due()  # what the hourly check does
    qtbot.waitUntil(lambda: window.daily_backups.task is None, timeout=30_000)
    taken = [b for b in list_backups(path) if b.reason == "daily"]
    assert len(taken) == 1 and taken[0].counts["accounts"] == 20
    assert not window.daily_backups.take_if_due()  # one a day
    worker_pool().waitForDone()
    assert len(list_backups(path)) == 1


def test_a_backup_that_fails_is_said_once_in_a_message_then_in_the_status_bar(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from planner.core.demo import generate
    from planner.core.store import backups
    from planner.ui.shell.main_window import MainWindow

    path = tmp_path / "book.sqlite"
    store = open_portfolio(path, create=True, access="write")
    generate(store, accounts=20, seed=3)
    store.close()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "take_daily_backup", disk_full)
    store = open_portfolio(path, access="write", daily_backup=True)  # the opening's backup fails behind it
    window = MainWindow(store, owns_store=True)
    qtbot.addWidget(window)
    daily = window.daily_backups
    qtbot.waitUntil(lambda: len(daily.failures) == 1, timeout=10_000)
    assert daily.message is not None and daily.message.isVisible()
    assert "No space left on device" in daily.message.text()
    assert str(backups.backup_folder(path)) in daily.message.text()  # where to make room or fix the rights
    assert "No space left on device" in window.statusBar().currentMessage()
    first = daily.message
    assert daily.take_if_due()  # the hourly try fails again: the status bar says so, no second message
    qtbot.waitUntil(lambda: len(daily.failures) == 2 and daily.task is None, timeout=10_000)
    assert daily.message is first
    assert store.count("accounts") == 20  # nothing of the portfolio is lost
