"""The trigger rules on small books computed by hand: each rule fires on one case and not on a close one."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from planner.core.moments.detection import detect, prioritised
from planner.core.moments.moment_decisions import decide, to_opportunity
from planner.core.moments.moments import Moment, Thresholds, load_thresholds, save_thresholds
from planner.core.portfolio import changes
from tests.moments_support import TODAY, Book, day


@pytest.fixture
def book(store) -> Book:
    return Book(store)


def fired(book: Book, rule: str, **limits: float) -> dict[int, Moment]:
    found = detect(book.store, TODAY, Thresholds(**limits)).moments  # type: ignore[arg-type]
    return {m.account_id: m for m in found if m.rule == rule}


def test_low_penetration_of_a_large_company(book: Book) -> None:
    book.account(1, employees=2000, potential_users=1000)
    book.holding(1, seats_licensed=120, seats_in_use=100)  # 100 of 1,000 = 10 %: at the limit fires
    book.account(2, employees=2000, potential_users=1000)
    book.holding(2, seats_licensed=120, seats_in_use=101)  # 10.1 %
    book.account(3, employees=999, potential_users=1000)
    book.holding(3, seats_licensed=20, seats_in_use=10)  # not large
    moments = fired(book, "low_penetration")
    assert set(moments) == {1}
    assert moments[1].evidence["share"] == pytest.approx(0.10)
    assert moments[1].evidence["served"] == 100
    assert moments[1].kind == "upsell"


def test_one_region_buying_in_a_global_company(book: Book) -> None:
    book.account(1, regions="EMEA,APAC")
    book.holding(1, 1, region="EMEA")
    book.holding(1, 3, region="EMEA")
    book.account(2, regions="EMEA,APAC")
    book.holding(2, 1, region="EMEA")
    book.holding(2, 3, region="APAC")
    book.account(3, regions="EMEA")
    book.holding(3, 1, region="EMEA")
    moments = fired(book, "one_region")
    assert set(moments) == {1}
    assert moments[1].evidence["missing"] == ["APAC"]


def test_spend_below_the_peer_median(book: Book) -> None:
    for account_id, revenue in ((1, 400_000), (2, 1_000_000), (3, 1_000_000), (4, 1_000_000), (5, 600_000)):
        book.account(account_id, revenue_cents=revenue)  # all Mittelstand with 300 employees
        book.holding(account_id, revenue_cents=revenue)
    moments = fired(book, "below_peers")  # median 1,000,000; half of it is 500,000
    assert set(moments) == {1}
    assert moments[1].evidence["peer_median"] == 1_000_000
    assert moments[1].value_cents == 600_000


def test_promoter_with_low_revenue(book: Book) -> None:
    cases = ((1, 100_000, 10), (2, 200_000, 10), (3, 1_000_000, 10), (4, 2_000_000, 3))
    for account_id, revenue, score in cases:
        book.account(account_id, revenue_cents=revenue)
        book.holding(account_id, revenue_cents=revenue)
        book.nps(book.contact(account_id * 10, account_id), score)
    # the lowest quarter ends at 100,000 + 0.75 x 100,000 = 175,000: only Account 1 is below it
    assert set(fired(book, "promoter_low_revenue")) == {1}


def test_detractors_count_by_their_latest_answer(book: Book) -> None:
    book.account(1)
    book.holding(1)
    book.nps(book.contact(11, 1), 3)
    book.nps(book.contact(12, 1), 9)  # one promoter, one detractor: NPS 0, not below 0
    book.account(2)
    book.holding(2)
    book.nps(book.contact(21, 2), 5)
    book.nps(book.contact(22, 2), 9)
    book.nps(book.contact(23, 2), 2, offset=-400)
    book.nps(23, 6, offset=-20)  # latest answer 6: NPS (1 - 2) / 3 = -33
    moments = fired(book, "detractor")
    assert set(moments) == {2}
    assert moments[2].evidence["nps"] == pytest.approx(-100 / 3)
    assert (moments[2].evidence["detractors"], moments[2].evidence["answers"]) == (2, 3)
    assert moments[2].day == day(-20)  # the latest of those answers
    assert moments[2].kind == "fix_first"


def test_falling_usage_against_the_three_months_before(book: Book) -> None:
    for account_id, latest in ((1, 70), (2, 81)):
        book.account(account_id)
        book.holding(account_id)
        for month in ("2026-05", "2026-06", "2026-07"):
            book.usage(account_id, 1, month, 100, 100)
        for month in ("2026-08", "2026-09", "2026-10"):
            book.usage(account_id, 1, month, latest, 100)
    moments = fired(book, "falling_usage")  # 210 of 300 is a 30 % drop; 243 of 300 only 19 %
    assert set(moments) == {1}
    assert moments[1].evidence["drop"] == pytest.approx(0.3)


def test_outages_and_piles_of_tickets(book: Book) -> None:
    for account_id in (1, 2, 3):
        book.account(account_id)
        book.holding(account_id)
    book.signal(1, "outage", -80)
    book.signal(2, "outage", -100)
    book.signal(2, "support_ticket", -3)
    book.signal(2, "support_ticket", -20)
    for offset in (-1, -10, -29):
        book.signal(3, "support_ticket", offset)
    assert set(fired(book, "outage")) == {1, 3}


def test_a_stakeholder_from_a_new_department(book: Book) -> None:
    for account_id in (1, 2, 3):
        book.account(account_id)
        book.holding(account_id)
    book.contact(11, 1, department="Vertrieb", region="EMEA")
    book.signal(1, "new_stakeholder", -10, department="IT", region="EMEA")
    book.contact(21, 2, department="IT", region="EMEA")
    book.signal(2, "new_stakeholder", -10, department="IT", region="EMEA")  # known department and region
    book.contact(31, 3, department="Vertrieb", region="EMEA")
    book.signal(3, "new_stakeholder", -70, department="IT", region="EMEA")  # too long ago
    moments = fired(book, "new_stakeholder")
    assert set(moments) == {1}
    assert moments[1].evidence["new_department"] and not moments[1].evidence["new_region"]


def test_usage_limit_reached_in_the_latest_month(book: Book) -> None:
    for account_id, used in ((1, 950), (2, 949)):
        book.account(account_id)
        book.holding(
            account_id, 2, seats_licensed=None, seats_in_use=None, usage_limit=1000, revenue_cents=400_000
        )
        book.usage(account_id, 2, "2026-10", used, 800)
    book.holding(1, 3, seats_licensed=None, seats_in_use=None, usage_limit=1000)  # the account's other one
    book.usage(1, 3, "2026-10", 500, 800)
    moments = fired(book, "usage_limit")
    assert set(moments) == {1}
    assert [m.subject for m in moments.values()] == ["VOL"]  # only the holding at its limit
    assert moments[1].value_cents == 100_000  # lifting the limit: a quarter of the holding's revenue


def test_contacts_who_answer_surveys_often(book: Book) -> None:
    answers = {1: (2, 8), 2: (2, 1), 3: (4, 0), 4: (2, 4)}  # account: (contacts, answers in the last year)
    for account_id, (people, count) in answers.items():
        book.account(account_id)
        book.holding(account_id)
        for n in range(people):
            book.contact(account_id * 10 + n, account_id)
        for n in range(count):
            book.rows("survey_responses", contact_id=account_id * 10, survey="Q", answered_on=day(-10 - n))
    book.rows("survey_responses", contact_id=20, survey="Q", answered_on=day(-400))  # before the window
    # 13 answers by 10 contacts: 1.3 on average; Account 1 has 4 per contact, Account 4 has 2 (< 2 x 1.3)
    assert set(fired(book, "high_survey")) == {1}


def test_the_customer_asks_for_a_demo(book: Book) -> None:
    for account_id in (1, 2):
        book.account(account_id)
        book.holding(account_id)
    book.signal(1, "demo_request", -10, product_id=2)
    book.signal(2, "price_request", -40, product_id=2)
    moments = fired(book, "fast_lane")
    assert set(moments) == {1}
    assert moments[1].kind == "crosssell" and moments[1].product_id == 2 and moments[1].readiness == 1.0


def test_a_qbr_within_thirty_days(book: Book) -> None:
    for account_id, offset, status in ((1, 10, "planned"), (2, 40, "planned"), (3, 5, "cancelled")):
        book.account(account_id)
        book.holding(account_id)
        book.rows("qbrs", account_id=account_id, held_on=day(offset), status=status)
    moments = fired(book, "qbr_coming")
    assert set(moments) == {1}
    assert moments[1].evidence["days"] == 10


def test_not_touched_within_the_tiers_cadence(book: Book) -> None:
    cases = ((1, "A", -15), (2, "A", -14), (3, "C", -91), (4, "C", None), (5, "B", -30))
    for account_id, tier, offset in cases:
        book.account(account_id, tier_override=tier)
        if offset is not None:
            book.touch(account_id, offset)
    moments = fired(book, "not_touched")
    assert set(moments) == {1, 3, 4}
    assert moments[1].evidence["overdue"] == 1
    assert moments[3].evidence["overdue"] == 1
    assert moments[4].evidence["last_touch"] is None
    assert set(fired(book, "not_touched", cadence_a=10, cadence_b=29)) == {1, 2, 3, 4, 5}


def test_a_renewal_within_ninety_days(book: Book) -> None:
    for account_id, offset in ((1, 90), (2, 91), (3, -1)):
        book.account(account_id)
        book.holding(account_id, renewal_date=day(offset))
    moments = fired(book, "renewal_coming")
    assert set(moments) == {1}
    assert moments[1].kind == "repeat" and moments[1].value_cents == 1_000_000
    assert moments[1].evidence["products"] == ["Connect"] and moments[1].evidence["days"] == 90


def test_fix_first_holds_back_the_sell_moments_but_not_a_request(book: Book) -> None:
    book.account(1, employees=2000, potential_users=1000)
    book.holding(1, seats_in_use=50)
    book.signal(1, "outage", -5)
    book.signal(1, "demo_request", -5, product_id=2)
    found = {m.rule: m for m in detect(book.store, TODAY).moments if m.account_id == 1}
    assert found["low_penetration"].held_back_by == "outage"
    assert found["fast_lane"].held_back_by is None  # the customer asked
    assert found["outage"].held_back_by is None
    rules = [m.rule for m in detect(book.store, TODAY).moments]
    assert rules.index("low_penetration") == len(rules) - 1, "held-back moments come last"


def test_no_pitch_during_enablement(book: Book) -> None:
    book.account(1, employees=2000, potential_users=1000)
    book.holding(1, seats_in_use=50, since=day(-30))  # a customer for 30 days
    moments = fired(book, "low_penetration")
    assert moments[1].held_back_by == "enablement" and moments[1].phase == "enablement"


def test_priority_from_readiness_and_value_on_a_log_scale() -> None:
    def moment(value: int, readiness: float) -> Moment:
        return Moment(1, "A", "K", "", "A", "qbr_coming", "upsell", "2026-01-01", "", {}, value, readiness)

    first, second = prioritised([moment(10_000, 0.5), moment(1_000_000, 1.0)])
    assert first.priority == 100  # 10,000 EUR at readiness 1: the book's largest
    assert second.priority == 25  # 100 EUR at 0.5: 100 x 0.5 x log10(101) / log10(10,001) = 25.05


def test_dismissed_moments_stay_away_until_their_evidence_changes(book: Book) -> None:
    book.account(1, tier_override="A")
    book.touch(1, -20)
    moment = fired(book, "not_touched")[1]
    changes.apply(book.store, decide(book.store, moment, "dismissed", reason="on holiday", today=TODAY))
    assert 1 not in fired(book, "not_touched")
    hidden = detect(book.store, TODAY).hidden
    assert [(m.rule, d.reason) for m, d in hidden] == [("not_touched", "on holiday")]
    book.touch(1, -16)  # a newer touch, still overdue: new evidence
    assert 1 in fired(book, "not_touched")


def test_snoozed_until_a_day_and_undone(book: Book) -> None:
    book.account(1, tier_override="A")
    book.touch(1, -20)
    moment = fired(book, "not_touched")[1]
    step = decide(book.store, moment, "snoozed", until=TODAY.replace(day=30), today=TODAY)
    changes.apply(book.store, step)
    assert 1 not in fired(book, "not_touched")
    assert detect(book.store, TODAY.replace(day=30)).moments[0].rule == "not_touched", "back on the day"
    changes.apply(book.store, step, undo=True)
    assert 1 in fired(book, "not_touched")


def test_a_moment_becomes_an_opportunity_in_one_undoable_step(book: Book) -> None:
    book.account(1)
    book.holding(1)
    book.signal(1, "price_request", -3, product_id=2)
    moment = fired(book, "fast_lane")[1]
    step = to_opportunity(book.store, moment, today=TODAY)
    changes.apply(book.store, step)
    row = book.store.query(
        "SELECT account_id, product_id, kind, stage, raised_by, fast_lane FROM opportunities"
    )
    assert row == [(1, 2, "crosssell", "mqn", "fast_lane", 1)], "the customer asked: straight to MQN"
    assert 1 not in fired(book, "fast_lane")
    changes.apply(book.store, step, undo=True)
    assert book.store.count("opportunities") == 0
    assert 1 in fired(book, "fast_lane")


def test_thresholds_are_kept_in_the_portfolio(book: Book) -> None:
    assert load_thresholds(book.store) == Thresholds()
    save_thresholds(book.store, Thresholds(cadence_a=7, renewal_days=60))
    assert load_thresholds(book.store).cadence("A") == 7
    assert load_thresholds(book.store).renewal_days == 60


def test_every_rule_fires_on_the_demo_book(demo_store) -> None:
    from planner.core.moments.moments import RULES

    found = detect(demo_store, date_of_demo())
    assert {m.rule for m in found.moments} == set(RULES)
    assert all(m.evidence for m in found.moments if m.rule != "not_touched")


def date_of_demo():
    from tests.conftest import TODAY as demo_today

    return demo_today


def test_the_cli_lists_the_moments_with_their_evidence(book: Book) -> None:
    book.account(1, name="Müller GmbH", tier_override="A")
    book.holding(1, renewal_date=day(20))
    book.touch(1, -20)
    store = book.store
    step = decide(store, fired(book, "renewal_coming")[1], "dismissed", reason="already signed", today=TODAY)
    changes.apply(store, step)
    command = [sys.executable, "-m", "planner", "--db", str(store.path), "moments", "--json"]
    result = subprocess.run(
        [*command, "--today", TODAY.isoformat()], capture_output=True, text=True, check=True
    )
    rows = json.loads(result.stdout)
    assert [(r["name"], r["rule"], r["kind"]) for r in rows] == [("Müller GmbH", "not_touched", "repeat")]
    assert rows[0]["evidence"] == {"last_touch": day(-20), "days": 20, "cadence": 14, "overdue": 6}
    assert rows[0]["account"] == "K1" and rows[0]["value"] == 10_000.0
    every = subprocess.run([*command, "--today", TODAY.isoformat(), "--all"], capture_output=True, text=True)
    dismissed = [r for r in json.loads(every.stdout) if r["rule"] == "renewal_coming"]
    assert dismissed[0]["decision"] == "dismissed" and dismissed[0]["reason"] == "already signed"
