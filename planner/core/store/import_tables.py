"""Migration m012: what imports of signals, survey answers and opportunities store, and a country's original.

Signals get the contact they came from, the content's name and topic and the kind event_attended (a new
CHECK: SQLite rebuilds the table for it, with its indexes); a survey answer says whether it was answered
(existing rows were); opportunities get the CRM's id, the expected close date, source and owner; an account
keeps its country as the file typed it beside the normalised code. Imports of the three tables are undone by
the ids they created, as those of the others (created.py).
"""

from __future__ import annotations

import sqlite3

from planner.core.store.created import triggers

M012_TABLES = ("signals", "survey_responses", "opportunities")
SIGNAL_KINDS = ("outage", "support_ticket", "usage_limit_hit", "new_stakeholder", "content_engaged",
                "event_attended", "demo_request", "consultation_request", "price_request")  # fmt: skip
_OLD_SIGNAL_COLUMNS = "id, account_id, occurred_on, kind, product_id, department, region, detail, source"
_SIGNALS = f"""CREATE TABLE signals_m012 (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    occurred_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ({", ".join(f"'{k}'" for k in SIGNAL_KINDS)})),
    product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
    department TEXT,
    region TEXT,
    detail TEXT,
    source TEXT,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    content TEXT,
    topic TEXT
)"""
M012_IMPORT_KINDS = [
    "CREATE INDEX signals_contact ON signals(contact_id)",
    "ALTER TABLE survey_responses ADD COLUMN answered INTEGER NOT NULL DEFAULT 1 CHECK (answered IN (0, 1))",
    "ALTER TABLE opportunities ADD COLUMN external_id TEXT",
    "ALTER TABLE opportunities ADD COLUMN close_on TEXT",
    "ALTER TABLE opportunities ADD COLUMN source TEXT",
    "ALTER TABLE opportunities ADD COLUMN owner TEXT",
    "CREATE INDEX opportunities_external ON opportunities(external_id)",
    "ALTER TABLE accounts ADD COLUMN country_original TEXT",
    *triggers(M012_TABLES),
]


def migrate(conn: sqlite3.Connection) -> None:
    """Migration m012 (inside the migration's transaction)."""
    # the indexes and triggers signals has (whoever made them) come back on the rebuilt table
    kept = [sql for (sql,) in conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'signals' AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY type, name"
    )]  # fmt: skip
    conn.execute(_SIGNALS)
    columns = _OLD_SIGNAL_COLUMNS
    conn.execute(f"INSERT INTO signals_m012 ({columns}) SELECT {columns} FROM signals ORDER BY id")
    conn.execute("DROP TABLE signals")
    conn.execute("ALTER TABLE signals_m012 RENAME TO signals")
    for statement in [*kept, *M012_IMPORT_KINDS]:
        conn.execute(statement)
