"""The stored score inputs: every write keeps them equal to what the book says, and the matrix reads them only
where they are current."""

from __future__ import annotations

import sqlite3

import pytest

from planner.core.matrix.matrix import matrix_points
from planner.core.portfolio import changes
from planner.core.store import schema, score_inputs
from planner.core.store.store import Store, open_portfolio


def stored(store: Store) -> list[tuple]:
    return store.query(f"SELECT account_id, {', '.join(score_inputs.COLUMNS)} FROM score_inputs ORDER BY 1")


def computed(store: Store) -> list[tuple]:
    return store.query(score_inputs.select_sql() + " ORDER BY 1")


def normal(rows: list[tuple]) -> list[tuple]:
    """The rows with the held products as a set (group_concat's order is SQLite's choice)."""
    return [(row[0], frozenset((row[1] or "").split(",")), *row[2:]) for row in rows]


def peers(store: Store) -> list[tuple]:
    return store.query("SELECT * FROM peer_revenues ORDER BY holding_id")


def peers_computed(store: Store) -> list[tuple]:
    band = score_inputs.band_sql("a.employees")
    return store.query(
        f"SELECT h.id, coalesce(a.segment, ''), {band}, h.product_id, h.revenue_cents FROM holdings h "
        "JOIN accounts a ON a.id = h.account_id WHERE h.status = 'active' AND h.revenue_cents > 0 "
        "ORDER BY h.id"
    )


def account_with(store: Store, sql: str) -> int:
    return int(store.scalar(sql))


WRITES: dict[str, str] = {  # what a write does, as SQL
    "usage of the latest month changes": (
        "UPDATE usage_snapshots SET usage_value = usage_value * 3 "
        "WHERE period = (SELECT max(period) FROM usage_snapshots) AND account_id IN (1, 2, 3)"
    ),
    "a holding is cancelled": (
        "UPDATE holdings SET status = 'cancelled' "
        "WHERE id = (SELECT min(id) FROM holdings WHERE status = 'active')"
    ),
    "a holding's revenue changes": (
        "UPDATE holdings SET revenue_cents = revenue_cents * 5 + 100000 "
        "WHERE id = (SELECT min(h.id) FROM holdings h "
        "JOIN score_inputs s ON s.account_id = h.account_id AND s.used >= 2 JOIN usage_snapshots u "
        "ON u.account_id = h.account_id AND u.product_id = h.product_id AND u.period = "
        "(SELECT max(period) FROM usage_snapshots) AND u.expected_value > 0 WHERE h.status = 'active')"
    ),
    "a holding is deleted": ("DELETE FROM holdings WHERE account_id = 5"),
    "a holding is bought in another region, with more seats in use": (
        "UPDATE holdings SET region = 'ZZ', seats_in_use = coalesce(seats_in_use, 0) + 500 "
        "WHERE id = (SELECT min(id) FROM holdings WHERE status = 'active')"
    ),
    "a holding's usage limit is set just above its latest usage": (
        "UPDATE holdings SET usage_limit = (SELECT u.usage_value * 1.01 FROM usage_snapshots u "
        "WHERE u.account_id = holdings.account_id AND u.product_id = holdings.product_id "
        "AND u.period = (SELECT max(period) FROM usage_snapshots)) "
        "WHERE id = (SELECT min(h.id) FROM holdings h JOIN usage_snapshots u ON u.account_id = h.account_id "
        "AND u.product_id = h.product_id AND u.period = (SELECT max(period) FROM usage_snapshots) "
        "WHERE h.status = 'active' AND u.usage_value > 0)"
    ),
    "a product is sold by the seat from now on": (
        "UPDATE products SET unit = CASE unit WHEN 'seat' THEN 'licence' ELSE 'seat' END WHERE id = 1"
    ),
    "a touch is logged": (
        "INSERT INTO touches (account_id, kind, touched_on) VALUES (6, 'call', '2030-01-01')"
    ),
    "touches are deleted": ("DELETE FROM touches WHERE account_id = 7"),
    "a detractor answers": (
        "INSERT INTO nps_answers (contact_id, answered_on, score) "
        "SELECT id, '2030-01-01', 2 FROM contacts WHERE account_id = 8 LIMIT 1"
    ),
    "contacts move to another account": (
        "UPDATE contacts SET account_id = (SELECT account_id FROM score_inputs WHERE nps < 0 LIMIT 1) "
        "WHERE account_id = (SELECT account_id FROM score_inputs WHERE nps = 100 LIMIT 1)"
    ),
    "a contact is deleted with its answers": (
        "DELETE FROM contacts WHERE id = (SELECT max(contact_id) FROM nps_answers)"
    ),
    "an account is deleted with all it holds": ("DELETE FROM accounts WHERE id = 11"),
    "an account moves to another segment and size band": (
        "UPDATE accounts SET segment = 'Neu', employees = 100000 WHERE id = 1"
    ),
    "an account is added": ("INSERT INTO accounts (key, name) VALUES ('NEU-1', 'Neu GmbH')"),
    "a new usage month arrives": (
        "INSERT INTO usage_snapshots (account_id, product_id, period, usage_value, expected_value) "
        "SELECT account_id, product_id, '2031-01', 5, 10 FROM holdings "
        "WHERE status = 'active' AND account_id = "
        "(SELECT min(account_id) FROM holdings WHERE status = 'active')"
    ),
}


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_every_write_leaves_the_stored_inputs_as_the_book_says(demo_store: Store, write: str) -> None:
    before = stored(demo_store), peers(demo_store)
    assert normal(before[0]) == normal(computed(demo_store))  # the demo starts current
    assert before[1] == peers_computed(demo_store) != []
    with demo_store.write() as conn:
        conn.execute(write)
    after = stored(demo_store), peers(demo_store)
    assert after != before  # the write changed what the scores are made of
    assert normal(after[0]) == normal(computed(demo_store))
    assert after[1] == peers_computed(demo_store)
    assert demo_store.scalar("SELECT count(*) FROM score_inputs_changed") == 0


def test_usage_rows_added_mark_their_accounts_without_a_trigger(demo_store: Store) -> None:
    account, product, month = demo_store.query(
        "SELECT u.account_id, u.product_id, u.period FROM usage_snapshots u JOIN holdings h ON "
        "h.account_id = u.account_id AND h.product_id = u.product_id AND h.status = 'active' "
        "WHERE u.period = (SELECT max(period) FROM usage_snapshots) AND u.expected_value > 0 LIMIT 1"
    )[0]
    with demo_store.write() as conn:
        conn.execute(
            "DELETE FROM usage_snapshots WHERE account_id = ? AND product_id = ?", (account, product)
        )
    before = stored(demo_store)
    with demo_store.write() as conn:
        conn.execute(
            "INSERT INTO usage_snapshots (account_id, product_id, period, usage_value, expected_value) "
            "VALUES (?, ?, ?, 0, 100)",
            (account, product, month),
        )
    assert stored(demo_store) != before
    assert normal(stored(demo_store)) == normal(computed(demo_store))


def test_a_new_month_moves_only_its_own_accounts_intensity_window(demo_store: Store) -> None:
    before = {p.account_id: p for p in matrix_points(demo_store)}
    with demo_store.write() as conn:
        conn.execute(WRITES["a new usage month arrives"])
    first = demo_store.scalar("SELECT min(account_id) FROM holdings WHERE status = 'active'")
    assert (
        demo_store.scalar("SELECT usage_month FROM score_inputs WHERE account_id = ?", (first,)) == "2031-01"
    )
    points = {p.account_id: p for p in matrix_points(demo_store)}
    # its latest three months are now 2030-11..2031-01: only 2031-01 has data, 5 of 10 expected = 50 % for
    # each holding, whatever their weights (a month without data is missing, not zero)
    assert points[first].intensity == pytest.approx(0.5)
    assert all(p.intensity == before[a].intensity for a, p in points.items() if a != first)


def test_the_matrix_reads_the_stored_inputs(demo_store: Store) -> None:
    first = matrix_points(demo_store)[0]
    with demo_store.write() as conn:  # no trigger marks a write to the stored inputs themselves
        conn.execute("UPDATE score_inputs SET nps = -100 WHERE account_id = ?", (first.account_id,))
    assert matrix_points(demo_store)[0].nps == -100.0


def test_accounts_changed_without_a_refresh_are_computed_when_read(demo_file, tmp_path) -> None:
    """A file written by another program (or a backup an erase went through) has marks and no refresh: the
    matrix computes those accounts from the book."""
    path = tmp_path / "book.sqlite"
    path.write_bytes(demo_file.read_bytes())
    raw = sqlite3.connect(path)
    raw.execute("UPDATE usage_snapshots SET usage_value = 0 WHERE account_id = 1")
    raw.execute("DELETE FROM holdings WHERE account_id = 2")
    raw.commit()
    raw.close()
    reader = open_portfolio(path, access="read")
    try:
        assert reader.scalar("SELECT count(*) FROM score_inputs_changed") == 2
        points = {p.account_id: p for p in matrix_points(reader)}
        assert points[1].intensity == 0.0 and points[2].breadth is None
        live = score_inputs.computed(reader.conn, [1, 2])
        assert live[1][score_inputs.COLUMNS.index("intensity")] == 0.0
        rows = {row[0]: row[1:] for row in score_inputs.current(reader.conn, score_inputs.COLUMNS)}
        assert rows[1] == live[1] and rows[2] == live[2] and len(rows) == reader.count("accounts")
        # every month zero, before as now: no level to fall from (score_inputs.own_usage_sql)
        assert rows[1][score_inputs.COLUMNS.index("usage_ratio")] is None
    finally:
        reader.close()


def test_undoing_a_delete_brings_the_inputs_back(demo_store: Store) -> None:
    before = normal(stored(demo_store))
    change = changes.delete(
        demo_store, "holdings", [account_with(demo_store, "SELECT min(id) FROM holdings")]
    )
    changes.apply(demo_store, change)
    assert normal(stored(demo_store)) != before
    changes.apply(demo_store, change, undo=True)
    assert normal(stored(demo_store)) == before


def test_a_book_of_the_version_before_gets_the_rule_inputs_on_opening(demo_file, tmp_path) -> None:
    """A file from before m007 (score inputs without the rules' columns, renewals indexed by day alone) is
    upgraded on opening: every account's row computed with the new columns, the renewals' index replaced."""
    path = tmp_path / "book.sqlite"
    path.write_bytes(demo_file.read_bytes())
    raw = sqlite3.connect(path)
    for column in score_inputs.COLUMNS[score_inputs.COLUMNS.index("detractors") :]:
        raw.execute(f"ALTER TABLE score_inputs DROP COLUMN {column}")
    raw.execute("DROP INDEX holdings_renewing")
    raw.execute("CREATE INDEX holdings_renewal ON holdings(renewal_date)")
    raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_rule_inputs'")
    raw.execute("PRAGMA user_version = 6")
    raw.commit()
    raw.close()
    upgraded = open_portfolio(path)
    try:
        assert upgraded.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
        assert normal(stored(upgraded)) == normal(computed(upgraded))
        assert upgraded.scalar("SELECT count(*) FROM score_inputs WHERE answers > 0") > 0
        assert upgraded.scalar("SELECT count(*) FROM score_inputs WHERE regions_bought = 1") > 0
        indexes = {r[0] for r in upgraded.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "holdings_renewing" in indexes and "holdings_renewal" not in indexes
    finally:
        upgraded.close()
