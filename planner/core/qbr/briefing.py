"""The content of a QBR briefing as plain data: the account, its key figures, the matrix, holdings and
whitespace, moments, stakeholders, recent touches, the last QBR's actions, what changed since, the agenda."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.core.matrix.matrix import MatrixPoint, Position, trajectories
from planner.core.matrix.scoring import latest_usage
from planner.core.moments.moments import Moment
from planner.core.portfolio.account_detail import TouchRow
from planner.core.qbr.briefing_figures import (
    BookFacts,
    KeyFigures,
    Stakeholder,
    key_figures,
    stakeholders,
    uncovered,
)
from planner.core.qbr.qbr_calendar import next_qbr
from planner.core.qbr.qbr_draft import Draft, draft
from planner.core.qbr.qbr_snapshot import SinceLast, since_last, snapshot_of
from planner.core.qbr.qbrs import Qbr, new_qbr, read_qbr
from planner.core.store.store import Store

TOUCHES = 8  # the most recent touches listed


@dataclass(frozen=True)
class AccountInfo:
    id: int
    key: str
    name: str
    industry: str
    segment: str
    country: str
    city: str
    owner: str
    employees: int | None
    potential_users: int | None
    regions: tuple[str, ...]
    success_criteria: str
    goals: str
    pain_points: str


@dataclass(frozen=True, slots=True)
class HoldingLine:
    product: str
    status: str  # active, trial, cancelled
    since: str | None
    seats_licensed: int | None
    seats_in_use: int | None
    usage_share: float | None  # usage against expected over the latest months
    revenue_cents: int
    renewal_date: str | None


@dataclass(frozen=True)
class Briefing:
    today: date
    account: AccountInfo
    qbr: Qbr  # the QBR it is for; id None when the account has none planned
    figures: KeyFigures
    point: MatrixPoint
    book: tuple[tuple[int, float, float, int, str], ...]  # BookFacts.positions: the matrix behind it
    path: tuple[Position, ...]  # this account's position quarter by quarter
    holdings: tuple[HoldingLine, ...]
    moments: tuple[Moment, ...]
    stakeholders: tuple[Stakeholder, ...]
    uncovered_departments: tuple[str, ...]
    uncovered_regions: tuple[str, ...]
    touches: tuple[TouchRow, ...]
    since: SinceLast | None  # None: no held QBR before this one
    draft: Draft


def _account(store: Store, account_id: int) -> AccountInfo:
    found = store.query(
        "SELECT id, key, name, coalesce(industry, ''), coalesce(segment, ''), coalesce(country, ''), "
        "coalesce(city, ''), coalesce(owner, ''), employees, potential_users, regions, "
        "coalesce(success_criteria, ''), coalesce(goals, ''), coalesce(pain_points, '') "
        "FROM accounts WHERE id = ?",
        (account_id,),
    )
    if not found:
        raise KeyError(f"account {account_id} no longer exists")
    (aid, key, name, industry, segment, country, city, owner, employees, users, listed, criteria, goals,
     pains) = found[0]  # fmt: skip
    regions = tuple(x.strip() for x in (listed or "").split(",") if x.strip())
    return AccountInfo(aid, key, name, industry, segment, country, city, owner, employees, users, regions,
                       criteria, goals, pains)  # fmt: skip


def _holdings(store: Store, account_id: int) -> list[HoldingLine]:
    usage = latest_usage(store, account_id)
    rows = store.query(
        "SELECT p.id, p.name, h.status, h.since, h.seats_licensed, h.seats_in_use, h.revenue_cents, "
        "h.renewal_date "
        "FROM holdings h JOIN products p ON p.id = h.product_id WHERE h.account_id = ? "
        "ORDER BY h.status = 'cancelled', h.status = 'trial', h.revenue_cents DESC, p.name",
        (account_id,),
    )
    lines = []
    for pid, name, status, since, licensed, in_use, revenue, renewal in rows:
        used, expected = usage.get((account_id, pid), (0.0, 0.0))
        share = used / expected if expected > 0 else None
        lines.append(HoldingLine(name, status, since, licensed, in_use, share, revenue or 0, renewal))
    return lines


def _touches(store: Store, account_id: int) -> list[TouchRow]:
    rows = store.query(
        """
        SELECT t.id, t.touched_on, t.kind, t.minutes,
               coalesce((SELECT group_concat(c.name, ', ') FROM touch_contacts AS tc
                         JOIN contacts AS c ON c.id = tc.contact_id WHERE tc.touch_id = t.id), ''),
               coalesce(t.summary, ''), coalesce(t.next_step, ''), t.next_step_due
        FROM touches AS t WHERE t.account_id = ? ORDER BY t.touched_on DESC, t.id DESC LIMIT ?
        """,
        (account_id, TOUCHES),
    )
    return [TouchRow(*r) for r in rows]


def build_briefing(
    store: Store,
    *,
    qbr_id: int | None = None,
    account_id: int | None = None,
    qbr: Qbr | None = None,
    today: date | None = None,
    book: BookFacts | None = None,
) -> Briefing:
    """The briefing for a QBR (stored, or as the plan form holds it), or for an account's next planned QBR
    (or, without one, for a meeting today). `book`: the facts shared by many briefings of the same day (read
    here when not given)."""
    today = today or (book.today if book else date.today())
    if qbr is None:
        if qbr_id is None:
            if account_id is None:
                raise ValueError("a QBR or an account is needed")
            qbr_id = next_qbr(store, account_id, today)
        qbr = read_qbr(store, qbr_id) if qbr_id is not None else new_qbr(store, account_id or 0, today)
    account_id = qbr.account_id
    book = book or BookFacts(store, today)
    figures = key_figures(book, account_id)
    people = stakeholders(store, account_id, today)
    departments, regions = uncovered(book, account_id, people)
    now = snapshot_of(store, account_id, figures, today)
    point = book.points[account_id]
    moments = [m for m in book.moments(account_id) if m.rule != "qbr_coming"]  # the meeting itself
    return Briefing(
        today, _account(store, account_id), qbr, figures, point, book.positions,
        tuple(trajectories(store, [account_id]).get(account_id, ())), tuple(_holdings(store, account_id)),
        tuple(moments), tuple(people), tuple(departments), tuple(regions), tuple(_touches(store, account_id)),
        since_last(store, account_id, qbr.held_on, now, exclude=qbr.id),
        draft(figures, point, moments, qbr.carried),
    )  # fmt: skip


def find_account(store: Store, text: str) -> int | None:
    """An account by its key, else by its name (exactly, then case-insensitively, then as the only one whose
    name contains the text); None when none or several match."""
    for sql in (
        "SELECT id FROM accounts WHERE key = ?",
        "SELECT id FROM accounts WHERE name = ?",
        "SELECT id FROM accounts WHERE lower(key) = lower(?) OR lower(name) = lower(?)",
        "SELECT id FROM accounts WHERE instr(lower(name), lower(?)) > 0",
    ):
        params = (text, text) if sql.count("?") == 2 else (text,)
        found = store.query(sql + " LIMIT 2", params)
        if len(found) == 1:
            return int(found[0][0])
        if len(found) > 1:
            return None
    return None
