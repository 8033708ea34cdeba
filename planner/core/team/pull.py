"""What the team changed, into the book: incremental, per table by row version, resumable.

The whole pull reads one snapshot of the server (REPEATABLE READ). With one writer at a time on the server
(server_schema m002) a version not seen yet is always above the highest one seen, so each table's highest
version read is where its next pull begins. The book stores it in the same transaction as the rows of the
batch: a dropped connection loses at most the batch in flight, and the next pull goes on from there.

Accounts come whole: one the user may read now but the book lacks (new, shared, handed over to them) is
fetched with everything hanging on it, whatever its versions; one the book has but the user may no longer
read (handed over to another, no longer shared, deleted) is reported as gone and left to sync, which
first saves what was changed here. Deletions come from the change log."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from planner.core.team import local, server_schema, settings
from planner.core.team.apply import BookWriter, ServerRow
from planner.core.team.bulk import Bulk
from planner.core.team.rows import Maps, Shapes
from planner.core.team.tables import ACCOUNT_TABLES, account_column

if TYPE_CHECKING:
    from psycopg import Connection

    from planner.core.store.book import Store

BATCH_ROWS = 5000
ACCOUNTS_PER_FETCH = 1000
Progress = Callable[[str, int], None]  # (table, rows so far)


@dataclass
class Pulled:
    rows: dict[str, int] = field(default_factory=dict)
    deleted: int = 0
    new_accounts: int = 0
    gone: dict[str, int] = field(default_factory=dict)  # account uuid -> local id, no longer readable
    skipped: list[str] = field(default_factory=list)

    def count(self, written: dict[str, int]) -> None:
        for table, number in written.items():
            self.rows[table] = self.rows.get(table, 0) + number


class Puller:
    def __init__(
        self,
        store: Store,
        server: Connection,
        shapes: Shapes,
        me: str,
        progress: Progress | None,
        admin: bool = False,
    ) -> None:
        self.store, self.server, self.shapes, self.me, self.admin = store, server, shapes, me, admin
        self.progress = progress or (lambda table, done: None)
        self.pulled = Pulled()
        self.top = 0  # the highest row version in the pull's snapshot
        self.maps = Maps(store.conn)

    def base(self, table: str, version: int) -> dict[str, Any] | None:
        """A row as the change log keeps it at `version` (the base both sides of a merge started from)."""
        found = self.server.execute(
            "SELECT row_data FROM change_log WHERE table_name = %s AND row_version = %s", (table, version)
        ).fetchone()
        return None if found is None else dict(found[0])

    def run(self) -> Pulled:
        # the snapshot is taken while no writer is in flight (each holds the writer lock from its first
        # version to its commit): every version up to the sequence's last one is in it, later ones are above
        unlock = "SELECT pg_advisory_unlock(%s)"
        self.server.execute("SELECT pg_advisory_lock(%s)", (server_schema.WRITER_LOCK,))
        locked = True
        try:
            with self.server.transaction():
                self.server.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                found = self.server.execute(
                    "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM team_row_version"
                ).fetchone()
                self.top = int(found[0]) if found else 0
                self.server.execute(unlock, (server_schema.WRITER_LOCK,))
                locked = False
                self._read()
        finally:
            if locked and not self.server.closed:
                self.server.execute(unlock, (server_schema.WRITER_LOCK,))
        return self.pulled

    def _read(self) -> None:
        for table in ("products", "segment_products"):
            self._changed(table, known=None)
        settings.pull(self.store, self.server, self.shapes, self.me, self.admin)
        visible: dict[str, str] = dict(
            self.server.execute("SELECT id::text, owner_role FROM accounts").fetchall()
        )
        known = self._known_accounts()
        new = [uuid for uuid in visible if uuid not in known]
        self.pulled.gone = {uuid: local_id for uuid, local_id in known.items() if uuid not in visible}
        self._whole_accounts(new, visible)
        skip = set(new)
        for table, _ in ACCOUNT_TABLES:
            if known:
                self._changed(table, known=skip)
            else:  # a first pull: every account came whole, in this same snapshot
                self._skip_to_top(table)
        self._deletions()

    # --- reading --------------------------------------------------------------------------------------------
    def _rows(self, query: str, params: tuple[Any, ...]) -> Iterator[list[dict[str, Any]]]:
        from psycopg.rows import dict_row

        with self.server.cursor(row_factory=dict_row) as cursor:
            cursor.execute(query, params)
            while rows := cursor.fetchmany(BATCH_ROWS):
                yield rows

    def _known_accounts(self) -> dict[str, int]:
        rows = self.store.conn.execute(
            "SELECT r.uuid, a.account_id FROM team_accounts a JOIN team_rows r ON r.table_name = 'accounts' "
            "AND r.local_key = CAST(a.account_id AS TEXT)"
        ).fetchall()
        return {str(uuid): int(local_id) for uuid, local_id in rows}

    # --- the three ways rows arrive -------------------------------------------------------------------------
    def _changed(self, table: str, known: set[str] | None) -> None:
        """The table's rows above the version pulled last (those of `known` new accounts apart)."""
        key = f"version:{table}"
        since = int(local.state(self.store.conn, key, "0"))
        top = self.top
        if top <= since:
            return
        column = account_column(table)
        done = 0
        for rows in self._rows(
            f"SELECT * FROM {table} WHERE row_version > %s AND row_version <= %s ORDER BY row_version",
            (since, top),
        ):
            with local.applying(self.store) as conn:
                writer = BookWriter(conn, self.shapes, self.maps, self.me, self.base)
                for row in rows:
                    if known is not None and column and str(row[column]) in known:
                        continue  # fetched whole with its account
                    owner = str(row["owner_role"]) if table == "accounts" else None
                    writer.write(ServerRow.of(self.shapes, table, row), owner)
                local.set_state(conn, key, str(rows[-1]["row_version"]))
            self.pulled.count(writer.applied.written)
            self.pulled.skipped += writer.applied.skipped
            done += len(rows)
            self.progress(table, done)
        with local.applying(self.store) as conn:
            local.set_state(conn, key, str(top))

    def _skip_to_top(self, table: str) -> None:
        with local.applying(self.store) as conn:
            local.set_state(conn, f"version:{table}", str(self.top))

    def _whole_accounts(self, new: list[str], owners: dict[str, str]) -> None:
        """Accounts the book lacks, with everything hanging on them, a chunk of accounts per transaction:
        in bulk, but for an account whose key the book holds unpublished (the same record: merged)."""
        bulk = Bulk(self.store.conn, self.shapes, self.maps, self.me)
        for start in range(0, len(new), ACCOUNTS_PER_FETCH):
            chunk = new[start : start + ACCOUNTS_PER_FETCH]
            fetched: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
            for table, _ in ACCOUNT_TABLES:
                columns = bulk.columns(table)
                rows = self.server.execute(
                    f"SELECT {bulk.select(table)} FROM {table} "
                    f"WHERE {account_column(table)} = ANY(%s::uuid[])",
                    (chunk,),
                ).fetchall()
                fetched[table] = (columns, rows)
            columns, accounts = fetched["accounts"]
            key_at, id_at = columns.index("key"), columns.index("id")
            keys = [row[key_at] for row in accounts]
            here = {
                key
                for (key,) in self.store.conn.execute(
                    f"SELECT key FROM accounts WHERE key IN ({', '.join('?' for _ in keys)})", keys
                )
            }
            careful = {str(row[id_at]) for row in accounts if row[key_at] in here}
            with local.applying(self.store) as conn:
                writer = BookWriter(conn, self.shapes, self.maps, self.me, self.base)
                for table, _ in ACCOUNT_TABLES:
                    columns, rows = fetched[table]
                    account_at = columns.index(account_column(table))
                    quick = [row for row in rows if str(row[account_at]) not in careful]
                    written = bulk.write(table, columns, quick)
                    self.pulled.count({table: written} if written else {})
                    for row in rows:
                        if str(row[account_at]) in careful:
                            named = dict(zip(columns, row, strict=True))
                            owner = str(named["owner_role"]) if table == "accounts" else None
                            writer.write(ServerRow.of(self.shapes, table, named), owner)
            self.pulled.count(writer.applied.written)
            self.pulled.skipped += writer.applied.skipped
            self.pulled.new_accounts += len(chunk)
            self.progress("accounts", start + len(chunk))

    def _deletions(self) -> None:
        since = int(local.state(self.store.conn, "version:deletions", "0"))
        top = self.top
        if top <= since:
            return
        rows = self.server.execute(
            "SELECT table_name, row_key, changed_by FROM change_log WHERE operation = 'delete' "
            "AND row_version > %s AND row_version <= %s ORDER BY row_version",
            (since, top),
        ).fetchall()
        with local.applying(self.store) as conn:
            writer = BookWriter(conn, self.shapes, self.maps, self.me, self.base)
            for table, row_key, changed_by in rows:
                key = writer.key_of(table, dict(row_key))
                if key is not None and writer.read(table, key) is not None:
                    writer.delete(table, key, str(changed_by))
                    self.pulled.deleted += 1
            local.set_state(conn, "version:deletions", str(top))
