"""The handovers of accounts between key-account managers, as the team's sync brings them (team_handovers)."""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.store.store import Store


@dataclass(frozen=True, slots=True)
class Handover:
    handed_over_at: str  # ISO timestamp
    account_key: str
    account: str  # the account's name, else its key
    account_id: int | None  # the account in this book (None: not in it)
    from_owner: str  # the owner's name, else the login role
    to_owner: str
    by: str  # the login role that handed it over


def handovers(store: Store) -> list[Handover]:
    """Every handover, newest first."""
    rows = store.query(
        "SELECT h.handed_over_at, h.account_key, "
        "coalesce(nullif(h.account_name, ''), a.name, h.account_key), a.id, "
        "coalesce(nullif(h.from_owner, ''), h.from_role), coalesce(nullif(h.to_owner, ''), h.to_role), "
        "h.handed_over_by FROM team_handovers h LEFT JOIN accounts a ON a.key = h.account_key "
        "ORDER BY h.handed_over_at DESC, h.id DESC"
    )
    return [Handover(*row) for row in rows]
