"""Whitespace has one definition (planner.core.matrix.matrix): the matrix point's whitespace is the Growth
grid's whitespace cells, and a product in trial is neither whitespace nor held on either."""

from __future__ import annotations

from planner.core.growth.whitespace import whitespace_grid
from planner.core.matrix.matrix import matrix_points


def test_every_demo_account_has_the_same_whitespace_on_the_matrix_and_the_grid(demo_store) -> None:
    points = matrix_points(demo_store)
    grid = whitespace_grid(demo_store, points)
    trials = demo_store.query("SELECT account_id, product_id FROM holdings WHERE status = 'trial'")
    assert trials  # the demo book has trials: the case that differed
    for point, row in zip(points, grid.rows, strict=True):
        cells = {
            product.id: cell.value_cents
            for product, cell in zip(grid.products, row.cells, strict=True)
            if cell.state == "whitespace"
        }
        assert {w.product_id: w.value_cents for w in point.whitespace} == cells, point.key
        assert sum(cells.values()) == row.whitespace_cents
    in_trial = {(p.account_id, w.product_id) for p in points for w in p.in_trial}
    assert in_trial and in_trial <= set(trials)
    assert not {(p.account_id, w.product_id) for p in points for w in p.whitespace} & set(trials)


def test_a_trial_is_no_whitespace_and_adds_nothing_to_the_potential(store) -> None:
    with store.write() as c:
        c.executemany(
            "INSERT INTO products (id, key, name, price_cents, unit) VALUES (?, ?, ?, ?, 'licence')",
            [(1, "ADS", "Ads", 10_000), (2, "WS", "Workspace", 5_000)],
        )
        c.execute("INSERT INTO accounts (id, key, name, revenue_cents) VALUES (1, 'A', 'Alpha', 10000)")
        c.executemany(
            "INSERT INTO holdings (account_id, product_id, status, revenue_cents) VALUES (1, ?, ?, ?)",
            [(1, "active", 10_000), (2, "trial", 0)],
        )
    (point,) = matrix_points(store)
    # Workspace is in trial: nobody pays for it, so it is worth its list price, 5,000, as a trial;
    # whitespace is nothing, and so is the potential
    assert point.whitespace == () and point.potential_cents == 0
    assert [(w.product, w.value_cents, w.basis) for w in point.in_trial] == [("Workspace", 5_000, "price")]
    (row,) = whitespace_grid(store, [point]).rows
    assert [c.state for c in row.cells] == ["held", "trial"] and row.whitespace_cents == 0
    assert row.cells[1].value_cents == 5_000
