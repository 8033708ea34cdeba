"""Cell values as Excel writes them: a two-digit year pivots as Excel reads it."""

from __future__ import annotations

import pytest

from planner.core.importing import values
from tests.importing_support import import_file, small_book, write_csv


def test_two_digit_years_pivot_like_excel(store, tmp_path):
    small_book(store)
    path = write_csv(
        tmp_path / "Verträge.csv",
        [
            ["Kunde", "Produkt", "Seit", "Verlängerung"],
            # Excel's pivot: 00-29 -> 2000-2029, 30-99 -> 1930-1999.
            # 31.12.99 -> 1999-12-31 (not 2099); 1.2.29 -> 2029-02-01; 1.1.30 -> 1930-01-01.
            ["ACC-00002", "P-CONNECT", "31.12.99", "1.2.29"],
            ["ACC-00003", "P-CONNECT", "1.1.30", "31/12/00"],
        ],
    )
    import_file(store, path)
    assert store.query(
        "SELECT account_id, since, renewal_date FROM holdings WHERE account_id > 1 ORDER BY account_id"
    ) == [(2, "1999-12-31", "2029-02-01"), (3, "1930-01-01", "2000-12-31")]


@pytest.mark.parametrize(
    ("cell", "iso"),
    [
        ("31.12.99", "1999-12-31"),
        ("01.01.29", "2029-01-01"),
        ("1.1.30", "1930-01-01"),
        ("12/31/75", "1975-12-31"),
    ],
)
def test_parse_date_pivots_two_digit_years(cell, iso):
    assert values.parse_date(cell, day_first=not cell.startswith("12/")) == iso
    assert values.pivot_year(int(iso[2:4])) == int(iso[:4])
