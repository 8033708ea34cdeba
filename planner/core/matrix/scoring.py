"""Scores of an account: breadth, intensity, quadrant of the Customer-Performance-Matrix, and A/B/C tiers."""

from __future__ import annotations

import enum
import operator
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from planner.core.store import score_inputs

if TYPE_CHECKING:
    from planner.core.store.store import Store

K = TypeVar("K", bound=Hashable)


class Quadrant(enum.Enum):
    SAMPLER = "sampler"  # low breadth, low intensity
    NICHE = "niche"  # low breadth, high intensity
    UNDERPERFORMER = "underperformer"  # high breadth, low intensity
    POWER_USER = "power_user"  # high breadth, high intensity


@dataclass(frozen=True)
class HoldingUsage:
    """One active holding as intensity sees it: usage against expected, and its revenue weight."""

    usage: float
    expected: float
    revenue_cents: int


def relevant_products(store: Store) -> dict[str, set[int]]:
    """segment -> the products marked relevant for it."""
    relevant: dict[str, set[int]] = defaultdict(set)
    for segment, product_id in store.query("SELECT segment, product_id FROM segment_products"):
        relevant[segment].add(product_id)
    return relevant


def counted(relevant: Mapping[str, set[int]], segment: str, products: Iterable[int]) -> set[int]:
    """The products that count for an account's breadth and whitespace: those relevant to its segment where
    it has any, else all."""
    return relevant.get(segment) or set(products)


def breadth(products_held: int, products_relevant: int) -> float | None:
    """Share of the relevant products the account actively holds; None when nothing is relevant."""
    if products_relevant <= 0:
        return None
    return min(products_held, products_relevant) / products_relevant


def intensity(holdings: Iterable[HoldingUsage]) -> float | None:
    """Usage / expected per holding, capped at 100 %, revenue-weighted; None without usage data."""
    return weighted_intensity((h.usage, h.expected, h.revenue_cents) for h in holdings)


def weighted_intensity(holdings: Iterable[tuple[float, float, int]]) -> float | None:
    """`intensity` of (usage, expected, revenue_cents) triples, for callers that have no HoldingUsage."""
    weights: list[int] = []
    ratios: list[float] = []
    for usage, expected, revenue in holdings:
        if expected > 0:
            weights.append(max(revenue, 0))
            ratios.append(min(max(usage, 0.0) / expected, 1.0))
    if not weights:
        return None
    total = sum(weights)
    if total == 0:  # nothing is paid for: every holding weighs the same
        return sum(ratios) / len(ratios)
    return sum(map(operator.mul, weights, ratios)) / total


def quadrant(
    b: float, i: float, breadth_threshold: float = 0.5, intensity_threshold: float = 0.5
) -> Quadrant:
    """A score at the threshold counts as high."""
    wide = b >= breadth_threshold
    intense = i >= intensity_threshold
    if wide:
        return Quadrant.POWER_USER if intense else Quadrant.UNDERPERFORMER
    return Quadrant.NICHE if intense else Quadrant.SAMPLER


def pareto_tiers(values: Mapping[K, int], a_share: float = 0.8, b_share: float = 0.95) -> dict[K, str]:
    """A: the largest accounts that together make a_share of the value; B: up to b_share; C: the rest."""
    total = sum(max(v, 0) for v in values.values())
    a_limit, b_limit = (a_share * total, b_share * total) if total > 0 else (0, 0)
    tiers: dict[K, str] = {}
    running = 0
    for key, value in sorted(values.items(), key=operator.itemgetter(1), reverse=True):
        tiers[key] = "A" if running < a_limit else "B" if running < b_limit else "C"
        running += max(value, 0)
    return tiers


def latest_usage(store: Store, account_id: int | None = None) -> dict[tuple[int, int], tuple[float, float]]:
    """(account, product) -> (usage, expected) of each active holding, summed over the months with data of its
    account's own latest three (all accounts, or one); expected as intensity reads it
    (score_inputs.EXPECTED_SQL: the row's, else the product's expected usage)."""
    found = score_inputs.latest_usage(store.conn, None if account_id is None else [account_id])
    return {key: (used, expected) for key, (used, expected, _) in found.items()}


@dataclass(frozen=True)
class AccountScore:
    account_id: int
    breadth: float | None
    intensity: float | None

    def quadrant(self, breadth_threshold: float = 0.5, intensity_threshold: float = 0.5) -> Quadrant | None:
        if self.breadth is None or self.intensity is None:
            return None
        return quadrant(self.breadth, self.intensity, breadth_threshold, intensity_threshold)


def score_portfolio(store: Store, account_id: int | None = None) -> dict[int, AccountScore]:
    """Breadth and intensity of every account (or of one) from its active holdings (of the products that
    count, `counted`) and its own latest usage months, as the matrix scores them."""
    only, params = ("", ()) if account_id is None else (" AND account_id = ?", (account_id,))
    products = [pid for (pid,) in store.query("SELECT id FROM products")]
    relevant = relevant_products(store)
    segments = dict(
        store.query(
            "SELECT id, coalesce(segment, '') FROM accounts" + only.replace(" AND account_id", " WHERE id"),
            params,
        )
    )
    usage = latest_usage(store, account_id)
    held: dict[int, list[HoldingUsage]] = defaultdict(list)
    held_ids: dict[int, set[int]] = defaultdict(set)
    for key_account, product_id, revenue in store.query(
        f"SELECT account_id, product_id, revenue_cents FROM holdings WHERE status = 'active'{only}", params
    ):
        held_ids[key_account].add(product_id)
        if (key_account, product_id) in usage:
            used, expected = usage[(key_account, product_id)]
            held[key_account].append(HoldingUsage(used, expected, revenue))
    scores = {}
    ids = store.query("SELECT id FROM accounts" + (" WHERE id = ?" if params else ""), params)
    for (key_account,) in ids:
        own = held_ids.get(key_account, set())
        universe = counted(relevant, segments.get(key_account, ""), products)
        scores[key_account] = AccountScore(
            key_account,
            breadth(len(own & universe), len(universe)) if own else None,
            intensity(held.get(key_account, [])),
        )
    return scores
