"""One account as its page shows it: key figures, holdings, contacts, touches and notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.core.matrix.scoring import AccountScore, Quadrant, score_portfolio
from planner.core.portfolio.catalog import ContactRow, contact_rows
from planner.core.store.store import Store


@dataclass(frozen=True, slots=True)
class HoldingRow:
    id: int
    product_id: int
    product: str
    status: str
    seats_licensed: int | None
    seats_in_use: int | None
    usage_limit: float | None
    revenue_cents: int
    renewal_date: str | None
    since: str | None


@dataclass(frozen=True, slots=True)
class TouchRow:
    id: int
    touched_on: str
    kind: str
    minutes: int
    contacts: str  # names, comma separated
    summary: str
    next_step: str
    next_step_due: str | None


# "Customer since": the start of the account's earliest holding that is no trial (active, or cancelled since),
# never the day its record was created (an import day). None when no such holding has a start: "unknown".
CUSTOMER_SINCE_SQL = (
    "SELECT account_id, min(substr(since, 1, 10)) FROM holdings "
    "WHERE status <> 'trial' AND since IS NOT NULL AND since <> '' GROUP BY account_id"
)


def customers_since(store: Store, account_id: int | None = None) -> dict[int, str]:
    """Every account's (or one account's) customer since as an ISO day; accounts without one are left out."""
    if account_id is None:
        return dict(store.query(CUSTOMER_SINCE_SQL))
    one = CUSTOMER_SINCE_SQL.replace("WHERE ", "WHERE account_id = ? AND ")
    return dict(store.query(one, (account_id,)))


def customer_since(store: Store, account_id: int) -> str | None:
    return customers_since(store, account_id).get(account_id)


@dataclass(frozen=True)
class AccountDetail:
    account: dict[str, Any]  # the account's row, all columns
    tier: str
    tier_is_override: bool
    score: AccountScore
    holdings: list[HoldingRow]
    contacts: list[ContactRow]
    touches: list[TouchRow]
    customer_since: str | None = None  # see CUSTOMER_SINCE_SQL; None: unknown

    @property
    def share_of_wallet(self) -> float | None:
        wallet = self.account.get("wallet_cents")
        return self.account["revenue_cents"] / wallet if wallet else None

    @property
    def quadrant(self) -> Quadrant | None:
        return self.score.quadrant()

    @property
    def unscored_reason(self) -> str | None:
        """Why the account has no quadrant: "no_holdings" or "no_usage"; None when it is scored."""
        if self.score.breadth is None:
            return "no_holdings"
        if self.score.intensity is None:
            return "no_usage"
        return None


def account_detail(store: Store, account_id: int) -> AccountDetail:
    cursor = store.conn.execute("SELECT * FROM accounts WHERE id = ?", (account_id,))
    values = cursor.fetchone()
    if values is None:
        raise KeyError(f"account {account_id} no longer exists")
    account = dict(zip([d[0] for d in cursor.description], values, strict=True))
    override = account["tier_override"]
    from planner.core.matrix.account_tiers import computed_tiers  # the matrix: not before the first paint

    tier = override or computed_tiers(store).get(account_id, "C")
    holdings = [
        HoldingRow(*r)
        for r in store.query(
            """
            SELECT h.id, h.product_id, p.name, h.status, h.seats_licensed, h.seats_in_use, h.usage_limit,
                   h.revenue_cents, h.renewal_date, h.since
            FROM holdings AS h JOIN products AS p ON p.id = h.product_id
            WHERE h.account_id = ?
            ORDER BY h.status = 'cancelled', h.revenue_cents DESC, p.name
            """,
            (account_id,),
        )
    ]
    touches = [
        TouchRow(*r)
        for r in store.query(
            """
            SELECT t.id, t.touched_on, t.kind, t.minutes,
                   coalesce((SELECT group_concat(c.name, ', ') FROM touch_contacts AS tc
                             JOIN contacts AS c ON c.id = tc.contact_id WHERE tc.touch_id = t.id), ''),
                   coalesce(t.summary, ''), coalesce(t.next_step, ''), t.next_step_due
            FROM touches AS t
            WHERE t.account_id = ?
            ORDER BY t.touched_on DESC, t.id DESC
            """,
            (account_id,),
        )
    ]
    return AccountDetail(
        account=account,
        tier=tier,
        tier_is_override=override is not None,
        score=score_portfolio(store, account_id)[account_id],
        holdings=holdings,
        contacts=contact_rows(store, account_id),
        touches=touches,
        customer_since=customer_since(store, account_id),
    )
