"""Time windows are the account's own (DOMAIN.md): falling usage compares each active holding's monthly usage
of the account's own latest three months against the three before, over the months with data (a month
without data is missing, not zero), revenue-weighted, so log-ins and gigabytes do not add up; the usage limit
reads the account's own latest month. A newer month imported for one account moves no other account's
moments. Small books imported from CSV files, and the demo book."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from planner.core.moments.detection import detect
from planner.core.moments.moments import Moment
from planner.core.store import schema
from planner.core.store.store import Store, open_portfolio
from tests.conftest import TODAY as DEMO_TODAY
from tests.importing_support import import_file, write_csv

TODAY = date(2026, 9, 15)
MONTHS = ["02", "03", "04", "05", "06", "07", "08"]  # of 2026


def usage_file(tmp_path, rows: list[list[str]], name: str = "Nutzung.csv"):
    return write_csv(tmp_path / name, [["Kunde", "Produkt", "Monat", "Nutzung"], *rows])


def book(store: Store, tmp_path) -> None:
    """Alpha (K-1) holds Connect (log-ins) and Speicher (GB, limit 5.000), 1.000 EUR each: Connect 100
    log-ins a month in 03-05/2026, then 0 in 06-08 (unused); Speicher 1.000 GB in 03-05, 1.300 in 06-08.
    Beta (K-2) holds Connect: 100 log-ins a month 03-08/2026, but no row for 07/2026.
    Gamma (K-3) holds Speicher (limit 1.000): 980 GB a month 02-07/2026, nothing for 08/2026 yet.
    The book's latest month is 08/2026 (Alpha's); Gamma's own is 07/2026."""
    import_file(store, write_csv(tmp_path / "Kunden.csv", [
        ["Kundennummer", "Firma", "Umsatz"],
        ["K-1", "Alpha GmbH", "2.000"], ["K-2", "Beta AG", "1.000"], ["K-3", "Gamma KG", "1.000"],
    ]))  # fmt: skip
    import_file(store, write_csv(tmp_path / "Produkte.csv", [
        ["Produktnummer", "Produkt", "Preis"], ["P1", "Connect", "100"], ["P2", "Speicher", "100"],
    ]))  # fmt: skip
    import_file(store, write_csv(tmp_path / "Verträge.csv", [
        ["Kunde", "Produkt", "Status", "Seit", "Umsatz", "Limit"],
        ["K-1", "P1", "aktiv", "01.03.2021", "1.000", ""],
        ["K-1", "P2", "aktiv", "01.03.2021", "1.000", "5000"],
        ["K-2", "P1", "aktiv", "01.03.2021", "1.000", ""],
        ["K-3", "P2", "aktiv", "01.03.2021", "1.000", "1000"],
    ]))  # fmt: skip
    rows = []
    for m in MONTHS[1:]:
        recent = m >= "06"
        rows += [["K-1", "P1", f"{m}/2026", "0" if recent else "100"],
                 ["K-1", "P2", f"{m}/2026", "1300" if recent else "1000"]]  # fmt: skip
        if m != "07":
            rows.append(["K-2", "P1", f"{m}/2026", "100"])
    rows += [["K-3", "P2", f"{m}/2026", "980"] for m in MONTHS[:-1]]
    import_file(store, usage_file(tmp_path, rows))


def found(store: Store, rule: str, today: date = TODAY) -> dict[str, Moment]:
    return {m.key: m for m in detect(store, today).moments if m.rule == rule}


def test_a_product_unused_is_noticed_while_another_grows(store, tmp_path) -> None:
    book(store, tmp_path)
    # Alpha, raw sums: 3 x (100 + 1.000) = 3.300 before, 3 x (0 + 1.300) = 3.900 now: up 18 %, nothing.
    # Each product against its own level: Connect 0 / 100 = 0, Speicher 1.300 / 1.000 = 1,3; weighted by
    # revenue (1.000 each): (0 + 1,3) / 2 = 0,65, down 35 % (>= 20 %): fix first.
    moment = found(store, "falling_usage")["K-1"]
    assert moment.kind == "fix_first"
    e = moment.evidence
    assert e["drop"] == pytest.approx(0.35)
    # the months it rests on: 03-05/2026 against 06-08/2026
    assert (e["from"], e["month"]) == ("2026-03", "2026-08")
    products = {p["product"]: p for p in e["products"]}
    assert (products["Connect"]["now"], products["Connect"]["before"]) == (0.0, 100.0)
    assert products["Connect"]["change"] == pytest.approx(-1.0)
    assert products["Speicher"]["change"] == pytest.approx(0.3)
    assert (products["Speicher"]["months_now"], products["Speicher"]["months_before"]) == (3, 3)
    from planner.ui.widgets.moment_labels import evidence_text

    text = evidence_text(moment)  # the months and the product that fell furthest
    assert "03/2026" in text and "08/2026" in text and "Connect" in text


def test_a_month_without_data_is_not_a_month_of_zero(store, tmp_path) -> None:
    book(store, tmp_path)
    # Beta: 100 in 06 and 08 (07 missing) against 100 in 03, 04, 05: 100 a month both times, not 200 / 300.
    # Gamma: its own latest three months 05-07 (980 each) against 02-04 (980 each): flat, though the book's
    # latest three (06-08) hold only two of its months.
    assert set(found(store, "falling_usage")) == {"K-1"}


def test_the_usage_limit_reads_the_accounts_own_latest_month(store, tmp_path) -> None:
    book(store, tmp_path)
    # Gamma used 980 of its 1.000 GB (98 % >= 95 %) in 07/2026, its latest month; the book's is 08/2026.
    moment = found(store, "usage_limit")["K-3"]
    assert moment.evidence["month"] == "2026-07"
    assert moment.evidence["share"] == pytest.approx(0.98)
    from planner.ui.widgets.moment_labels import evidence_text

    assert "07/2026" in evidence_text(moment)
    # Alpha used 1.300 of 5.000 GB in 08/2026: 26 %, nothing
    assert "K-1" not in found(store, "usage_limit")


def comparable(moments: list[Moment]) -> dict[tuple[str, str, str], tuple[str, str, str | None]]:
    """(account, rule, subject) -> kind, evidence figures, held back by."""
    return {
        (m.key, m.rule, m.subject): (m.kind, json.dumps(m.evidence, sort_keys=True), m.held_back_by)
        for m in moments
    }


def test_a_newer_month_for_one_account_moves_no_other_accounts_moments(demo_store, tmp_path) -> None:
    """The done-when of issue 19: on the demo book the book-wide window made falling usage fire for 274
    accounts instead of 4 and every usage-limit moment vanish once one account had a newer month."""
    before = comparable(detect(demo_store, DEMO_TODAY).moments)
    latest = demo_store.scalar("SELECT max(period) FROM usage_snapshots")
    key, product = demo_store.query(
        "SELECT a.key, p.key FROM holdings h JOIN accounts a ON a.id = h.account_id "
        "JOIN products p ON p.id = h.product_id WHERE h.status = 'active' ORDER BY a.id LIMIT 1"
    )[0]
    year, month = int(latest[:4]), int(latest[5:7])
    newer = f"{month % 12 + 1:02d}/{year + month // 12}"
    import_file(demo_store, usage_file(tmp_path, [[key, product, newer, "1"]]))
    assert demo_store.scalar("SELECT max(period) FROM usage_snapshots") > latest
    after = comparable(detect(demo_store, DEMO_TODAY).moments)
    assert any(rule == "usage_limit" for _, rule, _ in before)  # there is something to lose
    assert {k: v for k, v in after.items() if k[0] != key} == {k: v for k, v in before.items() if k[0] != key}


def test_a_book_of_the_version_before_gets_its_own_windows_on_opening(store, tmp_path) -> None:
    book(store, tmp_path)
    path = store.path
    store.close()
    raw = sqlite3.connect(path)  # as m009 left it: raw usage sums, no own month or ratio
    raw.executescript("""
        ALTER TABLE score_inputs DROP COLUMN usage_month;
        ALTER TABLE score_inputs DROP COLUMN usage_ratio;
        ALTER TABLE score_inputs ADD COLUMN recent_usage REAL;
        ALTER TABLE score_inputs ADD COLUMN earlier_usage REAL;
        UPDATE score_inputs SET limit_share = NULL;  -- Gamma's in the book's latest month, 08/2026: none
        DELETE FROM _sqlite_migrations WHERE name = 'm010_own_usage_windows'; PRAGMA user_version = 9;
    """)
    raw.close()
    upgraded = open_portfolio(path)
    try:
        assert upgraded.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
        columns = {row[1] for row in upgraded.query("PRAGMA table_info(score_inputs)")}
        assert {"usage_month", "usage_ratio"} <= columns and not {"recent_usage", "earlier_usage"} & columns
        assert upgraded.scalar("SELECT count(*) FROM score_inputs_changed") == 0  # all computed, stored
        # as in the tests above: Alpha's falling usage, Gamma's limit in 07/2026
        assert set(found(upgraded, "falling_usage")) == {"K-1"}
        assert found(upgraded, "usage_limit")["K-3"].evidence["month"] == "2026-07"
    finally:
        upgraded.close()
