"""The portfolio file: open or create it safely, migrate it, and read and write it one writer at a time."""

from __future__ import annotations

import enum
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from planner.core import schema

SQLITE_HEADER = b"SQLite format 3\x00"
COUNTED_TABLES = (
    "accounts",
    "products",
    "holdings",
    "usage_snapshots",
    "revenue_by_period",
    "contacts",
    "nps_answers",
    "survey_responses",
    "signals",
    "touches",
    "qbrs",
    "qbr_actions",
    "opportunities",
)


class Problem(enum.Enum):
    """Why a portfolio file cannot be opened for writing."""

    MISSING = "missing"
    FOLDER = "folder"
    UNREADABLE = "unreadable"
    NOT_SQLITE = "not_sqlite"
    NOT_PORTFOLIO = "not_portfolio"
    NEWER_SCHEMA = "newer_schema"
    READ_ONLY_OUTDATED = "read_only_outdated"
    READ_ONLY = "read_only"


_MESSAGES = {
    Problem.MISSING: "There is no portfolio file at {path}.",
    Problem.FOLDER: "{path} is a folder, not a portfolio file.",
    Problem.UNREADABLE: "{path} cannot be read (no permission).",
    Problem.NOT_SQLITE: "{path} is not a portfolio file: it is damaged or not an SQLite database.",
    Problem.NOT_PORTFOLIO: "{path} is an SQLite database of another program, not a portfolio.",
    Problem.NEWER_SCHEMA: "{path} was saved by a newer version of Account Planner; "
    "update the app to open it.",
    Problem.READ_ONLY_OUTDATED: "{path} is read-only and from an older version; "
    "it must be upgraded before it can be opened.",
    Problem.READ_ONLY: "{path} is read-only: changes cannot be saved.",
}


class PortfolioFileError(Exception):
    """A portfolio file that cannot be used; nothing has been written to it."""

    def __init__(self, problem: Problem, path: Path, detail: str = "") -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        message = _MESSAGES[problem].format(path=path)
        super().__init__(f"{message} ({detail})" if detail else message)


class Store:
    """An open portfolio: one SQLite connection, writes serialised by a lock and BEGIN IMMEDIATE."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool) -> None:
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self._write_lock = threading.Lock()

    @property
    def name(self) -> str:
        return self.meta("name") or self.path.stem

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is stored, or none of it."""
        if self.readonly:
            raise PortfolioFileError(Problem.READ_ONLY, self.path)
        with self._write_lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:  # an error may already have ended it
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def meta(self, key: str) -> str | None:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def set_meta(self, conn: sqlite3.Connection, key: str, value: str) -> None:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def count(self, table: str) -> int:
        if table not in COUNTED_TABLES:
            raise ValueError(f"not a portfolio table: {table}")
        return int(self.scalar(f"SELECT count(*) FROM {table}"))

    def counts(self) -> dict[str, int]:
        return {table: self.count(table) for table in COUNTED_TABLES}

    def journal_mode(self) -> str:
        return str(self.scalar("PRAGMA journal_mode"))

    def close(self) -> None:
        self.conn.close()


def open_portfolio(path: str | os.PathLike[str], *, create: bool = False) -> Store:
    """Open (or with create=True make) a portfolio; raise PortfolioFileError, never damage the file."""
    path = Path(path).expanduser()
    if not path.exists():
        if not create:
            raise PortfolioFileError(Problem.MISSING, path)
        _create_empty(path)
    _check_file(path)
    readonly = not _writable(path)
    conn = _connect(path, readonly=readonly)
    try:
        pending = _pending_migrations(conn, path)
        if pending and readonly:
            raise PortfolioFileError(Problem.READ_ONLY_OUTDATED, path)
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        if pending:
            _migrate(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise PortfolioFileError(Problem.NOT_SQLITE, path, str(error)) from error
    except BaseException:
        conn.close()
        raise
    return Store(path, conn, readonly=readonly)


def _create_empty(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise PortfolioFileError(Problem.FOLDER, path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError as error:
        raise PortfolioFileError(Problem.UNREADABLE, path, str(error)) from error
    except OSError as error:
        raise PortfolioFileError(Problem.UNREADABLE, path, str(error)) from error
    if header and (len(header) < 100 or not header.startswith(SQLITE_HEADER)):
        raise PortfolioFileError(Problem.NOT_SQLITE, path)


def _writable(path: Path) -> bool:
    # WAL needs the -wal and -shm files beside the portfolio, so the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    if readonly:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _pending_migrations(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Names of our migrations not yet applied; refuse files that are not ours or newer."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if "_sqlite_migrations" not in tables:
        if tables or app_id not in (0, schema.APPLICATION_ID):
            raise PortfolioFileError(Problem.NOT_PORTFOLIO, path)
        return list(schema.MIGRATION_NAMES)
    applied = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (schema.MIGRATION_SET,)
        )
    ]
    if not applied:
        raise PortfolioFileError(Problem.NOT_PORTFOLIO, path)
    unknown = sorted(set(applied) - set(schema.MIGRATION_NAMES))
    if unknown:
        raise PortfolioFileError(Problem.NEWER_SCHEMA, path, ", ".join(unknown))
    return [name for name in schema.MIGRATION_NAMES if name not in applied]


def _migrate(conn: sqlite3.Connection) -> None:
    from sqlite_utils import Database

    schema.apply_migrations(Database(conn))
