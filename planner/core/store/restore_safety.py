"""Restoring a backup: over the open portfolio (the current state backed up first), or over a damaged or
missing file (its bytes kept aside first)."""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from planner.core.store import file_safety, schema
from planner.core.store.backups import (
    Backup,
    BackupRefused,
    Progress,
    backup_folder,
    check,
    rotate,
    take_backup,
)
from planner.core.store.book import PortfolioFileError, Problem, upgrade
from planner.core.store.store import open_portfolio


def replace_damaged(
    portfolio: Path, backup: Path, folder: Path, progress: Callable[[int, int], None] | None = None
) -> Path | None:
    """Copy `backup` to where the damaged (or no) `portfolio` is. What was there goes byte for byte into
    `folder/damaged-<time>/` first (that folder is returned, None when there was nothing).

    With no Store of this process on it, the copy is made beside it and renamed over it, its old journal
    removed. When this process has it open (the background check found the damage), the backup is written
    into it through SQLite instead, and its Stores may write again once it checks sound."""
    try:
        session = file_safety.claim(portfolio)
    except file_safety.FileInUse as error:
        raise PortfolioFileError(Problem.IN_USE, portfolio, error.holder) from None
    try:
        aside = _keep_aside(portfolio, folder)
        if session.users > 1:
            _overwrite_open(portfolio, backup, session, progress)
        else:
            _replace_closed(portfolio, backup, progress)
        return aside
    finally:
        session.release()


def _keep_aside(portfolio: Path, folder: Path) -> Path | None:
    present = [p for p in (portfolio, *_companions(portfolio)) if p.exists()]
    if not present:
        return None
    file_safety.make_private_folder(folder)
    stamp = f"damaged-{datetime.now():%Y-%m-%d_%H%M%S}"
    for n in itertools.count(1):
        aside = folder / (stamp if n == 1 else f"{stamp}-{n}")
        try:
            aside.mkdir(mode=file_safety.PRIVATE_FOLDER)
            break
        except FileExistsError:
            continue
    for path in present:  # this process may have it open: never close a plain descriptor on it
        file_safety.copy_held(portfolio, path, aside / path.name)
    return aside


def _replace_closed(portfolio: Path, backup: Path, progress: Callable[[int, int], None] | None) -> None:
    restored = portfolio.with_name(portfolio.name + ".restoring.partial")
    restored.unlink(missing_ok=True)
    os.close(os.open(restored, os.O_WRONLY | os.O_CREAT | os.O_EXCL, file_safety.PRIVATE))
    try:
        _copy(backup, sqlite3.connect(restored, isolation_level=None), progress, rollback_journal=True)
        file_safety.fsync(restored)
        for path in _companions(portfolio):  # the old journal must never be replayed into the restored file
            path.unlink(missing_ok=True)
        os.replace(restored, portfolio)
    except BaseException:
        restored.unlink(missing_ok=True)
        raise
    file_safety.fsync_folder(portfolio.parent)


def _overwrite_open(
    portfolio: Path, backup: Path, session: file_safety.Session, progress: Callable[[int, int], None] | None
) -> None:
    target = sqlite3.connect(portfolio, isolation_level=None, check_same_thread=False)
    target.execute("PRAGMA busy_timeout = 5000")
    findings = _copy(backup, target, progress, rollback_journal=False, check_portfolio=portfolio)
    if findings:
        raise PortfolioFileError(Problem.DAMAGED, portfolio, findings)
    session.damage = None  # every page was written anew from a sound backup


def _copy(
    backup: Path,
    target: sqlite3.Connection,
    progress: Callable[[int, int], None] | None,
    *,
    rollback_journal: bool,
    check_portfolio: Path | None = None,
) -> str | None:
    """Copy `backup` into `target` (closed afterwards); with `check_portfolio`, upgrade and check it too."""
    source = file_safety.open_reader(backup, immutable=True)
    try:
        relay = None if progress is None else file_safety.pages_done(progress)
        source.backup(target, pages=file_safety.BACKUP_STEP_PAGES, progress=relay)
        if rollback_journal:
            target.execute("PRAGMA journal_mode = DELETE")
        if check_portfolio is None:
            return None
        upgrade(target, check_portfolio)
        return file_safety.quick_check(target)
    finally:
        source.close()
        target.close()


def _companions(portfolio: Path) -> list[Path]:
    return [portfolio.with_name(portfolio.name + suffix) for suffix in file_safety.COMPANIONS]


def restore(portfolio: Path, backup: Backup, *, progress: Progress | None = None) -> Backup | None:
    """Make `backup` the portfolio again. The current file is backed up first (reason "restore") and that
    backup returned, so restoring it undoes this. A damaged or missing file is replaced instead; what was
    there is copied byte for byte into `<backups>/damaged-<time>/` first (then None is returned)."""
    portfolio = Path(portfolio)
    problem = check(backup.path)
    if problem:
        raise BackupRefused(backup.path, "damaged", problem)
    if backup.schema_version > schema.SCHEMA_VERSION:
        raise BackupRefused(backup.path, "newer_schema", str(backup.schema_version))
    try:
        store = open_portfolio(portfolio, access="write")
    except PortfolioFileError as error:
        if error.problem not in (Problem.DAMAGED, Problem.NOT_SQLITE, Problem.MISSING):
            raise
        replace_damaged(portfolio, backup.path, backup_folder(portfolio), progress)
        return None
    try:
        if store.wait_checked():
            store.close()
            replace_damaged(portfolio, backup.path, backup_folder(portfolio), progress)
            return None
        before = take_backup(store, "restore", progress=progress, rotation=None)  # rotation might drop it
        source = file_safety.open_reader(backup.path, immutable=True)
        try:
            store.restore_from(source, progress)
        finally:
            source.close()
    finally:
        store.close()
    rotate(portfolio)
    return before
