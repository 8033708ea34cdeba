"""Survey-based rules read recent answers only (Recency in DOMAIN.md, seed 002: "kürzlich einen
Detraktor-NPS-Wert hinterlassen"): the contacts' latest NPS answers count within a window (a threshold,
default 180 days); a fresh detractor who is a key contact (decision maker or champion) is fix-first even when
the account's NPS is positive; the evidence names the dates. On a small book imported from CSV files."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

import pytest

from planner.core.moments.detection import detect
from planner.core.moments.moments import META_KEY, Moment, Thresholds, load_thresholds, save_thresholds
from tests.importing_support import import_file, write_csv
from tests.moments_support import Book, day

TODAY = date(2026, 11, 23)  # the window of 180 days begins on 2026-05-27


def book(store, tmp_path) -> None:
    """Alt: its only answer, a decision maker's 2, is of 15.03.2024 (984 days ago).
    Frisch: the decision maker Ben gave 3 on 02.11.2026, two users 10 and 9 on 01.10.2026:
    NPS (2 promoters - 1 detractor) / 3 = +33.
    Nutzer: the user Eva gave 4 on 02.11.2026, the user Finn 10 and the champion Gesa 9 on 01.10.2026
    (recent NPS (2 - 1) / 3 = +33); the decision maker Hans gave 1 on 15.03.2024 and the user Ida 5 on
    10.01.2024 (all latest answers: (2 - 3) / 5 = -20, below 0 when age is ignored)."""
    import_file(store, write_csv(tmp_path / "Kunden.csv", [
        ["Kundennummer", "Firma", "Umsatz"],
        ["K-1", "Alt GmbH", "1.000"], ["K-2", "Frisch AG", "1.000"], ["K-3", "Nutzer KG", "1.000"],
    ]))  # fmt: skip
    import_file(store, write_csv(tmp_path / "Produkte.csv", [
        ["Produktnummer", "Produkt", "Preis"], ["P1", "Connect", "100"],
    ]))  # fmt: skip
    import_file(store, write_csv(tmp_path / "Verträge.csv", [
        ["Kunde", "Produkt", "Status", "Seit", "Umsatz"],
        ["K-1", "P1", "aktiv", "01.03.2021", "1.000"], ["K-2", "P1", "aktiv", "01.03.2021", "1.000"],
        ["K-3", "P1", "aktiv", "01.03.2021", "1.000"],
    ]))  # fmt: skip
    import_file(store, write_csv(tmp_path / "Kontakte.csv", [
        ["Kunde", "Ansprechpartner", "E-Mail", "Einfluss"],
        ["K-1", "Anna Alt", "anna@alt.de", "Entscheider"],
        ["K-2", "Ben Frisch", "ben@frisch.de", "Entscheider"],
        ["K-2", "Cora Frisch", "cora@frisch.de", "Anwender"],
        ["K-2", "Dirk Frisch", "dirk@frisch.de", "Anwender"],
        ["K-3", "Eva Nutzer", "eva@nutzer.de", "Anwender"],
        ["K-3", "Finn Nutzer", "finn@nutzer.de", "Anwender"],
        ["K-3", "Gesa Nutzer", "gesa@nutzer.de", "Fürsprecher"],
        ["K-3", "Hans Nutzer", "hans@nutzer.de", "Entscheider"],
        ["K-3", "Ida Nutzer", "ida@nutzer.de", "Anwender"],
    ]))  # fmt: skip
    import_file(store, write_csv(tmp_path / "NPS.csv", [
        ["E-Mail", "Datum", "NPS"],
        ["anna@alt.de", "15.03.2024", "2"],
        ["ben@frisch.de", "02.11.2026", "3"], ["cora@frisch.de", "01.10.2026", "10"],
        ["dirk@frisch.de", "01.10.2026", "9"],
        ["eva@nutzer.de", "02.11.2026", "4"], ["finn@nutzer.de", "01.10.2026", "10"],
        ["gesa@nutzer.de", "01.10.2026", "9"], ["hans@nutzer.de", "15.03.2024", "1"],
        ["ida@nutzer.de", "10.01.2024", "5"],
    ]))  # fmt: skip


def detractors(store, thresholds: Thresholds | None = None) -> dict[str, Moment]:
    return {m.key: m for m in detect(store, TODAY, thresholds).moments if m.rule == "detractor"}


def test_an_old_detractor_answer_fires_nothing(store, tmp_path) -> None:
    book(store, tmp_path)
    # Alt's only answer is of 2024, before the window (2026-05-27): no recent answer, no moment; Nutzer's
    # NPS of -20 rests on two answers of 2024, its recent NPS is +33
    found = detractors(store)
    assert "K-1" not in found
    assert "K-3" not in found


def test_a_fresh_detractor_from_a_decision_maker_is_fix_first_though_the_nps_is_positive(
    store, tmp_path
) -> None:
    book(store, tmp_path)
    # Frisch: NPS +33, but its decision maker Ben gave 3 three weeks ago
    found = detractors(store)
    assert set(found) == {"K-2"}
    assert found["K-2"].kind == "fix_first"
    assert found["K-2"].evidence["nps"] == pytest.approx(100 / 3)
    assert found["K-2"].day == "2026-11-02"
    # and it holds back Frisch's selling like any fix-first moment (the rule's old behaviour)


def test_a_fresh_detractor_from_a_plain_user_counts_through_the_nps_only(store, tmp_path) -> None:
    """Decided: one user's detractor score in an account whose recent NPS is positive is no fix-first on its
    own (it lowers the NPS; when the detractors outweigh the promoters the rule fires); a decision maker's
    or champion's is, since they decide the renewal and the next purchase (seed 002: the higher the
    stakeholder, the more the account follows them)."""
    book(store, tmp_path)
    # Nutzer: Eva (user) gave 4 on 02.11.2026; recent NPS +33; the decision maker's 1 is of 2024
    assert "K-3" not in detractors(store)
    # with Ida's user answer of 2024 back in a window of 1,100 days (since 2023-11-19): NPS -20 fires
    assert "K-3" in detractors(store, Thresholds(survey_window_days=1100))


def test_the_evidence_names_the_dates(store, tmp_path) -> None:
    book(store, tmp_path)
    e = detractors(store)["K-2"].evidence
    # window from 2026-11-23 - 180 days = 2026-05-27; answers counted of 01.10. and 02.11.2026
    assert (e["since"], e["first"], e["latest"]) == ("2026-05-27", "2026-10-01", "2026-11-02")
    assert e["detractor_days"] == ["2026-11-02"]
    assert e["key_detractors"] == [["Ben Frisch", "2026-11-02"]]
    assert (e["detractors"], e["answers"]) == (1, 3)
    from planner.ui.widgets import formatting
    from planner.ui.widgets.moment_labels import evidence_text

    text = evidence_text(detractors(store)["K-2"])
    assert formatting.iso_date("2026-11-02") in text
    assert formatting.iso_date("2026-05-27") in text
    assert "Ben Frisch" in text


def test_the_window_is_a_threshold_kept_in_the_portfolio(store, tmp_path) -> None:
    book(store, tmp_path)
    assert load_thresholds(store).survey_window_days == 180
    # a window of 1,000 days (since 2024-02-28) takes in Alt's decision maker's 2 of 15.03.2024: NPS -100
    save_thresholds(store, Thresholds(survey_window_days=1000))
    assert load_thresholds(store).survey_window_days == 1000
    found = detractors(store)
    assert "K-1" in found
    assert found["K-1"].evidence["detractor_days"] == ["2024-03-15"]
    # a window of 10 days (since 2026-11-13) holds no answer of Frisch's: nothing fires
    assert detractors(store, Thresholds(survey_window_days=10)) == {}


def test_thresholds_stored_before_the_window_load_with_its_default(store) -> None:
    old = asdict(Thresholds(cadence_a=7))
    del old["survey_window_days"]  # as a portfolio saved before the window existed holds them
    with store.write() as conn:
        store.set_meta(conn, META_KEY, json.dumps(old))
    assert load_thresholds(store) == Thresholds(cadence_a=7, survey_window_days=180)


def test_a_promoter_counts_within_the_window(store) -> None:
    b = Book(store)
    cases = ((1, 100_000, -400), (2, 200_000, -30), (3, 1_000_000, -30), (4, 2_000_000, -30))
    for account_id, revenue, answered in cases:
        b.account(account_id, revenue_cents=revenue)
        b.holding(account_id, revenue_cents=revenue)
        b.nps(b.contact(account_id * 10, account_id), 10, offset=answered)
    # the lowest quarter ends at 100,000 + 0.75 x 100,000 = 175,000: only Account 1 is below it, and its
    # promoter answered 400 days ago, before the window: no champion to make now
    found = [m for m in detect(store, TODAY).moments if m.rule == "promoter_low_revenue"]
    assert found == []
    # in a window of 500 days it counts; the evidence names the answer's day
    found = [m for m in detect(store, TODAY, Thresholds(survey_window_days=500)).moments
             if m.rule == "promoter_low_revenue"]  # fmt: skip
    assert [m.account_id for m in found] == [1]
    assert (found[0].evidence["first"], found[0].evidence["latest"]) == (day(-400), day(-400))


def test_high_survey_names_its_window_and_latest_answer(store) -> None:
    b = Book(store)
    for account_id in (1, 2, 3):
        b.account(account_id)
        b.holding(account_id)
        b.contact(account_id * 10, account_id)
    for n in range(6):  # Account 1: 6 answers of 1 contact; the book: 6 + 1 over 3 contacts, 2.33 on average
        b.rows("survey_responses", contact_id=10, survey="Q", answered_on=day(-10 - n))
    b.rows("survey_responses", contact_id=20, survey="Q", answered_on=day(-20))
    found = {m.account_id: m for m in detect(store, TODAY).moments if m.rule == "high_survey"}
    assert set(found) == {1}
    # counted over survey_days (365) since 2025-11-23; the latest answer 10 days ago
    assert (found[1].evidence["since"], found[1].evidence["latest"]) == ("2025-11-23", day(-10))
