"""Segment rules over firmographics, product ownership and usage; built-in segments; relevance per segment."""

from __future__ import annotations

import pytest

from planner.core.growth.segments import (
    Condition,
    account_facts,
    matches,
    new_segment,
    parse_rules,
    rules_json,
    segment_rows,
    set_relevance,
)
from planner.core.matrix.matrix import matrix_points
from planner.core.portfolio import changes
from tests.growth_support import growth_book


@pytest.fixture
def facts(store):
    growth_book(store)
    return {f.point.key: f for f in account_facts(store)}


def keys(facts, *conditions, saved=None) -> set[str]:
    return {k for k, f in facts.items() if matches(f, conditions, saved)}


def test_holds_one_product_not_another_with_high_intensity_the_seed_example(facts) -> None:
    # Target holds Ads (used 80 of 100) and not Analytics; P1 holds both (Ads 90 %)
    rule = (Condition("holds", "", 1), Condition("lacks", "", 3), Condition("intensity", ">=", 70))
    assert keys(facts, *rule) == {"T"}
    assert (
        keys(facts, Condition("holds", "", 1), Condition("lacks", "", 3), Condition("intensity", ">=", 85))
        == set()
    )
    assert keys(facts, Condition("holds", "", 1)) == {"P1", "T"}


def test_a_trial_is_not_holding(facts) -> None:
    assert keys(facts, Condition("trial", "", 2)) == {"T"}
    assert "T" in keys(facts, Condition("lacks", "", 2))


def test_firmographic_rules_ignore_case_and_combine(facts) -> None:
    assert keys(facts, Condition("country", "is", "de")) == {"P1", "P3", "T"}
    assert keys(facts, Condition("country", "is_not", "DE"), Condition("employees", ">=", 50)) == {"P2"}
    assert keys(facts, Condition("industry", "contains", "oo")) == {"P3", "T"}
    assert keys(facts, Condition("revenue", "<=", 500)) == {"T", "O"}  # in euros
    assert keys(facts) == set(facts)  # no conditions: every account


def test_accounts_without_a_score_never_match_a_score_rule(facts) -> None:
    assert "O" not in keys(facts, Condition("intensity", "<=", 100))


def test_saved_segments_nest_and_a_loop_stops(facts) -> None:
    saved = {1: [Condition("country", "is", "DE")], 2: [Condition("in_segment", "is", 2)]}
    assert keys(facts, Condition("in_segment", "is", 1), Condition("holds", "", 3), saved=saved) == {
        "P1",
        "P3",
    }
    assert keys(facts, Condition("in_segment", "is_not", 1), saved=saved) == {"P2", "O"}
    assert keys(facts, Condition("in_segment", "is", 2), saved=saved) == set()


def test_rules_round_trip_through_json() -> None:
    rule = [Condition("holds", "", 1), Condition("intensity", ">=", 70.0), Condition("tier", "is", "A")]
    assert parse_rules(rules_json(rule)) == rule


def test_built_in_and_saved_segments_count_accounts_and_potential(store) -> None:
    growth_book(store)
    changes.apply(store, new_segment(store, "Ads users", [Condition("holds", "", 1)]))
    rows = segment_rows(store)
    assert (rows[0].name, rows[0].accounts, rows[0].account_ids) == ("Ads users", 2, (1, 4))
    by = {(r.dimension, r.value): r for r in rows}
    assert by[("segment", "Retail")].accounts == 4
    assert by[("size_band", "1")].accounts == 4  # 50-249 employees: P1 (100), P2 (200), P3 (60), T (120)
    assert by[("country", "CH")].whitespace_cents == 65_000


def test_relevant_products_are_the_matrix_breadth_and_undo_restores_them(store) -> None:
    growth_book(store)
    before = {p.key: p.relevant for p in matrix_points(store)}
    change = set_relevance(store, "Retail", [1, 3])
    changes.apply(store, change)
    assert {p.key: p.relevant for p in matrix_points(store)}["T"] == 2  # of Ads and Analytics
    assert {w.product for w in next(p for p in matrix_points(store) if p.key == "T").whitespace} == {
        "Analytics"
    }
    changes.apply(store, change, undo=True)
    assert {p.key: p.relevant for p in matrix_points(store)} == before
    assert store.query("SELECT * FROM segment_products") == [("Office", 1)]
