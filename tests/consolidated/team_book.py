"""A small team book imported from CSV files: Anna Berg's and Ben Kurz's accounts (the owner spelt with stray
spaces and case in the file) and one without an owner, with products, holdings, usage, revenue per quarter
and touches; figures worked out by hand in the comments."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.core.store.store import Store
from tests.importing_support import import_file, write_csv

TODAY = date(2026, 12, 7)

# Revenue per year ranks the tiers (each wallet is the revenue, so no potential: revenue alone), 1,000,000 €:
# Alpha 640,000 starts at 0 % (A), Delta 180,000 at 64 % (A), Beta 90,000 at 82 % (B), Gamma 50,000 at 91 %
# (B), Epsilon 30,000 at 96 % (C), Zeta 10,000 at 99 % (C).
ACCOUNTS = [
    ["key", "name", "owner", "revenue", "wallet"],
    ["A-1", "Alpha", "Anna Berg", "640000", "640000"],
    ["A-2", "Beta", "  anna   BERG ", "90000", "90000"],
    ["A-3", "Gamma", "Anna Berg", "50000", "50000"],
    ["B-1", "Delta", "Ben Kurz", "180000", "180000"],
    ["B-2", "Epsilon", "ben kurz", "30000", "30000"],
    ["N-1", "Zeta", "", "10000", "10000"],
]
PRODUCTS = [
    ["key", "name", "price"],
    ["P1", "Connect", "100"],
    ["P2", "Storage", "100"],
    ["P3", "Vault", "100"],
]
# breadth: held of 3 products; intensity: usage against expected (high from 50 %)
HOLDINGS = [
    ["account", "product", "status"],
    ["A-1", "P1", "active"], ["A-1", "P2", "active"], ["A-1", "P3", "active"],  # 3/3, 100 %: power user
    ["A-2", "P1", "active"],  # 1/3, 90 %: niche
    ["A-3", "P1", "active"], ["A-3", "P2", "active"],  # 2/3, 10 %: underperformer
    ["B-1", "P1", "active"],  # 1/3, 10 %: sampler
    # B-2 holds nothing: not in the matrix
    ["N-1", "P1", "active"], ["N-1", "P2", "active"], ["N-1", "P3", "active"],  # power user
]  # fmt: skip
USAGE = [
    ["account", "product", "month", "usage", "expected"],
    ["A-1", "P1", "2026-11", "100", "100"], ["A-1", "P2", "2026-11", "100", "100"],
    ["A-1", "P3", "2026-11", "100", "100"],
    ["A-2", "P1", "2026-11", "90", "100"],
    ["A-3", "P1", "2026-11", "10", "100"], ["A-3", "P2", "2026-11", "10", "100"],
    ["B-1", "P1", "2026-11", "10", "100"],
    ["N-1", "P1", "2026-11", "100", "100"], ["N-1", "P2", "2026-11", "100", "100"],
    ["N-1", "P3", "2026-11", "100", "100"],
]  # fmt: skip
# Net dollar retention, 12 months to 2026-Q3 (against 2025-Q3):
#   Anna: start 100,000 + 50,000 + 10,000 = 160,000; Alpha +20,000 expansion, Beta -20,000 contraction, Gamma
#   -10,000 churn (no revenue in 2026-Q3): 150,000 / 160,000 = 93.75 %. Quarter over quarter (2026-Q3 against
#   2026-Q2, which only Alpha has): 120,000 / 110,000 = 109.09 %.
#   Ben: Delta 80,000 -> 100,000: 125 %; his only quarters are 2025-Q3 and 2026-Q3, so quarter over quarter
#   compares those two as well: 125 %.
REVENUE = [
    ["account", "quarter", "revenue"],
    ["A-1", "2025-Q3", "100000"], ["A-1", "2026-Q2", "110000"], ["A-1", "2026-Q3", "120000"],
    ["A-2", "2025-Q3", "50000"], ["A-2", "2026-Q3", "30000"],
    ["A-3", "2025-Q3", "10000"],
    ["B-1", "2025-Q3", "80000"], ["B-1", "2026-Q3", "100000"],
]  # fmt: skip
# cadences: A 14 days, B 30, C 90 (touched on 2026-12-07 minus ...)
TOUCHES = [
    ["account", "kind", "date", "minutes", "summary"],
    ["A-1", "call", "2026-11-30", "30", "Review"],  # A, 7 days: within
    ["A-2", "visit", "2026-10-01", "90", "Visit"],  # B, 67 days: 37 overdue
    # A-3 (B) never touched: past its cadence
    ["B-1", "call", "2026-11-01", "45", "Call"],  # A, 36 days: 22 overdue
    ["B-2", "email", "2026-10-20", "10", "Mail"],  # C, 48 days: within 90
    # N-1 (C) never touched: past its cadence
]


def team_book(store: Store, folder: Path) -> dict[str, int]:
    """The book above; the account ids by key."""
    for kind, rows in (("accounts", ACCOUNTS), ("products", PRODUCTS), ("holdings", HOLDINGS),
                       ("usage", USAGE), ("revenue", REVENUE), ("touches", TOUCHES)):  # fmt: skip
        import_file(store, write_csv(folder / f"{kind}.csv", rows), kind)
    return dict(store.query("SELECT key, id FROM accounts"))


def own_book(store: Store, folder: Path, owner: str) -> None:
    """The same files as the KAM `owner` has them: their accounts only (and the products)."""
    from planner.core.store.owners import owner_key

    keys = {row[0] for row in ACCOUNTS[1:] if owner_key(row[2]) == owner_key(owner)}
    for kind, rows in (("accounts", ACCOUNTS), ("products", PRODUCTS), ("holdings", HOLDINGS),
                       ("usage", USAGE), ("revenue", REVENUE), ("touches", TOUCHES)):  # fmt: skip
        mine = rows if kind == "products" else [rows[0], *(row for row in rows[1:] if row[0] in keys)]
        if len(mine) > 1:
            import_file(store, write_csv(folder / f"own-{kind}.csv", mine), kind)


def hand_over(store: Store, key: str, name: str, from_owner: str, to_owner: str, at: str) -> None:
    """A handover as the team's sync stores it."""
    with store.write() as conn:
        conn.execute(
            "INSERT INTO team_handovers (account_key, account_name, from_role, to_role, from_owner, "
            "to_owner, handed_over_at, handed_over_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'director')",
            (key, name, from_owner.split()[0].lower(), to_owner.split()[0].lower(), from_owner, to_owner, at),
        )
