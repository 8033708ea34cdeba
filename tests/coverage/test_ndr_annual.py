"""Net dollar retention over the trailing twelve months, with quarter over quarter beside it, on small books
imported from CSV files; a book with fewer than five quarters says which revenue is missing."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from planner.core.coverage.coverage import coverage
from planner.core.store.store import Store
from planner.ui.coverage.coverage_view import CoverageView
from planner.ui.widgets.editing import Editor
from tests.importing_support import import_file, write_csv

TODAY = date(2026, 11, 23)
# annual revenue ranks the tiers: K-1 1,000,000 (A, starts at 0%), K-2 150,000 (A, starts at 76.9%),
# K-3 100,000 (B, starts at 88.5%), K-4 50,000 (C, starts at 96.2%)
ACCOUNTS = [["key", "name", "revenue"], ["K-1", "Grows", "1000000"], ["K-2", "Shrinks", "150000"],
            ["K-3", "Churns", "100000"], ["K-4", "New", "50000"]]  # fmt: skip
# revenue by quarter in €; K-3 has no row after Q2 2026 (churned), K-4 none before Q2 2026 (new)
FIVE_QUARTERS = {
    "K-1": {
        "2025-Q3": 150_000,
        "2025-Q4": 150_000,
        "2026-Q1": 160_000,
        "2026-Q2": 170_000,
        "2026-Q3": 180_000,
    },
    "K-2": {"2025-Q3": 100_000, "2025-Q4": 100_000, "2026-Q1": 95_000, "2026-Q2": 90_000, "2026-Q3": 80_000},
    "K-3": {"2025-Q3": 50_000, "2025-Q4": 50_000, "2026-Q1": 50_000, "2026-Q2": 50_000},
    "K-4": {"2026-Q2": 20_000, "2026-Q3": 40_000},
}


def book(store: Store, folder: Path, revenue: dict[str, dict[str, int]]) -> Store:
    import_file(store, write_csv(folder / "accounts.csv", ACCOUNTS), "accounts")
    rows = [["account", "quarter", "revenue"]]
    rows += [[key, quarter, str(euros)] for key, by in revenue.items() for quarter, euros in by.items()]
    import_file(store, write_csv(folder / "revenue.csv", rows), "revenue")
    return store


def cli(store: Store, *extra: str) -> str:
    """What `planner coverage` prints on the book, as of TODAY."""
    command = [
        sys.executable,
        "-m",
        "planner",
        "--db",
        str(store.path),
        "coverage",
        "--today",
        TODAY.isoformat(),
    ]
    return subprocess.run([*command, *extra], capture_output=True, text=True, check=True).stdout


def test_trailing_twelve_months_beside_quarter_over_quarter(store: Store, tmp_path: Path) -> None:
    figures = coverage(book(store, tmp_path, FIVE_QUARTERS), TODAY)
    annual = {r.tier: r for r in figures.annual if r.quarter == "2026-Q3"}
    # Q3 2026 against Q3 2025, the accounts with revenue then (K-1, K-2, K-3; K-4 is new and does not count):
    # start 150,000 + 100,000 + 50,000 = €300,000; expansion K-1 +30,000; contraction K-2 -20,000;
    # churn K-3 -50,000; TTM NDR = (300,000 + 30,000 - 20,000 - 50,000) / 300,000 = 260,000 / 300,000 = 86.7%
    whole = annual[""]
    parts = (whole.start_cents, whole.expansion_cents, whole.contraction_cents, whole.churn_cents)
    assert whole.since == "2025-Q3" and parts == (30_000_000, 3_000_000, 2_000_000, 5_000_000)
    assert whole.ndr == pytest.approx(260_000 / 300_000)
    assert annual["A"].ndr == pytest.approx((250_000 + 30_000 - 20_000) / 250_000)  # K-1, K-2: 104%
    assert annual["B"].ndr == 0.0  # K-3 churned
    assert annual["C"].ndr is None  # K-4 had no revenue a year before
    assert figures.annual_needs == ()
    # quarter over quarter, Q3 2026 against Q2 2026: start 170,000 + 90,000 + 50,000 + 20,000 = €330,000;
    # expansion K-1 +10,000, K-4 +20,000; contraction K-2 -10,000; churn K-3 -50,000
    # NDR = (330,000 + 30,000 - 10,000 - 50,000) / 330,000 = 300,000 / 330,000 = 90.9%
    quarterly = {r.tier: r for r in figures.retention if r.quarter == "2026-Q3"}
    assert quarterly[""].ndr == pytest.approx(300_000 / 330_000)
    # only Q3 2026 has its quarter a year before
    assert {r.quarter for r in figures.annual} == {"2026-Q3"}


def test_fewer_than_five_quarters_say_which_revenue_is_missing(store: Store, tmp_path: Path) -> None:
    # four quarters, Q1 .. Q4 2026: the trailing twelve months to Q4 2026 need Q4 2025, which is missing
    four = {"K-1": {"2026-Q1": 160_000, "2026-Q2": 170_000, "2026-Q3": 180_000, "2026-Q4": 190_000},
            "K-2": {"2026-Q1": 95_000, "2026-Q2": 90_000, "2026-Q3": 80_000, "2026-Q4": 80_000}}  # fmt: skip
    figures = coverage(book(store, tmp_path, four), TODAY)
    assert figures.annual == [] and figures.annual_needs == ("2025-Q4",)
    # quarter over quarter is still there: Q4 against Q3 2026, (260,000 + 10,000) / 260,000 = 103.8%
    quarterly = [r for r in figures.retention if r.quarter == "2026-Q4" and not r.tier]
    assert quarterly[0].ndr == pytest.approx(270_000 / 260_000)


def test_the_view_and_the_cli_show_both(qtbot, store: Store, tmp_path: Path) -> None:
    book(store, tmp_path, FIVE_QUARTERS)
    view = CoverageView(Editor(store), today=TODAY)
    qtbot.addWidget(view)
    view.load()
    # 86.7% rounds to 87%, 90.9% to 91%
    assert view.headline().startswith("NDR 12 months to Q3 2026: 87% · +")
    assert view.headline().endswith("\nQuarter over quarter (Q3 2026): 91%")
    table = view.retention_table.records
    assert table.data(table.index(0, table.column_of("ndr_annual"))) == "87%"
    assert table.data(table.index(0, table.column_of("ndr"))) == "91%"
    text = cli(store)
    line = "net dollar retention Q3 2026: 86.7% trailing twelve months (against Q3 2025), 90.9% quarter over"
    assert f"{line} quarter" in text
    figures = json.loads(cli(store, "--json"))
    assert figures["net_dollar_retention_ttm"][0]["ndr"] == pytest.approx(260_000 / 300_000)
    assert figures["net_dollar_retention_ttm_needs"] == []


def test_the_view_and_the_cli_say_what_is_missing(qtbot, store: Store, tmp_path: Path) -> None:
    book(
        store,
        tmp_path,
        {key: {q: v for q, v in by.items() if q != "2025-Q3"} for key, by in FIVE_QUARTERS.items()},
    )
    # four quarters, Q4 2025 .. Q3 2026: the trailing twelve months to Q3 2026 need Q3 2025
    view = CoverageView(Editor(store), today=TODAY)
    qtbot.addWidget(view)
    view.load()
    assert view.headline().startswith("NDR 12 months: needs revenue for Q3 2025\nQuarter over quarter")
    text = cli(store)
    assert "net dollar retention trailing twelve months: needs revenue for Q3 2025" in text
    figures = json.loads(cli(store, "--json"))
    assert figures["net_dollar_retention_ttm_needs"] == ["2025-Q3"]
