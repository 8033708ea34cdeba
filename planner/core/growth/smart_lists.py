"""Smart lists (seed 001): saved filters over the accounts that stay live, counted with their potential, and
written as a campaign list for a cross- or up-sell campaign."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from planner.core.growth.segments import (
    AccountFacts,
    Condition,
    account_facts,
    matches,
    parse_rules,
    rules_json,
    saved_segments,
)
from planner.core.portfolio.changes import Change, create, delete, edit
from planner.core.portfolio.exporting import Style, write_table
from planner.core.store.store import Store

# The campaign list's columns: (header, kind for the export)
CAMPAIGN_COLUMNS = (
    ("key", "text"), ("name", "text"), ("owner", "text"), ("segment", "text"), ("industry", "text"),
    ("country", "text"), ("tier", "text"), ("revenue", "money"), ("campaign_product", "text"),
    ("campaign_value", "money"), ("potential", "money"), ("contact", "text"), ("email", "text"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SmartList:
    id: int
    name: str
    conditions: tuple[Condition, ...]
    product_id: int | None  # the campaign's product: its whitespace is the list's value; None: all whitespace
    product: str
    accounts: int
    potential_cents: int  # the accounts' potential (whitespace and users without a seat, within the wallet)
    campaign_cents: int  # the campaign product's whitespace of the accounts (their potential without one)
    account_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class CampaignRow:
    """One account of a campaign list, with the person to address (the decision maker or champion first)."""

    id: int
    key: str
    name: str
    owner: str
    segment: str
    industry: str
    country: str
    tier: str
    revenue_cents: int
    product: str
    campaign_cents: int
    potential_cents: int
    contact: str
    email: str

    def export_row(self) -> tuple[object, ...]:
        return (
            self.key, self.name, self.owner, self.segment, self.industry, self.country, self.tier,
            self.revenue_cents, self.product, self.campaign_cents, self.potential_cents, self.contact,
            self.email,
        )  # fmt: skip


def _campaign_value(f: AccountFacts, product_id: int | None) -> int:
    if product_id is None:
        return f.point.potential_cents
    return next((w.value_cents for w in f.point.whitespace if w.product_id == product_id), 0)


def smart_lists(store: Store, facts: Sequence[AccountFacts] | None = None) -> list[SmartList]:
    """Every saved list, evaluated now: its accounts, their potential and the campaign product's value."""
    facts = account_facts(store) if facts is None else facts
    saved = {i: conditions for i, (_, conditions) in saved_segments(store).items()}  # rules may name them
    lists = []
    for list_id, name, rules, product_id, product in store.query(
        "SELECT l.id, l.name, l.rules_json, l.product_id, coalesce(p.name, '') FROM smart_lists l "
        "LEFT JOIN products p ON p.id = l.product_id ORDER BY l.name COLLATE NOCASE, l.id"
    ):
        conditions = tuple(parse_rules(rules))
        found = [f for f in facts if matches(f, conditions, saved)]
        lists.append(SmartList(
            list_id, name, conditions, product_id, product, len(found),
            sum(f.point.potential_cents for f in found), sum(_campaign_value(f, product_id) for f in found),
            tuple(f.id for f in found),
        ))  # fmt: skip
    return lists


def campaign_rows(
    store: Store, smart_list: SmartList, facts: Sequence[AccountFacts] | None = None
) -> list[CampaignRow]:
    """The list's accounts, the most valuable for the campaign first, each with its best contact."""
    facts = account_facts(store) if facts is None else facts
    wanted = set(smart_list.account_ids)
    contacts: dict[int, tuple[str, str]] = {}
    for account, name, email in store.query(
        "SELECT account_id, name, coalesce(email, '') FROM contacts ORDER BY account_id, "
        "CASE influence WHEN 'decision_maker' THEN 0 WHEN 'champion' THEN 1 WHEN 'influencer' THEN 2 "
        "ELSE 3 END, id"
    ):
        contacts.setdefault(account, (name, email))
    rows = []
    for f in facts:
        if f.id in wanted:
            p = f.point
            contact, email = contacts.get(f.id, ("", ""))
            rows.append(CampaignRow(
                f.id, p.key, p.name, p.owner, p.segment, f.industry, p.country, p.tier, p.revenue_cents,
                smart_list.product, _campaign_value(f, smart_list.product_id), p.potential_cents, contact,
                email,
            ))  # fmt: skip
    rows.sort(key=lambda r: (-r.campaign_cents, r.name.casefold()))
    return rows


def export_campaign(
    store: Store, smart_list: SmartList, path: str | Path, style: Style = "csv", headers: Sequence[str] = ()
) -> int:
    """Write the campaign list to CSV (UTF-8 with BOM) or XLSX by the export rules (formulas neutralised);
    `headers` in the user's language, else the column names. Rows written."""
    rows = campaign_rows(store, smart_list)
    titles = list(headers) or [h for h, _ in CAMPAIGN_COLUMNS]
    return write_table(path, titles, [k for _, k in CAMPAIGN_COLUMNS], (r.export_row() for r in rows), style)


def new_list(
    store: Store,
    name: str,
    conditions: Iterable[Condition],
    product_id: int | None,
    *,
    today: date | None = None,
) -> Change:
    return create(store, "smart_lists", {
        "name": name, "rules_json": rules_json(conditions), "product_id": product_id,
        "created_on": (today or date.today()).isoformat(),
    })  # fmt: skip


def edit_list(
    store: Store, list_id: int, name: str, conditions: Iterable[Condition], product_id: int | None
) -> Change:
    values = {"name": name, "rules_json": rules_json(conditions), "product_id": product_id}
    change = edit(store, "smart_lists", list_id, values)
    return replace(change, name=name)  # the new name


def delete_list(store: Store, list_id: int) -> Change:
    return delete(store, "smart_lists", [list_id])
