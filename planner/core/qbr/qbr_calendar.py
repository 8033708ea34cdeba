"""The QBR calendar: every QBR with its account and the open actions it carries, the A accounts without a
QBR this quarter, and the QBRs due within some days."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from planner.core.store.store import Store


@dataclass(frozen=True, slots=True)
class CalendarRow:
    qbr_id: int
    account_id: int
    account: str
    key: str
    owner: str
    tier: str
    held_on: str
    status: str
    days: int  # from today; negative: in the past
    open_actions: int  # open actions of earlier QBRs it carries
    prepared: bool  # has an agenda or recommendations


@dataclass(frozen=True, slots=True)
class MissingQbr:
    """An A account without a QBR this quarter."""

    account_id: int
    account: str
    key: str
    owner: str
    revenue_cents: int
    last_qbr: str | None  # ISO date of its latest held QBR


@dataclass
class QbrCalendar:
    today: date
    quarter: tuple[date, date]
    rows: list[CalendarRow]  # every QBR, by date
    missing: list[MissingQbr] = field(default_factory=list)

    def upcoming(self, days: int | None = None) -> list[CalendarRow]:
        """Planned QBRs from today on (within `days`)."""
        return [
            r for r in self.rows if r.status == "planned" and r.days >= 0 and (days is None or r.days <= days)
        ]


def quarter_bounds(day: date) -> tuple[date, date]:
    from planner.core.matrix.matrix import quarter_of
    from planner.core.moments.journey import quarter_end, quarter_start

    quarter = quarter_of(day.isoformat())
    return quarter_start(quarter), quarter_end(quarter)


def calendar(store: Store, today: date | None = None, tiers: Mapping[int, str] | None = None) -> QbrCalendar:
    """Every QBR with its account, and the A accounts without a QBR (planned or held) this quarter."""
    from planner.core.matrix.account_tiers import account_tiers

    today = today or date.today()
    tiers = tiers if tiers is not None else account_tiers(store)
    start, end = quarter_bounds(today)
    open_by_account: dict[int, list[str]] = {}
    for account_id, agreed in store.query(
        "SELECT q.account_id, q.held_on FROM qbr_actions x JOIN qbrs q ON q.id = x.qbr_id "
        "WHERE x.status = 'open'"
    ):
        open_by_account.setdefault(account_id, []).append(agreed)
    rows = []
    for qid, aid, name, key, owner, held_on, status, prepared in store.query(
        "SELECT q.id, q.account_id, a.name, a.key, coalesce(a.owner, ''), q.held_on, q.status, "
        "coalesce(q.agenda, '') <> '' OR coalesce(q.recommendations, '') <> '' "
        "FROM qbrs q JOIN accounts a ON a.id = q.account_id ORDER BY q.held_on, a.name"
    ):
        carried = sum(1 for agreed in open_by_account.get(aid, ()) if agreed < held_on)
        days = (date.fromisoformat(held_on[:10]) - today).days
        tier = tiers.get(aid, "C")
        rows.append(
            CalendarRow(qid, aid, name, key, owner, tier, held_on, status, days, carried, bool(prepared))
        )
    covered = {
        r.account_id
        for r in rows
        if r.status != "cancelled" and start.isoformat() <= r.held_on[:10] <= end.isoformat()
    }
    last = {r.account_id: r.held_on for r in rows if r.status == "held"}  # rows are by date: the latest wins
    missing = [
        MissingQbr(aid, name, key, owner, revenue or 0, last.get(aid))
        for aid, name, key, owner, revenue in store.query(
            "SELECT id, name, key, coalesce(owner, ''), revenue_cents FROM accounts "
            "ORDER BY revenue_cents DESC"
        )
        if tiers.get(aid) == "A" and aid not in covered
    ]
    return QbrCalendar(today, (start, end), rows, missing)


def due_within(store: Store, today: date, days: int, owner: str | None = None) -> list[int]:
    """The planned QBRs from today to `days` ahead, by date: the ones to print briefings for; with `owner`,
    only those of the accounts that owner owns (the name as the owner column writes it, any case)."""
    end = (today + timedelta(days=days)).isoformat()
    mine = " AND account_id IN (SELECT id FROM accounts WHERE owner_key(owner) = owner_key(?))"
    rows = store.query(
        "SELECT id FROM qbrs WHERE status = 'planned' AND held_on >= ? AND substr(held_on, 1, 10) <= ?"
        + (mine if owner is not None else "")
        + " ORDER BY held_on, id",
        (today.isoformat(), end, *((owner,) if owner is not None else ())),
    )
    return [int(r[0]) for r in rows]


def next_qbr(store: Store, account_id: int, today: date) -> int | None:
    """The account's next planned QBR from today on, or None."""
    found = store.scalar(
        "SELECT id FROM qbrs WHERE account_id = ? AND status = 'planned' AND held_on >= ? "
        "ORDER BY held_on LIMIT 1",
        (account_id, today.isoformat()),
    )
    return None if found is None else int(found)
