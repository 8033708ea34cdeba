"""The accounts list as the portfolio workspace shows it: one plain row per account."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.core.store.last_touch import touch_end
from planner.core.store.owners import one_spelling_each
from planner.core.store.store import Store


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
    last_touch: str | None  # ISO date: the latest touch on or before today (a later one is planned)

    @property
    def share_of_wallet(self) -> float | None:
        if not self.wallet_cents:
            return None
        return self.revenue_cents / self.wallet_cents


def account_rows(store: Store, today: date | None = None, *, with_tiers: bool = True) -> list[AccountRow]:
    """Every account by name; its last touch is the latest on or before `today` (default: the day it is).
    Without `with_tiers` only the tiers set by hand, the others "" (a tier needs the matrix's potential: the
    list at start-up shows the accounts first and their tiers once the window is painted)."""
    tiers: dict[int, str] = {}
    if with_tiers:
        from planner.core.matrix.account_tiers import computed_tiers

        tiers = computed_tiers(store)
    rows = store.query(
        """
        SELECT a.id, a.key, a.name, coalesce(a.industry, ''), coalesce(a.segment, ''),
               coalesce(a.country, ''), coalesce(a.city, ''), coalesce(a.owner, ''), a.tier_override,
               a.revenue_cents, a.wallet_cents, a.employees, t.last_touch
        FROM accounts AS a
        LEFT JOIN (SELECT account_id, max(touched_on) AS last_touch FROM touches WHERE touched_on < ?
                   GROUP BY account_id) AS t
               ON t.account_id = a.id
        ORDER BY a.name
        """,
        (touch_end(today or date.today()),),
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
            tier=r[8] or (tiers.get(r[0], "C") if with_tiers else ""),
            tier_is_override=r[8] is not None,
            revenue_cents=r[9] or 0,
            wallet_cents=r[10],
            employees=r[11],
            last_touch=r[12],
        )
        for r in rows
    ]


def owner_names(store: Store) -> list[str]:
    """The owners the accounts name (one spelling each), alphabetically (for "I am" and the owner filters)."""
    rows = store.query("SELECT DISTINCT owner FROM accounts WHERE coalesce(owner, '') <> ''")
    return sorted(one_spelling_each(str(r[0]) for r in rows), key=str.casefold)


def owned_account_ids(store: Store, owner: str) -> set[int]:
    """The ids of the accounts `owner` owns (as the owner column writes the name, ignoring case)."""
    rows = store.query("SELECT id FROM accounts WHERE owner_key(owner) = owner_key(?)", (owner,))
    return {int(r[0]) for r in rows}


def account_name(store: Store, account_id: int) -> str:
    """The account's name ("" when it no longer exists)."""
    found = store.scalar("SELECT name FROM accounts WHERE id = ?", (account_id,))
    return "" if found is None else str(found)
