"""Coverage on small books computed by hand: tiers, overdue days, next steps due, touched shares, time against
value, single-threaded accounts and net dollar retention."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from planner.core.coverage.coverage import coverage
from planner.core.matrix.account_tiers import account_tiers, computed_tiers
from planner.core.matrix.tiers import save_tier_shares, tier_shares
from planner.core.moments.moments import Thresholds
from tests.moments_support import TODAY, Book, day


@pytest.fixture
def book(store) -> Book:
    b = Book(store)
    # revenue plus potential ranks the tiers. Each wallet is twice the revenue; nobody holds a product, so the
    # whitespace is the three list prices (5,101 €), more than any wallet has left: the potential is wallet -
    # revenue, and revenue plus potential the wallet: 6,000 + 2,500 + 1,000 + 500 = 10,000 (60/25/10/5 %)
    for account_id, wallet in ((1, 600_000), (2, 250_000), (3, 100_000), (4, 50_000)):
        b.account(account_id, revenue_cents=wallet // 2, wallet_cents=wallet)
    return b


def test_tiers_by_pareto_with_adjustable_shares_and_overrides(book: Book) -> None:
    # A: the largest accounts until 80 % is reached (60 before 0 %, 25 starts at 60 %), B: until 95 %
    assert computed_tiers(book.store) == {1: "A", 2: "A", 3: "B", 4: "C"}
    save_tier_shares(book.store, 0.5, 0.9)
    assert tier_shares(book.store) == (0.5, 0.9)
    assert computed_tiers(book.store) == {1: "A", 2: "B", 3: "B", 4: "C"}  # 3 starts at 85 % < 90 %
    book.store.conn.execute("UPDATE accounts SET tier_override = 'A', tier_reason = 'strategic' WHERE id = 4")
    assert account_tiers(book.store)[4] == "A"
    with pytest.raises(ValueError):
        save_tier_shares(book.store, 0.95, 0.8)


def test_overdue_days_by_tier_cadence(book: Book) -> None:
    book.touch(1, -15)  # A, cadence 14: 1 day overdue
    book.touch(2, -14)  # A: due today, not overdue
    book.touch(3, -40)  # B, cadence 30: 10 days overdue
    found = coverage(book.store, TODAY).neglected  # 4 (C) was never touched: first
    assert [(n.account_id, n.tier, n.overdue) for n in found] == [(4, "C", None), (3, "B", 10), (1, "A", 1)]
    later = coverage(book.store, TODAY, Thresholds(cadence_a=20, cadence_b=45)).neglected
    assert [n.account_id for n in later] == [4]


def test_next_steps_due_until_the_account_is_touched_again(book: Book) -> None:
    book.rows("touches", id=1, account_id=1, kind="call", touched_on=day(-10), next_step="Send offer",
              next_step_due=day(-3))  # fmt: skip
    book.rows("touches", id=2, account_id=2, kind="call", touched_on=day(-5), next_step="Call back",
              next_step_due=day(0))  # fmt: skip
    book.rows("touches", id=3, account_id=3, kind="call", touched_on=day(-5), next_step="Later",
              next_step_due=day(1))  # fmt: skip
    steps = coverage(book.store, TODAY).due_steps
    assert [(s.touch_id, s.overdue) for s in steps] == [(1, 3), (2, 0)]
    book.touch(1, -1)  # followed up
    assert [s.touch_id for s in coverage(book.store, TODAY).due_steps] == [2]


def test_share_of_each_tier_touched_within_30_and_90_days(book: Book) -> None:
    book.touch(1, -10)
    book.touch(2, -60)
    book.touch(3, -100)
    tiers = {t.tier: t for t in coverage(book.store, TODAY).tiers}
    assert (tiers["A"].accounts, tiers["A"].touched[30], tiers["A"].touched[90]) == (2, 1, 2)
    assert tiers["A"].share(30) == 0.5
    assert (tiers["B"].touched[30], tiers["B"].touched[90]) == (0, 0)
    assert tiers["C"].share(90) == 0.0


def test_time_against_revenue_and_potential(book: Book) -> None:
    book.rows("touches", account_id=1, kind="visit", touched_on=day(-3), minutes=30)
    book.rows("touches", account_id=4, kind="call", touched_on=day(-3), minutes=90)
    book.rows("touches", account_id=4, kind="call", touched_on=day(-400), minutes=600)  # more than a year ago
    by_tier = {t.tier: t for t in coverage(book.store, TODAY).time_by_tier}
    assert by_tier["C"].minutes == 90 and by_tier["C"].time_share == 0.75
    assert by_tier["C"].revenue_share == pytest.approx(25_000 / 500_000)  # revenue is half the wallet
    # A's potential: what is left of the wallets of 1 and 2, 3,000 + 1,250 € of 5,000 €
    assert by_tier["A"].potential_share == pytest.approx(425_000 / 500_000)


def test_single_threaded_accounts(book: Book) -> None:
    for contact_id, account_id in ((11, 1), (12, 1), (21, 2), (22, 2), (31, 3)):
        book.contact(contact_id, account_id)
    for touch_id, account_id, contact_id in ((1, 1, 11), (2, 1, 11), (3, 2, 21), (4, 2, 22), (5, 3, 31)):
        book.rows("touches", id=touch_id, account_id=account_id, kind="call", touched_on=day(-touch_id))
        book.rows("touch_contacts", touch_id=touch_id, contact_id=contact_id)
    # 1 has two contacts and only ever reached Person 11; 2 reached both; 3 has only one contact
    found = coverage(book.store, TODAY).single_threaded
    assert [(s.account_id, s.contacts, s.touched_contact) for s in found] == [(1, 2, "Person 11")]


def test_net_dollar_retention_with_expansion_contraction_and_churn(book: Book) -> None:
    quarters = {1: (1000, 1200), 2: (500, 400), 3: (300, 0), 4: (0, 700)}  # 4 is new: does not count
    for account_id, (before, now) in quarters.items():
        book.rows("revenue_by_period", account_id=account_id, period="2026-Q2", revenue_cents=before)
        book.rows("revenue_by_period", account_id=account_id, period="2026-Q3", revenue_cents=now)
    rows = {r.tier: r for r in coverage(book.store, TODAY).retention if r.quarter == "2026-Q3"}
    whole = rows[""]
    assert (whole.start_cents, whole.expansion_cents, whole.contraction_cents, whole.churn_cents) == (
        1800, 200, 100, 300,
    )  # fmt: skip
    assert whole.ndr == pytest.approx((1800 + 200 - 100 - 300) / 1800)  # 88.9 %
    assert rows["A"].ndr == pytest.approx((1500 + 200 - 100) / 1500)  # accounts 1 and 2
    assert rows["B"].churn_cents == 300 and rows["C"].ndr is None


def test_the_cli_prints_the_coverage(book: Book) -> None:
    book.touch(1, -15)
    command = [sys.executable, "-m", "planner", "--db", str(book.store.path), "coverage", "--json"]
    result = subprocess.run(
        [*command, "--today", TODAY.isoformat()], capture_output=True, text=True, check=True
    )
    figures = json.loads(result.stdout)
    assert [(n["name"], n["overdue"]) for n in figures["neglected"]][-1] == ("Account 1", 1)
    assert figures["touched"][0] == {
        "tier": "A", "accounts": 2, "touched_30_days": 1, "touched_90_days": 1, "share_30_days": 0.5,
        "share_90_days": 0.5,
    }  # fmt: skip
    assert {"time_and_value", "single_threaded", "net_dollar_retention", "due_steps"} <= set(figures)
