"""A touch dated after today is planned, not done (the last touch of `store.last_touch`, as Coverage has it):
the matrix point, the not_touched moment, the Portfolio list and the briefing's contacts all show the latest
touch on or before today. On a small book imported from CSV files, dated from the day the tests run."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from planner.core.matrix.matrix import matrix_points
from planner.core.moments.detection import detect
from planner.core.portfolio import changes
from planner.core.portfolio.accounts import account_rows
from planner.core.portfolio.touches import edit_touch
from planner.core.qbr.briefing import build_briefing
from planner.core.store.store import Store
from tests.importing_support import import_file, write_csv

TODAY = date.today()
PAST = (TODAY - timedelta(days=40)).isoformat()  # the real last touch of K-2
RECENT = (TODAY - timedelta(days=5)).isoformat()  # K-1's touch
PLANNED = (TODAY + timedelta(days=10)).isoformat()  # K-2's planned visit


def book(store: Store, folder: Path) -> dict[str, int]:
    """K-1 1,000,000 € makes 90.9 % of the book: tier A (cadence 14 days). K-2 100,000 € starts at 90.9 %:
    tier B (cadence 30 days). K-2's contact Anna took part in the call 40 days ago and is invited to the
    visit planned in 10 days. Returns the account ids by key."""
    accounts = [["key", "name", "revenue"], ["K-1", "Big", "1000000"], ["K-2", "Planned", "100000"]]
    import_file(store, write_csv(folder / "accounts.csv", accounts), "accounts")
    contacts = [
        ["account", "name", "email", "influence"],
        ["K-2", "Anna Berg", "anna@k2.example", "champion"],
    ]
    import_file(store, write_csv(folder / "contacts.csv", contacts), "contacts")
    touches = [
        ["account", "kind", "date", "minutes", "summary"],
        ["K-1", "call", RECENT, "30", "Review"],
        ["K-2", "call", PAST, "30", "Review"],
        ["K-2", "visit", PLANNED, "60", "Planned visit"],
    ]
    import_file(store, write_csv(folder / "touches.csv", touches), "touches")
    (anna,) = store.query("SELECT id FROM contacts")[0]
    for (touch_id,) in store.query("SELECT id FROM touches WHERE account_id = (SELECT id FROM accounts "
                                   "WHERE key = 'K-2')"):  # fmt: skip
        changes.apply(store, edit_touch(store, touch_id, {}, [anna]))
    return dict(store.query("SELECT key, id FROM accounts"))


def test_the_matrix_point_shows_the_last_touch_done(store: Store, tmp_path: Path) -> None:
    ids = book(store, tmp_path)
    points = {p.account_id: p for p in matrix_points(store)}
    assert points[ids["K-2"]].last_touch == PAST  # not the visit planned in 10 days
    assert points[ids["K-1"]].last_touch == RECENT  # no planned touch: the stored latest, unchanged
    later = {p.account_id: p for p in matrix_points(store, today=TODAY + timedelta(days=10))}
    assert later[ids["K-2"]].last_touch == PLANNED  # on the day of the visit it is done


def test_a_planned_visit_does_not_silence_not_touched(store: Store, tmp_path: Path) -> None:
    ids = book(store, tmp_path)
    found = [m for m in detect(store, TODAY).moments if m.rule == "not_touched"]
    # K-2 (tier B, cadence 30): last touched 40 days ago, 40 - 30 = 10 days overdue, due since
    # PAST + 30 days = 10 days ago. K-1 (tier A, cadence 14) was touched 5 days ago: not due.
    assert [
        (m.account_id, m.evidence["last_touch"], m.evidence["days"], m.evidence["overdue"]) for m in found
    ] == [(ids["K-2"], PAST, 40, 10)]
    assert found[0].day == (TODAY - timedelta(days=10)).isoformat()


def test_the_portfolio_list_shows_the_last_touch_done(store: Store, tmp_path: Path) -> None:
    book(store, tmp_path)
    assert {r.key: r.last_touch for r in account_rows(store)} == {"K-1": RECENT, "K-2": PAST}
    later = {r.key: r.last_touch for r in account_rows(store, TODAY + timedelta(days=10))}
    assert later == {"K-1": RECENT, "K-2": PLANNED}


def test_the_briefing_shows_the_contacts_last_touch_done(store: Store, tmp_path: Path) -> None:
    ids = book(store, tmp_path)
    figures = build_briefing(store, account_id=ids["K-2"], today=TODAY)
    assert [(s.name, s.last_touch) for s in figures.stakeholders] == [("Anna Berg", PAST)]
    assert figures.point.last_touch == PAST
