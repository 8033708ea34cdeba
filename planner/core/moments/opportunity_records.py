"""Opportunities as records the user creates, edits and deletes, each as one undoable change; no second open
opportunity for the same account and product.

An opportunity is open while its stage is on the readiness path before won (signal .. in sales). For one
account and product there is at most one open opportunity: a new one (made by hand, from a moment, the
readiness table or a whitespace cell) is refused with `OpenOpportunityExists`, which names the open one so
the screen can offer it instead. Opportunities without a product are not compared. Duplicates that came in
by an import stay editable (an edit is only refused when it *makes* a duplicate).

Proposals for a new one: its kind from what the account holds of the product (as the whitespace grid's cell
says it: no active holding -> cross-sell; in trial, or held but used below half of what is expected (the
matrix's intensity line) -> up-sell; else repeat) and its expected close date, the end of the current
quarter. Its amount from the whitespace: planner.core.growth.whitespace.whitespace_value.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any, NamedTuple

from planner.core.moments.opportunities import (
    KINDS,
    OPEN_STAGES,
    STAGES,
    OpportunityRow,
    opportunity_rows,
    skipped,
)
from planner.core.portfolio import changes
from planner.core.portfolio.changes import Change
from planner.core.store import score_inputs
from planner.core.store.store import Store

UNDER_USED = 0.5  # usage below this share of the expected is under-used (the matrix's intensity line)
FIELDS = (
    "account_id", "product_id", "kind", "stage", "value_cents", "close_on", "next_step", "next_step_due",
    "notes", "owner", "source", "raised_by", "raised_on", "fast_lane",
)  # fmt: skip
TEXTS = ("next_step", "notes", "owner", "source", "raised_by")  # "" is stored as NULL


class OpenOpportunityExists(ValueError):
    """The account already has an open opportunity for the product: `row`."""

    def __init__(self, row: OpportunityRow) -> None:
        super().__init__(
            f"{row.account_name} already has an open opportunity for {row.product_name} "
            f"(#{row.id}, {row.stage})"
        )
        self.row = row


def read_opportunity(store: Store, opportunity_id: int) -> OpportunityRow:
    """One opportunity as the board shows it; KeyError when it no longer exists."""
    found = opportunity_rows(store, ids=[opportunity_id])
    if not found:
        raise KeyError(f"opportunities {opportunity_id} no longer exists")
    return found[0]


def open_duplicate(
    store: Store, account_id: int, product_id: int | None, *, except_id: int | None = None
) -> OpportunityRow | None:
    """The open opportunity of the account for the product (the furthest on, then the oldest), other than
    `except_id`; None when there is none or no product is given."""
    if product_id is None:
        return None
    marks = ", ".join("?" * len(OPEN_STAGES))
    ids = [
        i for (i,) in store.query(
            f"SELECT id FROM opportunities WHERE account_id = ? AND product_id = ? AND stage IN ({marks}) "
            "ORDER BY id", (account_id, product_id, *OPEN_STAGES),
        ) if i != except_id
    ]  # fmt: skip
    if not ids:
        return None
    rows = opportunity_rows(store, ids=ids)
    return max(rows, key=lambda r: (STAGES.index(r.stage), -r.id), default=None)


class OpenOpportunity(NamedTuple):
    """An account and product's open opportunity, as a moment names it."""

    id: int
    stage: str
    value_cents: int


def open_by_pair(store: Store) -> dict[tuple[int, int], OpenOpportunity]:
    """(account, product) -> its open opportunity (the furthest on, then the oldest), for every pair that has
    one: which moments already have an open opportunity. One query (0.1 s for 85,000 open ones)."""
    marks = ", ".join("?" * len(OPEN_STAGES))
    found: dict[tuple[int, int], OpenOpportunity] = {}
    order = {stage: n for n, stage in enumerate(STAGES)}
    for account_id, product_id, opportunity_id, stage, value in store.query(
        "SELECT account_id, product_id, id, stage, value_cents FROM opportunities "
        f"WHERE product_id IS NOT NULL AND stage IN ({marks}) ORDER BY id", OPEN_STAGES,
    ):  # fmt: skip
        known = found.get((account_id, product_id))
        if known is None or order[stage] > order[known.stage]:
            found[(account_id, product_id)] = OpenOpportunity(opportunity_id, stage, value or 0)
    return found


def propose_kind(store: Store, account_id: int, product_id: int | None) -> str:
    """Cross-sell when the account holds the product nowhere actively (or no product is named), up-sell when
    it tries it out or uses it below half of what is expected, else repeat."""
    if product_id is None:
        return "crosssell"
    statuses = {
        s
        for (s,) in store.query(
            "SELECT status FROM holdings WHERE account_id = ? AND product_id = ?", (account_id, product_id)
        )
    }
    if "active" not in statuses:
        return "upsell" if "trial" in statuses else "crosssell"
    usage = score_inputs.latest_usage(store.conn, [account_id]).get((account_id, product_id))
    if usage is not None and usage[1] > 0 and usage[0] / usage[1] < UNDER_USED:
        return "upsell"
    return "repeat"


def held_revenue(store: Store, account_id: int, product_id: int) -> int | None:
    """What the account pays a year for a product it holds (active), in cents: a repeat's (renewal's) amount;
    None when it does not hold it."""
    found = store.scalar(
        "SELECT sum(revenue_cents) FROM holdings "
        "WHERE account_id = ? AND product_id = ? AND status = 'active'",
        (account_id, product_id),
    )
    return None if found is None else int(found)


def quarter_end(today: date) -> date:
    """The last day of today's calendar quarter: the expected close date proposed for a new opportunity."""
    if today.month > 9:
        return date(today.year, 12, 31)
    return date(today.year, (today.month - 1) // 3 * 3 + 4, 1) - timedelta(days=1)


def _day(values: Mapping[str, Any], name: str, label: str) -> str | None:
    value = values.get(name)
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"{label} must be a day like 2027-03-31, not {value!r}") from None


def _checked(store: Store, values: Mapping[str, Any], current: Mapping[str, Any] | None) -> dict[str, Any]:
    """The row's columns from `values` (over `current`, when editing), validated; ValueError says what is
    wrong."""
    unknown = sorted(set(values) - set(FIELDS))
    if unknown:
        raise ValueError(f"not a field of an opportunity: {', '.join(unknown)}")
    row: dict[str, Any] = {**dict.fromkeys(FIELDS), **(current or {}), **values}
    account_id = row.get("account_id")
    if account_id is None or not store.scalar("SELECT 1 FROM accounts WHERE id = ?", (account_id,)):
        raise ValueError("choose an existing account" if account_id is None else f"no account #{account_id}")
    product_id = row.get("product_id")
    if product_id is not None and not store.scalar("SELECT 1 FROM products WHERE id = ?", (product_id,)):
        raise ValueError(f"no product #{product_id}")
    if row.get("kind") is None:
        row["kind"] = propose_kind(store, account_id, product_id)
    if row["kind"] not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {row['kind']!r}")
    row["stage"] = row.get("stage") or "signal"
    if row["stage"] not in STAGES:
        raise ValueError(f"stage must be one of {', '.join(STAGES)}, not {row['stage']!r}")
    value = row.get("value_cents") or 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"the amount must be whole cents, 0 or more, not {value!r}")
    row["value_cents"] = value
    row["close_on"] = _day(row, "close_on", "the expected close date")
    row["next_step_due"] = _day(row, "next_step_due", "the next step's due date")
    row["raised_on"] = _day(row, "raised_on", "the day it was raised") or date.today().isoformat()
    for name in TEXTS:
        text = row.get(name)
        row[name] = (str(text).strip() or None) if text is not None else None
    row["fast_lane"] = int(bool(row.get("fast_lane")))
    return row


def save_opportunity(
    store: Store, values: Mapping[str, Any], opportunity_id: int | None = None, *, today: date | None = None
) -> Change:
    """A new opportunity from `values` (its columns: account_id, product_id, kind, stage, value_cents,
    close_on, next_step, next_step_due, notes, owner, source, raised_by, raised_on, fast_lane), or those
    `values` set on `opportunity_id`, as one undoable change. Kind proposed when not given; stage signal by
    default; raised today. A new next step (or due day) is not done yet. A forward jump over a stage marks
    the fast lane, as a move on the board does. ValueError for bad values, OpenOpportunityExists for a
    second open one of the same account and product, KeyError when the opportunity to edit is gone."""
    if opportunity_id is None:
        row = _checked(store, {"raised_on": (today or date.today()).isoformat(), **values}, None)
        opening = row["stage"] in OPEN_STAGES
        duplicate = open_duplicate(store, row["account_id"], row["product_id"]) if opening else None
        if duplicate is not None:
            raise OpenOpportunityExists(duplicate)
        change = changes.create(store, "opportunities", row)
        return dataclasses.replace(change, name=_name(store, row["account_id"], row["product_id"]))
    stored = changes.read_rows(store.conn, "opportunities", "id = ?", (opportunity_id,))
    if not stored:
        raise KeyError(f"opportunities {opportunity_id} no longer exists")
    current = dict(stored[0])
    row = _checked(store, values, {k: current[k] for k in FIELDS})
    pair = (row["account_id"], row["product_id"], row["stage"] in OPEN_STAGES)
    if row["stage"] in OPEN_STAGES and pair != (current["account_id"], current["product_id"],
                                                current["stage"] in OPEN_STAGES):  # fmt: skip
        duplicate = open_duplicate(store, row["account_id"], row["product_id"], except_id=opportunity_id)
        if duplicate is not None:
            raise OpenOpportunityExists(duplicate)
    if skipped(current["stage"], row["stage"]):
        row["fast_lane"] = 1
    if (row["next_step"], row["next_step_due"]) != (current["next_step"], current["next_step_due"]):
        row["next_step_done_on"] = None
    change = changes.edit(store, "opportunities", opportunity_id, row)
    return dataclasses.replace(change, name=_name(store, row["account_id"], row["product_id"]))


def delete_opportunity(store: Store, opportunity_id: int) -> Change:
    """Delete an opportunity with the moment decisions that made it (the moment comes back to the inbox);
    undo brings both back. KeyError when it is gone."""
    found = store.query("SELECT account_id, product_id FROM opportunities WHERE id = ?", (opportunity_id,))
    if not found:
        raise KeyError(f"opportunities {opportunity_id} no longer exists")
    change = changes.delete(store, "opportunities", [opportunity_id])
    return dataclasses.replace(change, name=_name(store, *found[0]))


def merged(first: Change, *others: Change) -> Change:
    """Changes of different rows as one undo step, named and kinded as the first."""
    before: dict[str, list[Any]] = {}
    after: dict[str, list[Any]] = {}
    for change in (first, *others):
        for table, rows in change.before.items():
            before.setdefault(table, []).extend(rows)
        for table, rows in change.after.items():
            after.setdefault(table, []).extend(rows)
    return dataclasses.replace(first, before=changes.freeze(before), after=changes.freeze(after))


def _name(store: Store, account_id: int, product_id: int | None) -> str:
    account = store.scalar("SELECT name FROM accounts WHERE id = ?", (account_id,)) or f"#{account_id}"
    product = store.scalar("SELECT name FROM products WHERE id = ?", (product_id,)) if product_id else None
    return f"{account} · {product}" if product else str(account)
