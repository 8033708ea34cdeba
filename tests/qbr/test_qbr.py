"""QBRs in the core: saved as one undoable step, held with a snapshot and a touch, open actions that come
back, the calendar, and what changed since the last QBR."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from planner.core.portfolio import changes
from planner.core.qbr.briefing import build_briefing, find_account
from planner.core.qbr.qbr_calendar import calendar, due_within
from planner.core.qbr.qbr_snapshot import Snapshot
from planner.core.qbr.qbrs import Action, Attendee, new_qbr, read_qbr, save_qbr
from planner.core.store.store import Store

TODAY = date(2026, 11, 23)
PRODUCTS = ("Connect Pro", "Insight Dashboards", "Data Hub", "Mobile App", "Premium Support")


def make_book(store: Store) -> dict[str, int]:
    """A small hand-made book: Brandt Maschinenbau (two products, two contacts, usage) and two peers."""
    with store.write() as conn:
        for n, name in enumerate(PRODUCTS, start=1):
            conn.execute("INSERT INTO products (id, key, name, price_cents, unit, expected_usage) "
                         "VALUES (?, ?, ?, 100000, 'seat', 100)", (n, f"P{n}", name))  # fmt: skip
        accounts = (
            (
                1,
                "BR-1",
                "Brandt Maschinenbau GmbH",
                "Anna Keller",
                800,
                400,
                12_000_000,
                40_000_000,
                "EMEA,APAC",
            ),
            (2, "CO-2", "Cordes Logistik AG", "Anna Keller", 900, 500, 20_000_000, 30_000_000, "EMEA"),
            (3, "DI-3", "Dietz Chemie KG", "Ben Ott", 700, 300, 9_000_000, 20_000_000, "EMEA"),
        )
        for aid, key, name, owner, employees, users, revenue, wallet, regions in accounts:
            conn.execute(
                "INSERT INTO accounts (id, key, name, owner, segment, country, city, employees, "
                "potential_users, revenue_cents, wallet_cents, regions, goals) VALUES (?, ?, ?, ?, "
                "'Mittelstand', 'DE', 'Kassel', ?, ?, ?, ?, ?, 'Zweites Werk anbinden')",
                (aid, key, name, owner, employees, users, revenue, wallet, regions),
            )
        holdings = ((1, 1, 1, 8_000_000), (2, 1, 2, 4_000_000), (3, 2, 1, 12_000_000), (4, 2, 3, 8_000_000),
                    (5, 3, 1, 5_000_000), (6, 3, 4, 4_000_000))  # fmt: skip
        for hid, aid, pid, revenue in holdings:
            conn.execute("INSERT INTO holdings (id, account_id, product_id, status, since, seats_licensed, "
                         "seats_in_use, revenue_cents, renewal_date) VALUES (?, ?, ?, 'active', "
                         "'2024-01-15', "
                         "100, 80, ?, '2027-01-15')", (hid, aid, pid, revenue))  # fmt: skip
        for month in ("2026-08", "2026-09", "2026-10"):
            for aid, pid, used in ((1, 1, 90), (1, 2, 85), (2, 1, 30), (2, 3, 20), (3, 1, 95), (3, 4, 99)):
                conn.execute(
                    "INSERT INTO usage_snapshots VALUES (?, ?, ?, ?, 100, 50)", (aid, pid, month, used)
                )
        for aid, q2, q3 in ((1, 2_900_000, 3_000_000), (2, 5_000_000, 5_000_000), (3, 2_250_000, 2_250_000)):
            conn.execute("INSERT INTO revenue_by_period VALUES (?, '2026-Q2', ?)", (aid, q2))
            conn.execute("INSERT INTO revenue_by_period VALUES (?, '2026-Q3', ?)", (aid, q3))
        contacts = ((1, 1, "Jonas Brandt", "Geschäftsführer", "Geschäftsführung", "EMEA", "decision_maker"),
                    (2, 1, "Mia Roth", "Leiterin IT", "IT", "EMEA", "champion"),
                    (3, 2, "Carl Cordes", "Vorstand", "Geschäftsführung", "EMEA", "decision_maker"),
                    (4, 2, "Uwe Lenz", "Einkauf", "Einkauf", "EMEA", "user"),
                    (5, 3, "Eva Dietz", "Einkauf", "Einkauf", "EMEA", "decision_maker"))  # fmt: skip
        for contact in contacts:
            conn.execute("INSERT INTO contacts (id, account_id, name, role, department, region, influence) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", contact)  # fmt: skip
        conn.execute("INSERT INTO nps_answers (contact_id, answered_on, score) VALUES (1, '2026-10-01', 9)")
        conn.execute("INSERT INTO nps_answers (contact_id, answered_on, score) VALUES (2, '2026-10-02', 10)")
        conn.execute("INSERT INTO touches (id, account_id, kind, touched_on, minutes, summary) "
                     "VALUES (1, 1, 'call', '2026-11-02', 20, 'Budget 2027 besprochen')")  # fmt: skip
        conn.execute("INSERT INTO touch_contacts VALUES (1, 2)")
    return {"brandt": 1, "cordes": 2, "dietz": 3}


def held_qbr(store: Store, account_id: int, day: str, actions: tuple[Action, ...] = ()) -> int:
    """A QBR planned and then written up as held on `day` with `actions`; returns its id."""
    qbr = new_qbr(store, account_id, date.fromisoformat(day))
    qbr = replace(
        qbr, attendees=(*qbr.attendees, Attendee("Jonas Brandt", "customer", 1)), objectives="Review"
    )
    planned = save_qbr(store, qbr, today=date.fromisoformat(day))
    changes.apply(store, planned)
    held = replace(read_qbr(store, planned.ids[0]), status="held", outcomes="Rollout agreed", actions=actions)
    changes.apply(store, save_qbr(store, held, today=date.fromisoformat(day)))
    return planned.ids[0]


def test_a_planned_qbr_is_one_step_with_its_attendees(store: Store) -> None:
    make_book(store)
    qbr = new_qbr(store, 1, date(2026, 12, 3))
    assert [(p.name, p.side) for p in qbr.attendees] == [("Anna Keller", "ours")]  # the owner attends for us
    qbr = replace(
        qbr, attendees=(*qbr.attendees, Attendee("Jonas Brandt", "customer", 1)), agenda="1. Review"
    )
    change = save_qbr(store, qbr, today=TODAY)
    assert change.name == "Brandt Maschinenbau GmbH · 2026-12-03"
    changes.apply(store, change)
    stored = read_qbr(store, change.ids[0])
    assert (stored.status, stored.agenda, stored.account) == (
        "planned",
        "1. Review",
        "Brandt Maschinenbau GmbH",
    )
    assert {(p.name, p.side, p.contact_id) for p in stored.attendees} == {
        ("Anna Keller", "ours", None), ("Jonas Brandt", "customer", 1)}  # fmt: skip
    assert save_qbr(store, stored, today=TODAY).empty  # saving it unchanged is no step
    changes.apply(store, change, undo=True)
    assert store.count("qbrs") == 0 and store.scalar("SELECT count(*) FROM qbr_attendees") == 0


def test_holding_a_qbr_keeps_a_snapshot_and_counts_as_a_touch(store: Store) -> None:
    make_book(store)
    qbr_id = held_qbr(store, 1, "2026-09-01")
    snapshot = Snapshot.from_json(read_qbr(store, qbr_id).snapshot_json or "")
    assert snapshot.products == {1: "Connect Pro", 2: "Insight Dashboards"}
    assert snapshot.contacts == {1: "Jonas Brandt", 2: "Mia Roth"}
    assert (snapshot.revenue_cents, snapshot.breadth, snapshot.quadrant) == (12_000_000, 0.4, "niche")
    touch = store.query("SELECT kind, touched_on, summary FROM touches WHERE account_id = 1 AND kind = 'qbr'")
    assert touch == [("qbr", "2026-09-01", "Rollout agreed")]
    assert store.query(
        "SELECT contact_id FROM touch_contacts WHERE touch_id = (SELECT max(id) FROM touches)"
    ) == [(1,)]


def test_open_actions_come_back_on_the_next_qbr_and_are_settled_there(store: Store) -> None:
    make_book(store)
    actions = (
        Action("Send the usage report", "Anna Keller", "2026-10-01"),
        Action("Name an IT contact", "Jonas Brandt"),
    )
    held_qbr(store, 1, "2026-09-01", actions)
    later = new_qbr(store, 1, date(2026, 12, 3))
    assert [(a.title, a.status, a.agreed_on) for a in later.carried] == [
        ("Send the usage report", "open", "2026-09-01"),
        ("Name an IT contact", "open", "2026-09-01"),
    ]
    settled = replace(later, carried=(replace(later.carried[0], status="done"), later.carried[1]))
    change = save_qbr(store, settled, today=TODAY)
    changes.apply(store, change)
    assert store.query("SELECT title, status FROM qbr_actions ORDER BY id") == [
        ("Send the usage report", "done"), ("Name an IT contact", "open")]  # fmt: skip
    assert [a.status for a in read_qbr(store, change.ids[0]).open_carried] == ["open"]
    changes.apply(store, change, undo=True)  # the new QBR and the settled action go back together
    assert store.query("SELECT status FROM qbr_actions ORDER BY id") == [("open",), ("open",)]


def test_the_calendar_lists_upcoming_qbrs_and_a_accounts_without_one(store: Store) -> None:
    make_book(store)
    held_qbr(store, 1, "2026-09-01", (Action("Send the report"),))
    changes.apply(store, save_qbr(store, new_qbr(store, 1, date(2026, 12, 3)), today=TODAY))
    found = calendar(store, TODAY, tiers={1: "A", 2: "A", 3: "B"})
    assert [(r.account, r.status, r.days, r.open_actions) for r in found.upcoming()] == [
        ("Brandt Maschinenbau GmbH", "planned", 10, 1)]  # fmt: skip
    assert [m.account for m in found.missing] == ["Cordes Logistik AG"]  # Brandt has one this quarter
    assert len(due_within(store, TODAY, 7)) == 0 and len(due_within(store, TODAY, 14)) == 1


def test_the_briefing_says_what_changed_since_the_last_qbr(store: Store) -> None:
    make_book(store)
    held_qbr(store, 1, "2026-09-01")
    with (
        store.write() as conn
    ):  # since then: Insights cancelled, Data Hub and Mobile bought, Mia left, Lea came
        conn.execute("UPDATE holdings SET status = 'cancelled' WHERE id = 2")
        conn.execute("INSERT INTO holdings (account_id, product_id, status, since, revenue_cents) VALUES "
                     "(1, 3, 'active', '2026-10-01', 3000000), "
                     "(1, 4, 'active', '2026-10-15', 1000000)")  # fmt: skip
        conn.execute("DELETE FROM contacts WHERE id = 2")
        conn.execute("INSERT INTO contacts (account_id, name, department) VALUES (1, 'Lea Vogt', 'Einkauf')")
    changes.apply(store, save_qbr(store, new_qbr(store, 1, date(2026, 12, 3)), today=TODAY))
    since = build_briefing(store, account_id=1, today=TODAY).since
    assert since is not None and since.held_on == "2026-09-01"
    assert (since.quadrant_before, since.quadrant_now, since.moved) == ("niche", "power_user", True)
    assert (since.won, since.lost) == (("Data Hub", "Mobile App"), ("Insight Dashboards",))
    assert (since.new_contacts, since.gone_contacts) == (("Lea Vogt",), ("Mia Roth",))


def test_a_qbr_held_before_snapshots_only_knows_the_products_bought_since(store: Store) -> None:
    make_book(store)
    with store.write() as conn:
        conn.execute("INSERT INTO qbrs (account_id, held_on, status) VALUES (1, '2026-06-01', 'held')")
        conn.execute("UPDATE holdings SET since = '2026-07-01' WHERE id = 2")
    since = build_briefing(store, account_id=1, today=TODAY).since
    assert since is not None and since.snapshot is None
    assert (since.won, since.moved) == (("Insight Dashboards",), False)


def test_an_account_is_found_by_key_or_name(store: Store) -> None:
    make_book(store)
    assert [find_account(store, t) for t in ("BR-1", "Cordes Logistik AG", "dietz chemie kg", "Dietz")] == [
        1,
        2,
        3,
        3,
    ]
    assert find_account(store, "GmbH") == 1 and find_account(store, "t") is None  # in every name
    assert find_account(store, "Nobody") is None
