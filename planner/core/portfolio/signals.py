"""Signals entered by hand: what a KAM hears about an account (an outage, a demo request, content engaged,
a new stakeholder, ...), listed newest first, added, edited and deleted as undoable changes.

Imports fill the same table (importing/activity_kinds.py); a hand-entered signal says so in its source.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.core.portfolio import changes
from planner.core.portfolio.changes import Change
from planner.core.store.import_tables import SIGNAL_KINDS
from planner.core.store.store import Store

KINDS = SIGNAL_KINDS
FIELDS = ("account_id", "occurred_on", "kind", "contact_id", "product_id", "content", "topic", "department",
          "region", "detail")  # fmt: skip
HAND = "hand"  # the source of a signal entered by hand

# The fields a kind has besides date, contact, product and detail: a new stakeholder comes from a department
# or a region (the rule reads them), content engaged names the content and its topic, an event its name.
KIND_FIELDS = {
    "new_stakeholder": ("department", "region"),
    "content_engaged": ("content", "topic"),
    "event_attended": ("content", "topic"),
}

_MESSAGES = {  # the problems' codes in plain words (the UI words them in the user's language)
    "kind": "Choose what happened (the kind of signal).",
    "date": "Enter the date it happened.",
    "not_date": "Not a date: {value}.",
    "stakeholder": "A new stakeholder needs a department or a region.",
    "content": "Content engaged needs the content's name.",
    "account": "Choose the account.",
    "contact": "The contact is not one of this account's.",
}


class SignalInvalid(ValueError):
    """A signal that cannot be stored; `problems` maps a field to a code (see _MESSAGES)."""

    def __init__(self, problems: Mapping[str, str], values: Mapping[str, Any]) -> None:
        self.problems = dict(problems)
        words = [_MESSAGES[c].replace("{value}", str(values.get("occurred_on"))) for c in problems.values()]
        super().__init__(" ".join(words))


@dataclass(frozen=True, slots=True)
class SignalRow:
    """One signal as an account's list shows it."""

    id: int
    occurred_on: str  # ISO date
    kind: str
    contact: str  # the contact's name, or ""
    product: str  # the product's name, or ""
    content: str
    topic: str
    department: str
    region: str
    detail: str
    source: str


def account_signals(store: Store, account_id: int) -> list[SignalRow]:
    """The account's signals, newest first (those of one day: the latest entered first)."""
    rows = store.query(
        """
        SELECT s.id, s.occurred_on, s.kind, coalesce(c.name, ''), coalesce(p.name, ''),
               coalesce(s.content, ''), coalesce(s.topic, ''), coalesce(s.department, ''),
               coalesce(s.region, ''), coalesce(s.detail, ''), coalesce(s.source, '')
        FROM signals AS s
        LEFT JOIN contacts AS c ON c.id = s.contact_id
        LEFT JOIN products AS p ON p.id = s.product_id
        WHERE s.account_id = ?
        ORDER BY s.occurred_on DESC, s.id DESC
        """,
        (account_id,),
    )
    return [SignalRow(*r) for r in rows]


def read_signal(store: Store, signal_id: int) -> dict[str, Any]:
    """The signal's row (all columns); KeyError when it no longer exists."""
    rows = changes.read_rows(store.conn, "signals", "id = ?", (signal_id,))
    if not rows:
        raise KeyError(f"signal {signal_id} no longer exists")
    return dict(rows[0])


def problems(store: Store, values: Mapping[str, Any]) -> dict[str, str]:
    """What keeps `values` from being stored as a signal, by field: {} when nothing does."""
    found: dict[str, str] = {}
    account_id = values.get("account_id")
    if account_id is None or store.scalar("SELECT 1 FROM accounts WHERE id = ?", (account_id,)) is None:
        found["account_id"] = "account"
    kind = values.get("kind")
    if kind not in KINDS:
        found["kind"] = "kind"
    day = values.get("occurred_on")
    if _blank(day):
        found["occurred_on"] = "date"
    else:
        try:
            date.fromisoformat(str(day))
        except ValueError:
            found["occurred_on"] = "not_date"
    if kind == "new_stakeholder" and _blank(values.get("department")) and _blank(values.get("region")):
        found["department"] = "stakeholder"
    if kind == "content_engaged" and _blank(values.get("content")):
        found["content"] = "content"
    contact_id = values.get("contact_id")
    if contact_id is not None and "account_id" not in found:
        sql = "SELECT 1 FROM contacts WHERE id = ? AND account_id = ?"
        if store.scalar(sql, (contact_id, account_id)) is None:
            found["contact_id"] = "contact"
    return found


def add_signal(store: Store, values: Mapping[str, Any]) -> Change:
    """A new signal entered by hand (source "hand"); SignalInvalid when it cannot be stored."""
    row = _checked(store, values)
    signal_id = int(store.scalar("SELECT coalesce(max(id), 0) + 1 FROM signals"))
    after = {"signals": [{"id": signal_id, **row, "source": HAND}]}
    return Change("create", "signals", (signal_id,), _name(store, row), after=changes.freeze(after))


def edit_signal(store: Store, signal_id: int, values: Mapping[str, Any]) -> Change:
    """Set `values` on a signal as one step (its source stays); `fields` names what changes. Nothing
    changed: an empty change. KeyError when it is gone, SignalInvalid when the result cannot be stored."""
    old = read_signal(store, signal_id)
    new = {**old, **_checked(store, {**old, **values})}
    fields = tuple(f for f in FIELDS if new[f] != old[f])
    before, after = ({"signals": [old]}, {"signals": [new]}) if fields else ({}, {})
    return Change(
        "edit", "signals", (signal_id,), _name(store, new), changes.freeze(before), changes.freeze(after),
        fields=fields,
    )  # fmt: skip


def delete_signals(store: Store, ids: Sequence[int]) -> Change:
    """Delete signals as one step; undo brings them back with the same ids."""
    return changes.delete(store, "signals", ids)


def _checked(store: Store, values: Mapping[str, Any]) -> dict[str, Any]:
    """The signal's columns from `values`, texts trimmed (empty: NULL); SignalInvalid with every problem at
    once. Fields another kind uses are kept (an imported content signal may name a department)."""
    unknown = set(values) - set(FIELDS) - {"id", "source"}
    if unknown:
        raise ValueError(f"not a field of signals: {sorted(unknown)}")
    row = {f: values.get(f) for f in FIELDS}
    for field in ("content", "topic", "department", "region", "detail", "occurred_on"):
        text = row[field]
        row[field] = text.strip() or None if isinstance(text, str) else text
    found = problems(store, row)
    if found:
        raise SignalInvalid(found, row)
    return row


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _name(store: Store, row: Mapping[str, Any]) -> str:
    """How the user knows a signal: "Müller GmbH · 2026-11-23" (as changes.record_name words it)."""
    account = store.scalar("SELECT name FROM accounts WHERE id = ?", (row["account_id"],))
    return f"{account} · {row['occurred_on']}"
