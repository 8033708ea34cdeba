"""Form rules, the products and contacts lists, the account page's data, and erasing a contact."""

from __future__ import annotations

import pytest

from planner.core.portfolio.account_detail import account_detail
from planner.core.portfolio.catalog import contact_rows, product_rows
from planner.core.portfolio.privacy import ERASED, erase_contact
from planner.core.portfolio.records import Problem, normalised, validate
from planner.core.store.store import Store


@pytest.fixture
def book(store: Store) -> Store:
    with store.write() as conn:
        conn.execute(
            "INSERT INTO accounts(id, key, name, potential_users, revenue_cents, wallet_cents, notes) "
            "VALUES (1, 'K1', 'Müller GmbH', 40, 300000, 1200000, 'Jörg Weiß mag Fußball')"
        )
        conn.execute("INSERT INTO products(id, key, name) VALUES (1, 'P1', 'Connect'), (2, 'P2', 'Insight')")
        conn.execute("INSERT INTO holdings(id, account_id, product_id, revenue_cents) VALUES (1, 1, 1, 500)")
        conn.execute("INSERT INTO usage_snapshots VALUES (1, 1, '2026-10', 8, 10, 3)")
        conn.execute(
            "INSERT INTO contacts(id, account_id, name, email) VALUES "
            "(1, 1, 'Jörg Weiß', 'joerg@mueller.de'), (2, 1, 'Eva Roth', NULL)"
        )
        conn.execute(
            "INSERT INTO nps_answers(contact_id, answered_on, score) VALUES "
            "(1, '2025-01-02', 3), (1, '2026-01-02', 9), (2, '2026-02-01', 6)"
        )
        conn.execute(
            "INSERT INTO touches(id, account_id, kind, touched_on, summary) VALUES "
            "(1, 1, 'call', '2026-11-01', 'Mit Jörg Weiß über Insight gesprochen')"
        )
        conn.execute("INSERT INTO touch_contacts VALUES (1, 1), (1, 2)")
    return store


def test_required_negative_email_and_taken_key(book: Store) -> None:
    problems = validate(
        book, "accounts", {"name": " ", "key": "k1", "employees": -1, "revenue_cents": 0}, record_id=None
    )
    assert problems == {
        "name": Problem("required"),
        "key": Problem("taken", "Müller GmbH"),
        "employees": Problem("negative"),
    }
    assert validate(book, "accounts", {"name": "Müller GmbH", "key": "K1"}, record_id=1) == {}
    contact = {"account_id": 1, "name": "Eva", "email": "eva@mueller"}
    assert validate(book, "contacts", contact) == {"email": Problem("email")}
    assert validate(book, "contacts", {**contact, "email": "eva.roth@müller-gmbh.de"}) == {}


def test_holding_seats_in_use_not_above_potential_users_and_product_held_once(book: Store) -> None:
    holding = {"account_id": 1, "product_id": 1, "status": "active", "seats_in_use": 41}
    assert validate(book, "holdings", holding) == {
        "product_id": Problem("already_held"),
        "seats_in_use": Problem("seats_above_users", "40"),
    }
    ok = {**holding, "seats_in_use": 40, "since": "2026-01-01", "renewal_date": "2027-01-01"}
    assert validate(book, "holdings", ok, record_id=1) == {}
    late = {**ok, "renewal_date": "2025-12-31"}
    assert validate(book, "holdings", late, record_id=1) == {"renewal_date": Problem("order")}


def test_normalised_trims_text_and_stores_blank_as_null() -> None:
    values = {"name": " Müller GmbH ", "city": "  ", "tier_override": "", "revenue_cents": None}
    assert normalised("accounts", values) == {
        "name": "Müller GmbH",
        "city": None,
        "tier_override": None,
        "revenue_cents": 0,
    }


def test_lists_and_account_page(book: Store) -> None:
    products = {p.key: p for p in product_rows(book)}
    assert (products["P1"].accounts, products["P1"].revenue_cents) == (1, 500)
    assert products["P2"].accounts == 0
    contacts = {c.name: c for c in contact_rows(book)}
    assert (contacts["Jörg Weiß"].last_nps, contacts["Jörg Weiß"].last_nps_on) == (9, "2026-01-02")
    detail = account_detail(book, 1)
    assert detail.share_of_wallet == 0.25
    assert detail.score.breadth == 0.5 and detail.score.intensity == 0.8
    assert [h.product for h in detail.holdings] == ["Connect"]
    assert detail.touches[0].contacts in ("Jörg Weiß, Eva Roth", "Eva Roth, Jörg Weiß")
    assert detail.unscored_reason is None


def test_erasing_a_contact_keeps_the_touch_without_the_person(book: Store) -> None:
    erasure = erase_contact(book, 1)
    assert (erasure.name, erasure.nps_answers, erasure.touches_kept) == ("Jörg Weiß", 2, 1)
    assert book.query("SELECT name FROM contacts") == [("Eva Roth",)]
    assert book.count("nps_answers") == 1
    assert book.query("SELECT contact_id FROM touch_contacts") == [(2,)]
    assert book.scalar("SELECT summary FROM touches") == f"Mit {ERASED} über Insight gesprochen"
    assert book.scalar("SELECT notes FROM accounts") == f"{ERASED} mag Fußball"
    book.close()
    raw = book.path.read_bytes()
    assert "Jörg Weiß".encode() not in raw and b"joerg@mueller.de" not in raw
