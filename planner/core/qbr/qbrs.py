"""QBRs (quarterly business reviews): plan, write up and cancel one as an undoable step, the calendar, and
the open actions of earlier QBRs that come back on the next one of the account."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from planner.core.portfolio import changes
from planner.core.portfolio.changes import Change, Row
from planner.core.qbr.qbr_snapshot import last_held, take_snapshot
from planner.core.store.store import Store

STATUSES = ("planned", "held", "cancelled")
ACTION_STATUSES = ("open", "done", "dropped")
SIDES = ("customer", "ours")
QBR_MINUTES = 120  # the touch a held QBR counts as
TEXTS = ("objectives", "agenda", "recommendations", "outcomes")


class QbrProblem(ValueError):
    """A QBR that cannot be saved as it is; `code` says why (the UI words it), nothing was stored."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str
    side: str  # customer, ours
    contact_id: int | None = None  # the account's contact, for customer attendees


@dataclass(frozen=True, slots=True)
class Action:
    """An action agreed at a QBR: who does what by when, and whether it is done."""

    title: str
    owner: str = ""
    due_on: str | None = None  # ISO date
    status: str = "open"  # open, done, dropped
    id: int | None = None  # None: not stored yet
    qbr_id: int | None = None  # the QBR that agreed it
    agreed_on: str | None = None  # that QBR's date


@dataclass(frozen=True)
class Qbr:
    """One QBR as the plan form edits it. `carried`: actions of the account's earlier QBRs that come back on
    this one (the open ones, and all of the last held QBR before it); their status is edited here too."""

    id: int | None
    account_id: int
    held_on: str  # ISO date
    status: str = "planned"
    objectives: str = ""
    agenda: str = ""
    recommendations: str = ""
    outcomes: str = ""
    attendees: tuple[Attendee, ...] = ()
    actions: tuple[Action, ...] = ()
    carried: tuple[Action, ...] = ()
    snapshot_json: str | None = None
    account: str = ""  # the account's name

    @property
    def open_carried(self) -> list[Action]:
        return [a for a in self.carried if a.status == "open"]


def _action(row: Sequence[Any]) -> Action:
    action_id, qbr_id, title, owner, due, status, agreed = row
    return Action(title, owner or "", due, status, action_id, qbr_id, agreed)


_ACTIONS = (
    "SELECT x.id, x.qbr_id, x.title, x.owner, x.due_on, x.status, q.held_on FROM qbr_actions x "
    "JOIN qbrs q ON q.id = x.qbr_id "
)


def read_qbr(store: Store, qbr_id: int) -> Qbr:
    """The QBR with its attendees, its actions and the actions it carries; KeyError when it is gone."""
    rows = changes.read_rows(store.conn, "qbrs", "id = ?", (qbr_id,))
    if not rows:
        raise KeyError(f"QBR {qbr_id} no longer exists")
    row = rows[0]
    attendees = tuple(
        Attendee(name or "", side, contact_id)
        for contact_id, name, side in store.query(
            "SELECT contact_id, name, side FROM qbr_attendees WHERE qbr_id = ? ORDER BY side, id", (qbr_id,)
        )
    )
    actions = tuple(_action(r) for r in store.query(_ACTIONS + "WHERE x.qbr_id = ? ORDER BY x.id", (qbr_id,)))
    texts = {t: row[t] or "" for t in TEXTS}
    return Qbr(
        qbr_id, row["account_id"], row["held_on"], row["status"], **texts,
        attendees=attendees, actions=actions,
        carried=tuple(carried_actions(store, row["account_id"], row["held_on"], exclude=qbr_id)),
        snapshot_json=row["snapshot_json"], account=_account_name(store, row["account_id"]),
    )  # fmt: skip


def new_qbr(store: Store, account_id: int, held_on: date) -> Qbr:
    """A QBR not yet stored, with the open actions it carries; the account's owner attends for us."""
    found = store.query("SELECT name, coalesce(owner, '') FROM accounts WHERE id = ?", (account_id,))
    if not found:
        raise KeyError(f"account {account_id} no longer exists")
    name, owner = found[0]
    day = held_on.isoformat()
    ours = (Attendee(owner, "ours"),) if owner else ()
    return Qbr(None, account_id, day, attendees=ours, carried=tuple(carried_actions(store, account_id, day)),
               account=name)  # fmt: skip


def carried_actions(store: Store, account_id: int, before: str, exclude: int | None = None) -> list[Action]:
    """What comes back on a QBR of `before` (ISO): every action of the last held QBR before it, and the
    still open actions of the account's other earlier QBRs; oldest first."""
    last = last_held(store, account_id, before, exclude)
    rows = store.query(
        _ACTIONS + "WHERE q.account_id = ? AND q.held_on < ? AND q.id IS NOT ? "
        "AND (x.status = 'open' OR q.id = ?) ORDER BY q.held_on, x.id",
        (account_id, before, exclude, last["id"] if last else None),
    )
    return [_action(r) for r in rows]


def team_names(store: Store) -> list[str]:
    """Our people: the accounts' owners and everyone who attended a QBR for us, by name."""
    rows = store.query(
        "SELECT owner FROM accounts WHERE coalesce(owner, '') <> '' UNION "
        "SELECT name FROM qbr_attendees WHERE side = 'ours' AND coalesce(name, '') <> ''"
    )
    return sorted({str(r[0]) for r in rows}, key=str.casefold)


# --- saving --------------------------------------------------------------------------------------------
def _account_name(store: Store, account_id: int) -> str:
    name = store.scalar("SELECT name FROM accounts WHERE id = ?", (account_id,))
    if name is None:
        raise QbrProblem("account", str(account_id))
    return str(name)


def _check(store: Store, qbr: Qbr) -> None:
    try:
        date.fromisoformat(qbr.held_on)
    except (TypeError, ValueError):
        raise QbrProblem("date", str(qbr.held_on)) from None
    if qbr.status not in STATUSES:
        raise QbrProblem("status", qbr.status)
    contacts = {r[0] for r in store.query("SELECT id FROM contacts WHERE account_id = ?", (qbr.account_id,))}
    for person in qbr.attendees:
        if person.side not in SIDES or not (person.name.strip() or person.contact_id):
            raise QbrProblem("attendee", person.name)
        if person.contact_id is not None and person.contact_id not in contacts:
            raise QbrProblem("contact", str(person.contact_id))
    for action in (*qbr.actions, *qbr.carried):
        if not action.title.strip():
            raise QbrProblem("action_title")
        if action.status not in ACTION_STATUSES:
            raise QbrProblem("action_status", action.status)
        if action.due_on:
            try:
                date.fromisoformat(action.due_on)
            except ValueError:
                raise QbrProblem("action_due", action.due_on) from None


def _next_id(store: Store, table: str) -> int:
    return int(store.scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {table}"))


def save_qbr(store: Store, qbr: Qbr, *, today: date | None = None) -> Change:
    """The QBR with its attendees and actions, and the status of the actions it carries, as one step.
    Marked held for the first time: it keeps a snapshot of the account (for the next briefing's "what
    changed") and counts as a touch of kind QBR with its customer attendees."""
    _check(store, qbr)
    today = today or date.today()
    name = _account_name(store, qbr.account_id)
    old = changes.read_rows(store.conn, "qbrs", "id = ?", (qbr.id,)) if qbr.id is not None else []
    if qbr.id is not None and not old:
        raise KeyError(f"QBR {qbr.id} no longer exists")
    before: dict[str, list[Row]] = {"qbrs": list(old)}
    qbr_id = qbr.id if qbr.id is not None else _next_id(store, "qbrs")
    was_held = bool(old) and old[0]["status"] == "held"
    snapshot = old[0]["snapshot_json"] if old else None
    if qbr.status != "held":
        snapshot = None
    elif snapshot is None:
        snapshot = take_snapshot(store, qbr.account_id, today).to_json()
    row = {"id": qbr_id, "account_id": qbr.account_id, "held_on": qbr.held_on, "status": qbr.status,
           **{t: getattr(qbr, t).strip() or None for t in TEXTS}, "snapshot_json": snapshot}  # fmt: skip
    after: dict[str, list[Row]] = {"qbrs": [row]}
    _attendee_rows(store, qbr, qbr_id, before, after)
    _action_rows(store, qbr, qbr_id, before, after)
    if qbr.status == "held" and not was_held:
        _touch_rows(store, qbr, after)
    fields = [k for k in row if not old or old[0][k] != row[k]] if old else []
    for table, word in (("qbr_attendees", "attendees"), ("qbr_actions", "actions")):
        if before.get(table) != after.get(table):
            fields.append(word)
    return Change("edit" if old else "create", "qbrs", (qbr_id,), f"{name} · {qbr.held_on}",
                  changes.freeze(before), changes.freeze(after), fields=tuple(fields))  # fmt: skip


def _attendee_rows(
    store: Store, qbr: Qbr, qbr_id: int, before: dict[str, list[Row]], after: dict[str, list[Row]]
) -> None:
    old = changes.read_rows(store.conn, "qbr_attendees", "qbr_id = ? ORDER BY id", (qbr_id,))
    free = {(r["contact_id"], r["name"], r["side"]): r["id"] for r in old}
    next_id = _next_id(store, "qbr_attendees")
    rows, seen = [], set()
    for person in qbr.attendees:
        key = (person.contact_id, person.name.strip() or None, person.side)
        if key in seen:
            continue
        seen.add(key)
        if key in free:
            attendee_id = free.pop(key)
        else:
            attendee_id, next_id = next_id, next_id + 1
        rows.append(
            {"id": attendee_id, "qbr_id": qbr_id, "contact_id": key[0], "name": key[1], "side": key[2]}
        )
    before["qbr_attendees"] = list(old)
    after["qbr_attendees"] = sorted(rows, key=lambda r: r["id"])


def _action_rows(
    store: Store, qbr: Qbr, qbr_id: int, before: dict[str, list[Row]], after: dict[str, list[Row]]
) -> None:
    old = changes.read_rows(store.conn, "qbr_actions", "qbr_id = ? ORDER BY id", (qbr_id,))
    own = {r["id"] for r in old}
    next_id = _next_id(store, "qbr_actions")
    rows = []
    for action in qbr.actions:
        if action.id is not None and action.id in own:
            action_id = action.id
        else:
            action_id, next_id = next_id, next_id + 1
        rows.append(_action_row(action, action_id, qbr_id))
    before_rows: list[Row] = list(old)
    after_rows: list[Row] = sorted(rows, key=lambda r: r["id"])
    carried_ids = [a.id for a in qbr.carried if a.id is not None and a.id not in own]
    if carried_ids:
        marks = ", ".join("?" * len(carried_ids))
        where = f"id IN ({marks}) AND qbr_id IN (SELECT id FROM qbrs WHERE account_id = ?)"
        found = changes.read_rows(store.conn, "qbr_actions", where, (*carried_ids, qbr.account_id))
        stored = {r["id"]: r for r in found}
        for action in qbr.carried:
            stored_row = stored.get(action.id) if action.id is not None else None
            if stored_row is None:
                continue  # deleted meanwhile, or not of this account
            new = _action_row(action, stored_row["id"], stored_row["qbr_id"])
            if new != dict(stored_row):
                before_rows.append(stored_row)
                after_rows.append(new)
    before["qbr_actions"], after["qbr_actions"] = before_rows, after_rows


def _action_row(action: Action, action_id: int, qbr_id: int) -> dict[str, Any]:
    return {
        "id": action_id, "qbr_id": qbr_id, "title": action.title.strip(),
        "owner": action.owner.strip() or None, "due_on": action.due_on or None, "status": action.status,
    }  # fmt: skip


def _touch_rows(store: Store, qbr: Qbr, after: dict[str, list[Row]]) -> None:
    """The held QBR as a touch of kind QBR with its customer attendees, unless one is logged that day."""
    if store.scalar(
        "SELECT 1 FROM touches WHERE account_id = ? AND kind = 'qbr' AND substr(touched_on, 1, 10) = ?",
        (qbr.account_id, qbr.held_on[:10]),
    ):
        return
    touch_id = _next_id(store, "touches")
    summary = (qbr.outcomes.strip().splitlines() or [qbr.objectives.strip()])[0][:200] or None
    after["touches"] = [{
        "id": touch_id, "account_id": qbr.account_id, "kind": "qbr", "touched_on": qbr.held_on,
        "minutes": QBR_MINUTES, "summary": summary, "next_step": None, "next_step_due": None,
    }]  # fmt: skip
    people = sorted({p.contact_id for p in qbr.attendees if p.contact_id is not None})
    after["touch_contacts"] = [{"touch_id": touch_id, "contact_id": c} for c in people]


def delete_qbr(store: Store, qbr_id: int) -> Change:
    """The QBR with its attendees and actions; undo brings all of it back."""
    found = store.query(
        "SELECT a.name, q.held_on FROM qbrs q JOIN accounts a ON a.id = q.account_id WHERE q.id = ?",
        (qbr_id,),
    )
    if not found:
        raise KeyError(f"QBR {qbr_id} no longer exists")
    return replace(changes.delete(store, "qbrs", [qbr_id]), name=f"{found[0][0]} · {found[0][1]}")
