"""What changed in the book, published to the team: in batches, each one transaction on the server and then
one in the book, so that a dropped connection leaves nothing half-published.

A row is published when it was never published or changed since (team_outbox), a deletion when the outbox
holds its tombstone. Each row is written only if the server still holds the version the book last saw
(or none); a row someone else changed meanwhile is merged first (apply.BookWriter) and published in the
next round. Rows the user may not write (an account shared with them, the catalogue for anyone but a team
admin) or that the server refuses (a key another account of the team has) stay in the book and are
reported with the database's reason."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from planner.core.team import local
from planner.core.team.apply import BookWriter, ServerRow
from planner.core.team.rows import Maps, Row, Shapes, describe_local, local_account
from planner.core.team.tables import KEYS, SYNCED_TABLES, has_uuid

if TYPE_CHECKING:
    from psycopg import Connection

    from planner.core.store.book import Store

BATCH_ROWS = 500
ROUNDS = 3
_CATALOGUE = ("products", "segment_products")


@dataclass
class Pushed:
    rows: dict[str, int] = field(default_factory=dict)
    deleted: int = 0
    refused: list[str] = field(default_factory=list)  # "table record: why", shown to the user
    merged: int = 0


@dataclass
class Outgoing:
    key: str  # local key
    row: Row  # canonical
    base: int  # the version the book last saw, 0 for a new row
    changed_at: str | None  # the outbox entry's, None for a row never published


class Pusher:
    def __init__(
        self, store: Store, server: Connection, shapes: Shapes, me: str, roles: tuple[str, ...], base: Any
    ) -> None:
        self.store, self.server, self.shapes, self.me = store, server, shapes, me
        self.admin, self.kam = "admin" in roles, "kam" in roles
        self.base = base
        self.pushed = Pushed()
        self.maps = Maps(store.conn)
        self._refused_keys: set[tuple[str, str]] = set()

    def run(self) -> Pushed:
        for table in reversed(SYNCED_TABLES):
            self._deletions(table)
        for _ in range(ROUNDS):
            conflicts = 0
            for table in SYNCED_TABLES:
                conflicts += self._publish(table)
            if not conflicts:
                break
        return self.pushed

    # --- deletions ------------------------------------------------------------------------------------------
    def _deletions(self, table: str) -> None:
        tombstones = self.store.conn.execute(
            "SELECT o.local_key, o.changed_at, r.uuid, r.local_key FROM team_outbox o JOIN team_rows r "
            "ON r.table_name = o.table_name AND r.local_key = o.local_key "
            "WHERE o.table_name = ? AND o.local_key LIKE '-%'",
            (table,),
        ).fetchall()
        if not tombstones or (table in _CATALOGUE and not self.admin):
            return
        keys = KEYS[table]
        where = local.key_where(table, "%s")
        done = []
        with self.server.transaction():
            for tombstone, changed_at, uuid, stored in tombstones:
                if uuid is not None:
                    params: list[Any] = [uuid]
                else:
                    values = dict(zip(keys, local.key_values(table, stored[1:]), strict=True))
                    server_key = self.shapes.canonical_from_book(
                        table, {**_blank(self.shapes, table), **values}, self.maps, None
                    )
                    params = [server_key.get(column) for column in keys]
                    if any(value is None for value in params):
                        done.append((tombstone, changed_at))  # its account went first, and took it along
                        continue
                self.server.execute(f"DELETE FROM {table} WHERE {where}", params)
                done.append((tombstone, changed_at))
        with local.applying(self.store) as conn:
            for tombstone, changed_at in done:
                _forget(conn, table, tombstone, changed_at)
        self.pushed.deleted += len(done)

    # --- rows -----------------------------------------------------------------------------------------------
    def _publish(self, table: str) -> int:
        """Publish the table's new and changed rows; the number found changed on the server meanwhile."""
        outgoing = self._outgoing(table)
        conflicts = 0
        for start in range(0, len(outgoing), BATCH_ROWS):
            conflicts += self._batch(table, outgoing[start : start + BATCH_ROWS])
        return conflicts

    def _outgoing(self, table: str) -> list[Outgoing]:
        conn = self.store.conn
        changed = dict(
            conn.execute(
                "SELECT local_key, changed_at FROM team_outbox WHERE table_name = ? "
                "AND local_key NOT LIKE '-%'",
                (table,),
            ).fetchall()
        )
        if not self.kam and table not in _CATALOGUE:  # a director or admin publishes no account data
            if table == "accounts" and (own := len(local.unpublished(conn, table))):
                self.pushed.refused.append(f"accounts: {own} of this book's own accounts are not published: "
                                           "only a key-account manager publishes accounts")  # fmt: skip
            keys = list(changed)
        else:
            keys = [*local.unpublished(conn, table), *changed]
        if not keys:
            return []
        if table in _CATALOGUE and not self.admin:
            for key in dict.fromkeys(keys):
                row = local.read_row(conn, table, key)
                self._refuse(table, [key], "only a team admin changes the team's catalogue", row)
            return []
        writable = {
            account for (account,) in conn.execute("SELECT account_id FROM team_accounts WHERE writable")
        }
        linked = {account for (account,) in conn.execute("SELECT account_id FROM team_accounts")}
        published = {
            int(key)
            for (key,) in conn.execute(
                "SELECT local_key FROM team_rows WHERE table_name = 'accounts' AND row_version > 0 "
                "AND local_key NOT LIKE '-%'"
            )
        }
        versions = dict(
            conn.execute(
                "SELECT local_key, row_version FROM team_rows WHERE table_name = ?", (table,)
            ).fetchall()
        )
        out = []
        with local.applying(self.store) as write:
            maps = self.maps = Maps(write)  # read afresh: links changed as earlier tables were published
            for key in dict.fromkeys(keys):
                row = local.read_row(write, table, key)
                if row is None:
                    continue
                account = local_account(write, table, row) if table not in _CATALOGUE else None
                if account is not None and account in linked and account not in writable:
                    self._refuse(table, [key], "the account is another KAM's: it is read-only here", row)
                    continue
                if table not in _CATALOGUE and table != "accounts" and account not in published:
                    continue  # its account is not published (refused, and reported): neither is this row
                if has_uuid(table) and maps.uuid(table, int(key)) is None:
                    maps.new_uuid(table, int(key))
                canon = self.shapes.canonical_from_book(table, row, maps, maps.uuid("accounts", account))
                missing = [
                    column
                    for column, value in row.items()
                    if value is not None and column in self.shapes.shared(table) and canon.get(column) is None
                ]
                if missing:
                    self._refuse(table, [key], f"{', '.join(missing)}: not published in the team yet", row)
                    continue
                out.append(Outgoing(key, canon, int(versions.get(key, 0)), changed.get(key)))
        return out

    def _batch(self, table: str, batch: list[Outgoing]) -> int:
        from psycopg import errors

        try:
            with self.server.transaction():
                results = self._upsert(table, batch)
        except (errors.IntegrityError, errors.InsufficientPrivilege, errors.DataError) as error:
            if len(batch) == 1:
                self._refuse(table, [batch[0].key], _reason(error), batch[0].row)
                return 0
            return sum(self._batch(table, [item]) for item in batch)  # find the rows refused
        written = [
            (item, version) for item, version in zip(batch, results, strict=True) if version is not None
        ]
        with local.applying(self.store) as conn:
            for item, version in written:
                conn.execute(
                    "INSERT OR REPLACE INTO team_rows (table_name, local_key, uuid, row_version) VALUES "
                    "(?, ?, ?, ?)",
                    (table, item.key, item.row.get("id") if has_uuid(table) else None, version),
                )
                if item.changed_at is not None:
                    _forget(conn, table, item.key, item.changed_at)
                if table == "accounts":
                    conn.execute(
                        "INSERT OR IGNORE INTO team_accounts (account_id, owner_role, writable) "
                        "VALUES (?, ?, 1)",
                        (int(item.key), self.me),
                    )
        self.pushed.rows[table] = self.pushed.rows.get(table, 0) + len(written)
        changed = [item for item, version in zip(batch, results, strict=True) if version is None]
        if changed:
            self._merge(table, changed)
        return len(changed)

    def _upsert(self, table: str, batch: list[Outgoing]) -> list[int | None]:
        columns = self.shapes.server_columns(table)
        keys = KEYS[table]
        updates = [column for column in columns if column not in keys]
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(f'%({c})s' for c in columns)}) "
            f"ON CONFLICT ({', '.join(keys)}) DO "
            + (
                f"UPDATE SET {', '.join(f'{c} = EXCLUDED.{c}' for c in updates)} "
                f"WHERE {table}.row_version = %(_base)s "
                if updates
                else "NOTHING "
            )
            + "RETURNING row_version"
        )
        with self.server.cursor() as cursor:
            cursor.executemany(sql, [{**item.row, "_base": item.base} for item in batch], returning=True)
            results: list[int | None] = []
            for _ in cursor.results():
                found = cursor.fetchone()
                results.append(None if found is None else int(found[0]))
            if not updates:  # a row of key columns only is there or not: there, it is published
                where = local.key_where(table, "%s")
                for index, item in enumerate(batch):
                    if results[index] is None:
                        found = cursor.execute(
                            f"SELECT row_version FROM {table} WHERE {where}",
                            [item.row[column] for column in keys],
                        ).fetchone()
                        results[index] = None if found is None else int(found[0])
        return results

    def _merge(self, table: str, changed: list[Outgoing]) -> None:
        """Rows someone changed since the book last saw them: merged into the book, published next round."""
        from psycopg.rows import dict_row

        keys = KEYS[table]
        where = local.key_where(table, "%s")
        with local.applying(self.store) as conn:
            writer = BookWriter(conn, self.shapes, Maps(conn), self.me, self.base)
            for item in changed:
                with self.server.cursor(row_factory=dict_row) as cursor:
                    row = cursor.execute(
                        f"SELECT * FROM {table} WHERE {where}", [item.row[column] for column in keys]
                    ).fetchone()
                if row is None:
                    continue
                writer.write(ServerRow.of(self.shapes, table, row))
                if item.changed_at is None:  # never published from here: the book's values stay a change
                    conn.execute(
                        "INSERT OR REPLACE INTO team_outbox VALUES (?, ?, ?)",
                        (table, item.key, local.now_utc()),
                    )
                self.pushed.merged += 1

    def _refuse(self, table: str, keys: Iterable[str], why: str, row: Row | None = None) -> None:
        for key in keys:
            if (table, key) in self._refused_keys:
                continue
            self._refused_keys.add((table, key))
            what = describe_local(self.store.conn, table, row) if row is not None else key
            self.pushed.refused.append(f"{table} {what}: {why}")


def _forget(conn: sqlite3.Connection, table: str, key: str, changed_at: str) -> None:
    """The outbox entry is published, unless the row changed again since it was read."""
    conn.execute(
        "DELETE FROM team_outbox WHERE table_name = ? AND local_key = ? AND changed_at = ?",
        (table, key, changed_at),
    )
    if key.startswith("-"):
        conn.execute("DELETE FROM team_rows WHERE table_name = ? AND local_key = ?", (table, key))


def _blank(shapes: Shapes, table: str) -> Row:
    return {column: None for column in shapes.shared(table)}


def _reason(error: Exception) -> str:
    diag = getattr(error, "diag", None)
    detail = getattr(diag, "message_detail", None) or ""
    return f"{str(error).splitlines()[0]} {detail}".strip()
