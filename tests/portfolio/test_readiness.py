"""Which data a portfolio has, as the views ask before they show figures ("no holdings yet")."""

from __future__ import annotations

import pytest

from planner.core.portfolio.readiness import DATA, NEEDS, WORKSPACES, is_empty, missing, present
from planner.core.store.store import Store
from tests.importing_support import small_book


def test_a_new_portfolio_has_none_of_the_data(store: Store) -> None:
    assert is_empty(store)
    assert present(store) == dict.fromkeys(DATA, False)
    assert missing(store, NEEDS["matrix"]) == ["accounts", "products", "holdings", "usage_snapshots"]


def test_a_small_book_lacks_only_what_it_has_no_row_of(store: Store) -> None:
    small_book(store)  # accounts, products, a contact, a holding, usage, revenue, an NPS answer, a touch
    assert not is_empty(store)
    assert [t for t, there in present(store).items() if not there] == [
        "signals", "survey_responses", "opportunities",
    ]  # fmt: skip
    assert missing(store, NEEDS["matrix"]) == [] and missing(store, NEEDS["goals"]) == ["opportunities"]


def test_every_need_is_portfolio_data_and_an_unknown_table_is_refused(store: Store) -> None:
    for tables in (*NEEDS.values(), *WORKSPACES.values()):
        assert set(tables) <= set(DATA)
    with pytest.raises(ValueError, match="not portfolio data"):
        present(store, ["accounts; DROP TABLE accounts"])
