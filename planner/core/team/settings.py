"""The settings a team shares (tier shares, moment thresholds, readiness rules, stage weights): written by a
team admin, the same in every book of the team.

An admin's change in their book is published at their next sync. Anyone else's change stays in their book
only until the team's value changes; then the team's value stands and theirs is kept in their conflict list
(a KAM's own thresholds would make their figures differ from the director's for the same accounts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.core.team import local
from planner.core.team.apply import BookWriter
from planner.core.team.merge import Lost
from planner.core.team.rows import Maps, Shapes
from planner.core.team.tables import TEAM_SETTINGS

if TYPE_CHECKING:
    from psycopg import Connection

    from planner.core.store.book import Store

_TABLE = "team_settings"


def pull(store: Store, server: Connection, shapes: Shapes, me: str, admin: bool) -> int:
    """The team's settings changed since the last pull into the book; the number taken."""
    key = "version:team_settings"
    since = int(local.state(store.conn, key, "0"))
    rows = server.execute(
        "SELECT key, value, row_version, updated_by FROM team_settings WHERE row_version > %s "
        "AND key = ANY(%s) ORDER BY row_version",
        (since, list(TEAM_SETTINGS)),
    ).fetchall()
    if not rows:
        return 0
    taken = 0
    with local.applying(store) as conn:
        pending = {name for (name,) in conn.execute(
            "SELECT local_key FROM team_outbox WHERE table_name = ?", (_TABLE,))}  # fmt: skip
        writer = BookWriter(conn, shapes, Maps(conn), me, None)
        for name, value, version, by in rows:
            if name in pending and admin:
                continue  # the admin's own change goes out next
            if name in pending:
                mine = store.meta(name)
                writer.keep(_TABLE, {"key": name}, [Lost(name, mine, value, me, str(by))], "team setting",
                            origin=f"setting:{name}:{version}")  # fmt: skip
                conn.execute("DELETE FROM team_outbox WHERE table_name = ? AND local_key = ?", (_TABLE, name))
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (name, value))
            taken += 1
        local.set_state(conn, key, str(rows[-1][2]))
    return taken


def push(store: Store, server: Connection, admin: bool) -> list[str]:
    """An admin's changed settings to the team; for anyone else, what stays in their book only."""
    changed = store.query("SELECT local_key, changed_at FROM team_outbox WHERE table_name = ?", (_TABLE,))
    if not changed:
        return []
    if not admin:
        return [f"{_TABLE} {name}: only a team admin changes the team's settings" for name, _ in changed]
    with server.transaction():
        for name, _ in changed:
            value = store.meta(name)
            if value is not None:
                server.execute(
                    "INSERT INTO team_settings (key, value) VALUES (%s, %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                    (name, value),
                )
    with local.applying(store) as conn:
        conn.executemany(
            "DELETE FROM team_outbox WHERE table_name = ? AND local_key = ? AND changed_at = ?",
            [(_TABLE, name, at) for name, at in changed],
        )
    return []
