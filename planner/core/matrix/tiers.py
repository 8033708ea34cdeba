"""Tiers A/B/C: every account ranked by revenue plus potential (Pareto), the limits the user set; the tiers
of the book (`account_tiers`) come with the matrix, which knows the potential."""

from __future__ import annotations

import json
from collections.abc import Mapping
from weakref import WeakKeyDictionary

from planner.core.matrix.scoring import pareto_tiers
from planner.core.store.store import Store

TIER_SHARES_KEY = "tier_shares"
TIER_SHARES = (0.8, 0.95)  # A: the accounts that make 80 % of the value; B: up to 95 %; C: the rest


def tier_shares(store: Store) -> tuple[float, float]:
    """The Pareto limits of tiers A and B, as the user set them (or the defaults)."""
    stored = store.meta(TIER_SHARES_KEY)
    if not stored:
        return TIER_SHARES
    a_share, b_share = json.loads(stored)
    return float(a_share), float(b_share)


def save_tier_shares(store: Store, a_share: float, b_share: float) -> None:
    if not 0 < a_share <= b_share <= 1:
        raise ValueError("the A share must be above 0 and at most the B share, which is at most 100 %")
    with store.write() as conn:
        store.set_meta(conn, TIER_SHARES_KEY, json.dumps([a_share, b_share]))


def tier_value(revenue_cents: int, potential_cents: int) -> int:
    """What a tier is ranked by (seed 003): the account's revenue plus its potential (`MatrixPoint.
    potential_cents`, which the wallet caps), never below zero."""
    return max(revenue_cents, 0) + max(potential_cents, 0)


def rank(store: Store, values: Mapping[int, int]) -> dict[int, str]:
    """Every account's tier from its `tier_value` (Pareto, the user's limits), remembered for `ranked` until
    the book changes."""
    tiers = pareto_tiers(values, *tier_shares(store))
    _ranked[store] = (_state(store), tiers)
    return tiers


def ranked(store: Store) -> dict[int, str] | None:
    """The tiers `rank` gave, while the book is as it was then; None once it changed."""
    found = _ranked.get(store)
    return found[1] if found is not None and found[0] == _state(store) else None


_ranked: WeakKeyDictionary[Store, tuple[tuple[int, int, int], dict[int, str]]] = WeakKeyDictionary()


def _state(store: Store) -> tuple[int, int, int]:
    """Changes so far through this connection, through others (SQLite's data_version) and by restores."""
    data_version = int(store.conn.execute("PRAGMA data_version").fetchone()[0])
    return store.conn.total_changes, data_version, store.restores
