"""Every account's tier as the app shows it: revenue plus potential ranked (tiers.rank, done by the matrix,
which knows the potential), or the tier the user set by hand."""

from __future__ import annotations

from planner.core.matrix.matrix import matrix_points
from planner.core.matrix.tiers import ranked
from planner.core.store.store import Store


def computed_tiers(store: Store) -> dict[int, str]:
    """Every account's tier from revenue and potential (Pareto), before any tier set by hand."""
    tiers = ranked(store)
    if tiers is None:
        matrix_points(store)  # ranks them
        tiers = ranked(store)
    assert tiers is not None
    return dict(tiers)


def account_tiers(store: Store) -> dict[int, str]:
    """Every account's tier as the app shows it: set by hand, else computed."""
    tiers = computed_tiers(store)
    for account_id, override in store.query(
        "SELECT id, tier_override FROM accounts WHERE tier_override IS NOT NULL"
    ):
        tiers[account_id] = override
    return tiers
