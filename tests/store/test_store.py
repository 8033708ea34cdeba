"""The portfolio file: migrations from an empty file, pragmas, one writer, files that must not be opened."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from planner.core.store import schema
from planner.core.store.store import PortfolioFileError, Problem, open_portfolio

ALL_TABLES = {
    "meta", "accounts", "products", "holdings", "usage_snapshots", "revenue_by_period", "contacts",
    "nps_answers", "survey_responses", "signals", "touches", "touch_contacts", "qbrs", "qbr_attendees",
    "qbr_actions", "opportunities",
}  # fmt: skip


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_new_file_gets_every_table_of_the_domain(tmp_path: Path) -> None:
    path = tmp_path / "new" / "portfolio.sqlite"
    store = open_portfolio(path, create=True)
    store.close()
    assert tables(path) >= ALL_TABLES
    assert path.stat().st_mode & 0o777 == 0o600


def test_empty_zero_byte_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    store = open_portfolio(path)
    assert store.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
    assert store.scalar("PRAGMA application_id") == schema.APPLICATION_ID
    assert store.count("accounts") == 0
    store.close()
    assert tables(path) >= ALL_TABLES


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    open_portfolio(path, create=True).close()
    store = open_portfolio(path)
    applied = store.query("SELECT name FROM _sqlite_migrations")
    assert applied == [(name,) for name in schema.MIGRATION_NAMES]
    store.close()


def test_foreign_keys_wal_and_cascade(store) -> None:
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.journal_mode() == "wal"
    with store.write() as conn:
        conn.execute("INSERT INTO accounts(id, key, name) VALUES (1, 'A1', 'Müller GmbH')")
        conn.execute("INSERT INTO contacts(account_id, name) VALUES (1, 'Jörg Weiß')")
    with pytest.raises(sqlite3.IntegrityError), store.write() as conn:
        conn.execute("INSERT INTO contacts(account_id, name) VALUES (99, 'Niemand')")
    with store.write() as conn:
        conn.execute("DELETE FROM accounts WHERE id = 1")
    assert store.count("contacts") == 0


def test_a_failed_write_stores_nothing(store) -> None:
    with pytest.raises(RuntimeError), store.write() as conn:
        conn.execute("INSERT INTO accounts(key, name) VALUES ('A1', 'Müller GmbH')")
        raise RuntimeError("user cancelled")
    assert store.count("accounts") == 0


def test_one_writer_at_a_time_across_connections(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    first = open_portfolio(path, create=True)
    second = open_portfolio(path)
    second.conn.execute("PRAGMA busy_timeout = 0")
    with first.write():
        with pytest.raises(sqlite3.OperationalError, match="locked"), second.write():
            pass
    with second.write() as conn:  # free again once the first writer committed
        conn.execute("INSERT INTO accounts(key, name) VALUES ('A1', 'Müller GmbH')")
    assert first.count("accounts") == 1
    first.close()
    second.close()


def _unchanged(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nope.sqlite"
    with pytest.raises(PortfolioFileError) as error:
        open_portfolio(path)
    assert error.value.problem is Problem.MISSING
    assert str(path) in str(error.value)
    assert not path.exists()


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PortfolioFileError) as error:
        open_portfolio(tmp_path)
    assert error.value.problem is Problem.FOLDER


@pytest.mark.parametrize(
    "content",
    [b"Kundennummer;Name\n4711;M\xfcller GmbH\n" * 20, b"SQLite format 3\x00" + b"\xff" * 4000, b"x"],
    ids=["csv", "damaged-sqlite", "one-byte"],
)
def test_corrupt_file_is_refused_and_not_touched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "kaputt.sqlite"
    path.write_bytes(content)
    with pytest.raises(PortfolioFileError) as error:
        open_portfolio(path)
    assert error.value.problem is Problem.NOT_SQLITE
    assert str(path) in str(error.value)
    _unchanged(path, content)
    assert not Path(f"{path}-wal").exists()


def test_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    before = path.read_bytes()
    with pytest.raises(PortfolioFileError) as error:
        open_portfolio(path)
    assert error.value.problem is Problem.NOT_PORTFOLIO
    _unchanged(path, before)


def test_newer_schema_is_refused_and_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_portfolio(path, create=True).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES (?, 'm999_future', '')",
            (schema.MIGRATION_SET,),
        )
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    with pytest.raises(PortfolioFileError) as error:
        open_portfolio(path)
    assert error.value.problem is Problem.NEWER_SCHEMA
    assert "newer version" in str(error.value)
    _unchanged(path, before)


def test_unreadable_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.sqlite"
    open_portfolio(path, create=True).close()
    real_open = Path.open

    def no_permission(self: Path, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", no_permission)
    with pytest.raises(PortfolioFileError) as error:
        open_portfolio(path)
    assert error.value.problem is Problem.UNREADABLE


def test_read_only_file_opens_read_only_and_refuses_writes(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "shared.sqlite"
    store = open_portfolio(path, create=True)
    with store.write() as conn:
        conn.execute("INSERT INTO accounts(key, name) VALUES ('A1', 'Müller GmbH')")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    before = path.read_bytes()
    readonly = open_portfolio(path)
    assert readonly.readonly
    assert readonly.count("accounts") == 1
    with pytest.raises(PortfolioFileError) as error, readonly.write():
        pass
    assert error.value.problem is Problem.READ_ONLY
    readonly.close()
    _unchanged(path, before)


def test_read_only_file_of_an_older_schema_is_refused(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "old.sqlite"
    path.touch()
    monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK)
    with pytest.raises(PortfolioFileError) as error:
        open_portfolio(path)
    assert error.value.problem is Problem.READ_ONLY_OUTDATED
    assert path.read_bytes() == b""


def test_the_migrations_leave_the_apps_connection_as_sqlite_made_it(tmp_path: Path) -> None:
    """sqlite-utils runs the migrations without switching on recursive triggers or running its plugins on
    the app's own connection, so triggers behave the same whether a migration ran or not."""
    import sqlite_utils
    from sqlite_utils.plugins import pm

    prepared: list[object] = []

    class Plugin:
        @sqlite_utils.hookimpl
        def prepare_connection(self, conn: object) -> None:
            prepared.append(conn)

    plugin = Plugin()
    pm.register(plugin, name="test-plugin")
    try:
        fresh = open_portfolio(tmp_path / "neu.sqlite", create=True)  # every migration runs on its connection
        assert fresh.scalar("PRAGMA recursive_triggers") == 0
        fresh.close()
    finally:
        pm.unregister(plugin)
    assert prepared == []
