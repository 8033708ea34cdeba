"""Breadth, intensity, quadrant and tiers on hand-computed cases (DOMAIN.md, seeds 000 and 003)."""

from __future__ import annotations

import pytest

from planner.core.matrix.scoring import HoldingUsage, Quadrant, breadth, intensity, pareto_tiers, quadrant


def test_breadth_of_the_seed_example_two_of_four_products_is_50_percent() -> None:
    # Google Ads and Analytics held, of Ads, Workspace, Data Studio, Analytics
    assert breadth(2, 4) == 0.5


def test_breadth_without_relevant_products_cannot_be_scored() -> None:
    assert breadth(0, 0) is None


def test_intensity_is_revenue_weighted_and_capped() -> None:
    holdings = [
        HoldingUsage(usage=80, expected=100, revenue_cents=300_00),  # 80 %
        HoldingUsage(usage=150, expected=100, revenue_cents=100_00),  # 150 % capped to 100 %
    ]
    # (300 * 0.8 + 100 * 1.0) / 400 = 0.85
    assert intensity(holdings) == pytest.approx(0.85)


def test_intensity_without_revenue_weighs_holdings_equally() -> None:
    holdings = [HoldingUsage(20, 100, 0), HoldingUsage(60, 100, 0)]
    assert intensity(holdings) == pytest.approx(0.4)


def test_intensity_without_usage_data_cannot_be_scored() -> None:
    assert intensity([]) is None
    assert intensity([HoldingUsage(10, 0, 500)]) is None


@pytest.mark.parametrize(
    ("b", "i", "expected"),
    [
        (0.2, 0.3, Quadrant.SAMPLER),
        (0.2, 0.9, Quadrant.NICHE),
        (0.8, 0.3, Quadrant.UNDERPERFORMER),
        (0.8, 0.9, Quadrant.POWER_USER),
        (0.5, 0.5, Quadrant.POWER_USER),  # at the threshold counts as high
    ],
)
def test_quadrants_at_50_50(b: float, i: float, expected: Quadrant) -> None:
    assert quadrant(b, i) is expected


def test_thresholds_are_adjustable() -> None:
    assert quadrant(0.5, 0.5, breadth_threshold=0.6, intensity_threshold=0.6) is Quadrant.SAMPLER


def test_pareto_tiers_a_makes_about_80_percent() -> None:
    values = {"big": 600, "mid": 200, "small1": 100, "small2": 60, "tiny": 40}  # total 1000
    # big (0 before) and mid (600 before < 800) are A; small1 (800 before < 950) and
    # small2 (900 before) are B; tiny (960 before) is C
    assert pareto_tiers(values) == {"big": "A", "mid": "A", "small1": "B", "small2": "B", "tiny": "C"}


def test_pareto_tiers_of_an_empty_book_are_all_c() -> None:
    assert pareto_tiers({"a": 0, "b": 0}) == {"a": "C", "b": "C"}
