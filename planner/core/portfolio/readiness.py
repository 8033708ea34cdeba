"""Which data the book has: per table whether it holds any rows, and which of the data a workspace reads
is still missing (so a view can say "no holdings yet" instead of showing empty figures as a result)."""

from __future__ import annotations

from collections.abc import Iterable

from planner.core.store.store import Store

# the data a view reads, without which it shows nothing or less than it should (tables, in import order)
NEEDS: dict[str, tuple[str, ...]] = {
    "matrix": ("accounts", "products", "holdings", "usage_snapshots"),
    "moments": ("accounts", "holdings", "usage_snapshots", "contacts", "nps_answers", "touches"),
    "opportunities": ("accounts", "opportunities"),
    "journey": ("accounts", "holdings", "usage_snapshots", "touches"),
    "nps": ("accounts", "contacts", "nps_answers"),
    "coverage": ("accounts", "touches"),
    "single_threaded": ("contacts", "touches"),
    "retention": ("revenue_by_period",),
    "qbrs": ("accounts",),
    "whitespace": ("accounts", "products", "holdings"),
    "goals": ("opportunities",),
}
# the data each workspace of the window reads, all its views together (the first-run page lists them)
WORKSPACES: dict[str, tuple[str, ...]] = {
    "portfolio": ("accounts", "products", "contacts"),
    "matrix": NEEDS["matrix"],
    "moments": ("accounts", "products", "holdings", "usage_snapshots", "contacts", "nps_answers", "touches",
                "signals", "survey_responses", "opportunities"),
    "coverage": ("accounts", "revenue_by_period", "contacts", "touches"),
    "qbrs": ("accounts", "holdings", "usage_snapshots", "contacts", "touches"),
    "growth": ("accounts", "products", "holdings", "opportunities"),
    "team": ("accounts", "holdings", "usage_snapshots", "revenue_by_period", "touches"),
}  # fmt: skip
DATA = ("accounts", "products", "holdings", "usage_snapshots", "revenue_by_period", "contacts", "nps_answers",
        "touches", "signals", "survey_responses", "opportunities")  # fmt: skip


def present(store: Store, tables: Iterable[str] = DATA) -> dict[str, bool]:
    """Whether each table holds a row (a lookup of the first row: as quick on a book of millions)."""
    known = set(DATA)
    found = {}
    for table in tables:
        if table not in known:
            raise ValueError(f"not portfolio data: {table}")
        found[table] = bool(store.scalar(f"SELECT EXISTS (SELECT 1 FROM {table})"))
    return found


def missing(store: Store, tables: Iterable[str]) -> list[str]:
    """The tables of `tables` that hold no row yet, in the order given."""
    return [table for table, there in present(store, tables).items() if not there]


def is_empty(store: Store) -> bool:
    """A new portfolio: no account yet."""
    return not present(store, ("accounts",))["accounts"]
