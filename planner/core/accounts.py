"""The accounts list as the portfolio workspace shows it: one plain row per account."""

from __future__ import annotations

import json
from dataclasses import dataclass

from planner.core.scoring import pareto_tiers
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


def tier_value(revenue_cents: int | None, wallet_cents: int | None) -> int:
    """The value a tier is ranked by: revenue, or the wallet where it is larger (revenue plus potential)."""
    return max(revenue_cents or 0, wallet_cents or 0)


def tier_values(store: Store) -> dict[int, int]:
    """Every account's `tier_value`."""
    return {
        account_id: tier_value(revenue, wallet)
        for account_id, revenue, wallet in store.query("SELECT id, revenue_cents, wallet_cents FROM accounts")
    }


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
    return pareto_tiers(tier_values(store), *tier_shares(store))


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
