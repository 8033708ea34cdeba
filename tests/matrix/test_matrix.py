"""The Customer-Performance-Matrix on small books computed by hand: scores, potential, trajectories, moves."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

import pytest

from planner.core.matrix.matrix import account_nps, last_two_quarters, matrix_points, movements, trajectories
from planner.core.matrix.scoring import HoldingUsage, Quadrant, intensity, latest_usage, weighted_intensity


def book(store) -> None:
    """Four products (the seed's Ads, Workspace, Data Studio, Analytics); five accounts."""
    with store.write() as c:
        c.executemany(
            "INSERT INTO products (id, key, name, price_cents, unit) VALUES (?, ?, ?, ?, ?)",
            [(1, "ADS", "Ads", 10_000, "seat"), (2, "WS", "Workspace", 5_000, "seat"),
             (3, "DS", "Data Studio", 0, "licence"), (4, "AN", "Analytics", 0, "licence")],
        )  # fmt: skip
        c.executemany(
            "INSERT INTO accounts (id, key, name, segment, employees, potential_users, revenue_cents, "
            "wallet_cents, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (1, "A1", "Alpha", "Retail", 100, 130, 300_000, None, "Anna"),  # Ads + Workspace
                (2, "A2", "Beta", "Retail", 120, None, 400_000, 500_000, "Ben"),  # Ads + Analytics
                (3, "A3", "Gamma", "Retail", 90, None, 0, None, "Anna"),  # no holdings
                (4, "A4", "Delta", "Retail", 150, None, 100_000, None, "Ben"),  # Analytics, no usage
                (5, "A5", "Epsilon", "Retail", 80, None, 500_000, None, "Anna"),  # Analytics only
            ],
        )
        c.executemany(
            "INSERT INTO holdings (account_id, product_id, status, seats_licensed, revenue_cents) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (1, 1, "active", 100, 200_000), (1, 2, "active", 100, 100_000),
                (1, 3, "cancelled", None, 50_000), (2, 1, "active", 10, 100_000),
                (2, 4, "active", None, 300_000), (4, 4, "active", None, 100_000),
                (5, 4, "active", None, 500_000),
            ],
        )  # fmt: skip
        c.executemany(
            "INSERT INTO usage_snapshots (account_id, product_id, period, usage_value, expected_value) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                # Alpha: Ads used 60 of 100, Workspace 150 of 100 (capped at 100 %) in the latest months
                (1, 1, "2026-10", 60, 100),
                (1, 2, "2026-10", 150, 100),
                # Beta: Ads 100 %, Analytics 20 %
                (2, 1, "2026-10", 50, 50),
                (2, 4, "2026-10", 20, 100),
                # Epsilon: Analytics 90 % now, 30 % the quarter before
                (5, 4, "2026-10", 90, 100),
                (5, 4, "2026-07", 30, 100),
                (1, 1, "2026-07", 10, 100),
                (1, 2, "2026-07", 10, 100),
            ],
        )


@pytest.fixture
def points(store):
    book(store)
    return {p.key: p for p in matrix_points(store)}


def test_breadth_is_active_products_of_all_products_the_seed_example(points) -> None:
    assert (points["A1"].held, points["A1"].relevant, points["A1"].breadth) == (2, 4, 0.5)
    assert points["A5"].breadth == 0.25


def test_intensity_is_revenue_weighted_and_capped_at_100_percent(points) -> None:
    # Alpha: Ads 60 % weighted 200,000, Workspace 150 % capped to 100 % weighted 100,000
    assert points["A1"].intensity == pytest.approx((0.6 * 2 + 1.0 * 1) / 3)
    # Beta: Ads 100 % weighted 100,000, Analytics 20 % weighted 300,000
    assert points["A2"].intensity == pytest.approx((1.0 * 1 + 0.2 * 3) / 4)


def test_accounts_that_cannot_be_scored_say_why_and_are_in_no_quadrant(points) -> None:
    assert (points["A3"].breadth, points["A3"].reason, points["A3"].quadrant()) == (None, "no_holdings", None)
    assert (points["A4"].breadth, points["A4"].intensity, points["A4"].reason) == (0.25, None, "no_usage")
    assert points["A4"].quadrant() is None


def test_quadrants_follow_the_thresholds(points) -> None:
    assert points["A1"].quadrant() is Quadrant.POWER_USER  # 50 % breadth counts as high; 73 % intensity
    assert points["A2"].quadrant() is Quadrant.UNDERPERFORMER  # 50 %, 40 %
    assert points["A5"].quadrant() is Quadrant.NICHE  # 25 %, 90 %
    assert points["A1"].quadrant(0.6, 0.5) is Quadrant.NICHE
    assert points["A2"].quadrant(0.5, 0.4) is Quadrant.POWER_USER  # exactly on the line counts as high


def test_whitespace_is_valued_at_what_comparable_accounts_pay(points) -> None:
    alpha = {w.product: (w.value_cents, w.basis, w.peers) for w in points["A1"].whitespace}
    # Analytics is held by Beta 300,000, Delta 100,000 and Epsilon 500,000: all Retail, but Delta (150) and
    # Beta (120) are in Alpha's size band (50-249), Epsilon (80) too: the median of the three is 300,000
    # Data Studio: nobody pays for it and it has no list price, whitespace all the same, worth nothing
    assert alpha == {"Analytics": (300_000, "peers", 3), "Data Studio": (0, "price", 0)}
    gamma = {w.product: (w.value_cents, w.basis) for w in points["A3"].whitespace}
    # Ads is held by two accounts only (fewer than 3 peers): the median of all holders, 150,000
    assert gamma == {"Ads": (150_000, "all"), "Workspace": (100_000, "all"), "Analytics": (300_000, "peers"),
                     "Data Studio": (0, "price")}  # fmt: skip


def test_potential_adds_users_without_a_seat_and_stops_at_the_wallet(points) -> None:
    alpha = points["A1"]
    # 130 potential users, 100 seats: 30 users at the smallest seat price held (Workspace, 50.00)
    assert (alpha.uncovered_users, alpha.uncovered_cents) == (30, 150_000)
    assert alpha.potential_cents == 300_000 + 150_000
    beta = points["A2"]  # whitespace Workspace 100,000 (all) + Data Studio none; wallet room 100,000
    assert (beta.raw_potential_cents, beta.potential_cents, beta.capped) == (100_000, 100_000, False)


def test_breadth_can_count_only_the_products_relevant_to_the_segment(store) -> None:
    book(store)
    with store.write() as c:
        c.executemany("INSERT INTO segment_products VALUES ('Retail', ?)", [(1,), (2,), (4,)])
    alpha = {p.key: p for p in matrix_points(store)}["A1"]
    assert (alpha.relevant, alpha.breadth) == (3, pytest.approx(2 / 3))
    assert "Data Studio" not in {w.product for w in alpha.whitespace}
    everything = {p.key: p for p in matrix_points(store, by_segment=False)}["A1"]
    assert everything.breadth == 0.5


def test_account_nps_is_promoters_minus_detractors() -> None:
    assert account_nps([10, 9, 8, 3]) == 25.0  # two promoters, one detractor of four
    assert account_nps([10, 10, 6]) == pytest.approx(100 / 3)
    assert account_nps([]) is None


def test_trajectories_and_the_movement_table(store) -> None:
    book(store)
    paths = trajectories(store)
    # Epsilon: Analytics 30 % in Q3, 90 % in Q4; one product of four
    assert [(p.quarter, p.breadth, round(p.intensity, 2)) for p in paths[5]] == [
        ("2026-Q3", 0.25, 0.3),
        ("2026-Q4", 0.25, 0.9),
    ]
    assert last_two_quarters(paths) == ("2026-Q3", "2026-Q4")
    moved = movements(paths, "2026-Q3", "2026-Q4")
    # Alpha: 10 % in Q3 (two products: breadth 50 %) -> 73 %: underperformer -> power user
    # Epsilon: sampler -> niche; Beta has no Q3
    assert moved == {(Quadrant.UNDERPERFORMER, Quadrant.POWER_USER): 1, (Quadrant.SAMPLER, Quadrant.NICHE): 1}


def test_matrix_json_lists_every_account(tmp_path, store) -> None:
    book(store)
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--db", str(store.path), "matrix", "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    rows = {r["key"]: r for r in json.loads(result.stdout)}
    assert rows["A1"] == {
        "key": "A1", "name": "Alpha", "tier": rows["A1"]["tier"], "breadth": 0.5, "intensity": 0.7333,
        "quadrant": "power_user", "potential": 4500.0, "not_scored": None,
    }  # fmt: skip
    assert rows["A3"]["quadrant"] is None and rows["A3"]["not_scored"] == "no_holdings"
    assert rows["A4"]["breadth"] == 0.25 and rows["A4"]["not_scored"] == "no_usage"


def test_accounts_alike_share_their_whitespace_but_keep_their_own_figures(store) -> None:
    """Whitespace, breadth and seat price are worked out once per segment, size band and held products."""
    book(store)
    with store.write() as c:
        c.executemany(
            "INSERT INTO accounts (id, key, name, segment, employees, potential_users, revenue_cents) "
            "VALUES (?, ?, ?, 'Retail', ?, ?, 0)",
            [(6, "A6", "Zeta", 110, 500), (7, "A7", "Eta", 140, 40), (8, "A8", "Theta", 5000, None)],
        )
        c.executemany(
            "INSERT INTO holdings (account_id, product_id, status, seats_licensed, revenue_cents) "
            "VALUES (?, ?, 'active', ?, ?)",
            [(6, 1, 300, 0), (6, 2, 20, 0), (7, 1, 30, 0), (8, 1, 5, 0), (8, 2, 5, 0)],
        )  # Zeta holds what Alpha holds; Eta only Ads; Theta what Alpha holds, but in the biggest size band
        c.executemany(
            "INSERT INTO usage_snapshots (account_id, product_id, period, usage_value, expected_value) "
            "VALUES (?, ?, '2026-10', ?, 100)",
            [(6, 1, 10), (6, 2, 20), (7, 1, 90)],
        )
    points = {p.key: p for p in matrix_points(store)}
    alpha, zeta, eta = points["A1"], points["A6"], points["A7"]
    # same segment, band and products: the same whitespace and breadth ...
    assert (zeta.whitespace, zeta.breadth, zeta.products) == (alpha.whitespace, alpha.breadth, alpha.products)
    # ... but seats, users and usage are the account's own
    assert (zeta.uncovered_users, zeta.uncovered_cents) == (200, 200 * 5_000)  # 500 users, 300 seats
    assert (alpha.uncovered_users, alpha.uncovered_cents) == (30, 30 * 5_000)
    assert zeta.intensity == pytest.approx(0.15) and alpha.intensity != zeta.intensity
    # same segment and band, other products: other whitespace, breadth and seat price
    assert {w.product for w in eta.whitespace} == {"Workspace", "Analytics", "Data Studio"}
    assert {w.product for w in alpha.whitespace} == {"Analytics", "Data Studio"}
    assert (eta.breadth, eta.held, eta.products) == (0.25, 1, frozenset({1}))
    assert (eta.uncovered_users, eta.uncovered_cents) == (10, 10 * 10_000)  # Ads is its only seat offer
    # other size band, same products: valued against a wider group (no peers of its size hold Analytics)
    theta = {w.product: (w.value_cents, w.basis, w.peers) for w in points["A8"].whitespace}
    assert theta == {"Analytics": (300_000, "segment", 3), "Data Studio": (0, "price", 0)}
    assert {w.product: w.basis for w in alpha.whitespace} == {"Analytics": "peers", "Data Studio": "price"}


def test_nps_counts_every_answer_of_a_contacts_latest_day(store) -> None:
    book(store)
    with store.write() as c:
        c.executemany(
            "INSERT INTO contacts (id, account_id, name) VALUES (?, ?, ?)",
            [(1, 1, "Ada"), (2, 1, "Bo"), (3, 2, "Cy")],
        )
        c.executemany(
            "INSERT INTO nps_answers (contact_id, answered_on, score) VALUES (?, ?, ?)",
            [
                (1, "2026-01-10", 2), (1, "2026-06-01", 10), (1, "2026-06-01", 5),  # two answers that day
                (2, "2026-03-01", 9),
                (3, "2026-02-01", 10), (3, "2026-09-01", 7),  # only the later one counts: passive
            ],
        )  # fmt: skip
    points = {p.key: p for p in matrix_points(store)}
    assert points["A1"].nps == account_nps([10, 5, 9])
    assert points["A2"].nps == 0.0
    assert points["A3"].nps is None


def test_without_usage_data_nothing_has_an_intensity(store) -> None:
    book(store)
    with store.write() as c:
        c.execute("DELETE FROM usage_snapshots")
    points = matrix_points(store)
    assert {(p.intensity, p.used_holdings) for p in points} == {(None, 0)}
    assert {p.key: p.breadth for p in points}["A1"] == 0.5


def test_the_matrix_scores_as_the_scoring_module_does(demo_store) -> None:
    """Intensity from the latest usage months and NPS from the latest answers, to the last bit."""
    usage = latest_usage(demo_store)
    held: dict[int, list[HoldingUsage]] = {}
    for account_id, product_id, revenue in demo_store.query(
        "SELECT account_id, product_id, revenue_cents FROM holdings WHERE status = 'active' ORDER BY id"
    ):
        if (account_id, product_id) in usage:
            held.setdefault(account_id, []).append(HoldingUsage(*usage[(account_id, product_id)], revenue))
    latest: dict[int, dict[int, tuple[str, list[int]]]] = {}
    for account_id, contact_id, day, score in demo_store.query(
        "SELECT c.account_id, c.id, n.answered_on, n.score "
        "FROM nps_answers n JOIN contacts c ON c.id = n.contact_id"
    ):
        known = latest.setdefault(account_id, {}).get(contact_id)
        if known is None or day > known[0]:
            latest[account_id][contact_id] = (day, [score])
        elif day == known[0]:
            known[1].append(score)
    points = matrix_points(demo_store)
    assert [p.intensity for p in points] == [intensity(held.get(p.account_id, [])) for p in points]
    assert [p.used_holdings for p in points] == [len(held.get(p.account_id, [])) for p in points]
    assert [p.nps for p in points] == [
        account_nps(s for _, scores in latest.get(p.account_id, {}).values() for s in scores) for p in points
    ]
    assert any(p.nps is not None for p in points) and any(p.intensity is not None for p in points)


def test_weighted_intensity_is_intensity_of_plain_triples() -> None:
    cases = [
        [(60.0, 100.0, 200_000), (150.0, 100.0, 100_000)],
        [(5.0, 10.0, 0), (1.0, 3.0, 0)],  # nothing paid: every holding weighs the same
        [(5.0, 0.0, 100), (-1.0, 4.0, 100), (0.1, 0.3, 7)],  # no expectation: not scored; negative usage
        [],
    ]
    for case in cases:
        assert weighted_intensity(case) == intensity(HoldingUsage(*h) for h in case)


def test_scoring_leaves_the_garbage_collector_as_it_was(store) -> None:
    book(store)
    was = gc.isenabled()
    try:
        for state in (True, False):
            (gc.enable if state else gc.disable)()
            matrix_points(store)
            assert gc.isenabled() is state
    finally:
        (gc.enable if was else gc.disable)()


def test_the_matrix_shows_the_tiers_the_user_set_the_shares_for(demo_store) -> None:
    """Tier shares changed in the settings change the tiers on the matrix as everywhere else."""
    from planner.core.matrix.account_tiers import account_tiers
    from planner.core.matrix.tiers import save_tier_shares

    before = {p.account_id: p.tier for p in matrix_points(demo_store)}
    save_tier_shares(demo_store, 0.5, 0.7)
    after = {p.account_id: p.tier for p in matrix_points(demo_store)}
    assert after == account_tiers(demo_store)
    assert sum(t == "A" for t in after.values()) < sum(t == "A" for t in before.values())


def test_the_collector_stays_paused_until_the_last_bulk_read_of_any_thread_ends() -> None:
    """Scoring on one thread and the moments on another overlap: the first to end must not switch the
    collector back on under the other, and the last leaves it as it was."""
    import threading

    from planner.core.matrix import collector

    was = gc.isenabled()
    gc.enable()
    try:
        first_in, second_in = threading.Event(), threading.Event()

        def first() -> None:
            with collector.paused():
                first_in.set()
                second_in.wait(5)

        thread = threading.Thread(target=first)
        thread.start()
        first_in.wait(5)
        with collector.paused():
            second_in.set()
            thread.join(5)  # the first pause has ended
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
