"""An account's key figures for a QBR (revenue, share of wallet, breadth, intensity, quadrant, NPS, tier, net
dollar retention), its stakeholders and what they leave uncovered, read against the book once for many."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from planner.core.matrix.matrix import MatrixPoint, matrix_points
from planner.core.matrix.scoring import Quadrant
from planner.core.store.last_touch import touch_end
from planner.core.store.store import Store

if TYPE_CHECKING:
    from planner.core.moments.journey import PhaseCall
    from planner.core.moments.moments import Moment

COMMON_DEPARTMENT = 0.25  # a department counts as expected when this share of the segment's accounts has it


@dataclass(frozen=True, slots=True)
class AccountNdr:
    """Net dollar retention of one account: its revenue of `quarter` against the quarter before."""

    quarter: str
    previous: str
    start_cents: int
    now_cents: int

    @property
    def ndr(self) -> float | None:
        return self.now_cents / self.start_cents if self.start_cents > 0 else None


@dataclass(frozen=True)
class KeyFigures:
    revenue_cents: int
    wallet_cents: int | None
    breadth: float | None
    intensity: float | None
    held: int  # active products
    relevant: int  # products that count for breadth
    quadrant: Quadrant | None
    unscored: str | None  # no_holdings, no_usage
    nps: float | None
    nps_answers: int  # contacts whose latest answer counts
    tier: str
    phase: str  # enablement, adoption, growth, advocacy
    potential_cents: int
    ndr: AccountNdr | None
    quarters: tuple[tuple[str, int], ...]  # the latest quarters' revenue, oldest first

    @property
    def share_of_wallet(self) -> float | None:
        return self.revenue_cents / self.wallet_cents if self.wallet_cents else None


@dataclass(frozen=True, slots=True)
class Stakeholder:
    contact_id: int
    name: str
    role: str
    department: str
    region: str
    influence: str
    nps: int | None  # their latest answer
    nps_on: str | None
    last_touch: str | None  # the latest touch on or before today that involved them (ISO date)


class BookFacts:
    """What every briefing of a book on one day shares: matrix points, phases and moments (each read once,
    when first asked for) and the departments comparable accounts have contacts in."""

    def __init__(self, store: Store, today: date, points: list[MatrixPoint] | None = None) -> None:
        self.store, self.today = store, today
        self.points = {
            p.account_id: p for p in (points if points is not None else matrix_points(store, today=today))
        }
        self._phases: dict[int, PhaseCall] | None = None
        self._moments: dict[int, list[Moment]] | None = None
        self._departments: tuple[dict[str, Counter[str]], Counter[str]] | None = None
        self._positions: tuple[tuple[int, float, float, int, str], ...] | None = None

    @property
    def positions(self) -> tuple[tuple[int, float, float, int, str], ...]:
        """Every scored account as (id, breadth, intensity, potential, tier): the matrix behind a briefing."""
        if self._positions is None:
            self._positions = tuple(
                (p.account_id, p.breadth, p.intensity, p.potential_cents, p.tier)
                for p in self.points.values()
                if p.breadth is not None and p.intensity is not None
            )
        return self._positions

    @property
    def phases(self) -> dict[int, PhaseCall]:
        if self._phases is None:
            from planner.core.moments.journey import account_phases

            self._phases = account_phases(self.store, self.today, list(self.points.values()))
        return self._phases

    def moments(self, account_id: int) -> list[Moment]:
        """The account's open moments (not dismissed, snoozed or already opportunities), by priority."""
        if self._moments is None:
            from planner.core.moments.detection import detect

            found: dict[int, list[Moment]] = defaultdict(list)
            phase_of = {a: call.phase for a, call in self.phases.items()}  # the phases already read
            for m in detect(
                self.store, self.today, points=list(self.points.values()), phase_of=phase_of
            ).moments:
                found[m.account_id].append(m)
            self._moments = dict(found)
        return self._moments.get(account_id, [])

    def expected_departments(self, segment: str) -> list[str]:
        """Departments in which at least a quarter of the segment's accounts with contacts have one, the most
        common first."""
        if self._departments is None:
            by_segment: dict[str, Counter[str]] = defaultdict(Counter)
            accounts: Counter[str] = Counter()
            for seg, departments in self.store.query(
                "SELECT coalesce(a.segment, ''), group_concat(DISTINCT c.department) FROM contacts c "
                "JOIN accounts a ON a.id = c.account_id WHERE coalesce(c.department, '') <> '' GROUP BY a.id"
            ):
                accounts[seg] += 1
                by_segment[seg].update(set(str(departments).split(",")))
            self._departments = (dict(by_segment), accounts)
        by_segment, accounts = self._departments
        total = accounts.get(segment, 0)
        common = by_segment.get(segment, Counter()).most_common()
        return [d for d, n in common if total and n / total >= COMMON_DEPARTMENT]


def key_figures(book: BookFacts, account_id: int) -> KeyFigures:
    point = book.points[account_id]
    store = book.store
    wallet = store.scalar("SELECT wallet_cents FROM accounts WHERE id = ?", (account_id,))
    answers = store.scalar(
        "SELECT count(DISTINCT n.contact_id) FROM nps_answers n JOIN contacts c ON c.id = n.contact_id "
        "WHERE c.account_id = ?",
        (account_id,),
    )
    quarters = store.query(
        "SELECT period, revenue_cents FROM revenue_by_period WHERE account_id = ? "
        "ORDER BY period DESC LIMIT 5",
        (account_id,),
    )
    quarters.reverse()
    ndr = None
    if len(quarters) >= 2:
        (previous, start), (quarter, now) = quarters[-2], quarters[-1]
        ndr = AccountNdr(quarter, previous, start or 0, now or 0)
    phase = book.phases.get(account_id)
    return KeyFigures(
        point.revenue_cents, wallet, point.breadth, point.intensity, point.held, point.relevant,
        point.quadrant(), point.reason, point.nps, int(answers or 0), point.tier,
        phase.phase if phase else "", point.potential_cents, ndr, tuple((q, c or 0) for q, c in quarters),
    )  # fmt: skip


def stakeholders(store: Store, account_id: int, today: date | None = None) -> list[Stakeholder]:
    """The account's contacts, decision makers and champions first, with their latest NPS and touch (the
    latest on or before `today`, default the day it is: a later one is planned)."""
    rows = store.query(
        """
        SELECT c.id, c.name, coalesce(c.role, ''), coalesce(c.department, ''), coalesce(c.region, ''),
               coalesce(c.influence, ''), n.score, n.answered_on,
               (SELECT max(t.touched_on) FROM touch_contacts tc JOIN touches t ON t.id = tc.touch_id
                WHERE tc.contact_id = c.id AND t.touched_on < ?)
        FROM contacts c
        LEFT JOIN (SELECT contact_id, score, max(answered_on) AS answered_on FROM nps_answers
                   GROUP BY contact_id) n ON n.contact_id = c.id
        WHERE c.account_id = ?
        """,
        (touch_end(today or date.today()), account_id),
    )
    order = {"decision_maker": 0, "champion": 1, "influencer": 2, "blocker": 3, "user": 4}
    people = [Stakeholder(*r) for r in rows]
    return sorted(people, key=lambda s: (order.get(s.influence, 5), s.name.casefold()))


def uncovered(book: BookFacts, account_id: int, people: list[Stakeholder]) -> tuple[list[str], list[str]]:
    """(departments, regions) without a contact: the departments comparable accounts have contacts in, and
    the regions the account operates in."""
    point = book.points[account_id]
    departments = {s.department.casefold() for s in people if s.department}
    regions = {s.region.casefold() for s in people if s.region}
    missing_departments = [
        d for d in book.expected_departments(point.segment) if d.casefold() not in departments
    ]
    missing_regions = [r for r in point.regions if r.casefold() not in regions]
    return missing_departments, missing_regions
