"""The hover explains breadth with the numbers the score uses: held products that count over the products
that count (those relevant to the account's segment)."""

from __future__ import annotations

from planner.core.matrix.matrix import matrix_points
from planner.core.matrix.scoring import score_portfolio
from planner.ui.matrix.matrix_panels import bubble_tooltip
from planner.ui.widgets.matrix_labels import explanation


def test_a_held_product_relevant_to_no_segment_is_not_counted_in_the_hover(store) -> None:
    with store.write() as c:
        c.executemany(
            "INSERT INTO products (id, key, name, price_cents, unit) VALUES (?, ?, ?, 100, 'licence')",
            [(1, "P1", "Ads"), (2, "P2", "Workspace"), (3, "P3", "Data Studio"), (4, "P4", "Analytics"),
             (5, "P5", "Legacy Fax")],
        )  # fmt: skip
        c.executemany(  # Retail counts four products; Legacy Fax is relevant to no segment
            "INSERT INTO segment_products (segment, product_id) VALUES ('Retail', ?)",
            [(1,), (2,), (3,), (4,)],
        )
        c.execute("INSERT INTO accounts (id, key, name, segment) VALUES (1, 'A', 'Alpha', 'Retail')")
        c.executemany(
            "INSERT INTO holdings (account_id, product_id, status, revenue_cents) VALUES (1, ?, 'active', 1)",
            [(1,), (5,)],
        )
    (point,) = matrix_points(store)
    # breadth: Ads is the one held product of the four that count: 1 / 4 = 25% (Legacy Fax counts for none)
    assert (point.held, point.relevant, point.breadth) == (1, 4, 0.25)
    assert explanation(point)[0] == "holds 1 of 4 products = 25%"
    assert "Holds 1 of 4 products = 25%" in bubble_tooltip(point, (0.5, 0.5))
    # the account page's score (score_portfolio) is the same breadth, not 2 of all 5 products = 40%
    assert score_portfolio(store, 1)[1].breadth == 0.25
