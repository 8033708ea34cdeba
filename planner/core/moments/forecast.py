"""The forecast per calendar quarter (issue 21): the open opportunities by the quarter of their expected close
date, their value and that value weighted by the chance to win from their stage, and what was won.

The weights are the stage weights (stage_weights.py): the one chance to win per stage of the book, which the
goal funnel's cover uses too; by default the history's, adjustable per stage, won 100 %, lost 0 %.

Buckets, in this order: "overdue" (open ones whose close date has passed, whatever quarter it was in),
"earlier" (only when the first quarter shown lies after today's: open ones closing before it), one per
quarter from the first (today's quarter unless given), "later" (closing after the last quarter shown) and
"undated" (no close date: imported without one or made before close dates existed). Lost ones count nowhere.
Won ones count in the bucket of their close date (none in "overdue": a won one is not late).

Rounding: the weighted value is rounded to whole cents once per bucket (the sum of value x weight over its
opportunities), not per opportunity, so it is one SQL aggregate by stage however large the book."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from planner.core.moments.opportunities import OPEN_STAGES
from planner.core.moments.stage_weights import owner_clause, save_stage_weights, stage_weights
from planner.core.store.store import Store

__all__ = ["QuarterForecast", "forecast", "quarter_index", "save_stage_weights", "stage_weights"]
KINDS = ("overdue", "earlier", "quarter", "later", "undated")


@dataclass(frozen=True)
class QuarterForecast:
    key: str  # "2027-Q1" for a quarter, else the kind
    kind: str  # one of KINDS
    first_day: date | None  # the quarter's days; None for the other buckets
    last_day: date | None
    count: int  # open opportunities
    open_cents: int  # their value
    weighted_cents: int  # their value x the stage weight, rounded once for the bucket
    won_count: int  # won opportunities closing in it
    won_cents: int


def quarter_index(day: date) -> int:
    """Quarters counted from year 0: 2027-Q1 is 2027 * 4."""
    return day.year * 4 + (day.month - 1) // 3


def _quarter_days(index: int) -> tuple[date, date]:
    year, quarter = divmod(index, 4)
    first = date(year, quarter * 3 + 1, 1)
    after = date(year + 1, 1, 1) if quarter == 3 else date(year, quarter * 3 + 4, 1)
    return first, after - timedelta(days=1)


def forecast(
    store: Store,
    *,
    owner: str | None = None,
    today: date,
    quarters: int = 4,
    first: date | None = None,
) -> list[QuarterForecast]:
    """The buckets (see the module) for the opportunities of `owner`'s accounts (all with None), `quarters`
    calendar quarters from the one of `first` (default: today's)."""
    weights = stage_weights(store)
    start = quarter_index(first or today)
    end = start + max(quarters, 1) - 1
    where, params = owner_clause(owner)
    quarter = (
        "CAST(substr(o.close_on, 1, 4) AS INTEGER) * 4 + (CAST(substr(o.close_on, 6, 2) AS INTEGER) - 1) / 3"
    )
    rows = store.query(
        f"SELECT o.stage, CASE WHEN coalesce(o.close_on, '') = '' THEN NULL ELSE {quarter} END, "
        "o.close_on < ?, count(*), coalesce(sum(o.value_cents), 0) "
        "FROM opportunities AS o WHERE o.stage <> 'lost'" + where + " GROUP BY 1, 2, 3",
        (today.isoformat(), *params),
    )
    keys = ["overdue", *(["earlier"] if start > quarter_index(today) else []),
            *(f"{i // 4}-Q{i % 4 + 1}" for i in range(start, end + 1)), "later", "undated"]  # fmt: skip
    sums: dict[str, list[float]] = {key: [0, 0, 0.0, 0, 0] for key in keys}  # count, open, weighted, won
    for stage, index, passed, n, cents in rows:
        is_open = stage in OPEN_STAGES
        if index is None:
            key = "undated"
        elif is_open and passed:
            key = "overdue"
        elif index < start:
            if not is_open or "earlier" not in sums:
                continue  # won before the quarters shown; an open one here is overdue
            key = "earlier"
        elif index > end:
            key = "later"
        else:
            key = f"{index // 4}-Q{index % 4 + 1}"
        bucket = sums[key]
        if is_open:
            bucket[0] += n
            bucket[1] += cents
            bucket[2] += cents * weights.get(stage, 0.0)
        elif stage == "won":
            bucket[3] += n
            bucket[4] += cents
    found = []
    for key, (n, cents, weighted, won_n, won_cents) in sums.items():
        kind = "quarter" if "-Q" in key else key
        first_day, last_day = (
            _quarter_days(int(key[:4]) * 4 + int(key[-1]) - 1) if kind == "quarter" else (None, None)
        )
        found.append(QuarterForecast(key, kind, first_day, last_day, int(n), int(cents), round(weighted),
                                     int(won_n), int(won_cents)))  # fmt: skip
    return found
