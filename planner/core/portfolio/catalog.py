"""The products and contacts lists as the portfolio workspace shows them: one plain row per record; an
account's contacts with their last touch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date

from planner.core.store.last_touch import touch_end
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
    where, answers, params = "", "", tuple[int, ...]()
    if account_id is not None:  # one account's answers only, through the index of answers by contact
        where = "WHERE c.account_id = ?"
        answers = "WHERE contact_id IN (SELECT id FROM contacts WHERE account_id = ?)"
        params = (account_id, account_id)
    rows = store.query(
        f"""
        SELECT c.id, c.account_id, a.name, c.name, coalesce(c.role, ''), coalesce(c.department, ''),
               coalesce(c.region, ''), coalesce(c.email, ''), coalesce(c.phone, ''),
               coalesce(c.influence, ''), n.score, n.answered_on
        FROM contacts AS c
        JOIN accounts AS a ON a.id = c.account_id
        LEFT JOIN (
            SELECT contact_id, score, max(answered_on) AS answered_on FROM nps_answers {answers}
            GROUP BY contact_id
        ) AS n ON n.contact_id = c.id
        {where}
        ORDER BY c.name
        """,
        params,
    )
    return [ContactRow(*r) for r in rows]


@dataclass(frozen=True, slots=True)
class AccountContact(ContactRow):
    """A contact as the account page lists it: also the day of their last touch (the latest touch on or
    before today they took part in; a planned one is not done yet)."""

    last_touch_on: str | None = None  # ISO date


def account_contacts(
    store: Store, account_id: int, today: date, contacts: Sequence[ContactRow] | None = None
) -> list[AccountContact]:
    """The account's contacts (contact_rows: with their latest NPS answer; read when not given), each with
    their last touch."""
    touched = dict(
        store.query(
            "SELECT tc.contact_id, max(substr(t.touched_on, 1, 10)) FROM touches AS t "
            "JOIN touch_contacts AS tc ON tc.touch_id = t.id "
            "WHERE t.account_id = ? AND t.touched_on < ? GROUP BY tc.contact_id",
            (account_id, touch_end(today)),
        )
    )
    return [
        AccountContact(**{f.name: getattr(c, f.name) for f in fields(c)}, last_touch_on=touched.get(c.id))
        for c in (contact_rows(store, account_id) if contacts is None else contacts)
    ]
