"""The portfolio file: open, create, check and migrate it safely, read and write it one writer at a time.

Never open a plain file descriptor on the portfolio, its -wal or -shm while this process has a Store on it:
closing it drops SQLite's locks and committed changes can vanish (the rule and its helpers: file_safety)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from planner.core.store import backups, file_safety, owners, schema
from planner.core.store.book import (
    COUNTED_TABLES,
    PortfolioFileError,
    Problem,
    Store,
    migrate,
    pending_migrations,
    unusable,
    upgrade,
)
from planner.core.store.file_safety import FileInUse, Session

__all__ = [
    "CHECK_ON_OPEN_BYTES", "COUNTED_TABLES", "PortfolioFileError", "Problem", "Store", "open_portfolio",
    "unusable", "upgrade",
]  # fmt: skip

SQLITE_HEADER = b"SQLite format 3\x00"
# Files up to this size are checked (PRAGMA quick_check) before open_portfolio returns: about 10 ms for the
# 300-account demo book (4.6 MB). Larger ones are checked on a thread of their own while the app starts;
# their first write waits for the result (quick_check of a 1.6 GB book: 2.3 s cached, 11 s from disk).
CHECK_ON_OPEN_BYTES = 16 * 1024 * 1024
WAL, ROLLBACK = "wal", "delete"
Access = Literal["auto", "write", "read"]


def open_portfolio(
    path: str | os.PathLike[str],
    *,
    create: bool = False,
    access: Access = "auto",
    daily_backup: bool = False,
    network_share: Callable[[Path], bool] = file_safety.on_network_share,
    check_on_open_bytes: int | None = None,
) -> Store:
    """Open (or with create=True make) a portfolio; raise PortfolioFileError, never damage the file.

    access="write" holds the file against writers in other processes (else Problem.IN_USE) and checks it
    (PRAGMA quick_check; above `check_on_open_bytes` on a thread of its own, the first write waits for it),
    backs it up before a migration, makes it owner-only (0600) and journals with WAL, or with a rollback
    journal on a network share; `daily_backup` takes the day's first backup in the background.
    access="read" reads beside a writer elsewhere (an outdated file is upgraded first). "auto" writes when
    no other process does, else reads, and its writes raise Problem.IN_USE (`Store.held_by` says who)."""
    path = Path(path).expanduser()
    if check_on_open_bytes is None:
        check_on_open_bytes = CHECK_ON_OPEN_BYTES
    if not path.exists():
        if not create:
            raise PortfolioFileError(Problem.MISSING, path)
        _create_empty(path)
    header = _check_file(path)
    writable = _writable(path)
    if access == "read" or not writable:
        store = _open_reading(path, check_limit=check_on_open_bytes)
        if store is not None:
            return store
        if not writable:
            raise PortfolioFileError(Problem.READ_ONLY_OUTDATED, path)
        open_portfolio(path, access="write", network_share=network_share).close()  # upgrade it first
        return open_portfolio(path, access="read")
    try:
        session = file_safety.claim(path)
    except FileInUse as error:
        reader = None if access == "write" else _open_reading(path, held_by=error.holder)
        if reader is None:
            raise PortfolioFileError(Problem.IN_USE, path, error.holder) from None
        return reader
    try:
        with session.setup:
            if session.ready:  # this process has it open already: checked, migrated and set up then
                if session.damage:
                    raise PortfolioFileError(Problem.DAMAGED, path, session.damage)
                conn = _sqlite(path, "rw")
                _setup(conn, session.journal_mode)
                return Store(path, conn, readonly=False, session=session)
            session.journal_mode = ROLLBACK if network_share(path) else WAL
            store = _first_open(path, session, header, daily_backup, check_on_open_bytes)
            session.ready = True
            return store
    except BaseException:
        session.release()
        raise


def _open_reading(path: Path, held_by: str | None = None, check_limit: int | None = None) -> Store | None:
    """A read-only Store, or None when the file still needs migrations. A file up to `check_limit` bytes is
    checked first (PRAGMA quick_check): a damaged one is refused, never read into figures."""
    wal = path.with_name(path.name + "-wal")
    folder_writable = os.access(path.parent, os.W_OK)
    try:  # in a read-only folder no -shm can be made beside it: read a cleanly closed file as immutable
        conn = _sqlite(path, "ro" if folder_writable or wal.exists() else "immutable")
    except sqlite3.DatabaseError as error:
        raise unusable(error, path) from error
    try:
        if pending_migrations(conn, path):
            conn.close()
            return None
        limit = CHECK_ON_OPEN_BYTES if check_limit is None else check_limit
        if not file_safety.open_here(path) and path.stat().st_size <= limit:
            damage = file_safety.quick_check(conn)
            if damage:
                raise PortfolioFileError(Problem.DAMAGED, path, damage)
    except sqlite3.DatabaseError as error:
        conn.close()
        if not folder_writable and wal.exists():
            raise PortfolioFileError(Problem.FOLDER_READ_ONLY, path, str(error)) from error
        raise unusable(error, path) from error
    except BaseException:
        conn.close()
        raise
    return Store(path, conn, readonly=True, held_by=held_by)


def _first_open(path: Path, session: Session, header: bytes, daily_backup: bool, check_limit: int) -> Store:
    """The first Store of this process on `path`: check, back up and migrate, set the journal."""
    mode = session.journal_mode
    backups.remove_partials(path)  # left by a process that died while taking a backup
    wal = path.with_name(path.name + "-wal")
    size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    # Without a -wal the file alone is the portfolio: read it as immutable, creating nothing beside it.
    reader = _sqlite(path, "ro" if wal.exists() else "immutable")
    try:
        pending = pending_migrations(reader, path)
        # An unknown header (the file is open here already) may change its journal: check it at once.
        journal_changes = header[18] != (2 if mode == WAL else 1) if len(header) >= 20 else size > 0
        check_now = size <= check_limit or bool(pending) or journal_changes
        if check_now:
            damage = file_safety.quick_check(reader)
            if damage:
                raise PortfolioFileError(Problem.DAMAGED, path, damage)
            session.checked.set()
    except sqlite3.DatabaseError as error:
        raise unusable(error, path) from error
    finally:
        reader.close()
    conn = _sqlite(path, "rw")
    try:
        if pending and len(pending) < len(schema.MIGRATION_NAMES):
            try:
                backups.copy_to_backup(conn, path, "migration")
            except (OSError, sqlite3.Error) as error:  # a full disk: no upgrade without its backup
                raise PortfolioFileError(Problem.NO_BACKUP, path, str(error)) from error
        conn.execute(f"PRAGMA journal_mode = {mode}")
        _setup(conn, mode)
        if pending:
            migrate(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise unusable(error, path) from error
    except BaseException:
        conn.close()
        raise
    file_safety.make_private(path)
    if not check_now or daily_backup:
        session.run_in_background(background_work(path, check=not check_now, daily=daily_backup))
    return Store(path, conn, readonly=False, session=session)


def _create_empty(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _check_file(path: Path) -> bytes:
    """The file's first 100 bytes, when they may be an SQLite header; empty when this process has the file
    open already (reading them then would drop SQLite's locks: see file_safety), SQLite checks it then."""
    if path.is_dir():
        raise PortfolioFileError(Problem.FOLDER, path)
    if file_safety.open_here(path):
        if not os.access(path, os.R_OK):
            raise PortfolioFileError(Problem.UNREADABLE, path)
        return b""
    try:
        with path.open("rb") as handle:  # no connection of this process on it: no lock to drop
            header = handle.read(100)
    except OSError as error:  # PermissionError above all
        raise PortfolioFileError(Problem.UNREADABLE, path, str(error)) from error
    if header and (len(header) < 100 or not header.startswith(SQLITE_HEADER)):
        raise PortfolioFileError(Problem.NOT_SQLITE, path)
    return header


def _writable(path: Path) -> bool:
    # WAL needs the -wal and -shm files beside the portfolio, so the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _sqlite(path: Path, how: str) -> sqlite3.Connection:
    """A connection: "rw" to write, "ro" to read beside writers, "immutable" to read a file no one writes."""
    if how == "rw":
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
    else:
        conn = file_safety.open_reader(path, immutable=how == "immutable")
    conn.execute("PRAGMA foreign_keys = ON")
    owners.register(conn)
    return conn


def _setup(conn: sqlite3.Connection, mode: str) -> None:
    # WAL: a crash loses nothing committed; NORMAL is enough. A rollback journal needs FULL for the same.
    conn.execute("PRAGMA synchronous = NORMAL" if mode == WAL else "PRAGMA synchronous = FULL")


def background_work(path: Path, *, check: bool, daily: bool) -> Callable[[Session], None]:
    """What a Session runs after the first open: the integrity check of a large file, the daily backup."""

    def work(session: Session) -> None:
        if check:
            reader = file_safety.open_reader(path, immutable=False)
            session.on_stop(reader.interrupt)
            try:
                session.damage = file_safety.quick_check(reader)
            except sqlite3.DatabaseError as error:
                if not session.stopping.is_set():  # closing interrupts it: that says nothing about the file
                    session.damage = str(error)
            finally:
                session.on_stop(None)
                reader.close()
                session.checked.set()
        if daily and not session.stopping.is_set():
            backups.take_daily_backup(path, session)

    return work
