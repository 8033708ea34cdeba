"""NPS x account value (seed 002's SWOT chart): every account with NPS answers in one of four fields by its
account NPS and its yearly revenue."""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from planner.core.matrix.matrix import MatrixPoint

FIELDS = ("strengths", "opportunities", "threats", "weaknesses")
# NPS = % promoters - % detractors: the promoters' side is an NPS above the split. Passives (7-8) are no
# promoters, so an account with only passives (NPS 0) sits on the line and counts to the detractors' side,
# the side seed 002 says to win over first ("make them a promoter before asking them to act for you").
NPS_SPLIT = 0.0


@dataclass(frozen=True)
class NpsValuePoint:
    account_id: int
    key: str
    name: str
    owner: str
    tier: str
    nps: float  # % promoters - % detractors among the contacts' latest answers
    revenue_cents: int  # account value: revenue with us per year
    field: str  # one of FIELDS


@dataclass(frozen=True)
class NpsValue:
    """The accounts placed, the splits used, and the accounts left out for want of NPS answers."""

    points: tuple[NpsValuePoint, ...]
    nps_split: float
    value_split_cents: int  # a revenue at the split counts as high value
    without_nps: int

    def counts(self) -> dict[str, int]:
        counted = dict.fromkeys(FIELDS, 0)
        for point in self.points:
            counted[point.field] += 1
        return counted

    def revenue(self) -> dict[str, int]:
        """Revenue per year of the accounts in each field, in cents."""
        summed = dict.fromkeys(FIELDS, 0)
        for point in self.points:
            summed[point.field] += point.revenue_cents
        return summed


def field_of(nps: float, revenue_cents: int, nps_split: float, value_split_cents: int) -> str:
    """High value: revenue at or above the value split; promoters' side: NPS above the NPS split (an NPS on
    the split, such as passives only at 0, counts to the detractors' side)."""
    high, liked = revenue_cents >= value_split_cents, nps > nps_split
    if high:
        return "strengths" if liked else "threats"
    return "opportunities" if liked else "weaknesses"


def median_value(points: Sequence[MatrixPoint]) -> int:
    """The median yearly revenue of the accounts with an NPS (0 when none has one)."""
    values = [p.revenue_cents for p in points if p.nps is not None]
    return round(statistics.median(values)) if values else 0


def nps_value(
    points: Sequence[MatrixPoint], nps_split: float = NPS_SPLIT, value_split_cents: int | None = None
) -> NpsValue:
    """Place the accounts (matrix_points) with NPS answers; `value_split_cents` defaults to their median
    revenue."""
    split = median_value(points) if value_split_cents is None else value_split_cents
    placed = tuple(
        NpsValuePoint(
            p.account_id,
            p.key,
            p.name,
            p.owner,
            p.tier,
            p.nps,
            p.revenue_cents,
            field_of(p.nps, p.revenue_cents, nps_split, split),
        )  # fmt: skip
        for p in points
        if p.nps is not None
    )
    return NpsValue(placed, nps_split, split, sum(1 for p in points if p.nps is None))


def by_field(data: NpsValue) -> Mapping[str, list[NpsValuePoint]]:
    """The accounts of each field, the most revenue first."""
    grouped: dict[str, list[NpsValuePoint]] = {f: [] for f in FIELDS}
    for point in sorted(data.points, key=lambda p: (-p.revenue_cents, p.name)):
        grouped[point.field].append(point)
    return grouped
