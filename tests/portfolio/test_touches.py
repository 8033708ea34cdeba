"""Touches with their contacts, logged and edited as one undoable change each."""

from __future__ import annotations

import pytest

from planner.core.portfolio import changes
from planner.core.portfolio.touches import edit_touch, log_touch, read_touch
from planner.core.store.store import Store


def account_with_contacts(store: Store, count: int = 2) -> tuple[int, list[int]]:
    row = store.query(
        "SELECT account_id FROM contacts GROUP BY account_id HAVING count(*) >= ? ORDER BY 1 LIMIT 1",
        (count,),
    )
    account_id = int(row[0][0])
    ids = [
        int(r[0])
        for r in store.query("SELECT id FROM contacts WHERE account_id = ? ORDER BY id", (account_id,))
    ]
    return account_id, ids


def values(account_id: int, **more: object) -> dict[str, object]:
    return {"account_id": account_id, "kind": "call", "touched_on": "2026-11-23", "minutes": 15, **more}


def links(store: Store, touch_id: int) -> list[int]:
    rows = store.query("SELECT contact_id FROM touch_contacts WHERE touch_id = ? ORDER BY 1", (touch_id,))
    return [r[0] for r in rows]


def test_a_touch_with_its_contacts_is_one_step(demo_store: Store) -> None:
    account_id, contacts = account_with_contacts(demo_store)
    before = demo_store.count("touches")
    change = log_touch(demo_store, values(account_id, summary="Called"), contacts[:2])
    assert set(change.after) == {"touches", "touch_contacts"}
    assert change.name.endswith(" · 2026-11-23")
    changes.apply(demo_store, change)
    touch = read_touch(demo_store, change.ids[0])
    assert (touch.account_id, touch.summary, touch.contact_ids) == (account_id, "Called", tuple(contacts[:2]))
    changes.apply(demo_store, change, undo=True)
    assert demo_store.count("touches") == before
    assert links(demo_store, change.ids[0]) == []


def test_editing_a_touch_and_its_contacts_undoes_as_one(demo_store: Store) -> None:
    account_id, contacts = account_with_contacts(demo_store)
    created = log_touch(demo_store, values(account_id, summary="Called"), contacts[:1])
    changes.apply(demo_store, created)
    touch_id = created.ids[0]
    edit = edit_touch(demo_store, touch_id, {"summary": "Visited", "kind": "visit"}, contacts[1:2])
    assert edit.fields == ("kind", "summary", "contacts")
    changes.apply(demo_store, edit)
    touch = read_touch(demo_store, touch_id)
    assert (touch.kind, touch.summary, touch.contact_ids) == ("visit", "Visited", (contacts[1],))
    changes.apply(demo_store, edit, undo=True)
    touch = read_touch(demo_store, touch_id)
    assert (touch.kind, touch.summary, touch.contact_ids) == ("call", "Called", (contacts[0],))


def test_only_the_contacts_change(demo_store: Store) -> None:
    account_id, contacts = account_with_contacts(demo_store)
    created = log_touch(demo_store, values(account_id), contacts[:1])
    changes.apply(demo_store, created)
    edit = edit_touch(demo_store, created.ids[0], {}, contacts[:2])
    assert edit.fields == ("contacts",)
    assert "touches" in edit.after  # announced as a change of touches, so their views reload
    assert edit_touch(demo_store, created.ids[0], {"minutes": 15}, None).empty


def test_a_contact_of_another_account_or_an_unknown_kind_is_refused(demo_store: Store) -> None:
    account_id, _ = account_with_contacts(demo_store)
    stranger = demo_store.scalar("SELECT id FROM contacts WHERE account_id != ? LIMIT 1", (account_id,))
    with pytest.raises(ValueError, match="not of account"):
        log_touch(demo_store, values(account_id), [stranger])
    with pytest.raises(ValueError, match="kind"):
        log_touch(demo_store, values(account_id, kind="lunch"))
    with pytest.raises(KeyError):
        read_touch(demo_store, 10**9)
    with pytest.raises(KeyError):
        edit_touch(demo_store, 10**9, {"summary": "x"})
