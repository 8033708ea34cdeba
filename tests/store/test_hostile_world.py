"""The portfolio under foreign access, races, damage and full disks: nothing committed lost, no traceback."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from planner import cli
from planner.core.importing import write_import
from planner.core.store import store as store_module
from planner.core.store.backups import (
    Backup,
    Rotation,
    backup_before_import,
    backup_folder,
    kept,
    list_backups,
    take_backup,
)
from planner.core.store.restore_safety import replace_damaged
from planner.core.store.store import PortfolioFileError, Problem, open_portfolio, unusable
from tests.cli.test_cli import planner
from tests.store.test_store_safety import accounts_csv, corrupt, holder

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.fixture
def book(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "book.sqlite"
    shutil.copy(demo_file, copy)
    return copy


def names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT key FROM accounts ORDER BY key")]


def locks_of_this_process(path: Path) -> list[str]:
    """The POSIX locks this process holds on `path`, as /proc/locks lists them."""
    inode = os.stat(path).st_ino
    found = []
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if fields[1] == "POSIX" and fields[4] == str(os.getpid()) and fields[5].endswith(f":{inode}"):
            found.append(" ".join(fields[3:4] + fields[6:]))
    return sorted(found)


# --- 1. a committed change never vanishes -------------------------------------------------------------------
WRITER = r"""
import sys
from planner.core.store.store import open_portfolio
store = open_portfolio(sys.argv[1], access="write")
with store.write() as conn:
    conn.execute("INSERT INTO accounts (key, name) VALUES ('A-1', 'Erste GmbH')")
open_portfolio(sys.argv[1], access="read").close()  # the QBR reader, the worker's connection, an import
print("opened twice", flush=True)
sys.stdin.readline()
with store.write() as conn:
    conn.execute("INSERT INTO accounts (key, name) VALUES ('A-2', 'Zweite GmbH')")
print("committed", flush=True)
sys.stdin.readline()
"""


@linux_only
def test_a_change_committed_after_a_second_open_survives_a_foreign_reader_and_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    open_portfolio(path, create=True).close()
    app = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert app.stdin is not None and app.stdout is not None
    try:
        assert app.stdout.readline().strip() == "opened twice"
        viewer = sqlite3.connect(path)  # a database viewer or a backup script looks in and closes again
        viewer.execute("SELECT count(*) FROM accounts").fetchone()
        viewer.close()
        app.stdin.write("\n")
        app.stdin.flush()
        assert app.stdout.readline().strip() == "committed"
        open_files = [os.readlink(f"/proc/{app.pid}/fd/{fd}") for fd in os.listdir(f"/proc/{app.pid}/fd")]
        assert not [f for f in open_files if f.startswith(str(path)) and f.endswith("(deleted)")]
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait()
    assert names(path) == ["A-1", "A-2"]


@linux_only
def test_keeping_a_damaged_file_aside_while_it_is_open_keeps_sqlites_locks(book: Path) -> None:
    store = open_portfolio(book)
    backup = take_backup(store, "manual")
    store.count("accounts")
    held = locks_of_this_process(book)
    assert held  # WAL: the open connection holds a lock on the file
    replace_damaged(book, backup.path, backup_folder(book))  # copies the file aside, byte for byte
    assert locks_of_this_process(book) == held
    assert store.count("accounts") == 300
    store.close()
    copies = list(backup_folder(book).glob("damaged-*/book.sqlite"))
    assert len(copies) == 1 and os.stat(copies[0]).st_mode & 0o777 == 0o600


def test_a_file_already_open_here_is_not_read_around_sqlite(
    book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_portfolio(book)
    opened: list[str] = []
    real_open = Path.open

    def watched(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(self.name)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", watched)
    open_portfolio(book, access="read").close()
    open_portfolio(book, access="write").close()
    store.close()
    assert "book.sqlite" not in opened
    open_portfolio(book).close()  # no connection here: the header may be read
    assert [name for name in opened if name.startswith("book")] == ["book.sqlite"]


# --- 3. backups only by a writer, of a sound file; rotation keeps a good one --------------------------------
def test_a_damaged_book_refuses_imports_without_writing_backups(book: Path) -> None:
    store = open_portfolio(book)
    take_backup(store, "manual")
    store.close()
    corrupt(book)
    for _ in range(3):  # checked in the background, as a book above 16 MB is
        store = open_portfolio(book, check_on_open_bytes=0)
        with pytest.raises(PortfolioFileError) as error:
            backup_before_import(store)
        assert error.value.problem is Problem.DAMAGED
        store.close()
    backups = list_backups(book)
    assert [b.reason for b in backups] == ["manual"] and backups[0].sound


def test_a_reader_and_the_loser_of_two_writers_take_no_backup(book: Path) -> None:
    reader = open_portfolio(book, access="read")
    with pytest.raises(PortfolioFileError) as error:
        backup_before_import(reader)
    assert error.value.problem is Problem.READ_ONLY
    reader.close()
    other = holder(book)
    try:
        loser = open_portfolio(book)  # "auto": reads, as another process writes
        with pytest.raises(PortfolioFileError) as error:
            backup_before_import(loser)
        assert error.value.problem is Problem.IN_USE
        loser.close()
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait()
    assert list_backups(book) == []


def test_rotation_always_keeps_the_newest_sound_backup(tmp_path: Path) -> None:
    day = datetime(2026, 12, 1, 9, 0)
    sound = Backup(tmp_path / "a.sqlite", day, "daily", sound=True)
    later = [Backup(tmp_path / f"b{n}.sqlite", day + timedelta(hours=n), "import") for n in range(1, 5)]
    keep = kept([sound, *later], Rotation(daily=1, weekly=0, last=1))
    assert [b.path.name for b in keep] == ["b4.sqlite", "a.sqlite"]


# --- 4. two writers at once -----------------------------------------------------------------------------
def test_the_second_of_two_imports_is_refused_cleanly_and_the_first_undisturbed(book: Path) -> None:
    first = holder(book)
    try:
        result = planner("--db", book, "import", accounts_csv(book.parent))
        assert first.poll() is None  # the first still runs
    finally:
        assert first.stdin is not None
        first.stdin.close()
        assert first.wait() == 0
    assert result.returncode == 2
    assert "already open in another Account Planner window" in result.stderr
    assert "Traceback" not in result.stderr
    assert not backup_folder(book).exists()
    assert "NEU-1" not in names(book)


def test_backups_in_the_same_second_never_take_each_others_names(book: Path) -> None:
    store = open_portfolio(book)
    now = datetime(2026, 12, 7, 10, 15)
    folder = backup_folder(book)
    folder.mkdir()
    (folder / "2026-12-07_101500-import.sqlite.partial").write_bytes(b"another process's copy")
    first = take_backup(store, "import", now=now)
    second = take_backup(store, "import", now=now)
    store.close()
    assert [first.path.name, second.path.name] == [
        "2026-12-07_101500-import.sqlite", "2026-12-07_101500-2-import.sqlite"
    ]  # fmt: skip
    assert (folder / "2026-12-07_101500-import.sqlite.partial").read_bytes() == b"another process's copy"


# --- 5. damaged, foreign, unreadable files: a message and exit 2 --------------------------------------------
READ_COMMANDS = (
    ["info"], ["matrix"], ["moments"], ["coverage"], ["whitespace"], ["export", "accounts", "--out", "x.csv"],
)  # fmt: skip


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_every_read_command_on_a_damaged_file_says_so(
    book: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    corrupt(book)
    out = [str(book.parent / c) if c.endswith(".csv") else c for c in command]
    assert cli.main(["--db", str(book), *out]) == 2
    error = capsys.readouterr().err
    assert f"{book} is damaged" in error and "Restore it from a backup" in error
    assert not (book.parent / "x.csv").exists()


def test_a_large_damaged_file_read_without_a_check_still_ends_in_a_message(
    book: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corrupt(book)
    monkeypatch.setattr(store_module, "CHECK_ON_OPEN_BYTES", 0)  # as for a book above 16 MB
    assert cli.main(["--db", str(book), "matrix"]) == 2
    assert f"{book} is damaged" in capsys.readouterr().err


def test_a_missing_output_folder_is_named(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = book.parent / "no such folder" / "Kunden.csv"
    assert cli.main(["--db", str(book), "export", "accounts", "--out", str(target)]) == 2
    error = capsys.readouterr().err
    assert "does not exist" in error and "no such folder" in error


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can reach (pytest's own temporary folders are the owner's only)."""
    folder = Path(tempfile.mkdtemp(prefix="planner-"))
    folder.chmod(0o755)
    yield folder
    for path in (folder, *folder.rglob("*")):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


def as_a_user(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """`planner` as an ordinary user: root is never refused a read-only folder."""
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "planner", *map(str, args)],
        capture_output=True, text=True, cwd=Path(cli.__file__).parents[1], timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": "/tmp"},
    )  # fmt: skip


@pytest.mark.skipif(os.name != "posix" or not shutil.which("setpriv"), reason="Unix users")
def test_a_portfolio_in_a_read_only_folder_is_read_not_called_damaged(
    book: Path, shared_folder: Path
) -> None:
    folder = shared_folder / "Ablage"
    folder.mkdir()
    shutil.copy(book, folder / "book.sqlite")
    (folder / "book.sqlite").chmod(0o644)
    folder.chmod(0o555)
    result = as_a_user("--db", folder / "book.sqlite", "info", "--json")
    assert result.returncode == 0, result.stderr
    assert '"accounts": 300' in result.stdout
    result = as_a_user("--db", folder / "book.sqlite", "import", accounts_csv(shared_folder))
    assert result.returncode == 2 and "read-only" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["book.sqlite"]
    (folder / "book.sqlite").chmod(0o600)  # someone else's file
    result = as_a_user("--db", folder / "book.sqlite", "matrix")
    assert result.returncode == 2 and "cannot be read (no permission)" in result.stderr
    assert "Traceback" not in result.stderr


def test_ctrl_c_ends_a_command_with_a_message(
    book: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner import cli_import

    def interrupted(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_import, "run", interrupted)
    assert cli.main(["--db", str(book), "import", str(accounts_csv(book.parent))]) == 130
    assert "interrupted; what was not finished was not written" in capsys.readouterr().err


# --- 6. a full disk -----------------------------------------------------------------------------------------
def with_disk_room(limit: int, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """`planner` in a process that may not write a file past `limit` bytes: a full disk, simulated."""

    def cap() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "planner", *map(str, args)], capture_output=True, text=True, preexec_fn=cap,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300,
    )  # fmt: skip


@pytest.mark.skipif(os.name != "posix", reason="resource limits")
def test_an_import_on_a_full_disk_says_so_and_leaves_no_backup(book: Path) -> None:
    csv = accounts_csv(book.parent)
    for _ in range(3):
        result = with_disk_room(book.stat().st_size // 3, "--db", book, "import", csv)
        assert result.returncode == 2, result.stderr
        assert "backup that must come before this change" in result.stderr
        assert "Traceback" not in result.stderr
    assert list(backup_folder(book).iterdir()) == []  # neither backups nor partial copies
    assert "NEU-1" not in names(book) and len(names(book)) == 300


@pytest.mark.skipif(os.name != "posix", reason="resource limits")
def test_a_demo_on_a_full_disk_says_so_and_leaves_an_empty_portfolio(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    result = with_disk_room(300_000, "--db", path, "demo", "--accounts", "300")
    assert result.returncode == 2
    assert "could not be written or read: the disk is full" in result.stderr
    assert "Traceback" not in result.stderr
    assert names(path) == []


def test_an_import_the_full_disk_stops_after_its_backup_leaves_no_backup_behind(book: Path) -> None:
    from tests.importing_support import plan_file, write_csv

    rows = [["Kundennummer", "Firma"], *([f"NEU-{n}", f"Neue Firma {n} GmbH"] for n in range(3000))]
    csv = write_csv(book.parent / "Kunden.csv", rows)
    store = open_portfolio(book)
    pages = store.scalar("PRAGMA page_count")
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: a full disk
    for _ in range(3):
        with pytest.raises(sqlite3.OperationalError) as error:
            write_import(store, plan_file(store, csv))
        assert unusable(error.value, book).problem is Problem.DISK_FULL
    store.close()
    assert list_backups(book) == [] and len(names(book)) == 300


@linux_only
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_open_portfolio_dropped_on_the_importer_is_refused_without_touching_its_locks(
    book: Path, suffix: str
) -> None:
    from planner.core.importing import ImportFileError, recognise

    store = open_portfolio(book)
    store.count("accounts")
    held = locks_of_this_process(book)
    with pytest.raises(ImportFileError) as error:
        recognise(store, book.with_name(book.name + suffix))
    assert error.value.code == "portfolio"
    assert locks_of_this_process(book) == held
    store.close()
