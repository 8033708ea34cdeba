"""What can be edited on each record (accounts, products, contacts, holdings) and the rules a form checks."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from planner.core.store.store import Store

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


@dataclass(frozen=True)
class Field:
    """An editable column; kind: text, multiline, int, real, money (cents), date (ISO), choice, email, ref."""

    name: str
    kind: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()  # for "choice": the stored values; "" means none
    ref: str = ""  # for "ref": the table referred to


TIERS = ("", "A", "B", "C")
PHASES = ("", "enablement", "adoption", "growth", "advocacy")
UNITS = ("seat", "licence", "volume")
STATUSES = ("active", "trial", "cancelled")
INFLUENCES = ("", "decision_maker", "champion", "influencer", "user", "blocker")

FIELDS: dict[str, tuple[Field, ...]] = {
    "accounts": (
        Field("name", required=True),
        Field("key", required=True),
        Field("domain"),
        Field("industry"),
        Field("segment"),
        Field("country"),
        Field("city"),
        Field("regions"),
        Field("owner"),
        Field("employees", "int"),
        Field("potential_users", "int"),
        Field("revenue_cents", "money"),
        Field("wallet_cents", "money"),
        Field("tier_override", "choice", choices=TIERS),
        Field("tier_reason"),
        Field("phase_override", "choice", choices=PHASES),
        Field("phase_reason"),
        Field("success_criteria", "multiline"),
        Field("goals", "multiline"),
        Field("pain_points", "multiline"),
        Field("notes", "multiline"),
    ),
    "products": (
        Field("name", required=True),
        Field("key", required=True),
        Field("family"),
        Field("price_cents", "money"),
        Field("unit", "choice", required=True, choices=UNITS),
        Field("usage_metric"),
        Field("expected_usage", "real"),
    ),
    "contacts": (
        Field("account_id", "ref", required=True, ref="accounts"),
        Field("name", required=True),
        Field("role"),
        Field("department"),
        Field("region"),
        Field("email", "email"),
        Field("phone"),
        Field("influence", "choice", choices=INFLUENCES),
        Field("persona_goals", "multiline"),
        Field("persona_pains", "multiline"),
        Field("notes", "multiline"),
    ),
    "holdings": (
        Field("account_id", "ref", required=True, ref="accounts"),
        Field("product_id", "ref", required=True, ref="products"),
        Field("status", "choice", required=True, choices=STATUSES),
        Field("since", "date"),
        Field("seats_licensed", "int"),
        Field("seats_in_use", "int"),
        Field("revenue_cents", "money"),
        Field("renewal_date", "date"),
        Field("usage_limit", "real"),
        Field("region"),
    ),
}
UNIQUE = {"accounts": ("key",), "products": ("key",)}
STORED_WHEN_BLANK: dict[str, dict[str, Any]] = {  # NOT NULL columns: what a blank field stores
    "accounts": {"revenue_cents": 0, "regions": ""},
    "products": {"price_cents": 0},
    "holdings": {"revenue_cents": 0},
}


@dataclass(frozen=True)
class Problem:
    """Why a field's value cannot be stored: a code the UI words, with figures for the message."""

    code: str  # required, negative, taken, email, seats_above_users, already_held, order
    detail: str = ""


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def validate(
    store: Store, table: str, values: Mapping[str, Any], record_id: int | None = None
) -> dict[str, Problem]:
    """The problems of a record about to be stored (`record_id` None: a new one), by field name."""
    problems: dict[str, Problem] = {}
    for spec in FIELDS[table]:
        value = values.get(spec.name)
        if blank(value):
            if spec.required:
                problems[spec.name] = Problem("required")
            continue
        if spec.kind in ("int", "real", "money") and isinstance(value, int | float) and value < 0:
            problems[spec.name] = Problem("negative")
        elif spec.kind == "email" and not EMAIL.match(str(value).strip()):
            problems[spec.name] = Problem("email")
    for column in UNIQUE.get(table, ()):
        value = values.get(column)
        if column not in problems and not blank(value):
            other = store.scalar(
                f"SELECT name FROM {table} WHERE lower({column}) = lower(?) AND id IS NOT ?",
                (str(value).strip(), record_id),
            )
            if other is not None:
                problems[column] = Problem("taken", str(other))
    if table == "holdings":
        problems.update(_holding_problems(store, values, record_id, problems))
    return problems


def _holding_problems(
    store: Store, values: Mapping[str, Any], record_id: int | None, known: Mapping[str, Problem]
) -> dict[str, Problem]:
    problems: dict[str, Problem] = {}
    account, product = values.get("account_id"), values.get("product_id")
    if account is not None and product is not None and "product_id" not in known:
        held = store.scalar(
            "SELECT 1 FROM holdings WHERE account_id = ? AND product_id = ? AND id IS NOT ?",
            (account, product, record_id),
        )
        if held:
            problems["product_id"] = Problem("already_held")
    in_use = values.get("seats_in_use")
    if account is not None and isinstance(in_use, int) and "seats_in_use" not in known:
        users = store.scalar("SELECT potential_users FROM accounts WHERE id = ?", (account,))
        if users is not None and in_use > users:
            problems["seats_in_use"] = Problem("seats_above_users", str(users))
    since, renewal = values.get("since"), values.get("renewal_date")
    if not blank(since) and not blank(renewal) and str(renewal) < str(since):
        problems["renewal_date"] = Problem("order")
    return problems


def normalised(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as stored: text trimmed, blank text and empty choices as NULL (required text stays text)."""
    out: dict[str, Any] = {}
    for spec in FIELDS[table]:
        if spec.name not in values:
            continue
        value = values[spec.name]
        if isinstance(value, str):
            value = value.strip()
        out[spec.name] = None if blank(value) else value
    for column, value in STORED_WHEN_BLANK.get(table, {}).items():
        if column in out and out[column] is None:
            out[column] = value
    return out


def current(store: Store, table: str, record_id: int) -> dict[str, Any]:
    """The editable values of one record as stored."""
    names = [f.name for f in FIELDS[table]]
    row = store.conn.execute(f"SELECT {', '.join(names)} FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        raise KeyError(f"{table} {record_id} no longer exists")
    return dict(zip(names, row, strict=True))


def ref_choices(store: Store, table: str) -> list[tuple[int, str]]:
    """(id, name) of every record a reference field may point to, by name."""
    if table not in ("accounts", "products"):
        raise ValueError(f"not a table to refer to: {table}")
    return [(int(i), str(n)) for i, n in store.query(f"SELECT id, name FROM {table} ORDER BY name")]


def distinct_values(store: Store, table: str, column: str) -> list[str]:
    """The values a text column already holds, for suggestions (owners, segments, ...)."""
    if column not in {f.name for f in FIELDS[table]}:
        raise ValueError(f"not a field of {table}: {column}")
    rows = store.query(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY 1")
    return [str(r[0]) for r in rows]
