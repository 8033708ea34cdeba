"""Touches as the quick log writes them: a touch with its contacts, created or edited as one undoable step."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from planner.core.portfolio import changes
from planner.core.portfolio.changes import Change, Row
from planner.core.store.store import Store

KINDS = ("call", "meeting", "email", "visit", "qbr", "note")
FIELDS = ("account_id", "kind", "touched_on", "minutes", "summary", "next_step", "next_step_due",
          "next_step_done_on")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Touch:
    """One touch as the log dialog shows it, with the ids of the contacts involved."""

    id: int
    account_id: int
    kind: str
    touched_on: str  # ISO date
    minutes: int
    summary: str | None
    next_step: str | None
    next_step_due: str | None  # ISO date
    contact_ids: tuple[int, ...]
    next_step_done_on: str | None = None  # ISO date the next step was done (m013)


def read_touch(store: Store, touch_id: int) -> Touch:
    """The touch with its contacts; KeyError when it no longer exists."""
    rows = changes.read_rows(store.conn, "touches", "id = ?", (touch_id,))
    if not rows:
        raise KeyError(f"touch {touch_id} no longer exists")
    row = rows[0]
    return Touch(id=touch_id, contact_ids=tuple(_contact_ids(store, touch_id)), **{f: row[f] for f in FIELDS})


def log_touch(store: Store, values: Mapping[str, Any], contact_ids: Iterable[int] = ()) -> Change:
    """A new touch and its contact links as one step: undo removes both."""
    contact_ids = sorted(set(contact_ids))
    row = _checked(store, values, contact_ids)
    touch_id = int(store.scalar("SELECT coalesce(max(id), 0) + 1 FROM touches"))
    after: dict[str, list[Row]] = {
        "touches": [{"id": touch_id, **row}],
        "touch_contacts": _links(touch_id, contact_ids),
    }
    return Change("create", "touches", (touch_id,), _name(store, row), after=changes.freeze(after))


def edit_touch(
    store: Store, touch_id: int, values: Mapping[str, Any], contact_ids: Iterable[int] | None = None
) -> Change:
    """Set `values` (and, unless None, the contacts involved) on a touch as one step; `fields` names what
    changes, "contacts" among them when the links do. Nothing changed: an empty change."""
    rows = changes.read_rows(store.conn, "touches", "id = ?", (touch_id,))
    if not rows:
        raise KeyError(f"touch {touch_id} no longer exists")
    ids = None if contact_ids is None else sorted(set(contact_ids))
    old = dict(rows[0])
    new = {**old, **_checked(store, {**old, **values}, ids or ())}
    fields = [f for f in FIELDS if new[f] != old[f]]
    before: dict[str, list[Row]] = {}
    after: dict[str, list[Row]] = {}
    old_ids = _contact_ids(store, touch_id)
    if ids is not None and ids != old_ids:
        before["touch_contacts"] = _links(touch_id, old_ids)
        after["touch_contacts"] = _links(touch_id, ids)
        fields.append("contacts")
    if fields:  # the touch row even when only its contacts change, so views of touches reload
        before["touches"], after["touches"] = [old], [new]
    return Change(
        "edit", "touches", (touch_id,), _name(store, new), changes.freeze(before), changes.freeze(after),
        fields=tuple(fields),
    )  # fmt: skip


def _contact_ids(store: Store, touch_id: int) -> list[int]:
    rows = store.query(
        "SELECT contact_id FROM touch_contacts WHERE touch_id = ? ORDER BY contact_id", (touch_id,)
    )
    return [int(r[0]) for r in rows]


def _links(touch_id: int, contact_ids: Iterable[int]) -> list[Row]:
    return [{"touch_id": touch_id, "contact_id": c} for c in sorted(set(contact_ids))]


def _checked(store: Store, values: Mapping[str, Any], contact_ids: Iterable[int]) -> dict[str, Any]:
    """The touch's columns from `values`; ValueError for an unknown kind or a contact of another account."""
    unknown = set(values) - set(FIELDS) - {"id"}
    if unknown:
        raise ValueError(f"not a field of touches: {sorted(unknown)}")
    row = {f: values.get(f) for f in FIELDS}
    row["minutes"] = int(row["minutes"] or 0)
    if row["kind"] not in KINDS:
        raise ValueError(f"not a kind of touch: {row['kind']}")
    if store.scalar("SELECT 1 FROM accounts WHERE id = ?", (row["account_id"],)) is None:
        raise KeyError(f"account {row['account_id']} no longer exists")
    wanted = sorted(set(contact_ids))
    if wanted:
        marks = ", ".join("?" * len(wanted))
        found = store.query(
            f"SELECT id FROM contacts WHERE account_id = ? AND id IN ({marks})", (row["account_id"], *wanted)
        )
        strangers = set(wanted) - {int(r[0]) for r in found}
        if strangers:
            raise ValueError(f"contacts {sorted(strangers)} are not of account {row['account_id']}")
    return row


def _name(store: Store, row: Mapping[str, Any]) -> str:
    """How the user knows a touch: "Müller GmbH · 2026-11-23" (as changes.record_name words it)."""
    account = store.scalar("SELECT name FROM accounts WHERE id = ?", (row["account_id"],))
    return f"{account} · {row['touched_on']}"
