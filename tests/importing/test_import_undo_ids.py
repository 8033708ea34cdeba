"""Undo removes exactly the records an import created: never one made by hand in the id of a deleted one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.core.importing import ImportRefused, redo_import, undo_import
from planner.core.store.created import M008_TABLES
from planner.core.store.import_tables import M012_TABLES
from planner.core.store.store import Store, open_portfolio
from tests.importing_support import dump, full_dump, import_file, small_book, write_csv

NEW_ACCOUNTS = [["key", "name"], ["K-1", "Eins GmbH"], ["K-2", "Zwei GmbH"], ["K-3", "Drei GmbH"]]


def _accounts(store: Store) -> list[tuple[int, str]]:
    return store.query("SELECT id, key FROM accounts ORDER BY id")


def _by_hand(store: Store, key: str = "HAND-1", created_on: str | None = None) -> int:
    """An account with a contact, made in the app (SQLite gives it the largest id + 1)."""
    with store.write() as conn:
        cursor = conn.execute(
            "INSERT INTO accounts (key, name, created_on) "
            "VALUES (?, 'Von Hand GmbH', coalesce(?, date('now')))",
            (key, created_on),
        )
        account = int(cursor.lastrowid or 0)
        conn.execute("INSERT INTO contacts (account_id, name) VALUES (?, 'Hanna Hand')", (account,))
    return account


def _delete(store: Store, table: str, rowid: int) -> None:
    with store.write() as conn:
        conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))


def test_undo_leaves_an_account_made_by_hand_in_the_id_of_a_deleted_one(store, tmp_path):
    """The issue's case: import three accounts, delete the third, make one by hand, undo the import."""
    small_book(store)
    _, record = import_file(store, write_csv(tmp_path / "Kunden.csv", NEW_ACCOUNTS))
    assert _accounts(store)[3:] == [(4, "K-1"), (5, "K-2"), (6, "K-3")]
    _delete(store, "accounts", 6)
    assert _by_hand(store) == 6  # the id the deleted account had
    undo_import(store, record.id)
    assert _accounts(store) == [(1, "ACC-00001"), (2, "ACC-00002"), (3, "ACC-00003"), (6, "HAND-1")]
    assert store.query("SELECT account_id, name FROM contacts WHERE account_id = 6") == [(6, "Hanna Hand")]


@pytest.mark.parametrize("deleted", [(5,), (3, 5), (1, 2, 5), (2, 4, 5)])
def test_undo_removes_the_rest_of_the_created_rows_and_not_the_row_made_since(store, tmp_path, deleted):
    """Usage rows have no id of their own: their rowids are given the same way. Rowids 2-6 are created (1 is
    the October usage of small_book); the `deleted` ones (1-5: the first to the fifth created) go, then one
    is made by hand: it takes the largest rowid left + 1, inside what the import created."""
    small_book(store)
    rows = [["Kunde", "Produkt", "Monat", "Nutzung"]]
    rows += [["ACC-00002", "P-CONNECT", f"0{month}/2026", str(month)] for month in range(1, 6)]
    before = dump(store)
    _, record = import_file(store, write_csv(tmp_path / "Nutzung.csv", rows))
    created = store.query("SELECT rowid, period FROM usage_snapshots WHERE account_id = 2 ORDER BY rowid")
    assert created == [(2, "2026-01"), (3, "2026-02"), (4, "2026-03"), (5, "2026-04"), (6, "2026-05")]
    for position in deleted:
        _delete(store, "usage_snapshots", position + 1)
    with store.write() as conn:  # entered in the app
        conn.execute("INSERT INTO usage_snapshots VALUES (3, 2, '2026-12', 7.0, NULL, NULL)")
    by_hand = max({1, 2, 3, 4, 5, 6} - {p + 1 for p in deleted}) + 1
    assert store.scalar("SELECT rowid FROM usage_snapshots WHERE account_id = 3") == by_hand
    undo_import(store, record.id)
    assert store.query("SELECT rowid, account_id, period FROM usage_snapshots ORDER BY rowid") == [
        (1, 1, "2026-10"),
        (by_hand, 3, "2026-12"),
    ]
    _delete(store, "usage_snapshots", by_hand)
    assert dump(store) == before


def test_after_a_redo_undo_again_removes_only_what_the_import_created(store, tmp_path):
    small_book(store)
    _, record = import_file(store, write_csv(tmp_path / "Kunden.csv", NEW_ACCOUNTS))
    undo_import(store, record.id)
    redo_import(store, record.id)
    assert _accounts(store)[3:] == [(4, "K-1"), (5, "K-2"), (6, "K-3")]  # back with the ids they had
    _delete(store, "accounts", 6)
    _by_hand(store)
    undo_import(store, record.id)
    assert _accounts(store)[3:] == [(6, "HAND-1")]


def test_redo_is_refused_when_a_record_made_since_took_an_id_it_creates(store, tmp_path):
    small_book(store)
    _, record = import_file(store, write_csv(tmp_path / "Kunden.csv", NEW_ACCOUNTS))
    undo_import(store, record.id)
    assert _by_hand(store) == 4  # the id of K-1, which redo would put back
    before = full_dump(store)
    with pytest.raises(ImportRefused) as caught:
        redo_import(store, record.id)
    assert (caught.value.code, caught.value.detail) == ("taken", str(record.id))
    assert full_dump(store) == before


# --- books of the version before (imports that kept only their first and last rowid) -----------------------
def _as_the_version_before(path: Path) -> None:
    """Take migration m008 out of the file again: no created ids kept, no triggers."""
    raw = sqlite3.connect(path)
    for table in (*M008_TABLES, *M012_TABLES):  # (m012 came later, but its triggers use the tables)
        raw.execute(f"DROP TRIGGER {table}_import_created")
        raw.execute(f"DROP TRIGGER {table}_import_freed")
    raw.execute("DROP TABLE import_created")
    raw.execute("DROP TABLE import_freed")
    raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_import_created'")
    raw.execute("PRAGMA user_version = 7")
    raw.commit()
    raw.close()


def test_an_import_of_the_version_before_is_undone_exactly_after_the_upgrade(store, tmp_path):
    small_book(store)
    _, record = import_file(store, write_csv(tmp_path / "Kunden.csv", NEW_ACCOUNTS))
    store.close()
    _as_the_version_before(store.path)
    upgraded = open_portfolio(store.path)
    try:
        assert upgraded.query("SELECT table_name, lo, hi, import_id FROM import_created") == [
            ("accounts", 4, 6, record.id)
        ]
        _delete(upgraded, "accounts", 6)
        _by_hand(upgraded)
        undo_import(upgraded, record.id)
        assert _accounts(upgraded)[3:] == [(6, "HAND-1")]
    finally:
        upgraded.close()


@pytest.mark.parametrize("made_by_hand", [False, True])
def test_an_import_of_the_version_before_that_lost_records_is_not_undone(store, tmp_path, made_by_hand):
    """Before the upgrade the newest imported account was deleted (and maybe one made by hand, another day,
    in its id): which records the import made cannot be told, so undo is refused and changes nothing."""
    small_book(store)
    _, record = import_file(store, write_csv(tmp_path / "Kunden.csv", NEW_ACCOUNTS))
    store.close()
    _as_the_version_before(store.path)
    raw = sqlite3.connect(store.path)  # the version before: nothing keeps track of the deletion
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute("DELETE FROM accounts WHERE id = 6")
    if made_by_hand:
        raw.execute(
            "INSERT INTO accounts (key, name, created_on) VALUES ('HAND-1', 'Von Hand', '2020-01-02')"
        )
    raw.commit()
    raw.close()
    upgraded = open_portfolio(store.path)
    try:
        before = full_dump(upgraded)
        with pytest.raises(ImportRefused) as caught:
            undo_import(upgraded, record.id)
        assert (caught.value.code, caught.value.detail) == ("unsure", str(record.id))
        assert "earlier version" in str(caught.value)
        assert full_dump(upgraded) == before
    finally:
        upgraded.close()


def test_undo_never_writes_old_values_over_a_record_made_in_the_id_of_one_it_changed(store, tmp_path):
    """An import changes the newest account; it is deleted and one is made by hand in its id: undo leaves the
    new one as it is and does not bring the deleted one back."""
    small_book(store)
    import_file(store, write_csv(tmp_path / "Kunden.csv", NEW_ACCOUNTS))
    _, change = import_file(
        store, write_csv(tmp_path / "Mitarbeiter.csv", [["key", "employees"], ["K-3", "40"]])
    )
    _delete(store, "accounts", 6)
    assert _by_hand(store) == 6
    undo_import(store, change.id)
    assert store.query("SELECT id, key, name, employees FROM accounts WHERE id >= 4 ORDER BY id") == [
        (4, "K-1", "Eins GmbH", None), (5, "K-2", "Zwei GmbH", None), (6, "HAND-1", "Von Hand GmbH", None)
    ]  # fmt: skip
