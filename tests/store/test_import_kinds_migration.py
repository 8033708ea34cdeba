"""Migration m012: a portfolio of the version before keeps its signals, survey answers and opportunities and
gets what their imports store (a signal's contact, content and topic, the kind event_attended, answered
yes/no, the CRM's id, close date, source and owner; an account's country as typed)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.core.store import schema
from planner.core.store.store import open_portfolio


def _version_before(path: Path) -> None:
    """A portfolio as the version before left it: every migration up to m012, one of each record."""
    from sqlite_utils import Database

    db = Database(path)
    schema._migrations().apply(db, stop_before="m012_import_kinds")
    db.executescript("""
        INSERT INTO accounts (id, key, name, country) VALUES (1, 'A-1', 'Müller GmbH', 'Deutschland');
        INSERT INTO products (id, key, name) VALUES (1, 'P-1', 'Connect');
        INSERT INTO contacts (id, account_id, name, email) VALUES (1, 1, 'Eva', 'eva@mueller.de');
        INSERT INTO signals VALUES (7, 1, '2026-11-03', 'outage', 1, NULL, NULL, 'Ausfall', 'Status');
        INSERT INTO survey_responses VALUES (3, 1, 'Frühjahr', '2026-03-02');
        INSERT INTO opportunities (id, account_id, product_id, kind, stage, raised_on)
            VALUES (2, 1, 1, 'upsell', 'interest', '2026-10-01');
        PRAGMA user_version = 11;
    """)
    db.close()


def test_a_portfolio_of_the_version_before_keeps_its_records_and_gets_the_new_columns(tmp_path):
    path = tmp_path / "before.sqlite"
    _version_before(path)
    store = open_portfolio(path)
    try:
        assert store.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
        assert store.query("SELECT * FROM signals") == [
            (7, 1, "2026-11-03", "outage", 1, None, None, "Ausfall", "Status", None, None, None)
        ]
        assert store.query("SELECT id, answered FROM survey_responses") == [(3, 1)]  # it was an answer
        assert store.query("SELECT id, external_id, close_on, source, owner FROM opportunities") == [
            (2, None, None, None, None)
        ]
        assert store.query("SELECT country, country_original FROM accounts") == [("Deutschland", None)]
        indexes = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE tbl_name = 'signals'")}
        assert {"signals_account", "signals_kind", "signals_contact", "signals_import_created"} <= indexes
        with store.write() as conn:  # the new kind of signal, with its contact
            conn.execute(
                "INSERT INTO signals (account_id, contact_id, occurred_on, kind, content) "
                "VALUES (1, 1, '2026-11-04', 'event_attended', 'Anwendertreffen')"
            )
        with pytest.raises(sqlite3.IntegrityError), store.write() as conn:
            conn.execute(
                "INSERT INTO signals (account_id, occurred_on, kind) VALUES (1, '2026-11-04', 'rumour')"
            )
        with store.write() as conn:  # a deleted contact leaves its signals, without the contact
            conn.execute("DELETE FROM contacts WHERE id = 1")
        assert store.query("SELECT contact_id FROM signals ORDER BY id") == [(None,), (None,)]
    finally:
        store.close()
