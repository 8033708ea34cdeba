"""Journey phases on small books computed by hand: each rule, the override, the history per quarter, the
journey map and an account's timeline."""

from __future__ import annotations

from collections import Counter
from datetime import date
from types import SimpleNamespace

import pytest

from planner.core.matrix.matrix import matrix_points
from planner.core.moments.journey import (
    ENABLEMENT_DAYS,
    PHASES,
    PhaseCall,
    account_phases,
    account_timeline,
    current_phase,
    journey_map,
    phase_history,
)

TODAY = date(2026, 11, 23)


def book(store) -> None:
    """One account per rule. Usage in 2026-10 against 100 expected; NPS answers of 1-2 contacts."""
    with store.write() as c:
        c.executemany(
            "INSERT INTO products (id, key, name, price_cents, unit) VALUES (?, ?, ?, ?, ?)",
            [(1, "P1", "Connect", 10_000, "seat"), (2, "P2", "Insight", 0, "licence")],
        )
        names = ["Override", "Trial", "Cancelled", "Nothing", "New", "Day120", "Day121", "NoUsage", "Low",
                 "Promoter", "Adopted", "Edge", "TrialOverride"]  # fmt: skip
        c.executemany(
            "INSERT INTO accounts (id, key, name, revenue_cents, phase_override, phase_reason) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(n, f"K{n}", name, 100_000, None, None) for n, name in enumerate(names, 1)],
        )
        c.execute(
            "UPDATE accounts SET phase_override = 'growth', phase_reason = 'neuer Rahmenvertrag' WHERE id = 1"
        )
        c.execute("UPDATE accounts SET phase_override = 'advocacy' WHERE id = 13")
        holdings = [
            (1, 1, "active", "2020-01-01"),  # override: its rules would say no_usage
            (2, 1, "trial", "2026-11-01"), (2, 2, "trial", "2026-11-01"),
            (3, 1, "cancelled", "2020-01-01"),
            (5, 1, "active", "2026-10-09"),  # 45 days before TODAY
            (6, 1, "active", "2026-07-26"),  # 120 days
            (7, 1, "active", "2026-07-25"),  # 121 days
            (8, 1, "active", "2020-01-01"),
            (9, 1, "active", "2020-01-01"), (10, 1, "active", "2020-01-01"), (11, 1, "active", "2020-01-01"),
            (12, 1, "active", "2020-01-01"), (13, 1, "trial", "2026-11-01"),
        ]  # fmt: skip
        c.executemany(
            "INSERT INTO holdings (account_id, product_id, status, since, revenue_cents) "
            "VALUES (?, ?, ?, ?, 100)",
            holdings,
        )
        usage = {5: 90, 6: 90, 7: 90, 9: 30, 10: 80, 11: 80, 12: 50}
        c.executemany(
            "INSERT INTO usage_snapshots (account_id, product_id, period, usage_value, expected_value) "
            "VALUES (?, 1, '2026-10', ?, 100)",
            list(usage.items()),
        )
        # Promoter: 9 and 10 -> NPS 100; Adopted: 9 and 3 -> 0; Edge: 10 and 8 -> 50 (at the line)
        contacts = [(1, 10), (2, 10), (3, 11), (4, 11), (5, 12), (6, 12)]
        c.executemany("INSERT INTO contacts (id, account_id, name) VALUES (?, ?, 'Kontakt')", contacts)
        c.executemany(
            "INSERT INTO nps_answers (contact_id, answered_on, score) VALUES (?, '2026-09-01', ?)",
            [(1, 9), (2, 10), (3, 9), (4, 3), (5, 10), (6, 8)],
        )


@pytest.fixture
def calls(store) -> dict[str, PhaseCall]:
    book(store)
    names = dict(store.query("SELECT id, name FROM accounts"))
    return {names[a]: call for a, call in account_phases(store, TODAY).items()}


def test_an_override_wins_and_keeps_its_reason(calls) -> None:
    assert calls["Override"] == PhaseCall("growth", "override", {"why": "neuer Rahmenvertrag"}, True)
    assert calls["TrialOverride"] == PhaseCall("advocacy", "override", {"why": ""}, True)


def test_without_an_active_product_trials_cancellations_or_nothing(calls) -> None:
    assert calls["Trial"] == PhaseCall("enablement", "trial", {"trials": 2}, False)
    assert calls["Cancelled"] == PhaseCall("churned", "cancelled", {"cancelled": 1}, False)
    assert calls["Nothing"] == PhaseCall("prospect", "no_products", {}, False)


def test_a_new_customer_gets_120_days_of_enablement_whatever_the_usage(calls) -> None:
    assert ENABLEMENT_DAYS == 120
    assert calls["New"] == PhaseCall("enablement", "new_customer", {"days": 45}, False)
    assert calls["Day120"] == PhaseCall("enablement", "new_customer", {"days": 120}, False)
    assert calls["Day121"].phase == "growth"  # uses 90 %, no NPS


def test_usage_decides_adoption_and_nps_advocacy(calls) -> None:
    assert calls["NoUsage"] == PhaseCall("adoption", "no_usage", {}, False)
    assert calls["Low"] == PhaseCall("adoption", "low_usage", {"intensity": pytest.approx(0.3)}, False)
    assert calls["Promoter"] == PhaseCall(
        "advocacy", "promoters", {"nps": 100.0, "intensity": pytest.approx(0.8)}, False
    )
    assert calls["Adopted"] == PhaseCall("growth", "adopted", {"intensity": pytest.approx(0.8)}, False)
    # at 50 % usage and NPS 50 both count as reached
    assert calls["Edge"] == PhaseCall("advocacy", "promoters", {"nps": 50.0, "intensity": 0.5}, False)


def test_points_given_are_used_and_every_account_gets_a_call(store) -> None:
    book(store)
    points = matrix_points(store)
    assert account_phases(store, TODAY, points) == account_phases(store, TODAY)
    assert len(account_phases(store, TODAY, [])) == 13  # without scores: every account still has a phase
    assert account_phases(store, TODAY, [])[10].phase == "adoption"  # no usage known


def test_one_account_now_is_the_same_call_as_in_the_whole_book(store) -> None:
    book(store)
    every = account_phases(store, TODAY)
    assert all(current_phase(store, a, TODAY) == call for a, call in every.items())


def history_book(store) -> None:
    with store.write() as c:
        c.execute("INSERT INTO products (id, key, name) VALUES (1, 'P1', 'Connect')")
        c.execute("INSERT INTO accounts (id, key, name) VALUES (1, 'K1', 'Werk Nord')")
        c.execute(
            "INSERT INTO holdings (account_id, product_id, status, since) "
            "VALUES (1, 1, 'active', '2025-02-01')"
        )
        c.executemany(
            "INSERT INTO usage_snapshots (account_id, product_id, period, usage_value, expected_value) "
            "VALUES (1, 1, ?, ?, 100)",
            [("2025-02", 30), ("2025-05", 30), ("2025-08", 80), ("2025-11", 80), ("2026-02", 80),
             ("2026-05", 20), ("2026-08", 80), ("2026-10", 80)],
        )  # fmt: skip
        c.execute("INSERT INTO contacts (id, account_id, name) VALUES (1, 1, 'Jana Roth')")
        c.executemany(
            "INSERT INTO nps_answers (contact_id, answered_on, score) VALUES (1, ?, ?)",
            [("2025-11-01", 10), ("2026-03-01", 3)],
        )


def test_phase_history_applies_the_rules_per_quarter(store) -> None:
    history_book(store)
    assert phase_history(store, 1, TODAY) == [
        ("2025-Q1", "enablement"),  # customer for 58 days at the quarter's end
        ("2025-Q2", "adoption"),  # 30 %
        ("2025-Q3", "growth"),  # 80 %, no NPS yet
        ("2025-Q4", "advocacy"),  # 80 %, a promoter
        ("2026-Q1", "growth"),  # the same contact is a detractor now
        ("2026-Q2", "adoption"),  # 20 %
        ("2026-Q3", "growth"),
        ("2026-Q4", "growth"),  # today: the latest three months, 80 %
    ]
    with store.write() as c:
        c.execute("UPDATE accounts SET phase_override = 'advocacy' WHERE id = 1")
    assert phase_history(store, 1, TODAY)[-1] == ("2026-Q4", "advocacy")  # an override is about now
    assert phase_history(store, 1, TODAY)[-2] == ("2026-Q3", "growth")


def test_journey_map_counts_accounts_potential_and_moments_per_phase() -> None:
    phases = {
        1: PhaseCall("enablement", "trial", {"trials": 1}, False),
        2: PhaseCall("growth", "adopted", {"intensity": 0.7}, False),
        3: PhaseCall("growth", "adopted", {"intensity": 0.9}, False),
        4: PhaseCall("advocacy", "override", {"why": ""}, True),
    }
    points = [SimpleNamespace(account_id=a, potential_cents=v) for a, v in ((1, 500), (2, 1_000), (3, 3_000))]
    moments = [
        SimpleNamespace(account_id=a, rule=rule, value_cents=value)
        for a, rule, value in ((2, "below_peers", 200), (3, "below_peers", 300), (3, "qbr_coming", 0),
                               (4, "detractor", 50), (9, "detractor", 999))  # account 9 has no phase
    ]  # fmt: skip
    columns = journey_map(phases, points, moments)
    assert [c.phase for c in columns] == list(PHASES)
    assert [c.accounts for c in columns] == [1, 0, 2, 1]
    assert [c.potential_cents for c in columns] == [500, 0, 4_000, 0]  # account 4 has no point: no potential
    assert columns[2].moments == Counter({"below_peers": 2, "qbr_coming": 1})
    assert columns[2].moments_value_cents == 500
    assert columns[3].moments == Counter({"detractor": 1}) and columns[3].moments_value_cents == 50
    assert columns[0].moments == Counter() and columns[1].moments_value_cents == 0
    assert columns[2].account_ids == (3, 2)  # the most potential first


def test_timeline_of_an_account(store) -> None:
    history_book(store)
    with store.write() as c:
        c.execute("INSERT INTO products (id, key, name) VALUES (2, 'P2', 'Insight')")
        c.execute("UPDATE holdings SET revenue_cents = 300 WHERE account_id = 1")
        c.execute(
            "INSERT INTO holdings (account_id, product_id, status, revenue_cents) "
            "VALUES (1, 2, 'active', 100)"
        )
        c.execute("INSERT INTO usage_snapshots VALUES (1, 2, '2026-10', 20, 100, NULL)")
        c.execute("UPDATE usage_snapshots SET usage_value = 150 WHERE product_id = 1 AND period = '2026-10'")
        c.executemany(
            "INSERT INTO touches (account_id, kind, touched_on, minutes) VALUES (1, ?, ?, ?)",
            [("call", "2026-09-02", 20), ("visit", "2026-10-14", 90)],
        )
        c.executemany("INSERT INTO qbrs (account_id, held_on, status) VALUES (1, ?, ?)",
                      [("2026-06-30", "held"), ("2026-12-15", "planned")])  # fmt: skip
    timeline = account_timeline(store, 1, TODAY)
    assert timeline.phases == phase_history(store, 1, TODAY)
    assert [(t.day, t.kind, t.minutes) for t in timeline.touches] == [
        (date(2026, 9, 2), "call", 20), (date(2026, 10, 14), "visit", 90)
    ]  # fmt: skip
    assert [(n.day, n.score, n.contact) for n in timeline.nps] == [
        (date(2025, 11, 1), 10, "Jana Roth"), (date(2026, 3, 1), 3, "Jana Roth")
    ]  # fmt: skip
    usage = {u.month: u.intensity for u in timeline.usage}
    assert usage[date(2025, 2, 1)] == pytest.approx(0.3)
    # Connect 150 of 100 capped at 100 %, weighted 300; Insight 20 %, weighted 100
    assert usage[date(2026, 10, 1)] == pytest.approx((1.0 * 3 + 0.2 * 1) / 4)
    assert [(q.day, q.status) for q in timeline.qbrs] == [
        (date(2026, 6, 30), "held"),
        (date(2026, 12, 15), "planned"),
    ]
    spans = timeline.spans()
    assert spans[0] == (date(2025, 1, 1), date(2025, 4, 1), "enablement")
    assert spans[-1] == (date(2026, 7, 1), TODAY, "growth")  # Q3 and Q4 joined, up to today
