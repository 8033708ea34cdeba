"""Tiers A/B/C: every account ranked by revenue and potential (Pareto), the limits the user set, a tier
set by hand."""

from __future__ import annotations

import json

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


def computed_tiers(store: Store) -> dict[int, str]:
    """Every account's tier from revenue and potential (Pareto), before any tier set by hand."""
    limits = tier_limits(store)
    return {account_id: tier_of(value, account_id, limits) for account_id, value in store.query(_VALUES_SQL)}


TierLimits = dict[str, tuple[int, int]]  # tier -> (value, id) of its last account, largest value first


def tier_limits(store: Store) -> TierLimits:
    """Where tiers A and B end in `scoring.pareto_tiers` of every account's `tier_value`, ranked by SQLite."""
    rows = store.query(_LIMITS_SQL, tier_shares(store))
    return {tier: (value, account_id) for tier, value, account_id in rows}


def tier_value(revenue_cents: int, wallet_cents: int | None) -> int:
    """What a tier is ranked by: revenue, or the wallet where it is larger (revenue plus potential)."""
    return max(revenue_cents, wallet_cents or 0, 0)


def tier_of(value: int, account_id: int, limits: TierLimits) -> str:
    """The tier of an account of `value`, ranked after the accounts of larger value and those of the same
    value with a lower id (the order they are stored in)."""
    for tier in ("A", "B"):
        last = limits.get(tier)
        if last is not None and (value > last[0] or (value == last[0] and account_id <= last[1])):
            return tier
    return "C"


_VALUES_SQL = "SELECT id, max(coalesce(revenue_cents, 0), coalesce(wallet_cents, 0), 0) AS v FROM accounts"
# Largest value first, ties by id: A while the value of the accounts before it is under the A share of the
# whole book, B under the B share. The last account of each.
_LIMITS_SQL = f"""
WITH ranked AS (
    SELECT id, v, CASE WHEN before < ?1 * total THEN 'A' WHEN before < ?2 * total THEN 'B' END AS tier
    FROM (SELECT id, v, sum(v) OVER (ORDER BY v DESC, id ROWS UNBOUNDED PRECEDING) - v AS before,
                 sum(v) OVER () AS total FROM ({_VALUES_SQL}))
)
SELECT * FROM (SELECT 'A', v, id FROM ranked WHERE tier = 'A' ORDER BY v, id DESC LIMIT 1)
UNION ALL SELECT * FROM (SELECT 'B', v, id FROM ranked WHERE tier = 'B' ORDER BY v, id DESC LIMIT 1)
"""


def account_tiers(store: Store) -> dict[int, str]:
    """Every account's tier as the app shows it: set by hand, else computed."""
    tiers = computed_tiers(store)
    for account_id, override in store.query(
        "SELECT id, tier_override FROM accounts WHERE tier_override IS NOT NULL"
    ):
        tiers[account_id] = override
    return tiers
