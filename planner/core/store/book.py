"""An open portfolio (Store: one connection, writes one at a time, never into a damaged file) and the problems
a portfolio file can have; the schema's migrations applied to a connection. Opening one: store.py."""

from __future__ import annotations

import enum
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from planner.core.store import file_safety, schema, score_inputs
from planner.core.store.file_safety import Session

COUNTED_TABLES = (
    "accounts", "products", "holdings", "usage_snapshots", "revenue_by_period", "contacts", "nps_answers",
    "survey_responses", "signals", "touches", "qbrs", "qbr_actions", "opportunities",
)  # fmt: skip


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
    DAMAGED = "damaged"
    IN_USE = "in_use"
    NO_BACKUP = "no_backup"
    FOLDER_READ_ONLY = "folder_read_only"
    DISK_FULL = "disk_full"
    DISK_ERROR = "disk_error"


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
    Problem.DAMAGED: "{path} is damaged (its integrity check failed); it was not changed. "
    "Restore it from a backup.",
    Problem.IN_USE: "{path} is already open in another Account Planner window or command; "
    "close it there first.",
    Problem.NO_BACKUP: "{path}: the backup that must come before this change (an upgrade or an import) "
    "could not be written; the file was not changed.",
    Problem.FOLDER_READ_ONLY: "{path} cannot be read: it was left open by a program that ended, and its "
    "folder is read-only, so its journal cannot be read back. Copy the file and its -wal file into a "
    "folder of yours.",
    Problem.DISK_FULL: "There is not enough free space on the disk for {path}; nothing unfinished was "
    "saved. Free some space and try again.",
    Problem.DISK_ERROR: "{path} could not be written or read: the disk is full, was removed or failed; "
    "nothing unfinished was saved. Free some space or check the disk, then try again.",
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
    """An open portfolio: one SQLite connection, writes serialised by a lock and BEGIN IMMEDIATE.

    A Store opened for writing holds the file for this process (see file_safety.Session): another process
    cannot open it for writing until every Store of this one is closed."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, readonly: bool, session: Session | None = None,
        held_by: str | None = None,
    ) -> None:  # fmt: skip
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self.held_by = held_by  # read-only as another process writes it: "process 4711 on laptop"
        self._write_lock = threading.Lock()
        self._session = session
        self._connected = file_safety.connected(path)  # no plain descriptor on the file from now on
        self.restores = 0  # whole-book replacements (restore_from), which SQLite's change counts do not see

    @property
    def name(self) -> str:
        return self.meta("name") or self.path.stem

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def refuse_writes(self) -> None:
        """Raise PortfolioFileError when this Store may not write (read-only, held elsewhere, damaged); waits
        for the integrity check. Call it before work that only a writer should do (a backup before an
        import)."""
        self._refuse_readonly()
        self._refuse_damaged()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is stored, or none of it. Never into a file found damaged."""
        self.refuse_writes()
        with self._write_lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                usage_from = score_inputs.new_usage(self.conn)
                yield self.conn
                score_inputs.refresh(self.conn, usage_from)  # the accounts this transaction changed
            except BaseException:
                if self.conn.in_transaction:  # an error may already have ended it
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
            if self._session is not None:
                self._session.wrote()

    @property
    def session(self) -> Session | None:
        """This process's hold on the file (None when opened for reading)."""
        return self._session

    # --- the integrity check --------------------------------------------------------------------------------
    @property
    def checked(self) -> bool:
        """True once the file's integrity check has a result (at once for files up to CHECK_ON_OPEN_BYTES)."""
        return self._session is None or self._session.checked.is_set()

    @property
    def damage(self) -> str | None:
        """What the integrity check found wrong; None while sound or not known yet."""
        return self._session.damage if self._session else None

    def wait_checked(self, timeout: float | None = None) -> str | None:
        """Wait (on a worker thread) for the integrity check; return what it found wrong, None when sound."""
        if self._session is not None and not self._session.checked.wait(timeout):
            raise TimeoutError(f"{self.path}: the integrity check is still running")
        return self.damage

    def _refuse_readonly(self) -> None:
        if self.held_by is not None:
            raise PortfolioFileError(Problem.IN_USE, self.path, self.held_by)
        if self.readonly:
            raise PortfolioFileError(Problem.READ_ONLY, self.path)

    def _refuse_damaged(self) -> None:
        damage = self.wait_checked()
        if damage:
            raise PortfolioFileError(Problem.DAMAGED, self.path, damage)

    def restore_from(
        self, source: sqlite3.Connection, progress: Callable[[int, int], None] | None = None
    ) -> None:
        """Replace the whole content by `source`'s (SQLite backup API, one transaction), then bring it up to
        this version's schema. Other connections see the restored book from their next read on."""
        self._refuse_readonly()
        self._refuse_damaged()
        relay = None if progress is None else file_safety.pages_done(progress)
        with self._write_lock:
            try:
                source.backup(self.conn, pages=file_safety.BACKUP_STEP_PAGES, progress=relay)
                upgrade(self.conn, self.path)
            finally:
                self.restores += 1
                if self._session is not None:
                    self._session.wrote()
        try:  # the whole book went through the WAL: give its space back
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError:
            pass

    # --- reading --------------------------------------------------------------------------------------------
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
        """Close the connection; the last Store of this process lets other processes open the file."""
        self.conn.close()
        session, self._session = self._session, None
        if session is not None:
            session.release()
        connected, self._connected = self._connected, None
        file_safety.disconnected(connected)


def unusable(error: sqlite3.DatabaseError, path: Path) -> PortfolioFileError:
    """The problem an SQLite error on `path` names (damaged, in use, full disk, not SQLite)."""
    code = str(getattr(error, "sqlite_errorname", ""))
    if code == "SQLITE_FULL" or "disk is full" in str(error):
        return PortfolioFileError(Problem.DISK_FULL, path, str(error))
    if code.startswith("SQLITE_IOERR") or "disk I/O error" in str(error):
        return PortfolioFileError(Problem.DISK_ERROR, path, str(error))
    if "locked" in str(error):  # a reader in another process keeps the journal from being switched
        return PortfolioFileError(Problem.IN_USE, path, str(error))
    if "malformed" in str(error) or "corrupt" in str(error):
        return PortfolioFileError(Problem.DAMAGED, path, str(error))
    return PortfolioFileError(Problem.NOT_SQLITE, path, str(error))


def pending_migrations(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Names of our migrations not yet applied; refuse files that are not ours or newer."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if "_sqlite_migrations" not in tables:
        if tables or app_id not in (0, schema.APPLICATION_ID):
            raise PortfolioFileError(Problem.NOT_PORTFOLIO, path)
        return list(schema.MIGRATION_NAMES)
    found = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (schema.MIGRATION_SET,)
    )
    applied = [r[0] for r in found]
    if not applied:
        raise PortfolioFileError(Problem.NOT_PORTFOLIO, path)
    unknown = sorted(set(applied) - set(schema.MIGRATION_NAMES))
    if unknown:
        raise PortfolioFileError(Problem.NEWER_SCHEMA, path, ", ".join(unknown))
    return [name for name in schema.MIGRATION_NAMES if name not in applied]


def upgrade(conn: sqlite3.Connection, path: Path) -> None:
    """Apply the migrations `conn`'s file lacks (after restoring a backup of an older version)."""
    if pending_migrations(conn, path):
        migrate(conn)


def migrate(conn: sqlite3.Connection) -> None:
    from sqlite_utils import Database

    # no side effects on the app's own connection: recursive triggers stay off (the triggers that keep the
    # derived tables true are written for that), and no sqlite-utils plugin runs on it
    schema.apply_migrations(Database(conn, recursive_triggers=False, execute_plugins=False))
