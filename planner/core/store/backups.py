"""Backups of a portfolio in a folder beside it: taken, rotated (7 daily, 4 weekly), listed, restored."""

from __future__ import annotations

import json
import os
import re
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from planner.core.store import file_safety, schema
from planner.core.store.book import (
    COUNTED_TABLES,
    PortfolioFileError,
    Problem,
    Store,
)

FOLDER_SUFFIX = ".backups"
PARTIAL = ".partial"
REASONS = ("daily", "import", "migration", "restore", "manual")  # "restore": the file as it was before one
_NAME = re.compile(r"^(\d{4}-\d\d-\d\d_\d{6})-(?:\d+-)?([a-z]+)\.sqlite$")
_STAMP = "%Y-%m-%d_%H%M%S"
Progress = Callable[[int, int], None]


class BackupRefused(ValueError):
    """A backup that cannot be restored: damaged, or from a newer version of the app."""

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        self.path = path
        self.reason = reason  # "damaged" or "newer_schema"
        self.detail = detail
        super().__init__(f"{path}: {reason}" + (f" ({detail})" if detail else ""))


@dataclass(frozen=True)
class Backup:
    """One backup file: when and why it was taken, and how many records of each kind it holds."""

    path: Path
    taken_at: datetime
    reason: str
    counts: dict[str, int] = field(default_factory=dict, compare=False)
    schema_version: int = 0
    size: int = 0
    sound: bool = False  # copied from a file that had passed its integrity check (False: not known)

    @property
    def day(self) -> date:
        return self.taken_at.date()


@dataclass(frozen=True)
class Rotation:
    """What is kept: the newest backup of each of the last `daily` days and `weekly` ISO weeks that have
    one (as restic's --keep-daily/--keep-weekly count them), and the `last` newest whatever their date."""

    daily: int = 7
    weekly: int = 4
    last: int = 3


ROTATION = Rotation()


def backup_folder(portfolio: Path) -> Path:
    """`<portfolio>.backups` beside the portfolio (so a copied or moved folder keeps its backups)."""
    return portfolio.with_name(portfolio.name + FOLDER_SUFFIX)


# --- taking -----------------------------------------------------------------------------------------------
def take_backup(
    store: Store,
    reason: str = "manual",
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
    rotation: Rotation | None = ROTATION,
) -> Backup:
    """Back up the open portfolio through its own connection (call it outside a write). Only a Store that
    may write takes one, of a file that passed its check (else PortfolioFileError, and no backup)."""
    store.refuse_writes()
    return copy_to_backup(
        store.conn, store.path, reason, progress=progress, now=now, rotation=rotation, session=store.session
    )


def backup_before_import(store: Store, progress: Progress | None = None) -> Backup:
    """The backup to take before an import writes; `progress(done, total)` may raise to cancel. When this
    process took a backup and wrote nothing since (no other process can), that backup is the file as it
    is: it is returned instead of copying the whole book again (seconds for a 1.6 GB book). A Store that
    cannot write is refused (PortfolioFileError) before anything is copied."""
    store.refuse_writes()
    session = store.session
    if session is not None and session.backed_up is not None:
        generation, path = session.backed_up
        found = _describe(path) if generation == session.generation and path.exists() else None
        if found is not None:
            return found
    try:
        return take_backup(store, "import", progress=progress)
    except InterruptedError:
        raise
    except (OSError, sqlite3.Error) as error:  # a full disk above all: no import without its backup
        raise PortfolioFileError(Problem.NO_BACKUP, store.path, _why(error)) from error


@contextmanager
def import_backup(store: Store, progress: Progress | None = None) -> Iterator[Backup]:
    """backup_before_import for the block that imports. When the block fails, the book is as the backup
    holds it, so a backup taken for it is removed again: attempts on a full disk do not pile up copies."""
    session = store.session
    earlier = None if session is None else session.backed_up
    backup = backup_before_import(store, progress)
    fresh = session is not None and session.backed_up is not earlier  # taken for this import, not reused
    try:
        yield backup
    except BaseException:
        if fresh and session is not None:
            session.backed_up = earlier
            backup.path.unlink(missing_ok=True)
            _sidecar(backup.path).unlink(missing_ok=True)
        raise


def _why(error: OSError | sqlite3.Error) -> str:
    if isinstance(error, OSError) and error.errno in file_safety.FULL_DISK:
        return f"not enough free disk space in {error.filename or 'the backups folder'}"
    return str(error)


def copy_to_backup(
    source: sqlite3.Connection,
    portfolio: Path,
    reason: str,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
    rotation: Rotation | None = ROTATION,
    session: file_safety.Session | None = None,
) -> Backup:
    """Copy `source` (a connection to `portfolio`, which passed its integrity check) into a new backup with
    the SQLite backup API, then rotate (unless `rotation` is None).

    The copy is written under a `.partial` name of this process's own, owner-only, synced, and then takes
    a free backup name (never one another backup has): a backup that is listed is always whole. The copy
    is a single file with a rollback journal."""
    if reason not in REASONS:
        raise ValueError(f"unknown reason for a backup: {reason}")
    taken = now or datetime.now()
    generation = None if session is None else session.generation  # before the copy: never newer than it
    folder = backup_folder(portfolio)
    file_safety.make_private_folder(folder)
    stamp = taken.strftime(_STAMP)
    partial = folder / f"{stamp}-{reason}.{os.getpid()}-{secrets.token_hex(4)}{PARTIAL}"
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, file_safety.PRIVATE))
    try:
        target = sqlite3.connect(partial, isolation_level=None)
        try:
            relay = None if progress is None else file_safety.pages_done(progress)
            source.backup(target, pages=file_safety.BACKUP_STEP_PAGES, progress=relay)
            target.execute("PRAGMA journal_mode = DELETE")
            counts = _counts(target)
            version = int(target.execute("PRAGMA user_version").fetchone()[0])
        finally:
            target.close()
        file_safety.fsync(partial)
        final = file_safety.link_free(partial, _names(folder, stamp, reason))
    except BaseException:
        for path in (partial, *(partial.with_name(partial.name + s) for s in file_safety.COMPANIONS)):
            path.unlink(missing_ok=True)
        raise
    backup = Backup(final, taken, reason, counts, version, final.stat().st_size, sound=True)
    _write_sidecar(backup)
    file_safety.fsync_folder(folder)  # the sidecar
    if session is not None and generation is not None:
        session.backed_up = (generation, final)
    if rotation is not None:
        rotate(portfolio, rotation)
    return backup


def daily_backup_due(portfolio: Path, today: date | None = None) -> bool:
    """True when no backup of `portfolio` was taken today (by the backups' names: nothing is opened)."""
    folder = backup_folder(portfolio)
    if not folder.is_dir():
        return True
    stamp = (today or date.today()).strftime(_STAMP[:8])  # the day part of the name
    names = (_NAME.match(path.name) for path in folder.iterdir())
    return not any(name and name.group(1).startswith(stamp) for name in names)


def take_daily_backup(portfolio: Path, session: file_safety.Session | None = None) -> Backup | None:
    """The day's first backup, if none was taken today and the portfolio holds anything and was not found
    damaged (a damaged file must not push good backups out); closing the last Store of `session` aborts it."""
    if (session is not None and session.damage) or not daily_backup_due(portfolio):
        return None
    source = file_safety.open_reader(portfolio, immutable=False)
    try:
        if not source.execute(
            "SELECT EXISTS (SELECT 1 FROM accounts UNION ALL SELECT 1 FROM products)"
        ).fetchone()[0]:
            return None

        def halt(done: int, total: int) -> None:
            if session is not None and session.stopping.is_set():
                raise InterruptedError("the portfolio was closed")

        try:
            return copy_to_backup(source, portfolio, "daily", progress=halt, session=session)
        except InterruptedError:
            return None
    finally:
        source.close()


# --- listing and rotating ---------------------------------------------------------------------------------
def list_backups(portfolio: Path) -> list[Backup]:
    """The backups of `portfolio`, newest first."""
    folder = backup_folder(portfolio)
    if not folder.is_dir():
        return []
    found = [_describe(path) for path in folder.glob("*.sqlite")]
    return sorted((b for b in found if b is not None), key=lambda b: (b.taken_at, b.path.name), reverse=True)


def kept(backups: Iterable[Backup], rotation: Rotation = ROTATION) -> list[Backup]:
    """The backups `rotation` keeps, newest first; always the newest one known to be sound."""
    newest_first = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    keep = {b.path for b in newest_first[: rotation.last]}
    keep.update([b.path for b in newest_first if b.sound][:1])
    for count, bucket in ((rotation.daily, _day), (rotation.weekly, _week)):
        seen: set[object] = set()
        for backup in newest_first:
            key = bucket(backup)
            if key not in seen and len(seen) < count:
                seen.add(key)
                keep.add(backup.path)
    return [b for b in newest_first if b.path in keep]


def rotate(portfolio: Path, rotation: Rotation = ROTATION) -> list[Path]:
    """Delete the backups `rotation` does not keep; return them."""
    backups = list_backups(portfolio)
    keep = {b.path for b in kept(backups, rotation)}
    gone = [b.path for b in backups if b.path not in keep]
    for path in gone:
        path.unlink(missing_ok=True)
        _sidecar(path).unlink(missing_ok=True)
    return gone


def remove_partials(portfolio: Path) -> None:
    """Delete backups a process left unfinished when it died (call it holding the portfolio's lock)."""
    folder = backup_folder(portfolio)
    if folder.is_dir():
        for path in folder.glob(f"*{PARTIAL}*"):
            path.unlink(missing_ok=True)


def _day(backup: Backup) -> object:
    return backup.day


def _week(backup: Backup) -> object:
    return backup.day.isocalendar()[:2]


# --- checking and restoring -------------------------------------------------------------------------------
def check(path: Path) -> str | None:
    """None when PRAGMA quick_check finds the backup sound, else what it found."""
    try:
        conn = file_safety.open_reader(path, immutable=True)
        try:
            return file_safety.quick_check(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return str(error)


def newest_good_backup(portfolio: Path) -> Backup | None:
    """The newest backup this version can restore that passes its integrity check."""
    for backup in list_backups(portfolio):
        if backup.schema_version <= schema.SCHEMA_VERSION and check(backup.path) is None:
            return backup
    return None


# --- files ------------------------------------------------------------------------------------------------
def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {
        t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in COUNTED_TABLES if t in tables
    }


def _names(folder: Path, stamp: str, reason: str) -> Iterator[Path]:
    """The names a backup taken at `stamp` may have, in the order they are tried."""
    yield folder / f"{stamp}-{reason}.sqlite"
    for n in range(2, 1000):
        yield folder / f"{stamp}-{n}-{reason}.sqlite"


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def _write_sidecar(backup: Backup) -> None:
    facts = {
        "taken_at": backup.taken_at.isoformat(timespec="microseconds"),
        "reason": backup.reason,
        "counts": backup.counts,
        "schema_version": backup.schema_version,
        "sound": backup.sound,
    }
    path = _sidecar(backup.path)
    partial = path.with_name(path.name + PARTIAL)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, file_safety.PRIVATE)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(facts, handle, indent=1)
    os.replace(partial, path)


def _describe(path: Path) -> Backup | None:
    """A backup file's facts: from its sidecar, or (sidecar lost) from its name and content."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    size = path.stat().st_size
    try:
        facts = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        taken = datetime.fromisoformat(facts["taken_at"])
        counts = {str(k): int(v) for k, v in facts["counts"].items()}
        sound = facts.get("sound") is True
        return Backup(path, taken, str(facts["reason"]), counts, int(facts["schema_version"]), size, sound)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    taken = datetime.strptime(match.group(1), _STAMP)
    try:
        conn = file_safety.open_reader(path, immutable=True)
        try:
            counts = _counts(conn)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        counts, version = {}, 0
    return Backup(path, taken, match.group(2), counts, version, size)


def recount(backup: Backup) -> None:
    """Write the backup's record counts again after its content was changed (an erasure)."""
    with closing(sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        counts = _counts(conn)
    _write_sidecar(replace(backup, counts=counts))
