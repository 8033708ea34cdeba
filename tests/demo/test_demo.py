"""The demo book: deterministic, complete, and planted so that every quadrant and trigger rule shows up."""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from planner.core.demo import DemoSummary, generate
from planner.core.matrix.scoring import Quadrant, pareto_tiers, score_portfolio
from planner.core.store.schema import TABLES
from planner.core.store.store import Store, open_portfolio

TODAY = date(2026, 11, 23)
CADENCE = {"A": 14, "B": 30, "C": 90}
FAST_LANE = ("demo_request", "consultation_request", "price_request")
SIGNAL_KINDS = (
    "outage",
    "support_ticket",
    "usage_limit_hit",
    "new_stakeholder",
    "content_engaged",
    *FAST_LANE,
)


def _days(n: int) -> str:
    return (TODAY + timedelta(days=n)).isoformat()


def _fresh(path: Path, accounts: int, seed: int = 7) -> tuple[Store, DemoSummary]:
    store = open_portfolio(path, create=True)
    return store, generate(store, accounts=accounts, seed=seed, today=TODAY)


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    tables = [r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: store.query(f"SELECT * FROM {t} ORDER BY rowid") for t in tables if t in TABLES or t == "meta"}


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, DemoSummary]]:
    store, summary = _fresh(tmp_path_factory.mktemp("demo") / "demo.sqlite", 300)
    yield store, summary
    store.close()


@pytest.fixture(scope="module")
def store(book: tuple[Store, DemoSummary]) -> Store:
    return book[0]


# ---- the trigger rules of DOMAIN.md, each as the accounts where it fires -------------------------------


def low_penetration(store: Store) -> list[int]:
    return [
        r[0]
        for r in store.query(
            "SELECT a.id FROM accounts a JOIN holdings h ON h.account_id = a.id AND h.status = 'active' "
            "WHERE a.employees >= 1000 GROUP BY a.id HAVING max(h.seats_in_use) <= 0.1 * a.potential_users"
        )
    ]


def one_region(store: Store) -> list[int]:
    bought: dict[int, set[str]] = defaultdict(set)
    for account_id, region in store.query("SELECT account_id, region FROM holdings WHERE status = 'active'"):
        bought[account_id].add(region)
    operates = {i: {r.strip() for r in regions.split(",") if r.strip()} for i, regions in _accounts(store)}
    return sorted(i for i, regions in bought.items() if len(operates[i]) >= 2 and len(regions) == 1)


def _accounts(store: Store) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in store.query("SELECT id, regions FROM accounts ORDER BY id")]


def _band(employees: int) -> int:
    return sum(employees >= limit for limit in (250, 1000, 5000))


def below_peers(store: Store) -> list[int]:
    rows = store.query("SELECT id, employees, revenue_cents FROM accounts ORDER BY id")
    by_band: dict[int, list[int]] = defaultdict(list)
    for _, employees, revenue in rows:
        by_band[_band(employees)].append(revenue)
    median = {band: statistics.median(revenues) for band, revenues in by_band.items()}
    return [i for i, employees, revenue in rows if revenue < 0.5 * median[_band(employees)]]


def account_nps(store: Store) -> dict[int, float]:
    latest = store.query(
        "SELECT c.account_id, n.score FROM nps_answers n JOIN contacts c ON c.id = n.contact_id "
        "WHERE n.id = (SELECT m.id FROM nps_answers m WHERE m.contact_id = n.contact_id "
        "              ORDER BY m.answered_on DESC, m.id DESC LIMIT 1)"
    )
    scores: dict[int, list[int]] = defaultdict(list)
    for account_id, score in latest:
        scores[account_id].append(score)
    return {
        i: 100 * (sum(s >= 9 for s in ss) - sum(s <= 6 for s in ss)) / len(ss) for i, ss in scores.items()
    }


def promoter_low_revenue(store: Store) -> list[int]:
    revenue = dict(store.query("SELECT id, revenue_cents FROM accounts"))
    bottom = statistics.quantiles(sorted(revenue.values()), n=4)[0]
    return sorted(i for i, nps in account_nps(store).items() if nps >= 50 and revenue[i] <= bottom)


def fix_first_detractors(store: Store) -> list[int]:
    return sorted(i for i, nps in account_nps(store).items() if nps < 0)


def fix_first_outage(store: Store) -> list[int]:
    sql = "SELECT DISTINCT account_id FROM signals WHERE kind = 'outage' AND occurred_on BETWEEN ? AND ?"
    return sorted(r[0] for r in store.query(sql, (_days(-90), _days(0))))


def fix_first_falling_usage(store: Store) -> list[int]:
    periods = [r[0] for r in store.query("SELECT DISTINCT period FROM usage_snapshots ORDER BY period DESC")]
    latest, before = periods[:3], periods[3:6]
    sums = store.query(
        "SELECT account_id, sum(CASE WHEN period IN (?, ?, ?) THEN usage_value ELSE 0 END), "
        "sum(CASE WHEN period IN (?, ?, ?) THEN usage_value ELSE 0 END) "
        "FROM usage_snapshots GROUP BY account_id",
        (*latest, *before),
    )
    return sorted(i for i, now, then in sums if then > 0 and now < 0.8 * then)


def fix_first(store: Store) -> list[int]:
    fired = fix_first_detractors(store) + fix_first_outage(store) + fix_first_falling_usage(store)
    return sorted(set(fired))


def new_stakeholder(store: Store) -> list[int]:
    sql = """
        SELECT DISTINCT s.account_id FROM signals s
        WHERE s.kind = 'new_stakeholder' AND s.occurred_on BETWEEN ? AND ?
          AND (s.department NOT IN (SELECT c.department FROM contacts c
                                    WHERE c.account_id = s.account_id AND c.department IS NOT NULL)
               OR s.region NOT IN (SELECT c.region FROM contacts c
                                   WHERE c.account_id = s.account_id AND c.region IS NOT NULL))
    """
    return sorted(r[0] for r in store.query(sql, (_days(-60), _days(0))))


def usage_limit(store: Store) -> list[int]:
    sql = """
        SELECT DISTINCT h.account_id FROM holdings h
        JOIN usage_snapshots u ON u.account_id = h.account_id AND u.product_id = h.product_id
         AND u.period = (SELECT max(period) FROM usage_snapshots)
        WHERE h.status = 'active' AND h.usage_limit IS NOT NULL AND u.usage_value >= 0.95 * h.usage_limit
    """
    return sorted(r[0] for r in store.query(sql))


def high_survey_response(store: Store) -> list[int]:
    contacts = dict(store.query("SELECT account_id, count(*) FROM contacts GROUP BY account_id"))
    answers = dict(
        store.query(
            "SELECT c.account_id, count(*) FROM survey_responses s JOIN contacts c ON c.id = s.contact_id "
            "WHERE s.answered_on BETWEEN ? AND ? GROUP BY c.account_id",
            (_days(-365), _days(0)),
        )
    )
    average = sum(answers.values()) / sum(contacts.values())
    return sorted(i for i, n in answers.items() if n / contacts[i] >= 2 * average)


def qbr_coming(store: Store) -> list[int]:
    sql = "SELECT DISTINCT account_id FROM qbrs WHERE status = 'planned' AND held_on BETWEEN ? AND ?"
    return sorted(r[0] for r in store.query(sql, (_days(0), _days(30))))


def tiers(store: Store) -> dict[int, str]:
    values = store.query("SELECT id, max(revenue_cents, coalesce(wallet_cents, 0)) FROM accounts ORDER BY id")
    return pareto_tiers(dict(values))


def neglected(store: Store) -> list[int]:
    last = dict(store.query("SELECT account_id, max(touched_on) FROM touches GROUP BY account_id"))
    return sorted(
        i
        for i, tier in tiers(store).items()
        if i not in last or (TODAY - date.fromisoformat(last[i])).days > CADENCE[tier]
    )


def renewal_coming(store: Store) -> list[int]:
    sql = "SELECT DISTINCT account_id FROM holdings WHERE status = 'active' AND renewal_date BETWEEN ? AND ?"
    return sorted(r[0] for r in store.query(sql, (_days(0), _days(90))))


def fast_lane(store: Store) -> list[int]:
    sql = "SELECT DISTINCT account_id FROM signals WHERE kind IN (?, ?, ?) AND occurred_on BETWEEN ? AND ?"
    return sorted(r[0] for r in store.query(sql, (*FAST_LANE, _days(-30), _days(0))))


RULES: dict[str, Callable[[Store], list[int]]] = {
    "low_penetration": low_penetration,
    "one_region": one_region,
    "below_peers": below_peers,
    "promoter_low_revenue": promoter_low_revenue,
    "fix_first": fix_first,
    "fix_first (detractors)": fix_first_detractors,
    "fix_first (outage)": fix_first_outage,
    "fix_first (falling usage)": fix_first_falling_usage,
    "new_stakeholder": new_stakeholder,
    "usage_limit": usage_limit,
    "high_survey_response": high_survey_response,
    "qbr_coming": qbr_coming,
    "neglected": neglected,
    "renewal_coming": renewal_coming,
    "fast_lane": fast_lane,
}


def quadrants(store: Store) -> Counter[Quadrant | None]:
    return Counter(score.quadrant() for score in score_portfolio(store).values())


# ---- the 300-account book --------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", list(RULES))
def test_every_trigger_rule_fires_for_several_accounts(store: Store, rule: str) -> None:
    fired = RULES[rule](store)
    assert len(fired) >= 3, f"{rule} fires for {fired}"
    assert len(fired) <= 0.6 * 300, f"{rule} fires for {len(fired)} of 300 accounts: not a moment any more"


def test_all_four_quadrants_and_some_unscorable_accounts(store: Store) -> None:
    found = quadrants(store)
    assert all(found[q] >= 10 for q in Quadrant), found
    assert 1 <= found[None] <= 30, found


def test_planted_rules_have_their_evidence(store: Store) -> None:
    usage_limit_signals = {
        r[0] for r in store.query("SELECT account_id FROM signals WHERE kind = 'usage_limit_hit'")
    }
    assert set(usage_limit(store)) <= usage_limit_signals
    assert any(tier == "A" for i, tier in tiers(store).items() if i in neglected(store))
    touched = {r[0] for r in store.query("SELECT DISTINCT account_id FROM touches")}
    assert any(i not in touched for i in neglected(store)), "some accounts were never touched"
    revenue = dict(store.query("SELECT id, revenue_cents FROM accounts"))
    assert sum(revenue[i] > 0 for i in below_peers(store)) >= 3, "below peers while still buying"
    assert sum(revenue[i] > 0 for i in promoter_low_revenue(store)) >= 3, "promoters who buy a little"


def test_summary_counts_every_row_written(book: tuple[Store, DemoSummary]) -> None:
    store, summary = book
    for table, count in summary.rows.items():
        assert store.scalar(f"SELECT count(*) FROM {table}") == count, table
    assert summary.total == sum(summary.rows.values())
    assert summary.rows["accounts"] == 300 and summary.rows["products"] == 10


def test_meta_describes_the_demo(store: Store) -> None:
    assert dict(store.query("SELECT key, value FROM meta")) == {
        "name": "Demo-Portfolio",
        "kind": "demo",
        "as_of": "2026-11-23",
        "currency": "EUR",
        "seed": "7",
    }


def test_integrity_and_constraints(store: Store) -> None:
    assert store.query("PRAGMA foreign_key_check") == []
    assert store.scalar("PRAGMA integrity_check") == "ok"
    keys = [r[0] for r in store.query("SELECT key FROM accounts ORDER BY id")]
    assert keys == [f"ACC-{i:05d}" for i in range(1, 301)]
    assert store.scalar("SELECT count(*) FROM accounts WHERE wallet_cents <= revenue_cents") == 0
    assert (
        store.scalar(
            "SELECT count(*) FROM accounts a WHERE revenue_cents != (SELECT coalesce(sum(revenue_cents), 0) "
            "FROM holdings h WHERE h.account_id = a.id AND h.status = 'active')"
        )
        == 0
    )
    assert (
        store.scalar(
            "SELECT count(*) FROM holdings h JOIN accounts a ON a.id = h.account_id "
            "WHERE h.seats_in_use > a.potential_users OR h.seats_in_use > h.seats_licensed"
        )
        == 0
    )


def test_products_families_and_units(store: Store) -> None:
    products = store.query(
        "SELECT key, family, unit, usage_metric, expected_usage, price_cents FROM products"
    )
    assert len(products) == 10
    assert len({p[1] for p in products}) == 3
    assert {p[2] for p in products} == {"seat", "licence", "volume"}
    assert all(p[0].startswith("P-") and p[3] and p[4] > 0 and p[5] > 0 for p in products)


def test_firmographics_look_european(store: Store) -> None:
    accounts = store.query(
        "SELECT name, country, city, regions, domain, segment, industry, owner FROM accounts"
    )
    assert {a[1] for a in accounts} == {"DE", "AT", "CH", "FR"}
    assert sum(bool(re.search("[äöüÄÖÜß]", a[0])) for a in accounts) >= 20
    assert any(re.search("[éèêàçÉ]", a[0]) for a in accounts)
    assert {a[5] for a in accounts} == {"KMU", "Mittelstand", "Enterprise"}
    assert 4 <= len({a[7] for a in accounts}) <= 6
    assert len({a[4] for a in accounts}) == 300, "domains are unique"
    assert all(set(a[3].split(",")) <= {"EMEA", "APAC", "AMER"} for a in accounts)
    assert any(len(a[3].split(",")) == 3 for a in accounts)
    profiled = store.scalar(
        "SELECT count(*) FROM accounts WHERE success_criteria IS NOT NULL AND goals IS NOT NULL"
    )
    assert profiled >= 100


def test_contacts(store: Store) -> None:
    per_account = dict(store.query("SELECT account_id, count(*) FROM contacts GROUP BY account_id"))
    assert len(per_account) == 300 and all(2 <= n <= 6 for n in per_account.values())
    contacts = store.query(
        "SELECT c.name, c.email, a.domain, c.influence, c.department "
        "FROM contacts c JOIN accounts a ON a.id = c.account_id"
    )
    assert any(re.search("[äöüß]", c[0]) for c in contacts)
    for _, email, domain, _, _ in contacts:
        assert email.isascii() and email.endswith("@" + domain), email
        assert re.fullmatch(r"[a-z0-9-]+\.[a-z0-9-]+@[a-z0-9.-]+", email), email
    assert {c[3] for c in contacts} == {"decision_maker", "champion", "influencer", "user", "blocker"}
    assert {"Einkauf", "IT", "Vertrieb", "Marketing", "Geschäftsführung", "Produktion", "Finanzen"} <= {
        c[4] for c in contacts
    }
    per_contact = dict(store.query("SELECT contact_id, count(*) FROM nps_answers GROUP BY contact_id"))
    assert len(per_contact) == len(contacts) and all(1 <= n <= 3 for n in per_contact.values())
    assert store.scalar("SELECT min(answered_on) FROM nps_answers") >= _days(-731)
    assert store.scalar("SELECT count(*) FROM survey_responses") > 0


def test_holdings_usage_and_revenue_history(store: Store) -> None:
    statuses = dict(store.query("SELECT status, count(*) FROM holdings GROUP BY status"))
    assert statuses["active"] > 5 * (statuses["trial"] + statuses["cancelled"]) > 0 and statuses["trial"] > 0
    months = store.query(
        "SELECT count(*), min(u.period), max(u.period) FROM holdings h JOIN usage_snapshots u "
        "ON u.account_id = h.account_id AND u.product_id = h.product_id WHERE h.status = 'active' "
        "GROUP BY h.id"
    )
    assert len(months) == store.scalar("SELECT count(*) FROM holdings WHERE status = 'active'")
    assert set(months) == {(24, "2024-11", "2026-10")}
    orphans = store.scalar(
        "SELECT count(*) FROM usage_snapshots u LEFT JOIN holdings h "
        "ON h.account_id = u.account_id AND h.product_id = u.product_id WHERE h.id IS NULL"
    )
    assert orphans == 0
    assert (
        store.scalar("SELECT count(*) FROM holdings WHERE usage_limit IS NOT NULL AND status = 'active'") > 0
    )
    quarters = store.query(
        "SELECT count(*), min(period), max(period) FROM revenue_by_period GROUP BY account_id"
    )
    assert len(quarters) == 300 and set(quarters) == {(8, "2024-Q4", "2026-Q3")}


def test_net_dollar_retention_has_expansion_contraction_and_churn(store: Store) -> None:
    first, last = "2025-Q3", "2026-Q3"
    rows = store.query(
        "SELECT a.revenue_cents, b.revenue_cents FROM revenue_by_period a JOIN revenue_by_period b "
        "ON b.account_id = a.account_id AND b.period = ? WHERE a.period = ? AND a.revenue_cents > 0",
        (last, first),
    )
    assert sum(now > then for then, now in rows) >= 10
    assert sum(0 < now < then for then, now in rows) >= 10
    assert sum(now == 0 for _, now in rows) >= 3


def test_touches_qbrs_signals_and_opportunities(store: Store) -> None:
    kinds = {r[0] for r in store.query("SELECT DISTINCT kind FROM touches")}
    assert kinds == {"call", "meeting", "email", "visit", "qbr", "note"}
    assert store.scalar("SELECT min(touched_on) FROM touches") >= _days(-366)
    assert store.scalar("SELECT count(*) FROM touches WHERE next_step_due = ?", (_days(0),)) >= 3
    assert store.scalar("SELECT count(*) FROM touches WHERE next_step_due < ?", (_days(0),)) >= 3
    assert store.scalar("SELECT count(*) FROM touch_contacts") > 0
    held = store.query("SELECT id FROM qbrs WHERE status = 'held' AND held_on < ?", (_days(0),))
    planned = store.query("SELECT id FROM qbrs WHERE status = 'planned' AND held_on >= ?", (_days(0),))
    assert held and planned
    assert (
        store.scalar(
            "SELECT count(*) FROM qbrs WHERE status = 'held' AND id NOT IN (SELECT qbr_id FROM qbr_attendees)"
        )
        == 0
    )
    assert {r[0] for r in store.query("SELECT DISTINCT status FROM qbr_actions")} >= {"open", "done"}
    assert {r[0] for r in store.query("SELECT DISTINCT side FROM qbr_attendees")} == {"customer", "ours"}
    assert {r[0] for r in store.query("SELECT DISTINCT kind FROM signals")} == set(SIGNAL_KINDS)
    pairs = set(store.query("SELECT kind, stage FROM opportunities"))
    assert len(pairs) == 21, "every kind at every stage"
    assert store.scalar("SELECT count(*) FROM opportunities WHERE fast_lane = 1") >= 3


def test_texts_are_german_sentences(store: Store) -> None:
    summaries = [r[0] for r in store.query("SELECT summary FROM touches LIMIT 200")]
    assert all(s and s[0].isupper() for s in summaries)
    assert "{" not in "".join(summaries), "no placeholder left"
    assert store.scalar("SELECT count(*) FROM touches WHERE next_step LIKE '%{%'") == 0


# ---- determinism, refusal, progress, small books ---------------------------------------------------------


def test_same_seed_and_day_give_identical_tables_another_seed_does_not(tmp_path: Path) -> None:
    first, _ = _fresh(tmp_path / "a.sqlite", 100, seed=11)
    again, _ = _fresh(tmp_path / "b.sqlite", 100, seed=11)
    other, _ = _fresh(tmp_path / "c.sqlite", 100, seed=12)
    try:
        assert _dump(first) == _dump(again)
        dumped, different = _dump(first), _dump(other)
        fixed = ("products", "segment_products")  # the catalogue is the same in every demo book
        filled = [t for t in dumped if t not in fixed and (dumped[t] or different[t])]  # not the user's own
        assert all(dumped[t] != different[t] for t in filled), "every table the demo fills varies"
    finally:
        for s in (first, again, other):
            s.close()


def test_a_second_process_generates_exactly_the_same_book(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Big books are generated in a second process while this one stores them: same rows, byte for byte."""
    from planner.core.demo import pipeline, portfolio

    monkeypatch.setattr(portfolio, "CHUNK", 40)  # several chunks through the queue
    here, _ = _fresh(tmp_path / "here.sqlite", 150, seed=5)
    monkeypatch.setattr(pipeline, "PIPELINE_FROM", 1)
    there, summary = _fresh(tmp_path / "there.sqlite", 150, seed=5)
    try:
        assert summary.rows["accounts"] == 150
        assert _dump(here) == _dump(there)
    finally:
        here.close()
        there.close()


def test_a_big_book_leaves_the_page_cache_as_it_found_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.core.demo import generator

    monkeypatch.setattr(generator, "BIG_BOOK", 1)
    store = open_portfolio(tmp_path / "cache.sqlite", create=True)
    try:
        before = store.scalar("PRAGMA cache_size")
        generate(store, accounts=20, today=TODAY)
        assert store.scalar("PRAGMA cache_size") == before
    finally:
        store.close()


def test_a_portfolio_with_data_is_refused_and_left_untouched(tmp_path: Path) -> None:
    store, _ = _fresh(tmp_path / "full.sqlite", 20)
    try:
        before = _dump(store)
        with pytest.raises(ValueError, match="already holds"):
            generate(store, accounts=20, seed=8, today=TODAY)
        assert _dump(store) == before
    finally:
        store.close()


def test_products_alone_are_enough_to_refuse(tmp_path: Path) -> None:
    store = open_portfolio(tmp_path / "products.sqlite", create=True)
    try:
        with store.write() as conn:
            conn.execute("INSERT INTO products (key, name) VALUES ('X', 'Eigenes Produkt')")
        with pytest.raises(ValueError):
            generate(store, accounts=10, today=TODAY)
        assert store.scalar("SELECT count(*) FROM accounts") == 0
        assert store.scalar("SELECT count(*) FROM meta") == 0
    finally:
        store.close()


def test_progress_is_reported_chunk_by_chunk_up_to_the_total(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.core.demo import portfolio

    monkeypatch.setattr(portfolio, "CHUNK", 40)
    calls: list[tuple[int, int]] = []
    store = open_portfolio(tmp_path / "p.sqlite", create=True)
    try:
        generate(store, accounts=100, today=TODAY, progress=lambda done, total: calls.append((done, total)))
    finally:
        store.close()
    assert calls == [(40, 100), (80, 100), (100, 100)]


def test_no_accounts_is_refused(tmp_path: Path) -> None:
    store = open_portfolio(tmp_path / "zero.sqlite", create=True)
    try:
        with pytest.raises(ValueError):
            generate(store, accounts=0, today=TODAY)
    finally:
        store.close()


@pytest.mark.parametrize("seed", [1, 2024])
def test_a_book_of_100_keeps_every_invariant(tmp_path: Path, seed: int) -> None:
    store, summary = _fresh(tmp_path / "small.sqlite", 100, seed=seed)
    try:
        assert summary.rows["accounts"] == 100
        for rule, fired in ((rule, find(store)) for rule, find in RULES.items()):
            assert fired, f"{rule} fires for no account (seed {seed})"
        found = quadrants(store)
        assert all(found[q] >= 3 for q in Quadrant) and found[None] >= 1, found
        assert store.query("PRAGMA foreign_key_check") == []
        assert {r[0] for r in store.query("SELECT DISTINCT country FROM accounts")} == {
            "DE",
            "AT",
            "CH",
            "FR",
        }
        per_account = [r[0] for r in store.query("SELECT count(*) FROM contacts GROUP BY account_id")]
        assert len(per_account) == 100 and min(per_account) >= 2 and max(per_account) <= 6
    finally:
        store.close()
