"""The paths (positions per quarter) and the moves between quarters by the matrix's own definitions: the
latest position is the bubble, a trial or a cancelled product moves nobody."""

from __future__ import annotations

import pytest

from planner.core.matrix.matrix import last_two_quarters, matrix_points, movements, trajectories
from planner.core.matrix.scoring import Quadrant


def test_every_demo_path_ends_where_its_bubble_is(demo_store) -> None:
    points = {p.account_id: p for p in matrix_points(demo_store)}
    paths = trajectories(demo_store)
    ends = {a: path[-1] for a, path in paths.items()}  # each account's own current quarter
    assert len(ends) > 200  # most accounts have usage this quarter
    for account_id, end in ends.items():
        point = points[account_id]
        assert (end.breadth, end.intensity) == (point.breadth, pytest.approx(point.intensity)), point.key
    # and every scored account has its bubble as the end of its path
    assert {p.account_id for p in points.values() if p.reason is None} == set(ends)


def book(store) -> None:
    """Four products, Gamma's segment counts three of them (Ads, Workspace, Analytics). Gamma holds Ads all
    the year and tries Workspace since 2026-07; Data Studio, relevant to no segment of Gamma's, was
    cancelled in 2026-06."""
    with store.write() as c:
        c.executemany(
            "INSERT INTO products (id, key, name, price_cents, unit) VALUES (?, ?, ?, ?, ?)",
            [(1, "ADS", "Ads", 10_000, "seat"), (2, "WS", "Workspace", 5_000, "seat"),
             (3, "DS", "Data Studio", 1_000, "licence"), (4, "AN", "Analytics", 2_000, "licence")],
        )  # fmt: skip
        c.executemany(
            "INSERT INTO segment_products (segment, product_id) VALUES ('Retail', ?)", [(1,), (2,), (4,)]
        )
        c.execute(
            "INSERT INTO accounts (id, key, name, segment, employees, revenue_cents) "
            "VALUES (1, 'G', 'Gamma', 'Retail', 100, 300000)"
        )
        c.executemany(
            "INSERT INTO holdings (account_id, product_id, status, since, seats_licensed, revenue_cents) "
            "VALUES (1, ?, ?, ?, 10, ?)",
            [(1, "active", "2026-01-01", 200_000), (2, "trial", "2026-07-01", 0),
             (3, "cancelled", "2025-01-01", 100_000)],
        )  # fmt: skip
        rows = []
        for month in ("2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"):
            rows.append((1, 1, month, 80, 100))  # Ads: 80 % all along
            rows.append((1, 2, month, 100, 100))  # Workspace in trial: used fully
            rows.append((1, 3, month, 100, 100))  # Data Studio: used fully while it lasted
        c.executemany(
            "INSERT INTO usage_snapshots (account_id, product_id, period, usage_value, expected_value) "
            "VALUES (?, ?, ?, ?, ?)",
            rows,
        )


def test_a_trial_or_a_cancelled_product_moves_nobody(store) -> None:
    book(store)
    paths = trajectories(store)
    # Both quarters: Ads alone is held of the three products that count: breadth 1/3; Ads used 80 %.
    # (Counting what was used would give 2 or 3 products of 4 = 50 % or 75 %: an underperformer turned
    # power user by a trial.)
    assert [(p.quarter, p.breadth, p.intensity) for p in paths[1]] == [
        ("2026-Q2", pytest.approx(1 / 3), pytest.approx(0.8)),
        ("2026-Q3", pytest.approx(1 / 3), pytest.approx(0.8)),
    ]
    quarters = last_two_quarters(paths)
    assert quarters == ("2026-Q2", "2026-Q3")
    assert movements(paths, *quarters) == {(Quadrant.NICHE, Quadrant.NICHE): 1}  # no move
    point = matrix_points(store)[0]
    assert (paths[1][-1].breadth, paths[1][-1].intensity) == (point.breadth, pytest.approx(point.intensity))
