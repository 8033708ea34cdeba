"""A touch dated after today is planned, not done: the last touch is the latest on or before today, on a small
book imported from CSV files."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from planner.core.coverage.coverage import coverage
from planner.core.store.store import Store
from planner.ui.coverage.coverage_view import CoverageView
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from tests.importing_support import import_file, write_csv

TODAY = date(2026, 11, 23)


def book(store: Store, folder: Path) -> Store:
    # K-1 1,000,000 € is A (cadence 14 days), K-2 100,000 € starts at 90.9 %: B (cadence 30 days)
    accounts = [["key", "name", "revenue"], ["K-1", "Called", "1000000"], ["K-2", "Only planned", "100000"]]
    import_file(store, write_csv(folder / "accounts.csv", accounts), "accounts")
    touches = [
        ["account", "kind", "date", "minutes", "summary", "next_step", "next_step_due"],
        [
            "K-1",
            "call",
            "2026-11-03",
            "30",
            "Review",
            "Send offer",
            "2026-11-18",
        ],  # 20 days ago, step 5 overdue
        ["K-1", "visit", "2026-12-10", "60", "Planned visit", "", ""],  # planned, 17 days ahead
        ["K-2", "call", "2027-01-15", "30", "Planned call", "", ""],  # planned only: never touched yet
    ]
    import_file(store, write_csv(folder / "touches.csv", touches), "touches")
    return store


def test_a_future_touch_does_not_make_an_account_look_touched(store: Store, tmp_path: Path) -> None:
    figures = coverage(book(store, tmp_path), TODAY)
    # K-2 was never touched (listed first); K-1's last touch is 3 Nov: 20 days ago - cadence 14 = 6 overdue
    assert [(n.name, n.last_touch, n.overdue) for n in figures.neglected] == [
        ("Only planned", None, None),
        ("Called", "2026-11-03", 6),
    ]
    a = next(t for t in figures.tiers if t.tier == "A")
    assert (a.touched[30], a.touched[90]) == (1, 1)  # touched 20 days ago
    # the next step set at the last touch (due 18 Nov) stays due: a planned visit does not follow it up
    assert [(s.next_step, s.overdue) for s in figures.due_steps] == [("Send offer", 5)]


def test_the_helper_reads_only_the_accounts_with_a_planned_touch(store: Store, tmp_path: Path) -> None:
    from planner.core.store.last_touch import last_touches

    book(store, tmp_path)
    ids = dict(store.query("SELECT key, id FROM accounts"))
    stored = {ids["K-1"]: "2026-12-10", ids["K-2"]: "2027-01-15", 99: "2026-11-20", 100: None}
    real = {ids["K-1"]: "2026-11-03", ids["K-2"]: None, 99: "2026-11-20", 100: None}
    assert last_touches(store, stored, TODAY) == real
    assert last_touches(store, stored, date(2026, 12, 10))[ids["K-1"]] == "2026-12-10"  # today is not planned


def test_the_view_and_the_cli_show_the_real_last_touch(qtbot, store: Store, tmp_path: Path) -> None:
    book(store, tmp_path)
    view = CoverageView(Editor(store), today=TODAY)
    qtbot.addWidget(view)
    view.load()
    table = view.neglect_table.records
    shown = [table.data(table.index(row, table.column_of("last_touch"))) for row in range(table.rowCount())]
    assert shown == ["never", formatting.iso_date("2026-11-03")]
    assert [n.last_touch for n in view.neglect_table.items()] == [None, "2026-11-03"]
    command = [sys.executable, "-m", "planner", "--db", str(store.path), "coverage", "--json"]
    out = subprocess.run([*command, "--today", TODAY.isoformat()], capture_output=True, text=True, check=True)
    figures = json.loads(out.stdout)
    assert [(n["name"], n["last_touch"], n["overdue"]) for n in figures["neglected"]] == [
        ("Only planned", None, None),
        ("Called", "2026-11-03", 6),
    ]
