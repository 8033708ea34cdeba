"""The Customer-Performance-Matrix (DOMAIN.md, seed 000): every account's breadth, intensity and revenue
potential, with the figures that explain them; positions per quarter (trajectories) and how many accounts
moved from which quadrant to which.
"""

from __future__ import annotations

import gc
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from planner.core.accounts import tier_shares, tier_value
from planner.core.background_reads import beside
from planner.core.scoring import (
    HoldingUsage,
    Quadrant,
    breadth,
    intensity,
    latest_months,
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
    size_band: int = 0  # by employees: 0 (<50) .. 4 (5000+), see SIZE_BANDS
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


def size_band(employees: int | None) -> int:
    return sum(1 for limit in SIZE_BANDS if (employees or 0) >= limit)


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
    with _gc_paused():  # the rows read on the way are gone when the collector is back
        return _matrix_points(store, by_segment)


def _matrix_points(store: Store, by_segment: bool) -> list[MatrixPoint]:
    months = latest_months(store)
    with beside(store) as other:  # the heavy grouping runs on the other core meanwhile
        revenues = other.query(_PEER_REVENUES_SQL)
        usage = other.query(_usage_sql(months), tuple(months)) if months else None
        products = {pid: (name, price or 0, unit) for pid, name, price, unit in store.query(
            "SELECT id, name, price_cents, unit FROM products")}  # fmt: skip
        accounts = store.query(_ACCOUNTS_SQL)
        relevant = _relevant_products(store) if by_segment else {}
        tiers = pareto_tiers(  # as accounts.computed_tiers ranks them, from the rows read here
            {a[0]: tier_value(a[8], a[11]) for a in accounts}, *tier_shares(store)
        )
        nps = store.query(_NPS_SQL)
        shapes = _Shapes(products, relevant, _peer_medians(revenues.result()))
        scores = {row[0]: row[1:] for row in usage.result()} if usage is not None else {}
        account_nps = {a: _nps_of(promoters, detractors, n) for a, promoters, detractors, n in nps}
    regions: dict[str | None, tuple[str, ...]] = {None: ()}  # many accounts name the same regions
    points = []
    nothing = (0, 0, 0, 0.0, 0.0)
    for account in accounts:
        (aid, key, name, owner, segment, country, areas, pinned, revenue, band, users, wallet, touch, held,
         seats) = account  # fmt: skip
        shape = shapes[(segment, band, held or "")]
        seats = seats or 0
        uncovered = max((users or 0) - seats, 0) if seats else 0
        used, weighed, weights, weighted, ratios = scores.get(aid, nothing)
        score = _intensity(weighed, weights, weighted, ratios)
        if areas not in regions:
            regions[areas] = tuple(r.strip() for r in areas.split(",") if r.strip())
        points.append(MatrixPoint(
            aid, key, name, owner, segment, country, regions[areas],
            pinned or tiers.get(aid, "C"), account_nps.get(aid), revenue or 0, touch,
            shape.breadth, score, len(shape.held), shape.relevant, used,
            shape.whitespace, uncovered, uncovered * shape.seat_price, shape.held,
            None if wallet is None else max(wallet - (revenue or 0), 0), band, wallet,
        ))  # fmt: skip
    return points


def _band_sql(employees: str) -> str:
    """`size_band` in SQL."""
    return "(" + " + ".join(f"(coalesce({employees}, 0) >= {limit})" for limit in SIZE_BANDS) + ")"


# Each account with its size band, last touch, active products ("3,5,8") and the most seats of a product
# sold by the seat.
_ACCOUNTS_SQL = f"""
SELECT a.id, a.key, a.name, coalesce(a.owner, ''), coalesce(a.segment, ''), coalesce(a.country, ''),
       a.regions, a.tier_override, a.revenue_cents, {_band_sql("a.employees")}, a.potential_users,
       a.wallet_cents, (SELECT max(touched_on) FROM touches WHERE account_id = a.id), h.held, h.seats
FROM accounts a LEFT JOIN (
    SELECT h.account_id, group_concat(h.product_id) AS held,
           max(CASE WHEN p.unit = 'seat' THEN coalesce(h.seats_licensed, 0) END) AS seats
    FROM holdings h JOIN products p ON p.id = h.product_id WHERE h.status = 'active' GROUP BY h.account_id
) h ON h.account_id = a.id
"""


def _usage_sql(months: list[str]) -> str:
    """Per account with usage in the latest months: holdings with usage, holdings with an expectation, the sum
    of their weights (revenue), of weight x ratio and of the ratios (usage / expected, 0..1): what
    `weighted_intensity` sums, added up by SQLite. Each holding looks its months up in the covering index of
    usage by month, which costs less than grouping all usage rows of those months and matching them."""
    ratio = "min(max(u, 0.0) / e, 1.0)"
    return f"""
SELECT account_id, count(*), sum(e > 0), sum(CASE WHEN e > 0 THEN w ELSE 0 END),
       total(CASE WHEN e > 0 THEN w * {ratio} END), total(CASE WHEN e > 0 THEN {ratio} END)
FROM (
    SELECT h.account_id, max(h.revenue_cents, 0) AS w, sum(u.usage_value) AS u,
           coalesce(sum(u.expected_value), 0.0) AS e
    FROM holdings h JOIN usage_snapshots u INDEXED BY usage_snapshots_period
         ON u.period IN ({",".join("?" * len(months))}) AND u.account_id = h.account_id
         AND u.product_id = h.product_id
    WHERE h.status = 'active' GROUP BY h.id
) GROUP BY account_id
"""


def _intensity(weighed: int, weights: int, weighted: float, ratios: float) -> float | None:
    """`weighted_intensity` from its sums: None without an expectation, equal weights when nothing is paid."""
    if not weighed:
        return None
    return ratios / weighed if weights == 0 else weighted / weights


def _relevant_products(store: Store) -> dict[str, set[int]]:
    relevant: dict[str, set[int]] = defaultdict(set)
    for segment, product_id in store.query("SELECT segment, product_id FROM segment_products"):
        relevant[segment].add(product_id)
    return relevant


Peers = Mapping[
    tuple[str, object, object, int], tuple[int, int]
]  # (basis, segment, band, product) -> median, n

# The yearly revenue of each active holding that pays, per segment, size band and product.
_PEER_REVENUES_SQL = f"""
SELECT coalesce(a.segment, ''), {_band_sql("a.employees")}, h.product_id, group_concat(h.revenue_cents)
FROM holdings h JOIN accounts a ON a.id = h.account_id
WHERE h.status = 'active' AND h.revenue_cents > 0 GROUP BY 1, 2, 3
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


@dataclass(frozen=True, slots=True)
class _Shape:
    """What follows from an account's segment, size band and held products alone: the same for every
    account that has the same three."""

    held: frozenset[int]
    breadth: float | None
    relevant: int
    whitespace: tuple[Whitespace, ...]
    seat_price: int  # the smallest seat offer the account already buys


class _Shapes(dict[tuple[str, int, str], _Shape]):
    """(segment, size band, held product ids as "3,5,8") -> _Shape, made the first time it is asked for;
    whitespace values once per product, segment and size band."""

    def __init__(
        self, products: Mapping[int, tuple[str, int, str]], relevant: Mapping[str, set[int]], peers: Peers
    ) -> None:
        super().__init__()
        self.products, self.relevant, self.peers = products, relevant, peers
        self.valued: dict[tuple[int, str, int], Whitespace] = {}

    def __missing__(self, key: tuple[str, int, str]) -> _Shape:
        segment, band, text = key
        held = frozenset(map(int, text.split(","))) if text else frozenset()
        products = self.products
        universe = self.relevant.get(segment) or set(products)
        whitespace = [self._value(pid, segment, band) for pid in sorted(universe - held) if pid in products]
        seat_products = frozenset(p for p in held if products.get(p, ("", 0, ""))[2] == "seat")
        self[key] = shape = _Shape(
            held,
            breadth(len(held & universe), len(universe)) if held else None,
            len(universe),
            tuple(w for w in whitespace if w.value_cents > 0),
            min((products[p][1] for p in seat_products), default=0),
        )
        return shape

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


# Each account's promoters, detractors and answers among its contacts' latest answers (all answers of a
# contact's latest day).
_NPS_SQL = """
SELECT c.account_id, sum(n.score >= 9), sum(n.score <= 6), count(*)
FROM nps_answers n JOIN contacts c ON c.id = n.contact_id
JOIN (SELECT contact_id, max(answered_on) AS day FROM nps_answers GROUP BY contact_id) l
     ON l.contact_id = n.contact_id AND l.day = n.answered_on
GROUP BY c.account_id
"""


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Scoring makes a million small objects and no cycles; the collector would walk them again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
