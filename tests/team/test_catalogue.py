"""The catalogue is the team admin's: products, segment relevance and the shared settings reach every book,
and a KAM's own change to them stays in their book until the team's value changes (then it is kept in their
conflict list). A holding of a product the team does not have stays unpublished, and the KAM is told why."""

from __future__ import annotations

from planner.core.growth.segments import relevance, set_relevance
from planner.core.matrix.tiers import save_tier_shares, tier_shares
from planner.core.portfolio import changes
from tests.team.sync_support import annas_book, annas_team, catalogue


def product_ids(laptop) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return dict(laptop.rows("SELECT key, id FROM products"))


def test_the_admins_catalogue_and_settings_reach_every_book(laptops) -> None:
    anna, carl = laptops["anna"], laptops["carl"]
    catalogue(carl)
    carl.csv("Kunden.csv", ["Kundennummer", "Firma", "Segment"], ["X-1", "Demo AG", "Industrie"])
    p = product_ids(carl)
    changes.apply(carl.store, set_relevance(carl.store, "Industrie", [p["P1"], p["P2"]]))
    save_tier_shares(carl.store, 0.1, 0.3)
    report = carl.sync()
    assert report.pushed["products"] == 2 and report.pushed["segment_products"] == 2
    # carl is no KAM: the account he imported to try the relevance is not published, and he is told so
    assert (
        "accounts: 1 of this book's own accounts are not published: only a key-account manager publishes "
        "accounts" in report.refused
    )

    annas_book(anna)
    anna.sync()
    mine = product_ids(anna)
    assert relevance(anna.store) == {"Industrie": {mine["P1"], mine["P2"]}}
    assert tier_shares(anna.store) == (0.1, 0.3)

    # anna's own tier shares stay hers (and she is told) until the admin changes the team's
    save_tier_shares(anna.store, 0.2, 0.3)
    report = anna.sync()
    assert "team_settings tier_shares: only a team admin changes the team's settings" in report.refused
    assert tier_shares(anna.store) == (0.2, 0.3)
    save_tier_shares(carl.store, 0.15, 0.35)
    carl.sync()
    anna.sync()
    assert tier_shares(anna.store) == (0.15, 0.35)
    assert anna.rows("SELECT table_name, field, kept_value, reason FROM team_conflicts") == [
        ("team_settings", "tier_shares", "[0.2, 0.3]", "team setting")
    ]


def test_a_holding_of_a_product_the_team_lacks_stays_in_the_book_with_the_reason(laptops) -> None:
    anna = laptops["anna"]
    annas_team(laptops, published=False)
    anna.csv("Produkte2.csv", ["Produktnummer", "Produkt", "Preis"], ["P9", "Eigenes Paket", "99"])
    anna.csv("Verträge2.csv", ["Kunde", "Produkt", "Status", "Umsatz"], ["K-1", "P9", "aktiv", "1.000"])
    report = anna.sync()
    assert "products Eigenes Paket: only a team admin changes the team's catalogue" in report.refused
    assert "holdings Müller GmbH / P9: product_id: not published in the team yet" in report.refused
    assert report.pushed["holdings"] == 2  # the other two are published
    assert anna.rows("SELECT count(*) FROM holdings") == [(3,)]  # nothing left the book
