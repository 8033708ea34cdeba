"""Handing an account over to another KAM, and the changes caught in between.

The director hands over on the server (`hand_over`): the account's owner role and owner name change and the
handover is recorded. The previous owner's laptop, at its next sync, finds the account gone: what was
changed there and not yet published is left on the server for the new owner (`leave_changes`), and the
account leaves that book. The new owner's laptop merges those changes into its copy (`merge_left_changes`)
field by field: the newer change wins, and the value that lost goes to its author's conflict list."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from planner.core.team import local
from planner.core.team.apply import BookWriter
from planner.core.team.merge import Lost, Side, merge
from planner.core.team.rows import Maps, Row, Shapes, local_account
from planner.core.team.tables import ACCOUNT_TABLES, KEYS, THROUGH, has_uuid

if TYPE_CHECKING:
    import sqlite3

    from psycopg import Connection

    from planner.core.store.book import Store


class HandoverRefused(ValueError):
    """A handover the team database does not allow (unknown account or user, not a director)."""


@dataclass(frozen=True)
class Handover:
    account_key: str
    account_name: str
    from_role: str
    to_role: str
    to_owner: str


def hand_over(server: Connection, account_key: str, to_user: str) -> Handover:
    """Give the account `account_key` to the team member `to_user` (a director's connection)."""
    with server.transaction():
        account = server.execute(
            "SELECT id, name, owner_role, owner FROM accounts WHERE key = %s FOR UPDATE", (account_key,)
        ).fetchone()
        if account is None:
            raise HandoverRefused(f"No account with the key {account_key!r} in the team")
        member = server.execute(
            "SELECT display_name, pg_has_role(role_name, 'team_kam', 'MEMBER') FROM team_members "
            "WHERE role_name = %s",
            (to_user,),
        ).fetchone()
        if member is None or not member[1]:
            raise HandoverRefused(f"{to_user!r} is not a key-account manager of the team")
        account_id, name, from_role, from_owner = account
        server.execute(
            "UPDATE accounts SET owner_role = %s, owner = %s WHERE id = %s", (to_user, member[0], account_id)
        )
        server.execute(
            "INSERT INTO team_handovers (account_id, account_key, account_name, from_role, to_role, "
            "from_owner, to_owner) VALUES (%s, %s, %s, %s, %s, %s, %s)",
            (account_id, account_key, name, from_role, to_user, from_owner, member[0]),
        )
    return Handover(account_key, name, from_role, to_user, member[0])


# --- the previous owner's laptop ------------------------------------------------------------------------
def leave_changes(
    store: Store, server: Connection, shapes: Shapes, gone: dict[str, int], me: str, base: Any
) -> int:
    """Accounts the user may no longer read leave the book. Their changes not yet published go to the new
    owner when the account was handed over, else into the conflict list; the number of changes left."""
    if not gone:
        return 0
    handed = {
        str(account): str(to_role)
        for account, to_role in server.execute(
            "SELECT account_id::text, to_role FROM team_handovers WHERE account_id = ANY(%s::uuid[]) "
            "AND from_role = %s",
            (list(gone), me),
        )
    }
    left = 0
    for account_uuid, account_id in gone.items():
        with local.applying(store) as conn:
            maps = Maps(conn)
            changes = _changes_of(conn, shapes, maps, account_id, account_uuid)
        if changes and account_uuid in handed:
            with server.transaction():
                for table, server_key, base_version, row, changed_at in changes:
                    server.execute(
                        "INSERT INTO team_pending_changes (account_id, table_name, row_key, base_version, "
                        "row_data, changed_at) VALUES (%s, %s, %s, %s, %s, %s)",
                        (
                            account_uuid,
                            table,
                            json.dumps(server_key),
                            base_version,
                            json.dumps(row),
                            changed_at,
                        ),
                    )
            left += len(changes)
        with local.applying(store) as conn:
            writer = BookWriter(conn, shapes, Maps(conn), me, base)
            if changes and account_uuid not in handed:
                for table, _, _, row, _ in changes:
                    lost = [Lost("*", json.dumps(row, ensure_ascii=False), None, me, "")]
                    writer.keep(table, row, lost, "no longer yours", origin=f"gone:{table}:{row}")
            remove_account(conn, account_id)
    return left


def _changes_of(
    conn: sqlite3.Connection, shapes: Shapes, maps: Maps, account_id: int, account_uuid: str
) -> list[tuple[str, Row, int, Row, str]]:
    """The account's rows changed here or never published: (table, server key, base version, row, when)."""
    out = []
    for table, keys in ACCOUNT_TABLES:
        pending = dict(
            conn.execute(
                "SELECT local_key, changed_at FROM team_outbox WHERE table_name = ? "
                "AND local_key NOT LIKE '-%'",
                (table,),
            ).fetchall()
        )
        for key in [*local.unpublished(conn, table), *pending]:
            row = local.read_row(conn, table, key)
            if row is None or local_account(conn, table, row) != account_id:
                continue
            if has_uuid(table) and maps.uuid(table, int(key)) is None:
                maps.new_uuid(table, int(key))
            canon = shapes.canonical_from_book(table, row, maps, account_uuid)
            version = conn.execute(
                "SELECT row_version FROM team_rows WHERE table_name = ? AND local_key = ?", (table, key)
            ).fetchone()
            changed_at = pending.get(key) or local.now_utc()
            out.append(
                (
                    table,
                    {column: canon[column] for column in keys},
                    int(version[0]) if version else 0,
                    canon,
                    changed_at,
                )
            )
    return out


def remove_account(conn: sqlite3.Connection, account_id: int) -> None:
    """The account and all that hangs on it leave the book, with their links (inside an applying write)."""
    for table, _ in ACCOUNT_TABLES:
        if table == "accounts":
            where, params = "t.id = ?", (account_id,)
        elif table in THROUGH:
            column, parent = THROUGH[table]
            where, params = f"t.{column} IN (SELECT id FROM {parent} WHERE account_id = ?)", (account_id,)
        else:
            where, params = "t.account_id = ?", (account_id,)
        keys = [
            key
            for (key,) in conn.execute(
                f"SELECT {local.key_sql(table, 't')} FROM {table} t WHERE {where}", params
            )
        ]
        conn.executemany(
            "DELETE FROM team_rows WHERE table_name = ? AND local_key = ?", [(table, key) for key in keys]
        )
        conn.executemany(
            "DELETE FROM team_outbox WHERE table_name = ? AND local_key = ?", [(table, key) for key in keys]
        )
    conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))


# --- the new owner's laptop -----------------------------------------------------------------------------
def merge_left_changes(store: Store, server: Connection, shapes: Shapes, me: str, base: Any) -> int:
    """Merge the changes previous owners left on the user's accounts; the number merged."""
    from psycopg.rows import dict_row

    with server.cursor(row_factory=dict_row) as cursor:
        left = cursor.execute(
            "SELECT id::text AS id, table_name, row_key, base_version, row_data, changed_at, author "
            "FROM team_pending_changes WHERE author <> session_user ORDER BY created_at"
        ).fetchall()
    merged = 0
    for change in left:
        table, theirs = change["table_name"], dict(change["row_data"])
        with store.write() as conn:  # recorded as a change here: it is published with the next push
            maps = Maps(conn)
            writer = BookWriter(conn, shapes, maps, me, base)
            key = writer.key_of(table, dict(change["row_key"]))
            row = writer.read(table, key) if key is not None else None
            author, at = str(change["author"]), local.utc_text(change["changed_at"])
            if row is None or key is None:
                writer.insert_new(table, theirs)
            else:
                account = local_account(conn, table, row)
                mine = shapes.canonical_from_book(table, row, maps, maps.uuid("accounts", account))
                since = _changed_at(conn, server, table, key, mine)
                was = base(table, change["base_version"]) if change["base_version"] else None
                result, lost = merge(
                    was, Side(theirs, at, author), Side(mine, since, me), skip=(*KEYS[table], "account_id")
                )
                writer.keep(table, mine, lost, "newer change", origin=f"left:{change['id']}")
                writer.update_from(table, key, result)
        with server.transaction():
            server.execute("DELETE FROM team_pending_changes WHERE id = %s", (change["id"],))
        merged += 1
    return merged


def _changed_at(conn: sqlite3.Connection, server: Connection, table: str, key: int | str, row: Row) -> str:
    """When the user's copy of a row last changed: here (not yet published) or on the server."""
    pending = conn.execute(
        "SELECT changed_at FROM team_outbox WHERE table_name = ? AND local_key = ?", (table, str(key))
    ).fetchone()
    if pending:
        return str(pending[0])
    found = server.execute(
        f"SELECT updated_at FROM {table} WHERE {local.key_where(table, '%s')}",
        [row[column] for column in KEYS[table]],
    ).fetchone()
    return local.utc_text(found[0]) if found else ""
