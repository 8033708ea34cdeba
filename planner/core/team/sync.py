"""One sync of a book with its team: pull, then hand on what was caught by a handover, then push.

1. the handovers and the team's changes come in (pull.py), accounts the user may no longer read are found;
2. what was changed here on those accounts goes to their new owner, and they leave the book (handover.py);
3. what previous owners left on the user's accounts is merged in;
4. the book's changes go out (push.py);
5. conflicts found here go to the team, and those found elsewhere whose value was the user's come in.
Each step works in batches that are whole on both sides: after a dropped connection the next sync goes on
where this one stopped, and nothing is published twice or lost."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from planner.core.team import handover, local, server_schema, settings
from planner.core.team.pull import Puller
from planner.core.team.push import Pusher
from planner.core.team.rows import Shapes

if TYPE_CHECKING:
    from psycopg import Connection

    from planner.core.store.book import Store

NEEDED_MIGRATIONS = ("m002_one_writer_and_handovers", "r002_handovers_and_conflicts")


class TeamNotReady(RuntimeError):
    """The server is no team database (yet), or the book is not connected to one (or to another): `code`
    says which ("not_team", "not_connected", "other_team"), `detail` names the file or the other team."""

    def __init__(self, message: str, code: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.code, self.detail = code, detail


@dataclass
class SyncReport:
    user: str
    roles: tuple[str, ...]  # "kam", "director", "admin"
    pulled: dict[str, int] = field(default_factory=dict)
    pushed: dict[str, int] = field(default_factory=dict)
    deleted_here: int = 0
    deleted_there: int = 0
    new_accounts: int = 0
    accounts_gone: int = 0
    changes_left_for_new_owner: int = 0
    changes_merged_from_previous_owner: int = 0
    conflicts_new: int = 0
    refused: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    handovers_new: int = 0


def sync(store: Store, server: Connection, progress: Callable[[str, int], None] | None = None) -> SyncReport:
    """Bring the book and the team database level; raises psycopg.OperationalError when the connection
    drops (what was done stays done: sync again)."""
    if local.link(store) is None:
        raise TeamNotReady(f"{store.path.name} is not connected to a team", "not_connected", store.path.name)
    applied = set(server_schema.applied(server))
    if not set(NEEDED_MIGRATIONS) <= applied:
        raise TeamNotReady(
            "The server has no team database of this version: ask the team admin to run "
            "'planner team init' on it",
            "not_team",
        )
    with local.applying(store) as conn:
        local.install_triggers(conn)
    me, roles = whoami(server)
    report = SyncReport(me, roles)
    shapes = Shapes(server, store.conn)
    report.handovers_new = _handovers(store, server)

    puller = Puller(store, server, shapes, me, progress, admin="admin" in roles)
    pulled = puller.run()
    report.pulled, report.deleted_here, report.new_accounts = pulled.rows, pulled.deleted, pulled.new_accounts
    report.skipped = pulled.skipped
    report.accounts_gone = len(pulled.gone)
    report.changes_left_for_new_owner = handover.leave_changes(
        store, server, shapes, pulled.gone, me, puller.base
    )
    report.changes_merged_from_previous_owner = handover.merge_left_changes(
        store, server, shapes, me, puller.base
    )

    pushed = Pusher(store, server, shapes, me, roles, puller.base).run()
    report.pushed, report.deleted_there, report.refused = pushed.rows, pushed.deleted, pushed.refused
    report.refused += settings.push(store, server, "admin" in roles)
    report.conflicts_new = _exchange_conflicts(store, server, me)
    with local.applying(store) as conn:
        local.set_state(conn, "last_sync_at", local.now_utc())
    return report


def whoami(server: Connection) -> tuple[str, tuple[str, ...]]:
    row = server.execute(
        "SELECT session_user, pg_has_role('team_kam', 'MEMBER'), pg_has_role('team_director', 'MEMBER'), "
        "pg_has_role('team_admin', 'MEMBER')"
    ).fetchone()
    assert row is not None
    roles = tuple(name for name, member in zip(("kam", "director", "admin"), row[1:], strict=True) if member)
    return str(row[0]), roles


def _handovers(store: Store, server: Connection) -> int:
    since = int(local.state(store.conn, "handovers", "0"))
    rows = server.execute(
        "SELECT id, account_key, account_name, from_role, to_role, from_owner, to_owner, handed_over_at, "
        "handed_over_by FROM team_handovers WHERE id > %s ORDER BY id",
        (since,),
    ).fetchall()
    if not rows:
        return 0
    with local.applying(store) as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO team_handovers (server_id, account_key, account_name, from_role, to_role, "
            "from_owner, to_owner, handed_over_at, handed_over_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row[:7], local.utc_text(row[7]), row[8]) for row in rows],
        )
        local.set_state(conn, "handovers", str(rows[-1][0]))
    return len(rows)


_CONFLICT_COLUMNS = (
    "origin",
    "author",
    "winner",
    "account_key",
    "account_name",
    "table_name",
    "record",
    "field",
    "kept_value",
    "winning_value",
    "reason",
)


def _exchange_conflicts(store: Store, server: Connection, me: str) -> int:
    """Conflicts found here go to the team (their authors see them at their next sync); those found
    elsewhere whose lost value is the user's come in. The number new in the user's list."""
    columns = ", ".join(_CONFLICT_COLUMNS)
    unsent = store.query(f"SELECT id, {columns} FROM team_conflicts WHERE sent = 0")
    mine_before = int(store.scalar("SELECT count(*) FROM team_conflicts WHERE author = ?", (me,)))
    if unsent:
        with server.transaction():
            server.cursor().executemany(
                f"INSERT INTO team_conflicts ({columns}) "
                f"VALUES ({', '.join('%s' for _ in _CONFLICT_COLUMNS)}) ON CONFLICT (origin) DO NOTHING",
                [row[1:] for row in unsent],
            )
        with local.applying(store) as conn:
            conn.executemany("UPDATE team_conflicts SET sent = 1 WHERE id = ?", [(row[0],) for row in unsent])
    since = int(local.state(store.conn, "conflicts", "0"))
    rows: list[Any] = server.execute(
        f"SELECT id, {columns}, found_at FROM team_conflicts WHERE author = session_user AND id > %s "
        "ORDER BY id",
        (since,),
    ).fetchall()
    if rows:
        with local.applying(store) as conn:
            conn.executemany(
                f"INSERT OR IGNORE INTO team_conflicts ({columns}, found_at, sent) "
                f"VALUES ({', '.join('?' for _ in _CONFLICT_COLUMNS)}, ?, 1)",
                [(*row[1:-1], local.utc_text(row[-1])) for row in rows],
            )
            local.set_state(conn, "conflicts", str(rows[-1][0]))
    return int(store.scalar("SELECT count(*) FROM team_conflicts WHERE author = ?", (me,))) - mine_before
