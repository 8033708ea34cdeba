"""The Customer-Performance-Matrix (DOMAIN.md, seed 000): every account's breadth, intensity and revenue
potential, with the figures that explain them; positions per quarter (trajectories) and how many accounts
moved from which quadrant to which.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from planner.core.accounts import tier_values
from planner.core.scoring import (
    HoldingUsage,
    Quadrant,
    breadth,
    intensity,
    latest_usage,
    pareto_tiers,
    quadrant,
)
from planner.core.store import Store

SIZE_BANDS = (50, 250, 1000, 5000)  # employees: <50, 50-249, 250-999, 1000-4999, 5000+
MIN_PEERS = 3  # fewer comparable accounts than this: compare with a wider group
PLAYS = {  # quadrant -> (play, who owns it), worded by the UI
    Quadrant.SAMPLER: ("onboarding", "customer_service"),
    Quadrant.NICHE: ("cross_sell", "specialist"),
    Quadrant.UNDERPERFORMER: ("adoption", "application_consultant"),
    Quadrant.POWER_USER: ("stay_close", "account_manager"),
}


@dataclass(frozen=True)
class Whitespace:
    """A product the account does not hold, valued at what comparable accounts pay for it per year."""

    product_id: int
    product: str
    value_cents: int
    basis: str  # peers (same segment and size band), segment, all (every account holding it), price
    peers: int  # how many accounts the value is the median of (0 for the list price)


@dataclass(frozen=True)
class MatrixPoint:
    account_id: int
    key: str
    name: str
    owner: str
    segment: str
    country: str
    regions: tuple[str, ...]
    tier: str
    nps: float | None  # % promoters - % detractors among the contacts' latest answers, -100..100
    revenue_cents: int
    last_touch: str | None
    breadth: float | None  # None: not scored (see `reason`)
    intensity: float | None
    held: int  # active products
    relevant: int  # products that count for breadth
    used_holdings: int  # holdings with usage data (the weights of intensity)
    whitespace: tuple[Whitespace, ...] = ()
    uncovered_users: int = 0  # potential users without a seat
    uncovered_cents: int = 0  # those users at the seat price
    products: frozenset[int] = field(default_factory=frozenset)  # held product ids
    wallet_room_cents: int | None = None  # wallet - revenue: the potential is never more than this

    @property
    def raw_potential_cents(self) -> int:
        return max(sum(w.value_cents for w in self.whitespace) + self.uncovered_cents, 0)

    @property
    def potential_cents(self) -> int:
        """Whitespace plus users without a seat, at most what is left of the wallet, never below zero."""
        raw = self.raw_potential_cents
        return raw if self.wallet_room_cents is None else min(raw, self.wallet_room_cents)

    @property
    def capped(self) -> bool:
        return self.potential_cents < self.raw_potential_cents

    @property
    def reason(self) -> str | None:
        """Why the account is not in the matrix: no_holdings, no_usage; None when it is."""
        if self.breadth is None:
            return "no_holdings"
        if self.intensity is None:
            return "no_usage"
        return None

    def quadrant(self, breadth_threshold: float = 0.5, intensity_threshold: float = 0.5) -> Quadrant | None:
        if self.breadth is None or self.intensity is None:
            return None
        return quadrant(self.breadth, self.intensity, breadth_threshold, intensity_threshold)


def size_band(employees: int | None) -> int:
    return sum(1 for limit in SIZE_BANDS if (employees or 0) >= limit)


def account_nps(scores: Iterable[int]) -> float | None:
    """% promoters (9-10) minus % detractors (0-6) of the given answers; None without answers."""
    values = list(scores)
    if not values:
        return None
    promoters = sum(1 for s in values if s >= 9)
    detractors = sum(1 for s in values if s <= 6)
    return 100.0 * (promoters - detractors) / len(values)


def matrix_points(store: Store, *, by_segment: bool = True) -> list[MatrixPoint]:
    """Every account with its scores and potential. `by_segment`: breadth counts only the products marked
    relevant for the account's segment (where its segment has any), else every product."""
    products = {pid: (name, price or 0, unit) for pid, name, price, unit in store.query(
        "SELECT id, name, price_cents, unit FROM products")}  # fmt: skip
    relevant = _relevant_products(store) if by_segment else {}
    usage = latest_usage(store)
    accounts = store.query(
        "SELECT id, key, name, coalesce(owner, ''), coalesce(segment, ''), coalesce(country, ''), regions, "
        "tier_override, revenue_cents, employees, potential_users, wallet_cents FROM accounts"
    )
    holdings: dict[int, list[tuple[int, int, int | None]]] = defaultdict(list)  # product, revenue, seats
    for account_id, product_id, revenue, seats in store.query(
        "SELECT account_id, product_id, revenue_cents, seats_licensed FROM holdings WHERE status = 'active'"
    ):
        holdings[account_id].append((product_id, revenue or 0, seats))
    peers = _peer_medians(accounts, holdings)
    tiers = pareto_tiers(tier_values(store))
    nps = _account_nps(store)
    touches = dict(store.query("SELECT account_id, max(touched_on) FROM touches GROUP BY account_id"))
    points = []
    valued: dict[tuple[int, str, int], Whitespace] = {}  # a product is valued once per segment and band
    for (
        aid,
        key,
        name,
        owner,
        segment,
        country,
        regions,
        override,
        revenue,
        employees,
        users,
        wallet,
    ) in accounts:
        held = holdings.get(aid, [])
        held_ids = frozenset(p for p, _, _ in held)
        universe = relevant.get(segment) or set(products)
        used = [HoldingUsage(*usage[(aid, p)], r) for p, r, _ in held if (aid, p) in usage]
        band = size_band(employees)
        whitespace = tuple(
            valued[(pid, segment, band)]
            if (pid, segment, band) in valued
            else valued.setdefault(
                (pid, segment, band), _whitespace(pid, products[pid], peers, segment, band)
            )
            for pid in sorted(universe - held_ids)
            if pid in products
        )  # fmt: skip  a product is valued once per segment and size band
        seats = max((s or 0 for p, _, s in held if products.get(p, ("", 0, ""))[2] == "seat"), default=0)
        seat_price = min(
            (products[p][1] for p, _, _ in held if products.get(p, ("", 0, ""))[2] == "seat"), default=0
        )  # fmt: skip  the smallest seat offer the account already buys
        uncovered = max((users or 0) - seats, 0) if seats else 0
        region_list = tuple(r.strip() for r in (regions or "").split(",") if r.strip())
        points.append(MatrixPoint(
            aid, key, name, owner, segment, country, region_list,
            override or tiers.get(aid, "C"), nps.get(aid), revenue or 0, touches.get(aid),
            breadth(len(held_ids & universe), len(universe)) if held else None, intensity(used),
            len(held_ids), len(universe), len(used), tuple(w for w in whitespace if w.value_cents > 0),
            uncovered, uncovered * seat_price, held_ids,
            None if wallet is None else max(wallet - (revenue or 0), 0),
        ))  # fmt: skip
    return points


def _relevant_products(store: Store) -> dict[str, set[int]]:
    relevant: dict[str, set[int]] = defaultdict(set)
    for segment, product_id in store.query("SELECT segment, product_id FROM segment_products"):
        relevant[segment].add(product_id)
    return relevant


Peers = Mapping[
    tuple[str, object, object, int], tuple[int, int]
]  # (basis, segment, band, product) -> median, n


def _peer_medians(
    accounts: list[tuple], holdings: Mapping[int, list[tuple[int, int, int | None]]]
) -> dict[tuple[str, object, object, int], tuple[int, int]]:
    """Median yearly revenue per product among accounts of the same segment and size band, the same
    segment, and all accounts."""
    groups: dict[tuple[str, object, object, int], list[int]] = defaultdict(list)
    for account in accounts:
        aid, segment, employees = account[0], account[4], account[9]
        band = size_band(employees)
        for product_id, revenue, _ in holdings.get(aid, ()):
            if revenue > 0:
                groups[("peers", segment, band, product_id)].append(revenue)
                groups[("segment", segment, None, product_id)].append(revenue)
                groups[("all", None, None, product_id)].append(revenue)
    return {k: (round(statistics.median(v)), len(v)) for k, v in groups.items()}


def _whitespace(
    product_id: int, product: tuple[str, int, str], peers: Peers, segment: str, band: int
) -> Whitespace:
    for basis, key in (("peers", (segment, band)), ("segment", (segment, None)), ("all", (None, None))):
        found = peers.get((basis, *key, product_id))
        if found and (found[1] >= MIN_PEERS or basis == "all"):
            return Whitespace(product_id, product[0], found[0], basis, found[1])
    return Whitespace(product_id, product[0], product[1], "price", 0)


def _account_nps(store: Store) -> dict[int, float | None]:
    latest = store.query(
        "SELECT c.account_id, n.score FROM nps_answers n JOIN contacts c ON c.id = n.contact_id "
        "JOIN (SELECT contact_id, max(answered_on) AS day FROM nps_answers GROUP BY contact_id) l "
        "ON l.contact_id = n.contact_id AND l.day = n.answered_on"
    )
    scores: dict[int, list[int]] = defaultdict(list)
    for account_id, score in latest:
        scores[account_id].append(score)
    return {a: account_nps(s) for a, s in scores.items()}


# --- trajectories ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Position:
    quarter: str  # "2026-Q3"
    breadth: float
    intensity: float


def quarter_of(period: str) -> str:
    return f"{period[:4]}-Q{(int(period[5:7]) - 1) // 3 + 1}"


def trajectories(store: Store, account_ids: Iterable[int] | None = None) -> dict[int, list[Position]]:
    """Each account's position per quarter of its usage history: breadth from the products it used (or
    held) that quarter, intensity from that quarter's usage against expected, weighted by today's revenue."""
    only = ""
    params: tuple[int, ...] = ()
    if account_ids is not None:
        ids = sorted(set(account_ids))
        if not ids:
            return {}
        only = f" WHERE account_id IN ({','.join('?' * len(ids))})"
        params = tuple(ids)
    product_count = int(store.scalar("SELECT count(*) FROM products")) or 1
    weights = {(a, p): r or 0 for a, p, r in store.query(
        "SELECT account_id, product_id, revenue_cents FROM holdings" + only, params)}  # fmt: skip
    rows = store.query(
        "SELECT account_id, product_id, substr(period, 1, 4) || '-Q' || "
        "((cast(substr(period, 6, 2) AS INTEGER) + 2) / 3), sum(usage_value), sum(expected_value) "
        "FROM usage_snapshots" + only
        + " GROUP BY 1, 2, 3",
        params,
    )  # fmt: skip
    by_quarter: dict[tuple[int, str], list[HoldingUsage]] = defaultdict(list)
    for account_id, product_id, q, used, expected in rows:
        if (used or 0) > 0:
            by_quarter[(account_id, q)].append(
                HoldingUsage(used, expected or 0.0, weights.get((account_id, product_id), 0))
            )
    paths: dict[int, list[Position]] = defaultdict(list)
    for (account_id, q), used in sorted(by_quarter.items()):
        score = intensity(used)
        if score is not None:
            paths[account_id].append(Position(q, min(len(used), product_count) / product_count, score))
    return dict(paths)


def movements(
    paths: Mapping[int, list[Position]],
    earlier: str,
    later: str,
    thresholds: tuple[float, float] = (0.5, 0.5),
) -> Counter[tuple[Quadrant, Quadrant]]:
    """How many accounts moved from which quadrant in quarter `earlier` to which in quarter `later`."""
    moved: Counter[tuple[Quadrant, Quadrant]] = Counter()
    for path in paths.values():
        at = {p.quarter: p for p in path}
        if earlier in at and later in at:
            before, after = at[earlier], at[later]
            moved[(quadrant(before.breadth, before.intensity, *thresholds),
                   quadrant(after.breadth, after.intensity, *thresholds))] += 1  # fmt: skip
    return moved


def last_two_quarters(paths: Mapping[int, list[Position]]) -> tuple[str, str] | None:
    quarters = sorted({p.quarter for path in paths.values() for p in path})
    return (quarters[-2], quarters[-1]) if len(quarters) >= 2 else None
