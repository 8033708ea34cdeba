"""Coverage (DOMAIN.md, seed 003: "you have to touch them all"): the neglect list, next steps due, the share
of each tier touched lately, where the time goes against where the value is, single-threaded accounts, and
net dollar retention split into expansion, contraction and churn: trailing twelve months (each quarter against
the same quarter a year before) and quarter over quarter beside it.

The last touch is the latest touch on or before today: a touch dated later is planned, not done."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from planner.core.matrix.matrix import MatrixPoint, matrix_points
from planner.core.moments.moments import Thresholds, load_thresholds
from planner.core.store.last_touch import touch_end
from planner.core.store.owners import owner_key
from planner.core.store.store import Store

TIERS = ("A", "B", "C")
WINDOWS = (30, 90)  # days: the share of accounts touched within each
TIME_DAYS = 365  # the time spent per account is summed over the last year


@dataclass(frozen=True, slots=True)
class Neglected:
    account_id: int
    key: str
    name: str
    owner: str
    tier: str
    revenue_cents: int
    last_touch: str | None  # None: never touched
    cadence: int
    overdue: int | None  # days past the cadence; None: never touched (listed first)


@dataclass(frozen=True, slots=True)
class DueStep:
    touch_id: int
    account_id: int
    name: str
    tier: str
    next_step: str
    due: str
    overdue: int  # days past due; 0: due today


@dataclass(frozen=True, slots=True)
class TierCoverage:
    tier: str
    accounts: int
    touched: Mapping[int, int]  # window in days -> accounts touched within it

    def share(self, days: int) -> float | None:
        return self.touched[days] / self.accounts if self.accounts else None


@dataclass(frozen=True, slots=True)
class TimeAndValue:
    """A tier's (or an account's) share of the time spent, of the revenue and of the potential."""

    tier: str
    minutes: int
    revenue_cents: int
    potential_cents: int  # the matrix's potential (MatrixPoint.potential_cents)
    time_share: float
    revenue_share: float
    potential_share: float


@dataclass(frozen=True, slots=True)
class SingleThreaded:
    account_id: int
    name: str
    tier: str
    contacts: int  # contacts the account has
    touched_contact: str  # the one contact ever touched


@dataclass(frozen=True, slots=True)
class Retention:
    """Net dollar retention of one quarter against an earlier one (`since`: the quarter before, or the same
    quarter a year before for the trailing twelve months), over the accounts that had revenue then:
    (start + expansion - contraction - churn) / start. New accounts do not count."""

    quarter: str
    tier: str  # "" for the whole book
    start_cents: int
    expansion_cents: int
    contraction_cents: int
    churn_cents: int
    since: str = ""  # the quarter compared against

    @property
    def ndr(self) -> float | None:
        if self.start_cents <= 0:
            return None
        kept = self.start_cents + self.expansion_cents - self.contraction_cents - self.churn_cents
        return kept / self.start_cents


@dataclass
class Coverage:
    today: date
    neglected: list[Neglected]
    due_steps: list[DueStep]
    tiers: list[TierCoverage]
    time_by_tier: list[TimeAndValue]
    single_threaded: list[SingleThreaded]
    retention: list[Retention]  # quarter over quarter
    annual: list[Retention] = field(default_factory=list)  # trailing twelve months, per quarter that has one
    annual_needs: tuple[str, ...] = ()  # quarters of revenue the latest trailing figure lacks
    accounts_time: list[tuple[int, str, str, TimeAndValue]] = field(default_factory=list)  # id, name, key

    def latest_retention(self, annual: bool = False) -> Retention | None:
        """The net dollar retention of all these accounts in the latest quarter: quarter over quarter, or over
        the trailing twelve months when `annual`."""
        rows = self.annual if annual else self.retention
        return max((r for r in rows if not r.tier), key=lambda r: r.quarter, default=None)

    def as_json(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "neglected": [asdict(n) for n in self.neglected],
            "due_steps": [asdict(d) for d in self.due_steps],
            "touched": [{"tier": t.tier, "accounts": t.accounts, **{f"touched_{d}_days": t.touched[d] for d in
                         WINDOWS}, **{f"share_{d}_days": t.share(d) for d in WINDOWS}} for t in self.tiers],
            "time_and_value": [asdict(t) for t in self.time_by_tier],
            "single_threaded": [asdict(s) for s in self.single_threaded],
            "net_dollar_retention": [{**asdict(r), "ndr": r.ndr} for r in self.retention],
            "net_dollar_retention_ttm": [{**asdict(r), "ndr": r.ndr} for r in self.annual],
            "net_dollar_retention_ttm_needs": list(self.annual_needs),
        }  # fmt: skip


def coverage(
    store: Store, today: date | None = None, thresholds: Thresholds | None = None, owner: str | None = None
) -> Coverage:
    """The book's coverage; with `owner`, of that owner's accounts only (every figure, "only my accounts")."""
    book = _Book(store, today or date.today(), thresholds, None)
    if owner is None:
        return book.part(book.points, book.revenue)
    wanted = owner_key(owner)
    return book.part(*book.by_owner().get(wanted, ([], {})))


def coverage_by_owner(
    store: Store,
    today: date | None = None,
    thresholds: Thresholds | None = None,
    points: list[MatrixPoint] | None = None,
) -> dict[str, Coverage]:
    """Each owner's coverage by `owner_key` ("": the accounts without one), each what `coverage(owner=...)`
    gives, the book read once for all of them (a director's book of many owners). `points`: the book's matrix
    points when the caller has them (`matrix_points` with the same `today`)."""
    book = _Book(store, today or date.today(), thresholds, points)
    return {key: book.part(*part) for key, part in book.by_owner().items()}


class _Book:
    """What the coverage figures read from the book, once however many owners they are split by."""

    def __init__(
        self, store: Store, today: date, thresholds: Thresholds | None, points: list[MatrixPoint] | None
    ) -> None:
        self.today = today
        self.thresholds = thresholds or load_thresholds(store)
        # tiers, potential and each account's last touch on or before today, as the matrix has them
        self.points = matrix_points(store, today=today) if points is None else points
        tiers = {p.account_id: p.tier for p in self.points}
        planned = {aid for (aid,) in store.query(  # the accounts whose latest touch lies after today
            "SELECT DISTINCT account_id FROM touches WHERE touched_on >= ?", (touch_end(today),)
        )}  # fmt: skip
        self.minutes = minutes_spent(store, today)
        self.revenue = revenue_by_period(store)
        self.steps = due_steps(
            store, tiers, today, {p.account_id: p.last_touch for p in self.points if p.account_id in planned}
        )
        self.single = single_threaded(store, tiers)

    def by_owner(self) -> dict[str, tuple[list[MatrixPoint], dict[str, dict[int, int]]]]:
        """owner_key -> the owner's points and the revenue per period of their accounts."""
        points: dict[str, list[MatrixPoint]] = defaultdict(list)
        keys: dict[str, str] = {}  # as written -> owner_key, for the few spellings of many accounts
        whose: dict[int, str] = {}
        for point in self.points:
            key = keys.get(point.owner)
            if key is None:
                key = keys[point.owner] = owner_key(point.owner)
            points[key].append(point)
            whose[point.account_id] = key
        revenue: dict[str, dict[str, dict[int, int]]] = {key: defaultdict(dict) for key in points}
        for period, cents in self.revenue.items():
            for aid, amount in cents.items():
                if aid in whose:
                    revenue[whose[aid]][period][aid] = amount
        return {key: (points[key], revenue[key]) for key in points}

    def part(self, points: list[MatrixPoint], revenue: Mapping[str, Mapping[int, int]]) -> Coverage:
        """The coverage of these accounts (the book's or one owner's); `revenue`: theirs per period."""
        today, whole = self.today, len(points) == len(self.points)
        tiers = {p.account_id: p.tier for p in points}
        accounts = [(p.account_id, p.key, p.name, p.owner, p.revenue_cents, p.potential_cents, p.last_touch)
                    for p in points]  # fmt: skip
        by_tier, per_account = time_and_value(self.minutes, accounts, tiers)
        quarterly, annual, needs = retention_figures(revenue, tiers)
        steps = self.steps if whole else [s for s in self.steps if s.account_id in tiers]
        single = self.single if whole else [s for s in self.single if s.account_id in tiers]
        return Coverage(
            today,
            neglected=neglect_list(accounts, tiers, today, self.thresholds),
            due_steps=steps,
            tiers=tier_coverage(accounts, tiers, today),
            time_by_tier=by_tier,
            single_threaded=single,
            retention=quarterly,
            annual=annual,
            annual_needs=needs,
            accounts_time=per_account,
        )


def neglect_list(
    accounts: list[tuple[Any, ...]], tiers: Mapping[int, str], today: date, thresholds: Thresholds
) -> list[Neglected]:
    """Accounts past their tier's cadence: never touched first, then by days overdue, tier and revenue."""
    found = []
    for aid, key, name, owner, revenue, _, last in accounts:
        tier = tiers.get(aid, "C")
        cadence = thresholds.cadence(tier)
        overdue = None if last is None else (today - date.fromisoformat(last[:10])).days - cadence
        if overdue is None or overdue > 0:
            found.append(Neglected(aid, key, name, owner, tier, revenue, last, cadence, overdue))
    return sorted(found, key=lambda n: (n.overdue is not None, -(n.overdue or 0), n.tier, -n.revenue_cents))


def due_steps(
    store: Store, tiers: Mapping[int, str], today: date, planned: Mapping[int, str | None] | None = None
) -> list[DueStep]:
    """Next steps due today or earlier, set at the account's last touch (a later touch follows them up; a
    planned one, dated after today, does not). `planned`: the last touch on or before today of the accounts
    whose latest touch is planned (as `last_touches` reads it); their steps are read in one more query. A step
    marked done (a task done, planner/core/tasks) is not due."""
    planned = planned or {}
    until = today.isoformat()
    rows = [row for row in store.query(
        "SELECT t.id, t.account_id, a.name, t.next_step, t.next_step_due FROM touches t "
        "JOIN (SELECT account_id, max(touched_on) AS last FROM touches GROUP BY account_id) l "
        "ON l.account_id = t.account_id AND l.last = t.touched_on JOIN accounts a ON a.id = t.account_id "
        "WHERE t.next_step_due <= ? AND t.next_step IS NOT NULL AND t.next_step_done_on IS NULL",
        (until,),
    ) if row[1] not in planned]  # fmt: skip
    if planned:
        rows += [row[:5] for row in store.query(
            "SELECT t.id, t.account_id, a.name, t.next_step, t.next_step_due, t.touched_on FROM touches t "
            "JOIN accounts a ON a.id = t.account_id WHERE t.account_id IN (SELECT value FROM json_each(?)) "
            "AND t.next_step_due <= ? AND t.next_step IS NOT NULL AND t.next_step_done_on IS NULL",
            (json.dumps(list(planned)), until),
        ) if row[5] == planned[row[1]]]  # fmt: skip
    steps = [
        DueStep(tid, aid, name, tiers.get(aid, "C"), step, due, (today - date.fromisoformat(due[:10])).days)
        for tid, aid, name, step, due in rows
    ]
    return sorted(steps, key=lambda s: (-s.overdue, s.tier, s.name))


def tier_coverage(
    accounts: list[tuple[Any, ...]], tiers: Mapping[int, str], today: date
) -> list[TierCoverage]:
    """Per tier: how many accounts, how many touched within 30 and 90 days."""
    counts = {tier: 0 for tier in TIERS}
    touched = {tier: dict.fromkeys(WINDOWS, 0) for tier in TIERS}
    since = {days: (today - timedelta(days=days)).isoformat() for days in WINDOWS}
    for aid, *_, last in accounts:
        tier = tiers.get(aid, "C")
        counts[tier] += 1
        for days in WINDOWS:
            if last is not None and since[days] <= last[:10] <= today.isoformat():
                touched[tier][days] += 1
    return [TierCoverage(tier, counts[tier], touched[tier]) for tier in TIERS]


def minutes_spent(store: Store, today: date) -> dict[int, int]:
    """account -> the minutes of its touches in the year up to today."""
    year = ((today - timedelta(days=TIME_DAYS)).isoformat(), today.isoformat() + "T99")
    return dict(store.query(
        "SELECT account_id, sum(minutes) FROM touches WHERE touched_on > ? AND touched_on <= ? "
        "GROUP BY account_id", year))  # fmt: skip


def time_and_value(
    minutes: Mapping[int, int], accounts: list[tuple[Any, ...]], tiers: Mapping[int, str]
) -> tuple[list[TimeAndValue], list[tuple[int, str, str, TimeAndValue]]]:
    """Minutes of the last year (`minutes_spent`) against revenue and potential, per tier and per account:
    shares of these accounts' time, revenue and potential."""
    total_minutes = sum(minutes.get(a[0], 0) for a in accounts) or 1
    total_revenue = sum(max(a[4], 0) for a in accounts) or 1
    total_potential = sum(a[5] for a in accounts) or 1
    per_tier: dict[str, list[int]] = {tier: [0, 0, 0] for tier in TIERS}
    per_account = []
    for aid, key, name, _, revenue, potential, _ in accounts:
        tier = tiers.get(aid, "C")
        spent = minutes.get(aid, 0)
        sums = per_tier[tier]
        sums[0] += spent
        sums[1] += max(revenue, 0)
        sums[2] += potential
        share = TimeAndValue(tier, spent, revenue, potential, spent / total_minutes,
                             max(revenue, 0) / total_revenue, potential / total_potential)  # fmt: skip
        per_account.append((aid, name, key, share))
    by_tier = [
        TimeAndValue(tier, m, r, p, m / total_minutes, r / total_revenue, p / total_potential)
        for tier, (m, r, p) in per_tier.items()
    ]
    return by_tier, per_account


def single_threaded(store: Store, tiers: Mapping[int, str]) -> list[SingleThreaded]:
    """Accounts whose touches ever reached one contact only, though they have more."""
    touched = {contact for (contact,) in store.query("SELECT DISTINCT contact_id FROM touch_contacts")}
    people: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for contact_id, account_id, name in store.query("SELECT id, account_id, name FROM contacts"):
        people[account_id].append((contact_id, name))
    names = dict(store.query("SELECT id, name FROM accounts"))
    found = []
    for account_id, contacts in people.items():
        reached = [name for contact_id, name in contacts if contact_id in touched]
        if len(contacts) > 1 and len(reached) == 1:
            tier = tiers.get(account_id, "C")
            found.append(SingleThreaded(account_id, names[account_id], tier, len(contacts), reached[0]))
    return sorted(found, key=lambda s: (s.tier, -s.contacts, s.name))


def year_before(quarter: str) -> str:
    """ "2026-Q3" -> "2025-Q3"."""
    return f"{int(quarter[:4]) - 1:04d}{quarter[4:]}"


def revenue_by_period(store: Store) -> dict[str, dict[int, int]]:
    """period -> account -> revenue."""
    revenue: dict[str, dict[int, int]] = defaultdict(dict)
    for aid, period, cents in store.query("SELECT account_id, period, revenue_cents FROM revenue_by_period"):
        revenue[period][aid] = cents
    return revenue


def retention_figures(
    revenue: Mapping[str, Mapping[int, int]], tiers: Mapping[int, str]
) -> tuple[list[Retention], list[Retention], tuple[str, ...]]:
    """Net dollar retention for the book ("") and per tier: quarter over quarter (each quarter against the one
    before), trailing twelve months (each quarter against the same quarter a year before, where the book has
    revenue of both), and the quarters the latest trailing figure lacks (() when it is there or there is no
    revenue at all). `revenue`: period -> account -> revenue (`revenue_by_period`), of the accounts counted
    (the book's or one owner's)."""
    quarters = sorted(revenue)
    quarterly: list[Retention] = []
    for before, quarter in zip(quarters, quarters[1:], strict=False):
        quarterly.extend(compare(revenue[before], revenue[quarter], tiers, quarter, before))
    annual: list[Retention] = []
    for quarter in quarters:
        if (before := year_before(quarter)) in revenue:
            annual.extend(compare(revenue[before], revenue[quarter], tiers, quarter, before))
    needs = (year_before(quarters[-1]),) if quarters and year_before(quarters[-1]) not in revenue else ()
    return quarterly, annual, needs


def compare(
    then: Mapping[int, int], now: Mapping[int, int], tiers: Mapping[int, str], quarter: str, since: str
) -> list[Retention]:
    """The accounts with revenue `then`, now against then: the book's figures and each tier's."""
    sums = {tier: [0, 0, 0, 0] for tier in ("", *TIERS)}
    for aid, start in then.items():
        if start <= 0:
            continue
        later = now.get(aid, 0)
        for tier in ("", tiers.get(aid, "C")):
            s = sums[tier]
            s[0] += start
            if later <= 0:
                s[3] += start
            elif later > start:
                s[1] += later - start
            else:
                s[2] += start - later
    return [Retention(quarter, tier, s[0], s[1], s[2], s[3], since) for tier, s in sums.items()]
