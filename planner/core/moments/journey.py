"""Journey phases (DOMAIN.md, seeds 001 and 002): each account's phase with its reason, per quarter, the
upsell journey map, and an account's timeline of touches, NPS answers, usage and QBRs."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from planner.core.matrix.matrix import MatrixPoint, account_nps, matrix_points, quarter_of, trajectories
from planner.core.matrix.scoring import HoldingUsage, intensity, score_portfolio
from planner.core.portfolio.account_detail import customer_since, customers_since
from planner.core.store import score_inputs
from planner.core.store.store import Store

PHASES = ("enablement", "adoption", "growth", "advocacy")  # adoption: "adoption and retention"
# States of their own, no journey phase (DOMAIN.md): a prospect holds no product yet, a churned account has
# cancelled all it held. Neither sits in a phase column nor is held back as "enablement".
STATES = ("prospect", "churned")
ENABLEMENT_DAYS = 120  # a new customer gets this long with the product before anyone pitches
ADOPTED = 0.5  # usage intensity from which the products count as adopted
PROMOTERS_NPS = 50.0  # account NPS from which an adopted account is asked to advocate


class PhaseCall(NamedTuple):  # a tuple: made for every account each time the moments are detected
    """An account's phase, the rule that put it there (its `reason` code) and that rule's figures."""

    phase: str
    reason: str  # override, trial, cancelled (churned), no_products (prospect), new_customer, no_usage,
    # low_usage, promoters, adopted
    figures: Mapping[str, Any]
    overridden: bool


def derive_phase(
    *,
    active: int,
    trials: int,
    cancelled: int,
    first_since: date | None,
    usage: float | None,
    nps: float | None,
    today: date,
    override: str | None = None,
    why: str | None = None,
) -> PhaseCall:
    """The rules in order, the first that matches wins. `first_since`: the account's customer since (see
    account_detail.CUSTOMER_SINCE_SQL), when recent enough to matter."""
    if override:
        return PhaseCall(override, "override", {"why": why or ""}, True)
    if not active:
        if trials:
            return PhaseCall("enablement", "trial", {"trials": trials}, False)
        if cancelled:
            return PhaseCall("churned", "cancelled", {"cancelled": cancelled}, False)
        return PhaseCall("prospect", "no_products", {}, False)
    if first_since is not None and (today - first_since).days <= ENABLEMENT_DAYS:
        return PhaseCall("enablement", "new_customer", {"days": max((today - first_since).days, 0)}, False)
    if usage is None:
        return PhaseCall("adoption", "no_usage", {}, False)
    if usage < ADOPTED:
        return PhaseCall("adoption", "low_usage", {"intensity": usage}, False)
    if nps is not None and nps >= PROMOTERS_NPS:
        return PhaseCall("advocacy", "promoters", {"nps": nps, "intensity": usage}, False)
    return PhaseCall("growth", "adopted", {"intensity": usage}, False)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


# What an account's phase is decided from besides its scores: a phase set by hand, its holdings by status.
_PINNED = "a.id, a.phase_override, a.phase_reason"
_HOLDINGS = ("active", "trials", "cancelled", "first_since")


def account_phases(
    store: Store, today: date, points: Sequence[MatrixPoint] | None = None
) -> dict[int, PhaseCall]:
    """Every account's phase now. `points`: matrix_points(store), computed when not given."""
    if points is None:
        points = matrix_points(store)
    rows = score_inputs.accounts_with(store.conn, _PINNED, _HOLDINGS)
    return phase_calls(rows, points, today, customers_since(store))


def phase_calls(
    accounts: Iterable[Sequence[Any]], points: Iterable[MatrixPoint], today: date, since: Mapping[int, str]
) -> dict[int, PhaseCall]:
    """The phases of `accounts`: rows of id, phase override and its reason, active, trial and cancelled
    holdings (as `account_phases` reads them); `since`: each account's customer since (customers_since)."""
    scores = {p.account_id: (p.intensity, p.nps) for p in points}
    recent = (today - timedelta(days=ENABLEMENT_DAYS)).isoformat()  # older starts need no date arithmetic
    calls = {}
    for aid, override, why, active, trials, cancelled, *_ in accounts:
        score, nps = scores.get(aid, (None, None))
        start = since.get(aid)
        calls[aid] = derive_phase(
            active=active, trials=trials, cancelled=cancelled, usage=score, nps=nps, today=today,
            first_since=_day(start) if start and start >= recent else None, override=override, why=why,
        )  # fmt: skip
    return calls


# --- one account over time -------------------------------------------------------------------------------
def quarter_start(quarter: str) -> date:
    return date(int(quarter[:4]), (int(quarter[-1]) - 1) * 3 + 1, 1)


def quarter_end(quarter: str) -> date:
    start = quarter_start(quarter)
    following = date(start.year + 1, 1, 1) if start.month == 10 else date(start.year, start.month + 3, 1)
    return following - timedelta(days=1)


def _next_quarter(quarter: str) -> str:
    year, q = int(quarter[:4]), int(quarter[-1])
    return f"{year + 1}-Q1" if q == 4 else f"{year}-Q{q + 1}"


def _nps_as_of(answers: Sequence[tuple[int, str, int]], day: date) -> float | None:
    """Account NPS from each contact's latest answer on or before `day`."""
    latest: dict[int, tuple[str, int]] = {}
    for contact, on, score in answers:
        if on[:10] <= day.isoformat() and (contact not in latest or on >= latest[contact][0]):
            latest[contact] = (on, score)
    return account_nps(s for _, s in latest.values())


def _nps_answers(store: Store, account_id: int) -> list[tuple[int, str, int]]:
    return store.query(
        "SELECT n.contact_id, n.answered_on, n.score FROM nps_answers n "
        "JOIN contacts c ON c.id = n.contact_id WHERE c.account_id = ? ORDER BY n.answered_on",
        (account_id,),
    )


def current_phase(store: Store, account_id: int, today: date) -> PhaseCall:
    """One account's phase now, the same call as account_phases without scoring the whole book."""
    found = score_inputs.accounts_with(store.conn, _PINNED, _HOLDINGS, "WHERE a.id = ?", (account_id,))
    if not found:
        raise KeyError(f"account {account_id} no longer exists")
    _, override, why, active, trials, cancelled, _, _ = found[0]
    score = score_portfolio(store, account_id).get(account_id)
    since = _day(customer_since(store, account_id))
    return derive_phase(
        active=active, trials=trials, cancelled=cancelled, first_since=since,
        usage=score.intensity if score else None, nps=_nps_as_of(_nps_answers(store, account_id), date.max),
        today=today, override=override, why=why,
    )  # fmt: skip


def phase_history(store: Store, account_id: int, today: date) -> list[tuple[str, str]]:
    """(quarter, phase) from the account's first holding, usage, touch or NPS answer (not before the book's
    usage data begins) to today's quarter. Past quarters: the rules on the holdings held at the quarter's
    end (a cancelled one until its renewal date), that quarter's usage, and the NPS answers given by then;
    today's quarter is the phase now, an override included."""
    holdings = store.query(
        "SELECT status, since, renewal_date FROM holdings WHERE account_id = ?", (account_id,)
    )
    paths = {p.quarter: p.intensity for p in trajectories(store, [account_id]).get(account_id, [])}
    answers = _nps_answers(store, account_id)
    now = quarter_of(today.isoformat())
    touched = store.scalar("SELECT min(touched_on) FROM touches WHERE account_id = ?", (account_id,))
    evidence = [s for _, s, _ in holdings if s] + [on for _, on, _ in answers]
    starts = [quarter_of(s) for s in evidence + ([touched] if touched else [])] + list(paths)
    first_usage = store.scalar("SELECT min(period) FROM usage_snapshots")
    start = min(starts, default=now)
    if first_usage:
        start = max(start, quarter_of(first_usage))
    history = []
    quarter = min(start, now)
    while quarter < now:
        end = quarter_end(quarter)
        by = end.isoformat()
        held = [(st, s, until) for st, s, until in holdings if not s or s[:10] <= by]
        active = [
            s for st, s, until in held if st == "active" or (st == "cancelled" and until and until > by)
        ]
        statuses = [st for st, _, _ in held]
        call = derive_phase(
            active=len(active), trials=statuses.count("trial"), cancelled=statuses.count("cancelled"),
            first_since=min((date.fromisoformat(s[:10]) for st, s, _ in held if s and st != "trial"),
                            default=None),  # customer since, as of the quarter's end
            usage=paths.get(quarter),
            nps=_nps_as_of(answers, end), today=end,
        )  # fmt: skip
        history.append((quarter, call.phase))
        quarter = _next_quarter(quarter)
    history.append((now, current_phase(store, account_id, today).phase))
    return history


# --- the journey map -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PhaseColumn:
    """One phase of the upsell journey map: its accounts (most potential first), their potential, and the
    moments that fire there by rule with their value."""

    phase: str
    accounts: int
    potential_cents: int
    moments: Counter[str]
    moments_value_cents: int
    account_ids: tuple[int, ...] = ()


def state_counts(phases: Mapping[int, PhaseCall]) -> dict[str, int]:
    """How many accounts are in each state of their own (STATES): counted beside the journey map's phases,
    never in a phase column."""
    counted = dict.fromkeys(STATES, 0)
    for call in phases.values():
        if call.phase in counted:
            counted[call.phase] += 1
    return counted


def journey_map(
    phases: Mapping[int, PhaseCall], points: Sequence[MatrixPoint], moments: Sequence[Any]
) -> list[PhaseColumn]:
    """The four phases in order (prospects and churned accounts in none: see state_counts); `moments` are
    objects with .account_id, .rule and .value_cents."""
    potential = {p.account_id: p.potential_cents for p in points}
    members: dict[str, list[int]] = defaultdict(list)
    for account_id, call in phases.items():
        members[call.phase].append(account_id)
    rules: dict[str, Counter[str]] = defaultdict(Counter)
    values: Counter[str] = Counter()
    for moment in moments:
        found = phases.get(moment.account_id)
        if found is not None:
            rules[found.phase][moment.rule] += 1
            values[found.phase] += moment.value_cents or 0
    columns = []
    for phase in PHASES:
        ids = sorted(members.get(phase, []), key=lambda a: (-potential.get(a, 0), a))
        columns.append(
            PhaseColumn(
                phase, len(ids), sum(potential.get(a, 0) for a in ids), rules.get(phase, Counter()),
                values.get(phase, 0), tuple(ids),
            )
        )  # fmt: skip
    return columns


# --- an account's timeline -------------------------------------------------------------------------------
@dataclass(frozen=True)
class TouchMark:
    day: date
    kind: str
    minutes: int


@dataclass(frozen=True)
class NpsMark:
    day: date
    score: int
    contact: str


@dataclass(frozen=True)
class UsageMark:
    month: date  # the first of the month
    intensity: float  # usage / expected, capped at 1, revenue-weighted over the products used


@dataclass(frozen=True)
class QbrMark:
    day: date
    status: str  # planned, held, cancelled


@dataclass(frozen=True)
class Timeline:
    account_id: int
    today: date
    phases: list[tuple[str, str]]  # (quarter, phase), oldest first
    touches: list[TouchMark] = field(default_factory=list)
    nps: list[NpsMark] = field(default_factory=list)
    usage: list[UsageMark] = field(default_factory=list)
    qbrs: list[QbrMark] = field(default_factory=list)

    def spans(self) -> list[tuple[date, date, str]]:
        """The phases as (from, to, phase), neighbouring quarters of one phase joined; the last one ends
        today."""
        spans: list[tuple[date, date, str]] = []
        for quarter, phase in self.phases:
            start, end = quarter_start(quarter), quarter_end(quarter) + timedelta(days=1)
            if spans and spans[-1][2] == phase:
                spans[-1] = (spans[-1][0], end, phase)
            else:
                spans.append((start, end, phase))
        if spans:
            spans[-1] = (spans[-1][0], max(self.today, spans[-1][0]), spans[-1][2])
        return spans


def account_timeline(store: Store, account_id: int, today: date) -> Timeline:
    """Phase history, touches, NPS answers (with the contact's name), monthly usage intensity and QBRs."""
    touches = [TouchMark(date.fromisoformat(d[:10]), k, m or 0) for d, k, m in store.query(
        "SELECT touched_on, kind, minutes FROM touches WHERE account_id = ? ORDER BY touched_on",
        (account_id,))]  # fmt: skip
    nps = [NpsMark(date.fromisoformat(d[:10]), s, n) for d, s, n in store.query(
        "SELECT n.answered_on, n.score, c.name FROM nps_answers n JOIN contacts c ON c.id = n.contact_id "
        "WHERE c.account_id = ? ORDER BY n.answered_on", (account_id,))]  # fmt: skip
    qbrs = [QbrMark(date.fromisoformat(d[:10]), s) for d, s in store.query(
        "SELECT held_on, status FROM qbrs WHERE account_id = ? ORDER BY held_on", (account_id,))]  # fmt: skip
    weights = dict(store.query(
        "SELECT product_id, revenue_cents FROM holdings WHERE account_id = ?", (account_id,)))  # fmt: skip
    months: dict[str, list[HoldingUsage]] = defaultdict(list)
    for product, period, used, expected in store.query(
        "SELECT product_id, period, usage_value, expected_value FROM usage_snapshots WHERE account_id = ?",
        (account_id,),
    ):
        months[period[:7]].append(HoldingUsage(used or 0.0, expected or 0.0, weights.get(product) or 0))
    usage = []
    for month, used in sorted(months.items()):
        score = intensity(used)
        if score is not None:
            usage.append(UsageMark(date(int(month[:4]), int(month[5:7]), 1), score))
    return Timeline(account_id, today, phase_history(store, account_id, today), touches, nps, usage, qbrs)
