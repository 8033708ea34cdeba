"""Files built in code and a small portfolio, for the tests of planner.core.importing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from planner.core.importing import ImportRecord, Plan, detect_kind, plan_import, read, write_import
from planner.core.store.schema import TABLES
from planner.core.store.store import Store

HISTORY_TABLES = ("imports", "import_rows", "import_mappings")


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    delimiter: str = ";",
    encoding: str = "utf-8-sig",
    newline: str = "\r\n",
) -> Path:
    """Rows as Excel saves them (no quoting: put quotes into a cell yourself), CRLF and a BOM by default."""
    text = "".join(delimiter.join(row) + newline for row in rows)
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], title: str = "Export") -> Path:
    """A workbook with typed cells; an empty row is a blank row."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for number, row in enumerate(rows, 1):
        for column, value in enumerate(row, 1):
            sheet.cell(number, column, value)
    workbook.save(path)
    return path


def dump(store: Store, tables: Sequence[str] = TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the portfolio's tables, in rowid order."""
    return {t: store.query(f"SELECT rowid, * FROM {t} ORDER BY rowid") for t in tables}


def full_dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """The portfolio and its import history."""
    return dump(store, (*TABLES, *HISTORY_TABLES))


def plan_file(store: Store, path: Path, kind: str | None = None) -> Plan:
    """Read `path` as sniffed, recognise its kind (or use `kind`), plan the import."""
    from planner.core.importing import KINDS, suggest_mapping

    sheet = read(path)
    found, mapping = detect_kind(sheet.headers)
    if kind is not None:
        found, mapping = KINDS[kind], suggest_mapping(KINDS[kind], sheet.headers)
    assert found is not None, sheet.headers
    return plan_import(store, sheet, found, mapping)


def import_file(
    store: Store, path: Path, kind: str | None = None, *, skip_rejected: bool = False
) -> tuple[Plan, ImportRecord]:
    plan = plan_file(store, path, kind)
    return plan, write_import(store, plan, skip_rejected=skip_rejected)


def small_book(store: Store) -> Store:
    """Three accounts (two named "Schmidt AG", in Germany and Austria), two products, one contact, and one
    holding, usage month, quarter of revenue, NPS answer and touch of the first account."""
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO accounts (id, key, name, domain, country, city, employees, revenue_cents, owner) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (1, "ACC-00001", "Müller GmbH", "mueller.de", "DE", "München", 120, 5_000_000, "Anna"),
                (2, "ACC-00002", "Schmidt AG", "schmidt.de", "DE", "Berlin", 40, 0, "Ben"),
                (3, "ACC-00003", "Schmidt AG", None, "AT", "Wien", None, 0, "Ben"),
            ],
        )
        conn.executemany(
            "INSERT INTO products (id, key, name, price_cents) VALUES (?, ?, ?, ?)",
            [(1, "P-CONNECT", "Connect Basis", 18_000), (2, "P-CONNECT-PRO", "Connect Pro", 42_000)],
        )
        conn.execute(
            "INSERT INTO contacts (id, account_id, name, role, email) "
            "VALUES (1, 1, 'Eva Müller', 'CTO', 'eva.mueller@mueller.de')"
        )
        conn.execute(
            "INSERT INTO holdings (id, account_id, product_id, status, seats_licensed, revenue_cents) "
            "VALUES (1, 1, 1, 'active', 50, 900000)"
        )
        conn.execute("INSERT INTO usage_snapshots VALUES (1, 1, '2026-10', 400.0, 500.0, 35)")
        conn.execute("INSERT INTO revenue_by_period VALUES (1, '2026-Q3', 1250000)")
        conn.execute(
            "INSERT INTO nps_answers (id, contact_id, answered_on, score) VALUES (1, 1, '2026-09-30', 9)"
        )
        conn.execute(
            "INSERT INTO touches (id, account_id, kind, touched_on, minutes, summary) "
            "VALUES (1, 1, 'call', '2026-10-01', 30, 'Erstgespräch')"
        )
    return store
