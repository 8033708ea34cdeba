"""The portfolio file kept safe: one writing process, damaged files never written, 0600, network shares."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from planner.core.store import file_safety
from planner.core.store.backups import list_backups, newest_good_backup, take_backup
from planner.core.store.file_safety import darwin_mounts, filesystem_type, linux_mounts
from planner.core.store.restore_safety import restore
from planner.core.store.store import PortfolioFileError, Problem, open_portfolio
from tests.cli.test_cli import planner

HOLD = """
import sys
from planner.core.store.store import open_portfolio
store = open_portfolio(sys.argv[1], access="write")
print("holding", flush=True)
sys.stdin.readline()
store.close()
"""


def holder(path: Path) -> subprocess.Popen[str]:
    """Another process that holds `path` open for writing until its stdin closes (or it is killed)."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "holding"
    return process


def accounts_csv(folder: Path) -> Path:
    path = folder / "Kunden.csv"
    path.write_text("Kundennummer;Firma\nNEU-1;Neue Mühle GmbH\n", encoding="utf-8-sig")
    return path


def corrupt(path: Path, table: str = "accounts") -> bytes:
    """Overwrite the start of `table`'s root page (its type and cell pointers): the file header stays
    valid, quick_check fails."""
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 200)
    return path.read_bytes()


@pytest.fixture
def book(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "book.sqlite"
    shutil.copy(demo_file, copy)
    return copy


# --- a second instance --------------------------------------------------------------------------------------
def test_a_second_process_gets_a_clear_message_instead_of_writing(book: Path, tmp_path: Path) -> None:
    store = open_portfolio(book)
    accounts = store.count("accounts")
    refused = planner("--db", book, "import", accounts_csv(tmp_path))
    assert refused.returncode == 2
    assert "already open in another Account Planner window" in refused.stderr
    assert f"process {os.getpid()}" in refused.stderr
    assert store.count("accounts") == accounts
    reading = planner("--db", book, "info", "--json")  # reading beside the writer is fine
    assert reading.returncode == 0, reading.stderr
    store.close()
    imported = planner("--db", book, "import", accounts_csv(tmp_path))
    assert imported.returncode == 0, imported.stderr
    again = open_portfolio(book)
    assert again.count("accounts") == accounts + 1
    again.close()


def test_a_writer_in_another_process_refuses_us_until_it_dies(book: Path) -> None:
    other = holder(book)
    try:
        with pytest.raises(PortfolioFileError) as error:
            open_portfolio(book, access="write")
        assert error.value.problem is Problem.IN_USE
        assert f"process {other.pid}" in error.value.detail
        reader = open_portfolio(book)  # "auto": reads beside the writer, refuses to write
        assert reader.readonly and reader.held_by == error.value.detail
        assert reader.count("accounts") == 300
        with pytest.raises(PortfolioFileError) as writing, reader.write():
            pass
        assert writing.value.problem is Problem.IN_USE
        reader.close()
        assert open_portfolio(book, access="read").count("accounts") == 300
    finally:
        other.send_signal(signal.SIGKILL)  # the OS drops the lock of a process that dies
        other.wait()
    store = open_portfolio(book, access="write")
    with store.write() as conn:
        conn.execute("UPDATE accounts SET notes = 'mine now' WHERE id = 1")
    store.close()


def test_opens_within_one_process_share_the_hold(book: Path) -> None:
    first = open_portfolio(book)
    opened: list[int] = []

    def worker() -> None:  # as the demo generator and the importer do on their worker thread
        writer = open_portfolio(book)
        with writer.write() as conn:
            conn.execute("UPDATE accounts SET notes = 'from the worker' WHERE id = 1")
        opened.append(file_safety.held_here(book))
        writer.close()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert opened == [2]
    assert first.scalar("SELECT notes FROM accounts WHERE id = 1") == "from the worker"
    assert file_safety.held_here(book) == 1
    first.close()
    first.close()  # closing twice gives the hold back once
    assert file_safety.held_here(book) == 0
    other = holder(book)  # now another process may write it
    other.communicate("\n")


def test_where_the_file_system_has_no_locks_the_portfolio_still_opens(
    book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_locks(fd: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(file_safety, "_lock", no_locks)  # as on an NFS share without a lock daemon
    store = open_portfolio(book, access="write")
    with store.write() as conn:
        conn.execute("UPDATE accounts SET notes = 'no locks here' WHERE id = 1")
    store.close()


# --- damaged files ------------------------------------------------------------------------------------------
def test_a_damaged_file_is_refused_never_written_and_its_newest_good_backup_offered(book: Path) -> None:
    store = open_portfolio(book)
    older = take_backup(store, "manual")
    with store.write() as conn:
        conn.execute("UPDATE accounts SET notes = 'after the first backup' WHERE id = 1")
    newer = take_backup(store, "daily")
    store.close()
    damaged = corrupt(book)
    with pytest.raises(PortfolioFileError) as error:
        open_portfolio(book)
    assert error.value.problem is Problem.DAMAGED
    assert str(book) in str(error.value)
    assert book.read_bytes() == damaged  # not a byte written
    assert not Path(f"{book}-wal").exists() and not Path(f"{book}-shm").exists()
    with pytest.raises(PortfolioFileError):
        open_portfolio(book)  # and again: still refused, still unchanged
    assert book.read_bytes() == damaged

    corrupt(newer.path, "contacts")  # a damaged backup is passed over
    assert newest_good_backup(book) == older
    assert restore(book, older) is None  # the damaged file was replaced, not backed up through SQLite
    kept = [p for p in (book.parent / f"{book.name}.backups").glob("damaged-*/*")]
    assert [p.read_bytes() for p in kept] == [damaged]
    again = open_portfolio(book)
    assert again.count("accounts") == 300
    assert again.scalar("SELECT notes FROM accounts WHERE id = 1") != "after the first backup"
    again.close()


def test_a_large_file_is_checked_in_the_background_and_its_first_write_waits(book: Path) -> None:
    sound = open_portfolio(book, check_on_open_bytes=0)
    assert sound.wait_checked(timeout=30) is None
    with sound.write() as conn:
        conn.execute("UPDATE accounts SET notes = 'checked' WHERE id = 1")
    sound.close()
    sound_bytes = corrupt(book)
    store = open_portfolio(book, check_on_open_bytes=0)  # opens: the check runs beside the start
    findings = store.wait_checked(timeout=30)
    assert findings and store.damage == findings
    with pytest.raises(PortfolioFileError) as error, store.write() as conn:
        conn.execute("UPDATE accounts SET notes = 'never' WHERE id = 2")
    assert error.value.problem is Problem.DAMAGED
    with pytest.raises(PortfolioFileError):
        open_portfolio(book)  # a second Store of this process learns it at once
    store.close()
    assert book.read_bytes() == sound_bytes


def test_the_header_of_a_damaged_file_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(PortfolioFileError) as error:
        open_portfolio(path)
    assert error.value.problem is Problem.NOT_SQLITE


# --- permissions --------------------------------------------------------------------------------------------
@pytest.mark.skipif(os.name != "posix", reason="Unix permissions")
def test_the_portfolio_its_journal_and_backups_are_readable_only_by_their_owner(book: Path) -> None:
    os.chmod(book, 0o644)
    store = open_portfolio(book)
    with store.write() as conn:
        conn.execute("UPDATE accounts SET notes = 'private' WHERE id = 1")
    backup = take_backup(store, "manual")
    files = [book, Path(f"{book}-wal"), Path(f"{book}-shm"), file_safety.lock_path(book), backup.path]
    files.append(backup.path.with_suffix(".json"))
    assert {f.name: oct(f.stat().st_mode & 0o777) for f in files} == {f.name: "0o600" for f in files}
    assert oct(backup.path.parent.stat().st_mode & 0o777) == "0o700"
    store.close()


# --- network shares -----------------------------------------------------------------------------------------
def test_on_a_network_share_the_journal_is_a_rollback_journal(book: Path) -> None:
    store = open_portfolio(book, network_share=lambda path: True)
    assert store.journal_mode() == "delete"
    with store.write() as conn:
        conn.execute("UPDATE accounts SET notes = 'on the share' WHERE id = 1")
    assert not Path(f"{book}-wal").exists()
    worker = open_portfolio(book)  # a second Store of this process keeps to it
    assert worker.journal_mode() == "delete"
    worker.close()
    store.close()
    local = open_portfolio(book, network_share=lambda path: False)
    assert local.journal_mode() == "wal"
    local.close()


def test_network_file_systems_are_recognised_from_the_mount_table(tmp_path: Path) -> None:
    share = tmp_path / "team share"
    (share / "sales").mkdir(parents=True)
    escaped = str(share).replace(" ", "\\040")
    mounts = linux_mounts(
        f"/dev/vda / ext4 rw,relatime 0 0\n"
        f"//nas/team {escaped} cifs rw,vers=3.0 0 0\n"
        f"tmpfs {escaped}/sales/cache tmpfs rw 0 0\n"
    )
    assert filesystem_type(share / "sales" / "portfolio.sqlite", mounts) == "cifs"
    assert filesystem_type(share / "sales" / "cache" / "x.sqlite", mounts) == "tmpfs"
    assert filesystem_type(tmp_path / "portfolio.sqlite", mounts) == "ext4"
    mac = darwin_mounts(
        "/dev/disk3s1 on / (apfs, local, journaled)\n"
        "//anna@nas._smb._tcp.local/Vertrieb on /Volumes/Vertrieb (smbfs, nodev, nosuid, mounted by anna)\n"
    )
    assert filesystem_type(Path("/Volumes/Vertrieb/portfolio.sqlite"), mac) == "smbfs"
    assert file_safety.on_network_share(tmp_path / "portfolio.sqlite") is False


# --- the first open of a process ----------------------------------------------------------------------------
def test_a_backup_left_unfinished_by_a_dead_process_is_removed(book: Path) -> None:
    store = open_portfolio(book)
    take_backup(store, "manual")
    store.close()
    folder = book.parent / f"{book.name}.backups"
    (folder / "2026-11-23_101500-import.sqlite.partial").write_bytes(b"half a copy")
    (folder / "2026-11-23_101500-import.sqlite.partial-journal").write_bytes(b"")
    open_portfolio(book).close()
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".sqlite"]
    assert len(list_backups(book)) == 1
