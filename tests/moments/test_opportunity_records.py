"""Opportunities as records (issue 21): created, edited and deleted as one undoable change each, validated,
with no second open opportunity for the same account and product; proposals for kind, close date and amount
(the whitespace value); a moment links to an open opportunity instead of making a second one."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.growth.whitespace import opportunity_for, whitespace_grid, whitespace_value
from planner.core.moments.moment_decisions import to_opportunity
from planner.core.moments.moments import Moment
from planner.core.moments.opportunity_records import (
    OpenOpportunityExists,
    delete_opportunity,
    open_by_pair,
    open_duplicate,
    propose_kind,
    quarter_end,
    read_opportunity,
    save_opportunity,
)
from planner.core.portfolio import changes
from tests.importing_support import dump
from tests.moments.opportunity_book import ANALYTICS, CRM, HUB, MUELLER, NORDLICHT, TODAY, opportunity_book


@pytest.fixture
def book(store, tmp_path):
    return opportunity_book(store, tmp_path)


def moment(
    account_id: int, product_id: int | None, rule: str = "usage_limit", value: int = 500_000
) -> Moment:
    return Moment(
        account_id,
        "Nordlicht AG" if account_id == NORDLICHT else "Müller GmbH",
        "K",
        "Ben",
        "B",
        rule,
        "upsell",
        "2026-11-20",
        "P-AN",
        {},
        value,
        0.5,
        product_id=product_id,
        fingerprint="f",
    )


def test_the_close_date_proposed_is_the_end_of_the_quarter() -> None:
    assert [quarter_end(date(2026, m, 15)) for m in (1, 3, 4, 8, 9, 10, 12)] == [
        date(2026, 3, 31),
        date(2026, 3, 31),
        date(2026, 6, 30),
        date(2026, 9, 30),
        date(2026, 9, 30),
        date(2026, 12, 31),
        date(2026, 12, 31),
    ]


def test_the_kind_follows_what_the_account_holds(book) -> None:
    assert propose_kind(book, MUELLER, ANALYTICS) == "crosssell"  # no holding of it
    assert propose_kind(book, MUELLER, HUB) == "upsell"  # in trial
    assert propose_kind(book, MUELLER, CRM) == "upsell"  # held, uses 20 of 100 expected: under half
    assert propose_kind(book, NORDLICHT, CRM) == "repeat"  # held and used (90 of 100)
    assert propose_kind(book, MUELLER, None) == "crosssell"


def test_the_amount_proposed_is_the_value_the_whitespace_grid_shows(book) -> None:
    # Analytics for Müller: the median of 10,000, 12,000 and 20,000 € its three peers pay = 12,000 €
    assert whitespace_value(book, MUELLER, ANALYTICS) == 1_200_000
    assert whitespace_value(book, MUELLER, HUB) == 100_000  # in trial, nobody pays for it: its list price
    assert whitespace_value(book, MUELLER, CRM) is None  # held
    assert whitespace_value(book, 99, ANALYTICS) is None
    grid = whitespace_grid(book)
    for row in grid.rows:  # one definition: every account's every cell as the grid shows it
        for product, cell in zip(grid.products, row.cells, strict=True):
            shown = cell.value_cents if cell.state in ("whitespace", "trial") else None
            assert whitespace_value(book, row.id, product.id) == shown, (row.name, product.name)


def test_create_with_every_field_then_undo_and_redo_exactly(book) -> None:
    before = dump(book)
    change = save_opportunity(
        book,
        {
            "account_id": MUELLER,
            "product_id": ANALYTICS,
            "value_cents": 1_200_000,
            "close_on": "2026-12-31",
            "stage": "interest",
            "next_step": " Angebot schicken ",
            "next_step_due": date(2026, 12, 1),
            "notes": "Aus dem Whitespace",
        },
        today=TODAY,
    )
    assert change.name == "Müller GmbH · Analytics"
    changes.apply(book, change)
    row = read_opportunity(book, change.ids[0])
    assert (
        row.kind,
        row.stage,
        row.value_cents,
        row.close_on,
        row.next_step,
        row.next_step_due,
        row.notes,
        row.raised_on,
        row.fast_lane,
    ) == (
        "crosssell",
        "interest",
        1_200_000,
        "2026-12-31",
        "Angebot schicken",
        "2026-12-01",
        "Aus dem Whitespace",
        "2026-11-23",
        False,
    )
    after = dump(book)
    changes.apply(book, change, undo=True)
    assert dump(book) == before
    changes.apply(book, change)
    assert dump(book) == after


def test_bad_values_say_what_is_wrong(book) -> None:
    cases = [
        ({"product_id": ANALYTICS}, "choose an existing account"),
        ({"account_id": 99}, "no account #99"),
        ({"account_id": MUELLER, "product_id": 99}, "no product #99"),
        ({"account_id": MUELLER, "value_cents": -1}, "the amount must be whole cents, 0 or more"),
        ({"account_id": MUELLER, "value_cents": 12.5}, "the amount must be whole cents"),
        (
            {"account_id": MUELLER, "close_on": "31.12.2026"},
            "the expected close date must be a day like 2027-03-31",
        ),
        ({"account_id": MUELLER, "next_step_due": "soon"}, "the next step's due date must be a day"),
        ({"account_id": MUELLER, "stage": "closed"}, "stage must be one of signal, interest"),
        ({"account_id": MUELLER, "kind": "resell"}, "kind must be one of repeat, upsell, crosssell"),
        ({"account_id": MUELLER, "colour": "red"}, "not a field of an opportunity: colour"),
    ]
    for values, message in cases:
        with pytest.raises(ValueError, match=message):
            save_opportunity(book, values, today=TODAY)
    assert book.count("opportunities") == 1


def test_no_second_open_opportunity_for_an_account_and_product(book) -> None:
    existing = open_duplicate(book, NORDLICHT, ANALYTICS)
    assert (existing.external_id if hasattr(existing, "external_id") else existing.id, existing.stage) == (
        1,
        "mqn",
    )
    with pytest.raises(OpenOpportunityExists) as refused:
        save_opportunity(book, {"account_id": NORDLICHT, "product_id": ANALYTICS}, today=TODAY)
    assert refused.value.row.id == 1
    assert "Nordlicht AG already has an open opportunity for Analytics" in str(refused.value)
    # a closed one is no duplicate, and neither is one without a product
    changes.apply(
        book,
        save_opportunity(
            book, {"account_id": NORDLICHT, "product_id": ANALYTICS, "stage": "lost"}, today=TODAY
        ),
    )
    changes.apply(book, save_opportunity(book, {"account_id": NORDLICHT}, today=TODAY))
    changes.apply(book, save_opportunity(book, {"account_id": NORDLICHT}, today=TODAY))
    # re-opening the lost one, or moving another one onto the product, would make a second: refused
    with pytest.raises(OpenOpportunityExists):
        save_opportunity(book, {"stage": "interest"}, 2)
    with pytest.raises(OpenOpportunityExists):
        save_opportunity(book, {"product_id": ANALYTICS}, 3)
    assert set(open_by_pair(book)) == {(NORDLICHT, ANALYTICS)}


def test_an_edit_is_one_step_a_skip_marks_the_fast_lane_and_a_new_next_step_is_not_done(book) -> None:
    with book.write() as conn:
        conn.execute(
            "UPDATE opportunities SET next_step = 'Call', next_step_done_on = '2026-11-20' WHERE id = 1"
        )
    before = dump(book)
    change = save_opportunity(book, {"stage": "won", "value_cents": 900_000, "next_step": "Kick-off"}, 1)
    assert change.kind == "edit" and change.name == "Nordlicht AG · Analytics"
    # mqn -> won jumps over in sales: the fast lane, as a move on the board marks it
    assert set(change.fields) == {"stage", "value_cents", "next_step", "next_step_done_on", "fast_lane"}
    changes.apply(book, change)
    row = read_opportunity(book, 1)
    assert (row.stage, row.value_cents, row.next_step, row.next_step_done_on, row.fast_lane) == (
        "won",
        900_000,
        "Kick-off",
        None,
        True,
    )
    changes.apply(book, change, undo=True)
    assert dump(book) == before
    jump = save_opportunity(book, {"stage": "in_sales"}, 1)  # a step: no fast lane
    assert "fast_lane" not in jump.fields
    changes.apply(book, save_opportunity(book, {"stage": "signal"}, 1))
    assert (
        save_opportunity(book, {"stage": "mqn"}, 1).after["opportunities"][0]["fast_lane"] == 1
    )  # skipped 2
    with pytest.raises(KeyError):
        save_opportunity(book, {"stage": "won"}, 99)


def test_delete_takes_the_moment_decision_with_it_and_undo_brings_both_back(book) -> None:
    changes.apply(book, to_opportunity(book, moment(MUELLER, ANALYTICS), today=TODAY))
    made = book.scalar("SELECT max(id) FROM opportunities")
    before = dump(book)
    change = delete_opportunity(book, made)
    assert change.name == "Müller GmbH · Analytics" and change.removed() == {
        "opportunities": 1,
        "moment_decisions": 1,
    }
    changes.apply(book, change)
    assert book.count("opportunities") == 1 and book.scalar("SELECT count(*) FROM moment_decisions") == 0
    changes.apply(book, change, undo=True)
    assert dump(book) == before


def test_a_moment_takes_the_dialogs_values_or_links_to_the_open_one(book) -> None:
    # Müller has no Analytics opportunity: a new one with the moment's defaults under the dialog's values
    step = to_opportunity(
        book,
        moment(MUELLER, ANALYTICS),
        {"value_cents": 1_100_000, "close_on": "2027-01-31", "next_step": "Demo", "notes": "Limit erreicht"},
        today=TODAY,
    )
    changes.apply(book, step)
    row = read_opportunity(book, step.ids[0])
    assert (row.stage, row.kind, row.value_cents, row.close_on, row.next_step, row.notes, row.raised_by) == (
        "interest",
        "upsell",
        1_100_000,
        "2027-01-31",
        "Demo",
        "Limit erreicht",
        "usage_limit",
    )
    # Nordlicht has VC-1 open for Analytics: the moment is linked to it, nothing new, nothing of it changed
    before = book.query("SELECT * FROM opportunities")
    linked = to_opportunity(book, moment(NORDLICHT, ANALYTICS), {"value_cents": 1}, today=TODAY)
    changes.apply(book, linked)
    assert book.query("SELECT * FROM opportunities") == before
    assert book.query(
        "SELECT account_id, decision, opportunity_id FROM moment_decisions WHERE account_id = ?", (NORDLICHT,)
    ) == [(NORDLICHT, "opportunity", 1)]
    changes.apply(book, linked, undo=True)
    assert book.scalar("SELECT count(*) FROM moment_decisions WHERE account_id = ?", (NORDLICHT,)) == 0


def test_the_whitespace_cell_and_readiness_make_no_duplicates(book) -> None:
    grid = whitespace_grid(book)
    nordlicht = next(r for r in grid.rows if r.id == NORDLICHT)
    column = [p.id for p in grid.products].index(ANALYTICS)
    with pytest.raises(OpenOpportunityExists):
        opportunity_for(book, grid, nordlicht, column, today=TODAY)
    mueller = next(r for r in grid.rows if r.id == MUELLER)
    made = opportunity_for(book, grid, mueller, column, today=TODAY)
    assert made.after["opportunities"][0]["value_cents"] == 1_200_000
    assert made.after["opportunities"][0]["close_on"] == "2026-12-31"
