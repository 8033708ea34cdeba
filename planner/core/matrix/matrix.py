"""The Customer-Performance-Matrix (DOMAIN.md, seed 000): every account's breadth, intensity and revenue
potential, with the figures that explain them; positions per quarter (trajectories) and how many accounts
moved from which quadrant to which.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.core.matrix import collector
from planner.core.matrix.scoring import (
    HoldingUsage,
    Quadrant,
    breadth,
    intensity,
    quadrant,
)
from planner.core.matrix.tiers import TierLimits, tier_limits, tier_of, tier_value
from planner.core.store import score_inputs
from planner.core.store.background_reads import beside
from planner.core.store.store import Store

MIN_PEERS = 3  # fewer comparable accounts than this: compare with a wider group
PLAYS = {  # quadrant -> (play, who owns it), worded by the UI
    Quadrant.SAMPLER: ("onboarding", "customer_service"),
    Quadrant.NICHE: ("cross_sell", "specialist"),
    Quadrant.UNDERPERFORMER: ("adoption", "application_consultant"),
    Quadrant.POWER_USER: ("stay_close", "account_manager"),
}


@dataclass(frozen=True, slots=True)
class Whitespace:
    """A product the account does not hold, valued at what comparable accounts pay for it per year."""

    product_id: int
    product: str
    value_cents: int
    basis: str  # peers (same segment and size band), segment, all (every account holding it), price
    peers: int  # how many accounts the value is the median of (0 for the list price)


@dataclass(slots=True)  # not frozen: a frozen dataclass is built field by field, 100,000 times
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
    size_band: int = 0  # by employees: 0 (<50) .. 4 (5000+), see score_inputs.SIZE_BANDS
    wallet_cents: int | None = None  # what the account spends on products like ours, where known

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


def account_nps(scores: Iterable[int]) -> float | None:
    """% promoters (9-10) minus % detractors (0-6) of the given answers; None without answers."""
    values = list(scores)
    if not values:
        return None
    return _nps_of(sum(1 for s in values if s >= 9), sum(1 for s in values if s <= 6), len(values))


def _nps_of(promoters: int, detractors: int, answers: int) -> float:
    """% promoters minus % detractors, from the counts of `answers` (at least one)."""
    return 100.0 * (promoters - detractors) / answers


def matrix_points(store: Store, *, by_segment: bool = True) -> list[MatrixPoint]:
    """Every account with its scores and potential. `by_segment`: breadth counts only the products marked
    relevant for the account's segment (where its segment has any), else every product."""
    with collector.paused():  # the rows read on the way are gone when the collector is back
        return _matrix_points(store, by_segment)


def _matrix_points(store: Store, by_segment: bool) -> list[MatrixPoint]:
    with beside(store) as other:  # tiers and peer medians, which need every account, on the other core
        limits = other.run(tier_limits, other.store)  # SQLite's work alone: Python's lock stays free
        revenues = other.query(_PEER_REVENUES_SQL)
        products = {pid: (name, price or 0, unit) for pid, name, price, unit in store.query(
            "SELECT id, name, price_cents, unit FROM products")}  # fmt: skip
        shapes = _Shapes(products, _relevant_products(store) if by_segment else {})
        accounts = _accounts(store)
        points, their_shapes = _points(accounts, shapes, limits.result())
        whitespace = _Whitespace(products, _peer_medians(revenues.result()))
    for (segment, band, _), shape in shapes.items():
        shape.whitespace = whitespace[(segment, band, shape.missing)]
    for point, shape in zip(points, their_shapes, strict=True):
        point.whitespace = shape.whitespace
    return points


def _points(
    accounts: list[tuple[Any, ...]], shapes: _Shapes, tiers: TierLimits
) -> tuple[list[MatrixPoint], list[_Shape]]:
    """The points with no whitespace yet, and each one's _Shape."""
    regions: dict[str | None, tuple[str, ...]] = {None: ()}  # many accounts name the same regions
    points, their_shapes = [], []
    for account in accounts:
        (aid, key, name, owner, segment, country, areas, pinned, revenue, band, users, wallet, held, seats,
         touch, used, score, nps, _) = account  # fmt: skip
        shape = shapes[(segment, band, held or "")]
        seats = seats or 0
        uncovered = max((users or 0) - seats, 0) if seats else 0
        if areas not in regions:
            regions[areas] = tuple(r.strip() for r in areas.split(",") if r.strip())
        points.append(MatrixPoint(
            aid, key, name, owner, segment, country, regions[areas],
            pinned or tier_of(tier_value(revenue, wallet), aid, tiers), nps, revenue, touch,
            shape.breadth, score, len(shape.held), shape.relevant, used, (), uncovered,
            uncovered * shape.seat_price, shape.held, None if wallet is None else max(wallet - revenue, 0),
            band, wallet,
        ))  # fmt: skip
        their_shapes.append(shape)
    return points, their_shapes


def _accounts(store: Store) -> list[tuple[Any, ...]]:
    """Each account with its size band and its score inputs (see score_inputs.accounts_with)."""
    return score_inputs.accounts_with(store.conn, _ACCOUNT_COLUMNS, score_inputs.MATRIX_COLUMNS)


# Each account with its size band, then (accounts_with) its score inputs.
_ACCOUNT_COLUMNS = f"""
a.id, a.key, a.name, coalesce(a.owner, ''), coalesce(a.segment, ''), coalesce(a.country, ''), a.regions,
a.tier_override, a.revenue_cents, {score_inputs.band_sql("a.employees")}, a.potential_users, a.wallet_cents
"""


def _relevant_products(store: Store) -> dict[str, set[int]]:
    relevant: dict[str, set[int]] = defaultdict(set)
    for segment, product_id in store.query("SELECT segment, product_id FROM segment_products"):
        relevant[segment].add(product_id)
    return relevant


Peers = Mapping[
    tuple[str, object, object, int], tuple[int, int]
]  # (basis, segment, band, product) -> median, n

# The yearly revenue of each active holding that pays, per segment, size band and product (smallest first).
_PEER_REVENUES_SQL = """
SELECT segment, band, product_id, group_concat(revenue_cents) FROM peer_revenues GROUP BY 1, 2, 3
"""


def _peer_medians(
    rows: list[tuple[str, int, int, str]],
) -> dict[tuple[str, object, object, int], tuple[int, int]]:
    """Median yearly revenue per product among accounts of the same segment and size band, the same
    segment, and all accounts."""
    groups: dict[tuple[str, object, object, int], list[int]] = defaultdict(list)
    for segment, band, product_id, revenues in rows:  # the wider groups hold the narrower ones
        values = sorted(map(int, revenues.split(",")))  # then sorted runs, which sort in no time
        groups[("peers", segment, band, product_id)] = values
        groups[("segment", segment, None, product_id)] += values
        groups[("all", None, None, product_id)] += values
    return {k: (round(statistics.median(v)), len(v)) for k, v in groups.items()}  # median sorts them


@dataclass(slots=True)
class _Shape:
    """What follows from an account's segment, size band and held products alone: the same for every
    account that has the same three."""

    held: frozenset[int]
    breadth: float | None
    relevant: int
    missing: tuple[int, ...]  # the products that count for breadth and are not held
    seat_price: int  # the smallest seat offer the account already buys
    whitespace: tuple[Whitespace, ...] = ()  # those of `missing` worth something, once the peers are known


class _Shapes(dict[tuple[str, int, str], _Shape]):
    """(segment, size band, held product ids as "3,5,8") -> _Shape, made the first time it is asked for."""

    def __init__(
        self, products: Mapping[int, tuple[str, int, str]], relevant: Mapping[str, set[int]]
    ) -> None:
        super().__init__()
        self.products, self.relevant = products, relevant

    def __missing__(self, key: tuple[str, int, str]) -> _Shape:
        segment, _, text = key
        held = frozenset(map(int, text.split(","))) if text else frozenset()
        products = self.products
        universe = self.relevant.get(segment) or set(products)
        seat_products = frozenset(p for p in held if products.get(p, ("", 0, ""))[2] == "seat")
        self[key] = shape = _Shape(
            held,
            breadth(len(held & universe), len(universe)) if held else None,
            len(universe),
            tuple(pid for pid in sorted(universe - held) if pid in products),
            min((products[p][1] for p in seat_products), default=0),
        )
        return shape


class _Whitespace(dict[tuple[str, int, tuple[int, ...]], tuple[Whitespace, ...]]):
    """(segment, size band, products not held) -> those worth something, valued once per product, segment
    and size band."""

    def __init__(self, products: Mapping[int, tuple[str, int, str]], peers: Peers) -> None:
        super().__init__()
        self.products, self.peers = products, peers
        self.valued: dict[tuple[int, str, int], Whitespace] = {}

    def __missing__(self, key: tuple[str, int, tuple[int, ...]]) -> tuple[Whitespace, ...]:
        segment, band, missing = key
        valued = (self._value(product_id, segment, band) for product_id in missing)
        self[key] = found = tuple(w for w in valued if w.value_cents > 0)
        return found

    def _value(self, product_id: int, segment: str, band: int) -> Whitespace:
        found = self.valued.get((product_id, segment, band))
        if found is None:
            found = _whitespace(product_id, self.products[product_id], self.peers, segment, band)
            self.valued[(product_id, segment, band)] = found
        return found


def _whitespace(
    product_id: int, product: tuple[str, int, str], peers: Peers, segment: str, band: int
) -> Whitespace:
    for basis, key in (("peers", (segment, band)), ("segment", (segment, None)), ("all", (None, None))):
        found = peers.get((basis, *key, product_id))
        if found and (found[1] >= MIN_PEERS or basis == "all"):
            return Whitespace(product_id, product[0], found[0], basis, found[1])
    return Whitespace(product_id, product[0], product[1], "price", 0)


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
