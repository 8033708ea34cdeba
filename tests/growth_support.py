"""A small book for the whitespace, segment and smart list tests, with values worked out by hand."""

from __future__ import annotations


def growth_book(store) -> None:
    """Products Ads (price 100 €), Analytics (no price), Workspace (50 €). Retail, 50-249 employees: P1-P3
    hold Analytics for 1,000 / 3,000 / 2,000 € (median 2,000 €); Target holds Ads, tests Workspace;
    Office (10 employees, another segment) holds nothing, and only Ads is relevant for its segment."""
    with store.write() as c:
        c.executemany(
            "INSERT INTO products (id, key, name, price_cents, unit) VALUES (?, ?, ?, ?, ?)",
            [(1, "ADS", "Ads", 10_000, "licence"), (2, "WS", "Workspace", 5_000, "licence"),
             (3, "AN", "Analytics", 0, "licence")],
        )  # fmt: skip
        c.executemany(
            "INSERT INTO accounts (id, key, name, segment, industry, country, employees, revenue_cents, "
            "owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (1, "P1", "Peer One", "Retail", "Trade", "DE", 100, 180_000, "Anna"),
                (2, "P2", "Peer Two", "Retail", "Trade", "AT", 200, 300_000, "Ben"),
                (3, "P3", "Peer Three", "Retail", "Food", "DE", 60, 200_000, "Anna"),
                (4, "T", "=Target", "Retail", "Food", "DE", 120, 50_000, "Ben"),
                (5, "O", "Office", "Office", "Services", "CH", 10, 0, "Anna"),
            ],
        )
        c.executemany(
            "INSERT INTO holdings (account_id, product_id, status, revenue_cents) VALUES (?, ?, ?, ?)",
            [(1, 3, "active", 100_000), (2, 3, "active", 300_000), (3, 3, "active", 200_000),
             (1, 1, "active", 80_000), (4, 1, "active", 50_000), (4, 2, "trial", 0)],
        )  # fmt: skip
        c.executemany(
            "INSERT INTO usage_snapshots (account_id, product_id, period, usage_value, expected_value) "
            "VALUES (?, ?, ?, ?, ?)",
            [(4, 1, "2026-10", 80, 100), (1, 1, "2026-10", 90, 100), (1, 3, "2026-10", 90, 100)],
        )
        c.execute(
            "INSERT INTO contacts (account_id, name, email, influence) "
            "VALUES (4, 'Uma User', 'u@t.de', 'user')"
        )
        c.execute(
            "INSERT INTO contacts (account_id, name, email, influence) "
            "VALUES (4, 'Dora Decider', 'd@t.de', 'decision_maker')"
        )
        c.execute("INSERT INTO segment_products VALUES ('Office', 1)")
