"""Server rows written into the book, inside one of sync's own transactions (local.applying).

A row the book has is updated, one it lacks inserted and linked (team_rows). An account or product the book
holds under the same key but never published is the same record: it is linked, and where its values differ
the server's stand and the book's are kept in the conflict list. A row changed here since the last sync is
merged field by field (merge.py): the newer change wins each field both changed."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from planner.core.team import local
from planner.core.team.merge import Lost, Side, merge
from planner.core.team.rows import Maps, Row, Shapes, describe, local_account
from planner.core.team.tables import KEYS, REFERENCES, THROUGH, has_uuid

_MATCHED_BY_KEY = ("accounts", "products")  # records a person names by their key, in the book and the team


@dataclass
class ServerRow:
    table: str
    row: Row  # canonical
    version: int
    changed_at: str  # local.utc_text of updated_at
    changed_by: str

    @classmethod
    def of(cls, shapes: Shapes, table: str, row: Row) -> ServerRow:
        """A row as the server gives it (by column name, with its version, when and who)."""
        return cls(table, shapes.canonical_from_server(table, row), int(row["row_version"]),
                   local.utc_text(row["updated_at"]), str(row["updated_by"]))  # fmt: skip


@dataclass
class Applied:
    written: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # rows whose parent the book lacks


class BookWriter:
    """Writes server rows into the book for one transaction; `base` fetches a row as it was at a version."""

    def __init__(self, conn: sqlite3.Connection, shapes: Shapes, maps: Maps, me: str, base: Any) -> None:
        self.conn, self.shapes, self.maps, self.me, self.base = conn, shapes, maps, me, base
        self.applied = Applied()

    # --- one row ----------------------------------------------------------------------------------------
    def write(self, item: ServerRow, owner_role: str | None = None) -> int | str | None:
        """Write one server row; the local key it has (None when skipped)."""
        table, canon = item.table, item.row
        values = self.shapes.book_from_canonical(table, canon, self.maps)
        missing = [
            column
            for column, referenced in REFERENCES[table].items()
            if canon.get(column) is not None and values.get(column) is None and column in values
        ]
        if any(
            column in KEYS[table] or column in ("account_id", "contact_id", "touch_id", "qbr_id")
            for column in missing
        ):
            self.applied.skipped.append(f"{table} {describe(table, canon)}")
            return None
        dead = str(canon["id"]) if has_uuid(table) else _key_of(table, values)
        if self.maps.deleted_here(table, dead):
            return None  # deleted here since: the deletion is published next
        key = self._existing_key(table, canon, values)
        if key is not None and self.maps.version(table, key) == item.version:
            return key  # the book has this version already (it published it)
        if key is None:
            key = self._insert(table, canon, values)
        else:
            pending = self.conn.execute(
                "SELECT changed_at FROM team_outbox WHERE table_name = ? AND local_key = ?", (table, str(key))
            ).fetchone()
            if pending is not None:
                values = self._merged(item, key, pending[0])
            self._update(table, key, values)
        self._link(table, key, canon, item.version)
        if table == "accounts" and owner_role is not None:
            self.conn.execute(
                "INSERT OR REPLACE INTO team_accounts (account_id, owner_role, writable) VALUES (?, ?, ?)",
                (key, owner_role, int(owner_role == self.me)),
            )
        self.applied.written[table] = self.applied.written.get(table, 0) + 1
        return key

    def _existing_key(self, table: str, canon: Row, values: Row) -> int | str | None:
        if has_uuid(table):
            found = self.maps.local(table, canon["id"])
            if found is not None:
                return found
            if table in _MATCHED_BY_KEY:
                return self._adopt(table, canon)
            return self._same_unpublished(table, values)
        key = _key_of(table, values)
        where = " AND ".join(f"{column} IS ?" for column in KEYS[table])
        exists = self.conn.execute(f"SELECT 1 FROM {table} WHERE {where}", local.key_values(table, key))
        return key if exists.fetchone() else None

    def _adopt(self, table: str, canon: Row) -> int | None:
        """The book's never-published record with the server row's key: linked as one record."""
        found = self.conn.execute(f"SELECT id FROM {table} WHERE key = ?", (canon["key"],)).fetchone()
        mine = None if found is None else local.read_row(self.conn, table, found[0])
        if mine is None:
            return None
        local_id = int(mine["id"])
        if (self.maps.version(table, local_id) or 0) > 0:
            return None  # linked to another server row: the key moved; the server's unique key decides
        self.maps.add(table, local_id, str(canon["id"]))
        theirs = self.shapes.canonical_from_book(table, mine, self.maps, None)
        _, lost = merge(None, Side(canon, "1", "team"), Side(theirs, "", self.me), skip=("id",))
        self.keep(table, canon, lost, "published before", origin=f"adopt:{table}:{canon['id']}")
        return local_id

    def _same_unpublished(self, table: str, values: Row) -> int | None:
        """The book's never-published row with every value equal (the same file imported on two laptops
        of one user): linked instead of doubled."""
        anchor = "account_id" if "account_id" in values else THROUGH[table][0] if table in THROUGH else None
        if anchor is None or values.get(anchor) is None:
            return None
        where = " AND ".join(f"t.{column} IS ?" for column in values)  # the parent's index finds the few
        found = self.conn.execute(
            f"SELECT t.id FROM {table} t WHERE t.{anchor} = ? AND {where} AND NOT EXISTS (SELECT 1 FROM "
            f"team_rows r WHERE r.table_name = '{table}' AND r.local_key = CAST(t.id AS TEXT) "
            "AND r.row_version > 0) LIMIT 1",
            [values[anchor], *values.values()],
        ).fetchone()
        return None if found is None else int(found[0])

    def _merged(self, item: ServerRow, key: int | str, changed_at: str) -> Row:
        table = item.table
        mine_row = self.read(table, key)
        assert mine_row is not None
        account = local_account(self.conn, table, mine_row)
        mine = self.shapes.canonical_from_book(
            table, mine_row, self.maps, self.maps.uuid("accounts", account)
        )
        version = self.conn.execute(
            "SELECT row_version FROM team_rows WHERE table_name = ? AND local_key = ?", (table, str(key))
        ).fetchone()
        base = self.base(table, version[0]) if version and version[0] else None
        merged, lost = merge(
            base,
            Side(mine, changed_at, self.me),
            Side(item.row, item.changed_at, item.changed_by),
            skip=(*KEYS[table], "account_id"),
        )
        self.keep(table, item.row, lost, "newer change", origin=f"{table}:{key}:{item.version}")
        if merged == item.row:  # nothing of ours left to publish
            self.conn.execute(
                "DELETE FROM team_outbox WHERE table_name = ? AND local_key = ?", (table, str(key))
            )
        return self.shapes.book_from_canonical(table, merged, self.maps)

    def key_of(self, table: str, server_key: Row) -> int | str | None:
        """The local key of the row the server knows by `server_key` (None when the book lacks it)."""
        if table not in KEYS:
            return None
        if has_uuid(table):
            return self.maps.local(table, server_key["id"])
        values = self.shapes.book_from_canonical(table, server_key, self.maps)
        if any(values.get(column) is None for column in KEYS[table]):
            return None
        return local.local_key(table, [values[column] for column in KEYS[table]])

    def insert_new(self, table: str, canon: Row) -> int | str | None:
        """A row made elsewhere and not yet on the server, into the book as a change of its own."""
        values = self.shapes.book_from_canonical(table, canon, self.maps)
        if any(values.get(column) is None for column in REFERENCES[table] if canon.get(column) is not None):
            return None
        key = self._insert(table, canon, values)
        self._link(table, key, canon, 0)
        self.conn.execute(
            "INSERT OR REPLACE INTO team_outbox VALUES (?, ?, ?)", (table, str(key), local.now_utc())
        )
        return key

    def update_from(self, table: str, key: int | str, canon: Row) -> None:
        self._update(table, key, self.shapes.book_from_canonical(table, canon, self.maps))

    # --- writing ----------------------------------------------------------------------------------------
    def _insert(self, table: str, canon: Row, values: Row) -> int | str:
        columns = list(values)
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [values[column] for column in columns],
        )
        if has_uuid(table):
            assert cursor.lastrowid is not None
            self.maps.add(table, cursor.lastrowid, str(canon["id"]))
            return cursor.lastrowid
        return local.local_key(table, [values[column] for column in KEYS[table]])

    def _update(self, table: str, key: int | str, values: Row) -> None:
        columns = [column for column in values if column not in KEYS[table]]
        if not columns:
            return
        self.conn.execute(
            f"UPDATE {table} SET {', '.join(f'{column} = ?' for column in columns)} "
            f"WHERE {local.key_where(table)}",
            [values[column] for column in columns] + local.key_values(table, str(key)),
        )

    def _link(self, table: str, key: int | str, canon: Row, version: int) -> None:
        server_id = str(canon["id"]) if has_uuid(table) else None
        if server_id is not None:
            self.maps.add(table, int(key), server_id)
        self.maps.linked(table, key, version)
        self.conn.execute(
            "INSERT OR REPLACE INTO team_rows (table_name, local_key, uuid, row_version) VALUES (?, ?, ?, ?)",
            (table, str(key), server_id, version),
        )

    def delete(self, table: str, key: int | str, deleted_by: str) -> None:
        """Delete a row the team deleted; a change made here to it since is kept in the conflict list."""
        pending = self.conn.execute(
            "SELECT 1 FROM team_outbox WHERE table_name = ? AND local_key = ?", (table, str(key))
        ).fetchone()
        row = self.read(table, key)
        if row is not None and pending is not None:
            lost = [Lost("*", json.dumps(row, ensure_ascii=False, default=str), None, self.me, deleted_by)]
            self.keep(table, row, lost, "deleted", origin=f"deleted:{table}:{key}")
        self.conn.execute(
            f"DELETE FROM {table} WHERE {local.key_where(table)}",
            local.key_values(table, str(key)),
        )
        self.conn.execute("DELETE FROM team_rows WHERE table_name = ? AND local_key = ?", (table, str(key)))
        self.conn.execute("DELETE FROM team_outbox WHERE table_name = ? AND local_key = ?", (table, str(key)))
        if has_uuid(table):
            self.maps.forget(table, int(key))

    def read(self, table: str, key: int | str) -> Row | None:
        return local.read_row(self.conn, table, key)

    def keep(self, table: str, record: Row, lost: list[Lost], reason: str, origin: str) -> None:
        """Values that lost into the conflict list (each once); shown to their author."""
        account = self._account_of(table, record)
        for item in lost:
            self.conn.execute(
                "INSERT OR IGNORE INTO team_conflicts (origin, author, found_at, table_name, account_key, "
                "account_name, record, field, kept_value, winning_value, winner, reason) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    f"{origin}:{item.field}",
                    item.author,
                    local.now_utc(),
                    table,
                    account[0],
                    account[1],
                    describe(table, record),
                    item.field,
                    _text(item.kept_value),
                    _text(item.winning_value),
                    item.winner,
                    reason,
                ),
            )

    def _account_of(self, table: str, record: Row) -> tuple[str | None, str | None]:
        if table == "accounts":
            return record.get("key"), record.get("name")
        account = record.get("account_id")
        local_id = self.maps.local("accounts", account) if isinstance(account, str) else account
        if local_id is None:
            return None, None
        found = self.conn.execute("SELECT key, name FROM accounts WHERE id = ?", (local_id,)).fetchone()
        return (found[0], found[1]) if found else (None, None)


def _key_of(table: str, values: Row) -> str:
    return local.local_key(table, [values.get(column) for column in KEYS[table]])


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
