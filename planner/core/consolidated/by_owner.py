"""Per owner of the book: accounts, revenue, the matrix's quadrants and the coverage figures (neglected per
tier, net dollar retention), each what the owner's own book shows for their accounts (one core, two stores):
the core's own functions, with the tiers ranked among the owner's accounts as their book ranks them; the book
read once for all owners."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from planner.core.coverage.coverage import TIERS, Coverage, Retention, coverage_by_owner
from planner.core.matrix.matrix import MatrixPoint, matrix_points
from planner.core.matrix.scoring import Quadrant, pareto_tiers
from planner.core.matrix.tiers import tier_shares, tier_value
from planner.core.moments.moments import Thresholds
from planner.core.store.owners import one_spelling_each, owner_key
from planner.core.store.store import Store


@dataclass(frozen=True)
class OwnerFigures:
    """One owner's part of the book."""

    owner: str  # as the accounts spell it (one spelling); "" for the accounts without an owner
    logins: tuple[str, ...]  # the team's login roles owning these accounts (none in a book never synced)
    accounts: int
    revenue_cents: int
    quadrants: Mapping[Quadrant, int]  # at the matrix's default thresholds (50 %, 50 %)
    unscored: int  # accounts not in the matrix (no holdings, no usage, ...)
    coverage: Coverage  # what the Coverage workspace shows for these accounts

    @property
    def neglected(self) -> dict[str, int]:
        """tier -> accounts past their tier's cadence (never touched included)."""
        found = Counter(n.tier for n in self.coverage.neglected)
        return {tier: found[tier] for tier in TIERS}

    @property
    def touched_share(self) -> float | None:
        """The share of the accounts touched within the last 90 days (None: no accounts)."""
        tiers = self.coverage.tiers
        total = sum(t.accounts for t in tiers)
        return sum(t.touched[90] for t in tiers) / total if total else None

    @property
    def ndr(self) -> Retention | None:
        """Net dollar retention, trailing twelve months to the latest quarter."""
        return self.coverage.latest_retention(annual=True)

    @property
    def ndr_quarter(self) -> Retention | None:
        """Net dollar retention, the latest quarter against the one before."""
        return self.coverage.latest_retention()


def figures_by_owner(
    store: Store, today: date | None = None, thresholds: Thresholds | None = None
) -> list[OwnerFigures]:
    """Every owner's figures, largest revenue first (the accounts without an owner last)."""
    today = today or date.today()
    points = _tiers_of_each_owner(store, matrix_points(store, today=today))
    parts = coverage_by_owner(store, today, thresholds, points)
    mine: dict[str, list[MatrixPoint]] = defaultdict(list)
    spellings: dict[str, set[str]] = defaultdict(set)
    for point in points:
        key = owner_key(point.owner)
        mine[key].append(point)
        spellings[key].add(point.owner)
    logins = _logins(store, {p.account_id: owner_key(p.owner) for p in points})
    found = [
        _figures(one_spelling_each(spellings[key])[0], logins.get(key, ()), owned, parts[key])
        for key, owned in mine.items()
    ]
    return sorted(found, key=lambda f: (not f.owner, -f.revenue_cents, owner_key(f.owner)))


def _tiers_of_each_owner(store: Store, points: list[MatrixPoint]) -> list[MatrixPoint]:
    """The points with each account's tier ranked among its owner's accounts, as the owner's own book ranks
    it (tiers say where a KAM's time goes: A is the top of their book, not of the team's)."""
    shares = tier_shares(store)
    owned: dict[str, list[MatrixPoint]] = defaultdict(list)
    for point in points:
        owned[owner_key(point.owner)].append(point)
    out = []
    for group in owned.values():
        tiers = pareto_tiers(
            {p.account_id: tier_value(p.revenue_cents, p.potential_cents) for p in group}, *shares
        )
        out += [replace(p, tier=tiers[p.account_id]) for p in group]
    return out


def _figures(owner: str, logins: tuple[str, ...], points: list[MatrixPoint], part: Coverage) -> OwnerFigures:
    quadrants: Counter[Quadrant] = Counter()
    unscored = 0
    for point in points:
        quadrant = point.quadrant()
        if quadrant is None:
            unscored += 1
        else:
            quadrants[quadrant] += 1
    return OwnerFigures(
        owner=owner,
        logins=logins,
        accounts=len(points),
        revenue_cents=sum(p.revenue_cents for p in points),
        quadrants={q: quadrants[q] for q in Quadrant},
        unscored=unscored,
        coverage=part,
    )


def _logins(store: Store, owners: Mapping[int, str]) -> dict[str, tuple[str, ...]]:
    """owner_key -> the login roles owning that owner's accounts in the team (team_accounts)."""
    roles: dict[str, set[str]] = defaultdict(set)
    for account_id, role in store.query("SELECT account_id, owner_role FROM team_accounts"):
        if account_id in owners:
            roles[owners[account_id]].add(role)
    return {key: tuple(sorted(found)) for key, found in roles.items()}
