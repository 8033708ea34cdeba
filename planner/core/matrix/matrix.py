"""The Customer-Performance-Matrix (DOMAIN.md, seed 000): every account's breadth, intensity and revenue
potential, with the figures that explain them; positions per quarter (trajectories) and how many accounts
moved from which quadrant to which.

The definitions, written once here and used by the Growth grid, the briefing and the paths:
- breadth: the account's active holdings of the products that count (those relevant to its segment where
  it has any, else all) over the number of those products; a trial or a cancelled holding is not held.
- whitespace: the products that count which the account neither holds actively nor is trying out, each
  valued at what comparable accounts pay (`_whitespace`), also when that is nothing; a product in trial is
  "in trial" (`MatrixPoint.in_trial`, valued the same way), neither whitespace nor held.
- intensity: `scoring.weighted_intensity` of the active holdings' usage against expected
  (`score_inputs.EXPECTED_SQL`: a usage row's own expected value, else the product's expected usage).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from planner.core.matrix import collector
from planner.core.matrix.scoring import (
    Quadrant,
    breadth,
    counted,
    quadrant,
    relevant_products,
    weighted_intensity,
)
from planner.core.matrix.tiers import rank, tier_value
from planner.core.store import last_touch, score_inputs
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
    """A product that counts for the account and that it neither holds nor tries out, valued at what
    comparable accounts pay for it per year (0 when nobody pays for it and it has no list price)."""

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
    last_touch: str | None  # the latest touch on or before today: a later one is planned, not done
    breadth: float | None  # None: not scored (see `reason`)
    intensity: float | None
    held: int  # active products that count for breadth (the numerator of breadth)
    relevant: int  # products that count for breadth
    used_holdings: int  # holdings with usage data (the weights of intensity)
    whitespace: tuple[Whitespace, ...] = ()
    uncovered_users: int = 0  # potential users without a seat
    uncovered_cents: int = 0  # those users at the seat price
    products: frozenset[int] = field(default_factory=frozenset)  # held product ids
    wallet_room_cents: int | None = None  # wallet - revenue: the potential is never more than this
    size_band: int = 0  # by employees: 0 (<50) .. 4 (5000+), see score_inputs.SIZE_BANDS
    wallet_cents: int | None = None  # what the account spends on products like ours, where known
    in_trial: tuple[Whitespace, ...] = ()  # products that count and are in trial: neither whitespace nor held
    unexpected: tuple[str, ...] = ()  # products with usage but no expected usage, when that is all it has

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
        """Why the account is not in the matrix: no_holdings, no_usage, no_expected (usage, but no expected
        usage to measure it against: the products are in `unexpected`); None when it is."""
        if self.breadth is None:
            return "no_holdings"
        if self.intensity is None:
            return "no_expected" if self.used_holdings else "no_usage"
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


def matrix_points(store: Store, *, by_segment: bool = True, today: date | None = None) -> list[MatrixPoint]:
    """Every account with its scores and potential. `by_segment`: breadth counts only the products marked
    relevant for the account's segment (where its segment has any), else every product. `today` (default:
    the day it is): a point's last touch is the latest touch on or before it (`last_touch.last_touches`)."""
    with collector.paused():  # the rows read on the way are gone when the collector is back
        points = _matrix_points(store, by_segment)
        _done_touches(store, points, today or date.today())
        return points


def _done_touches(store: Store, points: list[MatrixPoint], today: date) -> None:
    """The stored last touch is the latest whatever its date; the few points whose latest is planned (after
    today) get the latest touch on or before today instead, read in one query."""
    end = last_touch.touch_end(today)
    planned = {p.account_id: p.last_touch for p in points if p.last_touch is not None and p.last_touch >= end}
    if planned:
        done = last_touch.last_touches(store, planned, today)
        for point in points:
            if point.account_id in done:
                point.last_touch = done[point.account_id]


def _matrix_points(store: Store, by_segment: bool) -> list[MatrixPoint]:
    with beside(store) as other:  # the peer medians, which need every account, on the other core
        revenues = other.query(_PEER_REVENUES_SQL)  # SQLite's work alone: Python's lock stays free
        products = {pid: (name, price or 0, unit) for pid, name, price, unit in store.query(
            "SELECT id, name, price_cents, unit FROM products")}  # fmt: skip
        shapes = _Shapes(products, relevant_products(store) if by_segment else {})
        accounts = _accounts(store)
        points, their_shapes = _points(accounts, shapes)
        whitespace = _Whitespace(products, _peer_medians(revenues.result()))
    for (segment, band, _, _), shape in shapes.items():
        shape.whitespace = whitespace[(segment, band, shape.missing)]
        shape.in_trial = whitespace[(segment, band, shape.trying)]
    for point, shape in zip(points, their_shapes, strict=True):
        point.whitespace, point.in_trial = shape.whitespace, shape.in_trial
    tiers = rank(store, {p.account_id: tier_value(p.revenue_cents, p.potential_cents) for p in points})
    for point, account in zip(points, accounts, strict=True):
        point.tier = account[_PINNED] or tiers[point.account_id]
    unmeasured = [p for p in points if p.intensity is None and p.used_holdings]
    if unmeasured:
        found = _without_expectation(store, [p.account_id for p in unmeasured])
        for point in unmeasured:
            point.unexpected = found.get(point.account_id, ())
    return points


def _without_expectation(store: Store, ids: list[int]) -> dict[int, tuple[str, ...]]:
    """account -> the names of its active products with usage in its own latest months but no expected usage
    (neither in the usage rows nor the product's: score_inputs.EXPECTED_SQL)."""
    names = dict(store.query("SELECT id, name FROM products"))
    found: dict[int, list[str]] = defaultdict(list)
    for (account_id, product_id), (_, expected, _) in score_inputs.latest_usage(store.conn, ids).items():
        if expected <= 0:
            found[account_id].append(names[product_id])
    return {account_id: tuple(sorted(found_names)) for account_id, found_names in found.items()}


def _points(accounts: list[tuple[Any, ...]], shapes: _Shapes) -> tuple[list[MatrixPoint], list[_Shape]]:
    """The points with no whitespace and no tier yet, and each one's _Shape."""
    regions: dict[str | None, tuple[str, ...]] = {None: ()}  # many accounts name the same regions
    points, their_shapes = [], []
    for account in accounts:
        (aid, key, name, owner, segment, country, areas, pinned, revenue, band, users, wallet, held, seats,
         touch, used, score, nps, trying, _) = account  # fmt: skip
        shape = shapes[(segment, band, held or "", trying or "")]
        seats = seats or 0
        uncovered = max((users or 0) - seats, 0) if seats else 0
        if areas not in regions:
            regions[areas] = tuple(r.strip() for r in areas.split(",") if r.strip())
        points.append(MatrixPoint(
            aid, key, name, owner, segment, country, regions[areas],
            pinned or "", nps, revenue, touch,
            shape.breadth, score, shape.held_relevant, shape.relevant, used, (), uncovered,
            uncovered * shape.seat_price, shape.held, None if wallet is None else max(wallet - revenue, 0),
            band, wallet,
        ))  # fmt: skip
        their_shapes.append(shape)
    return points, their_shapes


def _accounts(store: Store) -> list[tuple[Any, ...]]:
    """Each account with its size band and its score inputs (see score_inputs.accounts_with)."""
    return score_inputs.accounts_with(store.conn, _ACCOUNT_COLUMNS, score_inputs.MATRIX_COLUMNS)


_PINNED = 7  # where an account's tier set by hand is in its row
# Each account with its size band, then (accounts_with) its score inputs.
_ACCOUNT_COLUMNS = f"""
a.id, a.key, a.name, coalesce(a.owner, ''), coalesce(a.segment, ''), coalesce(a.country, ''), a.regions,
a.tier_override, a.revenue_cents, {score_inputs.band_sql("a.employees")}, a.potential_users, a.wallet_cents
"""


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
    return {k: (round(_median(v)), len(v)) for k, v in groups.items()}


def _median(values: list[int]) -> float:
    """statistics.median, without importing it (and what it imports) before the first window is painted."""
    ordered = sorted(values)  # sorted runs, which sort in no time
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


@dataclass(slots=True)
class _Shape:
    """What follows from an account's segment, size band, held products and products in trial alone: the
    same for every account that has the same four."""

    held: frozenset[int]
    breadth: float | None
    held_relevant: int  # held products that count for breadth
    relevant: int
    missing: tuple[int, ...]  # the products that count for breadth, neither held nor in trial: whitespace
    trying: tuple[int, ...]  # the products that count for breadth and are in trial
    seat_price: int  # the smallest seat offer the account already buys
    whitespace: tuple[Whitespace, ...] = ()  # `missing` valued, once the peers are known
    in_trial: tuple[Whitespace, ...] = ()  # `trying` valued


def _ids(text: str) -> frozenset[int]:
    """Product ids stored as "3,5,8"."""
    return frozenset(map(int, text.split(","))) if text else frozenset()


class _Shapes(dict[tuple[str, int, str, str], _Shape]):
    """(segment, size band, held product ids as "3,5,8", those in trial) -> _Shape, made the first time it is
    asked for."""

    def __init__(
        self, products: Mapping[int, tuple[str, int, str]], relevant: Mapping[str, set[int]]
    ) -> None:
        super().__init__()
        self.products, self.relevant = products, relevant

    def __missing__(self, key: tuple[str, int, str, str]) -> _Shape:
        segment, _, text, trials = key
        held, trying = _ids(text), _ids(trials) - _ids(text)
        products = self.products
        universe = counted(self.relevant, segment, products)
        seat_products = frozenset(p for p in held if products.get(p, ("", 0, ""))[2] == "seat")
        self[key] = shape = _Shape(
            held,
            breadth(len(held & universe), len(universe)) if held else None,
            len(held & universe),
            len(universe),
            tuple(pid for pid in sorted(universe - held - trying) if pid in products),
            tuple(pid for pid in sorted(universe & trying) if pid in products),
            min((products[p][1] for p in seat_products), default=0),
        )
        return shape


class _Whitespace(dict[tuple[str, int, tuple[int, ...]], tuple[Whitespace, ...]]):
    """(segment, size band, products) -> those products valued, once per product, segment and size band."""

    def __init__(self, products: Mapping[int, tuple[str, int, str]], peers: Peers) -> None:
        super().__init__()
        self.products, self.peers = products, peers
        self.valued: dict[tuple[int, str, int], Whitespace] = {}

    def __missing__(self, key: tuple[str, int, tuple[int, ...]]) -> tuple[Whitespace, ...]:
        segment, band, missing = key
        valued = (self._value(product_id, segment, band) for product_id in missing)
        self[key] = found = tuple(valued)
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


def trajectories(
    store: Store, account_ids: Iterable[int] | None = None, *, by_segment: bool = True
) -> dict[int, list[Position]]:
    """Each account's position per quarter of its usage history, by the matrix's own definitions: breadth
    from the active holdings of the products that count (`counted`) held by then (begun before the quarter
    ended), intensity from those holdings' usage against expected (`score_inputs.EXPECTED_SQL`) weighted
    by today's revenue. Trials and cancelled holdings count for neither. A quarter's months are its own,
    except the account's current one (that of its own latest usage month), whose are the account's latest
    months intensity reads: so its position is the account's matrix point."""
    only, params = "", tuple[int, ...]()
    if account_ids is not None:
        ids = sorted(set(account_ids))
        if not ids:
            return {}
        only, params = f" AND h.account_id IN ({','.join('?' * len(ids))})", tuple(ids)
    latest = score_inputs.latest_usage(store.conn, None if account_ids is None else list(params))
    if not latest:
        return {}
    current = {account_id: quarter_of(month) for (account_id, _), (_, _, month) in latest.items()}
    products = [pid for (pid,) in store.query("SELECT id FROM products")]
    relevant = relevant_products(store) if by_segment else {}
    segments = dict(store.query("SELECT id, coalesce(segment, '') FROM accounts"))
    holdings: dict[int, list[tuple[int, str, int]]] = defaultdict(list)  # account -> (product, from, revenue)
    for account_id, product_id, since, revenue in store.query(
        "SELECT h.account_id, h.product_id, h.since, h.revenue_cents FROM holdings h "
        "WHERE h.status = 'active'" + only,
        params,
    ):
        holdings[account_id].append((product_id, quarter_of(since) if since else "", revenue or 0))
    usage: dict[int, dict[str, list[tuple[int, float, float]]]] = {}  # account -> quarter -> product usage
    quarter_sql = "substr(u.period, 1, 4) || '-Q' || ((cast(substr(u.period, 6, 2) AS INTEGER) + 2) / 3)"
    for account_id, product_id, q, used, expected in store.query(
        f"SELECT h.account_id, h.product_id, {quarter_sql}, sum(u.usage_value), "
        f"coalesce(sum({score_inputs.expected_sql()}), 0.0) FROM holdings h "
        "JOIN usage_snapshots u ON u.account_id = h.account_id AND u.product_id = h.product_id "
        f"JOIN products p ON p.id = h.product_id WHERE h.status = 'active'{only} GROUP BY 1, 2, 3",
        params,
    ):  # fmt: skip
        if account_id in current and q < current[account_id]:  # the current quarter: its own latest months
            usage.setdefault(account_id, {}).setdefault(q, []).append((product_id, used or 0.0, expected))
    for (account_id, product_id), (used, expected, _) in latest.items():
        usage.setdefault(account_id, {}).setdefault(current[account_id], []).append(
            (product_id, used, expected)
        )
    universes: dict[str, set[int]] = {}
    paths: dict[int, list[Position]] = {}
    for account_id, quarters in usage.items():
        segment = segments.get(account_id, "")
        universe = universes.get(segment)
        if universe is None:
            universe = universes[segment] = counted(relevant, segment, products)
        own = holdings[account_id]
        begun = {p: b for p, b, _ in own}
        revenue = {p: r for p, _, r in own}
        path = []
        for q in sorted(quarters):
            now = q == current[account_id]
            held = [p for p, b, _ in own if now or b <= q]
            if not held:
                continue  # nothing held yet: no breadth
            score = weighted_intensity((u, e, revenue[p]) for p, u, e in quarters[q] if now or begun[p] <= q)
            width = breadth(sum(p in universe for p in held), len(universe))
            if width is not None and score is not None:
                path.append(Position(q, width, score))
        if path:
            paths[account_id] = path
    return paths


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
