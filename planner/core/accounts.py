"""The accounts list as the portfolio workspace shows it: one plain row per account."""

from __future__ import annotations

import json
from dataclasses import dataclass

from planner.core.store import Store


@dataclass(frozen=True, slots=True)
class AccountRow:
    id: int
    key: str
    name: str
    industry: str
    segment: str
    country: str
    city: str
    owner: str
    tier: str
    tier_is_override: bool
    revenue_cents: int
    wallet_cents: int | None
    employees: int | None
    last_touch: str | None  # ISO date

    @property
    def share_of_wallet(self) -> float | None:
        if not self.wallet_cents:
            return None
        return self.revenue_cents / self.wallet_cents


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


def account_rows(store: Store) -> list[AccountRow]:
    tiers = computed_tiers(store)
    rows = store.query(
        """
        SELECT a.id, a.key, a.name, coalesce(a.industry, ''), coalesce(a.segment, ''),
               coalesce(a.country, ''), coalesce(a.city, ''), coalesce(a.owner, ''), a.tier_override,
               a.revenue_cents, a.wallet_cents, a.employees, t.last_touch
        FROM accounts AS a
        LEFT JOIN (SELECT account_id, max(touched_on) AS last_touch FROM touches GROUP BY account_id) AS t
               ON t.account_id = a.id
        ORDER BY a.name
        """
    )
    return [
        AccountRow(
            id=r[0],
            key=r[1],
            name=r[2],
            industry=r[3],
            segment=r[4],
            country=r[5],
            city=r[6],
            owner=r[7],
            tier=r[8] or tiers.get(r[0], "C"),
            tier_is_override=r[8] is not None,
            revenue_cents=r[9] or 0,
            wallet_cents=r[10],
            employees=r[11],
            last_touch=r[12],
        )
        for r in rows
    ]
