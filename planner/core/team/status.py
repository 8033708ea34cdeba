"""What a book connected to a team shows its user: the server, the last sync, what waits to be published,
the conflicts to look at, and which accounts are read-only copies of another member's.

Marking a conflict resolved is not a `portfolio.changes.Change` (those replace rows of the portfolio's
own tables and are published by sync); it is a flag of the user's conflict list: `resolve_conflict`
sets it and `reopen_conflict` takes it back, which is what the UI's undo step calls."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.core.team import local

if TYPE_CHECKING:
    from planner.core.store.book import Store


@dataclass(frozen=True)
class TeamStatus:
    url: str
    user: str
    last_sync_at: str  # ISO UTC ("2026-12-08T09:15:02.114Z"), "" before the first sync
    pending_changes: int
    open_conflicts: int
    read_only_accounts: int
    accounts: int


@dataclass(frozen=True)
class Conflict:
    id: int
    found_at: str  # ISO UTC
    account_key: str
    account_name: str
    table_name: str
    record: str
    field: str
    kept_value: str | None  # the user's value, kept here in the list
    winning_value: str | None  # the value now in the book
    winner: str  # who made it
    reason: str  # 'newer change' | 'deleted' | 'published before' | 'no longer yours'
    resolved: bool


def team_status(store: Store) -> TeamStatus | None:
    """The book's team status, None for a book of its own."""
    linked = local.link(store)
    if linked is None:
        return None
    conn = store.conn
    accounts, read_only = conn.execute(
        "SELECT count(*), coalesce(sum(writable = 0), 0) FROM team_accounts"
    ).fetchone()
    return TeamStatus(
        url=linked.url,
        user=linked.user,
        last_sync_at=local.state(conn, "last_sync_at"),
        pending_changes=local.pending_count(conn),
        open_conflicts=open_conflict_count(store, linked.user),
        read_only_accounts=int(read_only),
        accounts=int(accounts),
    )


def open_conflict_count(store: Store, user: str) -> int:
    return int(store.scalar("SELECT count(*) FROM team_conflicts WHERE author = ? AND resolved = 0", (user,)))


def list_conflicts(store: Store, user: str, include_resolved: bool = False) -> list[Conflict]:
    """The conflicts whose lost value was `user`'s, newest first."""
    rows = store.query(
        "SELECT id, found_at, coalesce(account_key, ''), coalesce(account_name, ''), table_name, record, "
        "field, kept_value, winning_value, coalesce(winner, ''), reason, resolved FROM team_conflicts "
        f"WHERE author = ? {'' if include_resolved else 'AND resolved = 0'} ORDER BY found_at DESC, id DESC",
        (user,),
    )
    found = []
    for conflict_id, found_at, key, name, table, record, field, kept, winning, winner, reason, done in rows:
        found.append(
            Conflict(
                conflict_id,
                found_at,
                key,
                name,
                table,
                record,
                field,
                kept,
                winning,
                winner,
                reason,
                bool(done),
            )  # fmt: skip
        )
    return found


def resolve_conflict(store: Store, conflict_id: int) -> bool:
    """Mark the conflict resolved; False when it was resolved already (or is not in the list)."""
    return _set_resolved(store, conflict_id, True)


def reopen_conflict(store: Store, conflict_id: int) -> bool:
    """Undo `resolve_conflict`: the conflict is open again."""
    return _set_resolved(store, conflict_id, False)


def _set_resolved(store: Store, conflict_id: int, resolved: bool) -> bool:
    with store.write() as conn:
        cursor = conn.execute(
            "UPDATE team_conflicts SET resolved = ? WHERE id = ? AND resolved <> ?",
            (int(resolved), conflict_id, int(resolved)),
        )
        return cursor.rowcount > 0


def read_only_owner(store: Store, account_id: int) -> str | None:
    """The team member who owns the account when this book holds it read-only, else None."""
    value = store.scalar(
        "SELECT owner_role FROM team_accounts WHERE account_id = ? AND writable = 0", (account_id,)
    )
    return None if value is None else str(value)
