"""`planner whitespace`: every account's whitespace cells with their value, without a window."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def add_parser(commands: Any) -> None:
    space = commands.add_parser(
        "whitespace", help="every account's products: held, trial, not relevant or whitespace"
    )
    space.add_argument("--json", action="store_true", help="print JSON")


def run(db: Path, args: argparse.Namespace) -> int:
    from planner.core.growth.whitespace import as_json, whitespace_grid
    from planner.core.store.store import open_portfolio

    store = open_portfolio(db, access="read")
    try:
        grid = whitespace_grid(store)
    finally:
        store.close()
    rows = sorted(as_json(grid), key=lambda r: (-float(r["whitespace"]), str(r["name"])))  # type: ignore[arg-type]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    print(f"{'key':<12}{'name':<40}{'whitespace':>14}  products")
    for r in rows:
        spaces = [c for c in r["cells"] if c["state"] == "whitespace"]  # type: ignore[attr-defined]
        named = ", ".join(f"{c['name']} {c['value']:,.0f}" for c in spaces)
        print(f"{r['key']:<12}{str(r['name'])[:39]:<40}{r['whitespace']:>14,.2f}  {named}")
    print(f"{len(rows):,} accounts, whitespace {grid.whitespace_cents / 100:,.2f}")
    return 0
