"""Reversible changes: edit, create, bulk edit and delete, each undone and redone exactly."""

from __future__ import annotations

import pytest

from planner.core.portfolio import changes
from planner.core.portfolio.changes import apply
from planner.core.store.store import Store


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of every data table, to compare whole portfolios."""
    from planner.core.store.schema import TABLES

    return {t: store.query(f"SELECT * FROM {t} ORDER BY 1, 2") for t in TABLES}


@pytest.fixture
def book(store: Store) -> Store:
    with store.write() as conn:
        conn.execute(
            "INSERT INTO accounts(id, key, name, owner, revenue_cents) "
            "VALUES (1, 'K1', 'Müller GmbH', 'Anna', 100)"
        )
        conn.execute("INSERT INTO accounts(id, key, name, owner) VALUES (2, 'K2', 'Weiß AG', 'Ben')")
        conn.execute("INSERT INTO products(id, key, name) VALUES (1, 'P1', 'Connect')")
        conn.execute("INSERT INTO holdings(id, account_id, product_id, revenue_cents) VALUES (1, 1, 1, 500)")
        conn.execute("INSERT INTO usage_snapshots VALUES (1, 1, '2026-10', 5, 10, 3)")
        conn.execute("INSERT INTO contacts(id, account_id, name) VALUES (1, 1, 'Jörg Weiß')")
        conn.execute(
            "INSERT INTO nps_answers(id, contact_id, answered_on, score) VALUES (1, 1, '2026-01-02', 9)"
        )
        conn.execute(
            "INSERT INTO touches(id, account_id, kind, touched_on) VALUES (1, 1, 'call', '2026-11-01')"
        )
        conn.execute("INSERT INTO touch_contacts VALUES (1, 1)")
        conn.execute(
            "INSERT INTO signals(id, account_id, occurred_on, kind, product_id) "
            "VALUES (1, 2, '2026-11-02', 'outage', 1)"
        )
    return store  # fmt: skip


def test_edit_names_the_changed_fields_and_undo_restores_them(book: Store) -> None:
    change = changes.edit(
        book, "accounts", 1, {"revenue_cents": 250_000, "owner": "Anna", "name": "Müller GmbH"}
    )
    assert change.fields == ("revenue_cents",)
    assert change.name == "Müller GmbH"
    apply(book, change)
    assert book.scalar("SELECT revenue_cents FROM accounts WHERE id = 1") == 250_000
    apply(book, change, undo=True)
    assert book.scalar("SELECT revenue_cents FROM accounts WHERE id = 1") == 100
    apply(book, change)
    assert book.scalar("SELECT revenue_cents FROM accounts WHERE id = 1") == 250_000


def test_an_edit_that_changes_nothing_is_empty(book: Store) -> None:
    assert changes.edit(book, "accounts", 1, {"owner": "Anna"}).empty


def test_delete_of_an_account_takes_its_subtree_and_undo_brings_all_of_it_back(book: Store) -> None:
    before = dump(book)
    change = changes.delete(book, "accounts", [1])
    assert change.removed() == {
        "accounts": 1, "holdings": 1, "usage_snapshots": 1, "contacts": 1, "nps_answers": 1,
        "touches": 1, "touch_contacts": 1,
    }  # fmt: skip
    apply(book, change)
    assert book.count("accounts") == 1 and book.count("contacts") == 0 and book.count("touches") == 0
    apply(book, change, undo=True)
    assert dump(book) == before


def test_delete_of_a_product_nulls_signals_and_undo_restores_the_link(book: Store) -> None:
    before = dump(book)
    change = changes.delete(book, "products", [1])
    assert change.removed() == {"products": 1, "holdings": 1, "usage_snapshots": 1}
    apply(book, change)
    assert book.scalar("SELECT product_id FROM signals WHERE id = 1") is None
    assert book.count("signals") == 1
    apply(book, change, undo=True)
    assert dump(book) == before


def test_create_then_undo_removes_it_and_redo_gives_the_same_id(book: Store) -> None:
    change = changes.create(book, "accounts", {"key": "K3", "name": "Neu GmbH"})
    assert change.ids == (3,)
    apply(book, change)
    assert book.scalar("SELECT name FROM accounts WHERE id = 3") == "Neu GmbH"
    apply(book, change, undo=True)
    assert book.count("accounts") == 2
    apply(book, change)
    assert book.scalar("SELECT key FROM accounts WHERE id = 3") == "K3"


def test_bulk_edit_is_one_step_and_leaves_out_records_already_so(book: Store) -> None:
    change = changes.bulk_edit(book, "accounts", [1, 2], {"owner": "Ben", "segment": "KMU"})
    assert [r["id"] for r in change.before["accounts"]] == [1, 2]
    apply(book, change)
    assert book.query("SELECT owner, segment FROM accounts ORDER BY id") == [("Ben", "KMU"), ("Ben", "KMU")]
    apply(book, change, undo=True)
    assert book.query("SELECT owner, segment FROM accounts ORDER BY id") == [("Anna", None), ("Ben", None)]


def test_a_failing_change_stores_nothing(book: Store) -> None:
    bad = changes.create(book, "accounts", {"key": "K1", "name": "Doppelt"})  # key K1 is taken
    with pytest.raises(changes.ChangeFailed, match="UNIQUE"):
        apply(book, bad)
    assert book.count("accounts") == 2
