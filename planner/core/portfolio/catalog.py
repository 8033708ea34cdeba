"""The products and contacts lists as the portfolio workspace shows them: one plain row per record."""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.store.store import Store


@dataclass(frozen=True, slots=True)
class ProductRow:
    id: int
    key: str
    name: str
    family: str
    price_cents: int
    unit: str
    usage_metric: str
    expected_usage: float | None
    accounts: int  # accounts holding it actively
    revenue_cents: int  # from active holdings


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    account_id: int
    account: str
    name: str
    role: str
    department: str
    region: str
    email: str
    phone: str
    influence: str
    last_nps: int | None
    last_nps_on: str | None  # ISO date


def product_rows(store: Store) -> list[ProductRow]:
    rows = store.query(
        """
        SELECT p.id, p.key, p.name, coalesce(p.family, ''), p.price_cents, p.unit,
               coalesce(p.usage_metric, ''), p.expected_usage,
               count(h.id), coalesce(sum(h.revenue_cents), 0)
        FROM products AS p
        LEFT JOIN holdings AS h ON h.product_id = p.id AND h.status = 'active'
        GROUP BY p.id
        ORDER BY p.name
        """
    )
    return [ProductRow(*r) for r in rows]


def contact_rows(store: Store, account_id: int | None = None) -> list[ContactRow]:
    """Every contact (or one account's), with the score and date of their latest NPS answer."""
    where, params = ("WHERE c.account_id = ?", (account_id,)) if account_id is not None else ("", ())
    rows = store.query(
        f"""
        SELECT c.id, c.account_id, a.name, c.name, coalesce(c.role, ''), coalesce(c.department, ''),
               coalesce(c.region, ''), coalesce(c.email, ''), coalesce(c.phone, ''),
               coalesce(c.influence, ''), n.score, n.answered_on
        FROM contacts AS c
        JOIN accounts AS a ON a.id = c.account_id
        LEFT JOIN (
            SELECT contact_id, score, max(answered_on) AS answered_on FROM nps_answers GROUP BY contact_id
        ) AS n ON n.contact_id = c.id
        {where}
        ORDER BY c.name
        """,
        params,
    )
    return [ContactRow(*r) for r in rows]
