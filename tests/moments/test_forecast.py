"""The forecast per quarter: the open opportunities by the quarter of their close date, weighted by the
stage weights (the history's, or typed in), overdue and undated apart, won ones by their close date."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.moments.forecast import forecast, save_stage_weights, stage_weights
from planner.core.moments.stage_weights import history_weights, typed_weights
from tests.forecast_support import TODAY, forecast_book

TYPED = {"mqn": 0.4, "in_sales": 0.6}


def by_key(store, **kwargs) -> dict:
    return {b.key: b for b in forecast(store, today=TODAY, **kwargs)}


def test_the_weights_come_from_the_history_until_typed_in(store, tmp_path) -> None:
    forecast_book(store, tmp_path)
    # tests/forecast_support.py: win rate 2/3, need -> sales 6/7, raised -> need 7/9
    assert stage_weights(store) == {
        "signal": pytest.approx(4 / 9), "interest": pytest.approx(4 / 9), "nurturing": pytest.approx(4 / 9),
        "mqn": pytest.approx(4 / 7), "in_sales": pytest.approx(2 / 3), "won": 1.0, "lost": 0.0,
    }  # fmt: skip
    save_stage_weights(store, TYPED)
    weights = stage_weights(store)
    assert (weights["mqn"], weights["in_sales"]) == (0.4, 0.6)
    assert weights["signal"] == pytest.approx(4 / 9)  # not typed: still the history's


def test_each_quarter_weights_its_open_opportunities_by_stage(store, tmp_path) -> None:
    forecast_book(store, tmp_path)
    found = forecast(store, today=TODAY)
    assert [b.key for b in found] == [
        "overdue",
        "2027-Q1",
        "2027-Q2",
        "2027-Q3",
        "2027-Q4",
        "later",
        "undated",
    ]
    q1 = found[1]
    assert (q1.first_day, q1.last_day) == (date(2027, 1, 1), date(2027, 3, 31))
    # Q1 2027 by the history: 10,000 € at MQN x 4/7 + 5,000 € in sales x 2/3 = 5,714.29 € + 3,333.33 €
    # = 9,047.62 €, rounded once for the quarter
    assert (q1.count, q1.open_cents, q1.weighted_cents) == (2, 1_500_000, 904_762)
    assert (q1.won_count, q1.won_cents) == (1, 700_000)  # VC-5, won 20.01.2027
    save_stage_weights(store, TYPED)
    q1 = by_key(store)["2027-Q1"]
    # the example: 10,000 € at MQN with 40 % + 5,000 € in sales at 60 % = 7,000 € in Q1 2027
    assert q1.weighted_cents == 700_000
    save_stage_weights(store, {**TYPED, "mqn": 0.5})
    assert by_key(store)["2027-Q1"].weighted_cents == 800_000  # 5,000 € + 3,000 €


def test_overdue_later_and_undated_are_buckets_of_their_own(store, tmp_path) -> None:
    forecast_book(store, tmp_path)
    save_stage_weights(store, {"signal": 0.1, "interest": 0.2, **TYPED})
    buckets = by_key(store)
    # VC-4: interest, 8,000 €, due 01.02.2027, today 10.02.2027: overdue (though in Q1), 8,000 € x 20 %
    assert (buckets["overdue"].count, buckets["overdue"].weighted_cents) == (1, 160_000)
    # VC-3: in sales, 20,000 € in May: Q2 12,000 €; nothing in Q3, Q4
    assert buckets["2027-Q2"].weighted_cents == 1_200_000
    assert buckets["2027-Q3"].count == buckets["2027-Q4"].count == 0
    # VC-8: in sales, 30,000 € in June 2028, after the four quarters shown
    assert (buckets["later"].open_cents, buckets["later"].weighted_cents) == (3_000_000, 1_800_000)
    # VC-7: signal, 4,000 €, no close date: 400 €
    assert (buckets["undated"].count, buckets["undated"].weighted_cents) == (1, 40_000)
    # Lost VC-6 (9,000 €) and VC-9, won before Q1 2027 (12,000 €), are nowhere
    assert (
        sum(b.open_cents for b in buckets.values()) == 1_500_000 + 800_000 + 2_000_000 + 3_000_000 + 400_000
    )
    assert sum(b.won_cents for b in buckets.values()) == 700_000


def test_one_owners_forecast_and_a_goals_period(store, tmp_path) -> None:
    forecast_book(store, tmp_path)
    save_stage_weights(store, TYPED)
    bens = by_key(store, owner="Ben")  # Schmidt AG: VC-3, VC-4, VC-6, VC-8, VC-9
    assert (bens["2027-Q1"].count, bens["2027-Q2"].weighted_cents, bens["overdue"].count) == (0, 1_200_000, 1)
    # The quarters of a goal for 2028, seen on 10.02.2027: what closes before it is "earlier"
    ahead = forecast(store, today=TODAY, first=date(2028, 1, 1), quarters=4)
    assert [b.key for b in ahead] == ["overdue", "earlier", "2028-Q1", "2028-Q2", "2028-Q3", "2028-Q4",
                                      "later", "undated"]  # fmt: skip
    found = {b.key: b for b in ahead}
    assert found["earlier"].open_cents == 1_500_000 + 2_000_000  # VC-1, VC-2, VC-3 (VC-4 is overdue)
    assert found["2028-Q2"].weighted_cents == 1_800_000  # VC-8: 30,000 € x 60 %


def test_weights_are_checked_and_reset_to_the_history(store, tmp_path) -> None:
    forecast_book(store, tmp_path)
    save_stage_weights(store, TYPED)
    for wrong, message in (({"mqn": 1.5}, "mqn: a weight is a share from 0 to 1"),
                           ({"won": 0.5}, "won: a won opportunity always counts 100%"),
                           ({"qualified": 0.5}, "qualified: not a stage"),
                           ({"in_sales": "60"}, "in_sales: a weight is a share")):  # fmt: skip
        with pytest.raises(ValueError, match=message):
            save_stage_weights(store, wrong)
        assert typed_weights(store) == TYPED  # nothing stored is lost
    save_stage_weights(store, None)
    assert typed_weights(store) == {}
    assert {s: w for s, w in stage_weights(store).items() if s in history_weights(store)} == history_weights(
        store
    )


def test_a_book_without_history_weights_nothing_until_typed_in(store) -> None:
    # no opportunity closed yet: the history knows no win rate, so every open stage weighs 0 %
    assert set(history_weights(store).values()) == {0.0}
    assert [b.key for b in forecast(store, today=date(2026, 12, 7), quarters=2)] == [
        "overdue", "2026-Q4", "2027-Q1", "later", "undated"
    ]  # fmt: skip
