"""Two laptops and a director sync through a real PostgreSQL: what a KAM publishes reaches the director's
consolidated book and never another KAM's; changes travel incrementally; a dropped connection loses
nothing and publishes nothing twice."""

from __future__ import annotations

from tests.team.sync_support import Laptop, annas_book, annas_team, catalogue

COUNTED = ("accounts", "products", "holdings", "contacts", "nps_answers", "touches")


def counts(laptop: Laptop) -> dict[str, int]:
    return {table: laptop.rows(f"SELECT count(*) FROM {table}")[0][0] for table in COUNTED}


def test_a_kams_book_reaches_the_director_and_not_another_kam(laptops) -> None:
    anna, ben, dora, carl = laptops["anna"], laptops["ben"], laptops["dora"], laptops["carl"]
    catalogue(carl)
    carl.sync()  # the admin publishes the catalogue
    annas_book(anna)
    report = anna.sync()
    assert report.refused == []
    assert report.pushed["accounts"] == 2 and report.pushed["touches"] == 2
    ben.csv("Kunden.csv", ["Kundennummer", "Firma", "Betreuer"], ["K-9", "Weber KG", "Ben Kurz"])
    ben.sync()

    dora.sync()
    # the director's book: everything of both KAMs, the same rows as in their books
    assert counts(dora) == {
        "accounts": 3,
        "products": 2,
        "holdings": 2,
        "contacts": 2,
        "nps_answers": 1,
        "touches": 2,
    }
    assert dora.rows("SELECT key, name, owner FROM accounts ORDER BY key") == [
        ("K-1", "Müller GmbH", "Anna Berg"),
        ("K-2", "Schmidt AG", "Anna Berg"),
        ("K-9", "Weber KG", "Ben Kurz"),
    ]
    assert dora.rows(
        "SELECT a.key, t.touched_on, t.kind, t.minutes, t.summary FROM touches t JOIN accounts a "
        "ON a.id = t.account_id ORDER BY 1"
    ) == [
        ("K-1", "2026-11-10", "call", 30, "Preise besprochen"),
        ("K-2", "2026-11-12", "visit", 90, "Vor Ort"),
    ]
    assert dora.rows("SELECT c.name, n.score FROM nps_answers n JOIN contacts c ON c.id = n.contact_id") == [
        ("Eva Müller", 9)
    ]
    assert dora.rows("SELECT owner_role, writable FROM team_accounts ORDER BY owner_role") == [
        ("anna", 0),
        ("anna", 0),
        ("ben", 0),
    ]
    # ben's book: his account and the catalogue, nothing of anna's
    ben.sync()
    assert ben.rows("SELECT key FROM accounts") == [("K-9",)]
    assert counts(ben)["products"] == 2


def test_changes_travel_incrementally_and_deletions_follow(laptops) -> None:
    anna, dora = laptops["anna"], laptops["dora"]
    annas_team(laptops)
    dora.sync()
    with anna.store.write() as conn:
        conn.execute("UPDATE touches SET minutes = 45 WHERE summary = 'Preise besprochen'")
        conn.execute("DELETE FROM contacts WHERE name = 'Max Schmidt'")
    report = anna.sync()
    assert report.pushed == {"touches": 1} and report.deleted_there == 1
    assert anna.rows("SELECT count(*) FROM team_outbox") == [(0,)]  # all published
    report = dora.sync()
    assert report.pulled == {"touches": 1}  # only what changed
    assert report.deleted_here == 1
    assert dora.rows("SELECT minutes FROM touches WHERE summary = 'Preise besprochen'") == [(45,)]
    assert dora.rows("SELECT name FROM contacts") == [("Eva Müller",)]
    assert anna.sync().pushed == {}  # nothing left: a second sync sends nothing


def test_a_second_laptop_with_the_same_files_links_its_rows_instead_of_doubling_them(
    laptops, tmp_path
) -> None:
    """Anna imports the same CRM files into a new laptop's book and connects it: her accounts and what hangs
    on them are the team's records, not second copies; a value she typed differently is kept in her list."""
    from planner.core.store.store import open_portfolio
    from planner.core.team import local
    from tests.team.sync_support import Laptop

    anna = laptops["anna"]
    annas_team(laptops)
    folder = tmp_path / "anna-new"
    folder.mkdir()
    store = open_portfolio(folder / "anna.sqlite", create=True)
    try:
        second = Laptop("anna", store, anna.db, folder)
        annas_book(second)
        with store.write() as conn:  # on the new laptop the account's name was typed differently
            conn.execute("UPDATE accounts SET name = 'Müller GmbH & Co. KG' WHERE key = 'K-1'")
        local.connect_book(store, anna.db.url("anna"), "anna")
        report = second.sync()
        assert report.pushed == {}  # nothing new: every row is the team's already
        assert counts(second) == counts(anna)
        assert second.rows("SELECT name FROM accounts WHERE key = 'K-1'") == [("Müller GmbH",)]
        assert second.rows("SELECT field, kept_value, winning_value, reason FROM team_conflicts") == [
            ("name", "Müller GmbH & Co. KG", "Müller GmbH", "published before")
        ]
    finally:
        store.close()
