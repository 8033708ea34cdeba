"""Tasks: the next steps of touches and opportunities and the open actions agreed at QBRs, each with its owner
and due day; which are due now; marking one done, or open again, as an undoable step.

A next step is a task only when it has text. A touch's next step is open until it is marked done or the
account is touched again (a later touch on or before today follows it up, as Coverage counts the due next
steps); an opportunity's until it is marked done or the opportunity is won or lost; a QBR action while its
status is open. The owner of a touch's next step is the account's owner; of an opportunity's next step the
opportunity's owner, else the account's; of a QBR action its own owner, else the account's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from planner.core.portfolio import changes
from planner.core.portfolio.changes import Change
from planner.core.store.store import Store

KINDS = ("touch_next_step", "opportunity_next_step", "qbr_action")
BUCKETS = ("overdue", "today", "later", "undated", "done")  # the order of the list
DONE_DAYS = 90  # done tasks are listed for so many days: marked done since, or agreed at a QBR since
_DONE_BY = {  # kind -> (table, column, value when done, value when open); None: today's date
    "touch_next_step": ("touches", "next_step_done_on", None, None),
    "opportunity_next_step": ("opportunities", "next_step_done_on", None, None),
    "qbr_action": ("qbr_actions", "status", "done", "open"),
}


@dataclass(frozen=True, slots=True)
class Task:
    """One thing to do for an account. `id` is the touch's, the opportunity's or the QBR action's."""

    kind: str  # one of KINDS
    id: int
    account_id: int
    account: str
    owner: str  # "" when nobody owns it
    title: str
    due: str | None  # ISO day
    done: bool = False
    done_on: str | None = None  # the day it was marked done (a QBR action keeps no day)
    origin: str = ""  # where it comes from: the touch's kind (call, meeting, ...), "opportunity" or "qbr"
    origin_day: str | None = None  # the touch's day or the QBR's day
    product: str = ""  # the opportunity's product
    qbr_id: int | None = None  # the QBR that agreed the action

    @property
    def key(self) -> str:
        """Stable over reloads: "touch_next_step-17"."""
        return f"{self.kind}-{self.id}"

    @property
    def name(self) -> str:
        """How the user knows it: "Müller GmbH – send offer"."""
        return f"{self.account} – {self.title}"


def bucket(task: Task, today: date) -> str:
    """Which group of the list the task is in: overdue, today, later, undated or done."""
    if task.done:
        return "done"
    if task.due is None:
        return "undated"
    day, now = task.due[:10], today.isoformat()
    return "overdue" if day < now else "today" if day == now else "later"


def _order(task: Task) -> tuple[str, str, str]:
    return (task.due or "", task.account.casefold(), task.title.casefold())


def open_tasks(store: Store, *, owner: str | None = None, today: date, with_done: bool = False) -> list[Task]:
    """The open tasks (of `owner`, as the owner column writes the name; None: everybody's), overdue first
    (the oldest first), then those due today, later ones by due day, then those without a due day; with
    `with_done` the ones done in the last DONE_DAYS follow, the latest done first."""
    since = (today - timedelta(days=DONE_DAYS)).isoformat() if with_done else None
    found = [
        *_touch_steps(store, owner, today, since),
        *_opportunity_steps(store, owner, since),
        *_qbr_actions(store, owner, since),
    ]
    undone = sorted((t for t in found if not t.done), key=_order)
    undone.sort(key=lambda t: BUCKETS.index(bucket(t, today)))  # stable: by due day within each group
    done = sorted((t for t in found if t.done), key=_order)
    done.sort(key=lambda t: t.done_on or "", reverse=True)  # QBR actions keep no day: they come last
    return undone + done


def due_now(tasks: Iterable[Task], today: date) -> list[Task]:
    """The tasks that are overdue or due today (and not done)."""
    return [t for t in tasks if bucket(t, today) in ("overdue", "today")]


def count_due(tasks: Iterable[Task], today: date) -> tuple[int, int]:
    """(due today, overdue)."""
    groups = [bucket(t, today) for t in tasks]
    return groups.count("today"), groups.count("overdue")


def task_owners(store: Store) -> list[str]:
    """Our people, by name: the owners of accounts and opportunities and who attended a QBR for us (an action
    the customer owns shows under all owners only)."""
    from planner.core.qbr.qbrs import team_names

    rows = store.query("SELECT DISTINCT trim(owner) FROM opportunities WHERE coalesce(trim(owner), '') <> ''")
    return sorted({*team_names(store), *(str(r[0]) for r in rows)}, key=str.casefold)


def owns_anything(store: Store, owner: str) -> bool:
    """Whether `owner` (as the owner columns write the name) owns an account, opportunity or QBR action."""
    return bool(store.scalar(
        "SELECT EXISTS (SELECT 1 FROM accounts WHERE owner_key(owner) = owner_key(?)) OR EXISTS (SELECT 1 "
        "FROM opportunities WHERE owner_key(owner) = owner_key(?)) OR EXISTS (SELECT 1 FROM qbr_actions "
        "WHERE owner_key(owner) = owner_key(?))",
        (owner, owner, owner),
    ))  # fmt: skip


def _owner_filter(column: str, owner: str | None) -> tuple[str, tuple[str, ...]]:
    if owner is None:
        return "", ()
    return f" AND owner_key({column}) = owner_key(?)", (owner,)


def _touch_steps(store: Store, owner: str | None, today: date, since: str | None) -> list[Task]:
    tomorrow = (today + timedelta(days=1)).isoformat()  # a touch dated today (with or without a time) counts
    where, params = _owner_filter("a.owner", owner)
    followed_up = (
        "EXISTS (SELECT 1 FROM touches l WHERE l.account_id = t.account_id AND l.touched_on > t.touched_on "
        "AND l.touched_on < ?)"
    )
    state = f"(t.next_step_done_on IS NULL AND NOT {followed_up})"
    if since is not None:
        state = f"({state} OR t.next_step_done_on >= ?)"
        params = (since, *params)
    rows = store.query(
        "SELECT t.id, t.account_id, a.name, coalesce(a.owner, ''), trim(t.next_step), t.next_step_due, "
        "t.next_step_done_on, t.kind, t.touched_on FROM touches t JOIN accounts a ON a.id = t.account_id "
        f"WHERE trim(coalesce(t.next_step, '')) <> '' AND {state}{where}",
        (tomorrow, *params),
    )
    return [
        Task("touch_next_step", tid, aid, name, who, step, _day(due), done_on is not None, done_on, kind,
             _day(touched_on))
        for tid, aid, name, who, step, due, done_on, kind, touched_on in rows
    ]  # fmt: skip


def _opportunity_steps(store: Store, owner: str | None, since: str | None) -> list[Task]:
    who = "coalesce(nullif(trim(o.owner), ''), a.owner)"
    where, params = _owner_filter(who, owner)
    state = "(o.next_step_done_on IS NULL AND o.stage NOT IN ('won', 'lost'))"
    if since is not None:
        state = f"({state} OR o.next_step_done_on >= ?)"
        params = (since, *params)
    rows = store.query(
        f"SELECT o.id, o.account_id, a.name, coalesce({who}, ''), trim(o.next_step), o.next_step_due, "
        "o.next_step_done_on, coalesce(p.name, '') FROM opportunities o "
        "JOIN accounts a ON a.id = o.account_id LEFT JOIN products p ON p.id = o.product_id "
        f"WHERE trim(coalesce(o.next_step, '')) <> '' AND {state}{where}",
        params,
    )
    return [
        Task("opportunity_next_step", oid, aid, name, person, step, _day(due), done_on is not None, done_on,
             "opportunity", None, product)
        for oid, aid, name, person, step, due, done_on, product in rows
    ]  # fmt: skip


def _qbr_actions(store: Store, owner: str | None, since: str | None) -> list[Task]:
    who = "coalesce(nullif(trim(x.owner), ''), a.owner)"
    where, params = _owner_filter(who, owner)
    state = "x.status = 'open'"
    if since is not None:  # an action keeps no day it was done: that of its QBR stands in
        state = "(x.status = 'open' OR x.status = 'done' AND q.held_on >= ?)"
        params = (since, *params)
    rows = store.query(
        f"SELECT x.id, q.account_id, a.name, coalesce({who}, ''), x.title, x.due_on, x.status, q.id, "
        "q.held_on FROM qbr_actions x JOIN qbrs q ON q.id = x.qbr_id JOIN accounts a ON a.id = q.account_id "
        f"WHERE {state}{where}",
        params,
    )
    return [
        Task("qbr_action", xid, aid, name, person, title, _day(due), status == "done", None, "qbr",
             _day(held_on), "", qid)
        for xid, aid, name, person, title, due, status, qid, held_on in rows
    ]  # fmt: skip


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


# --- done and open again ---------------------------------------------------------------------------------
def mark_done(store: Store, task: Task, today: date) -> Change:
    """The task done (a next step on `today`) as one undoable step, named as the user knows the task;
    KeyError when its touch, opportunity or action is gone."""
    table, column, done, _ = _DONE_BY[task.kind]
    value = done if done is not None else today.isoformat()
    return replace(changes.edit(store, table, task.id, {column: value}), name=task.name)


def mark_open(store: Store, task: Task) -> Change:
    """The task open again as one undoable step; KeyError when its record is gone."""
    table, column, _, open_value = _DONE_BY[task.kind]
    return replace(changes.edit(store, table, task.id, {column: open_value}), name=task.name)
