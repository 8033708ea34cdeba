"""A usage file without an expected column: intensity measures usage against the product's expected usage
(per seat or licence and month, a share of the usage limit for volume), stored and upgraded alike."""

from __future__ import annotations

import sqlite3

import pytest

from planner.core.matrix.matrix import matrix_points
from planner.core.store import schema, score_inputs
from planner.core.store.store import open_portfolio
from planner.ui.widgets.matrix_labels import not_scored
from tests.importing_support import import_file, write_csv

FILES = {
    "Kunden.csv": [["Kundennummer", "Name"], ["A1", "Alpha"], ["A2", "Beta"]],
    "Produkte.csv": [
        ["Produktnummer", "Produktname", "Einheit", "Erwartete Nutzung"],
        ["ADS", "Ads", "seat", "20"],
        ["STO", "Storage", "volume", "0,5"],
        ["FAX", "Fax", "licence", ""],
    ],
    "Vertraege.csv": [
        ["Kunde", "Produkt", "Status", "Lizenzen", "Umsatz", "Nutzungslimit"],
        ["A1", "ADS", "active", "10", "1000", ""],
        ["A1", "STO", "active", "", "3000", "1000"],
        ["A2", "FAX", "active", "5", "500", ""],
    ],
    "Nutzung.csv": [  # no expected column
        ["Kunde", "Produkt", "Monat", "Nutzung"],
        ["A1", "ADS", "2026-10", "150"],
        ["A1", "ADS", "2026-11", "170"],
        ["A1", "STO", "2026-10", "400"],
        ["A1", "STO", "2026-11", "300"],
        ["A2", "FAX", "2026-11", "40"],
    ],
}


def imported(store, folder) -> None:
    """Alpha: Ads by the seat (20 log-ins per seat and month expected, 10 seats, 1,000.00 a year) and
    Storage by volume (half the usage limit of 1,000 expected, 3,000.00); Beta: Fax by the licence, no
    expected usage anywhere. The usage file has no expected column."""
    for name, rows in FILES.items():
        import_file(store, write_csv(folder / name, rows))


def stored_intensity(store, key: str) -> float | None:
    sql = "SELECT intensity FROM score_inputs s JOIN accounts a ON a.id = s.account_id WHERE a.key = ?"
    return store.query(sql, (key,))[0][0]


# Ads: 150 + 170 = 320 used against 2 months x 20 x 10 seats = 400 expected: 80 %, weight 1,000
# Storage: 400 + 300 = 700 used against 2 months x 0.5 x 1,000 = 1,000 expected: 70 %, weight 3,000
# revenue-weighted: (0.8 x 1,000 + 0.7 x 3,000) / 4,000 = 2,900 / 4,000 = 72.5 %
ALPHA = (0.8 * 1_000 + 0.7 * 3_000) / 4_000


def test_without_an_expected_column_the_products_expected_usage_scores_the_accounts(store, tmp_path) -> None:
    imported(store, tmp_path)
    points = {p.key: p for p in matrix_points(store)}
    assert points["A1"].intensity == pytest.approx(ALPHA) and points["A1"].reason is None
    # the stored inputs (kept by the import's write) say the same
    assert stored_intensity(store, "A1") == pytest.approx(ALPHA)
    # Beta's Fax has usage but no expected usage: not scored, and the reason names the product
    assert (points["A2"].intensity, points["A2"].reason, points["A2"].unexpected) == (
        None,
        "no_expected",
        ("Fax",),
    )
    assert not_scored(points["A2"]) == "not scored: no expected usage for Fax"


def test_giving_a_product_an_expected_usage_scores_its_accounts(store, tmp_path) -> None:
    imported(store, tmp_path)
    with store.write() as c:
        c.execute("UPDATE products SET expected_usage = 10 WHERE key = 'FAX'")
    # Fax: 40 used against 10 per licence x 5 licences = 50 expected: 80 %
    assert stored_intensity(store, "A2") == pytest.approx(0.8)


def test_a_book_of_the_version_before_is_scored_on_opening(store, tmp_path) -> None:
    imported(store, tmp_path)
    path = store.path
    store.close()
    raw = sqlite3.connect(path)  # as the version before left it: no trials stored, nothing measured
    raw.execute("ALTER TABLE score_inputs DROP COLUMN trying")
    raw.execute("UPDATE score_inputs SET intensity = NULL")
    raw.execute("DROP TRIGGER products_unit_marks")
    raw.execute(next(s for s in score_inputs.M006_SCORE_INPUTS if "TRIGGER products_unit_marks" in s))
    raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_expected_and_trials'")
    raw.execute("PRAGMA user_version = 8")
    raw.commit()
    raw.close()
    upgraded = open_portfolio(path)
    try:
        assert upgraded.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
        assert stored_intensity(upgraded, "A1") == pytest.approx(ALPHA)
        with upgraded.write() as c:
            c.execute("UPDATE products SET expected_usage = 10 WHERE key = 'FAX'")
        assert upgraded.scalar("SELECT count(*) FROM score_inputs WHERE intensity IS NOT NULL") == 2
    finally:
        upgraded.close()
