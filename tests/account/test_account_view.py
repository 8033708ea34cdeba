"""One account's whole view (the account page's data), each part as the other workspaces compute it: the
whitespace row as the grid's, the moments as the inbox's, the phase as the journey's; contacts with their
last NPS and last touch, one timeline of touches and signals, QBRs with their open actions."""

from __future__ import annotations

import pytest

from planner.core.account.account_qbrs import open_actions
from planner.core.account.account_view import account_view
from planner.core.growth.whitespace import whitespace_grid
from planner.core.matrix.matrix import matrix_points
from planner.core.moments.detection import detect
from planner.core.moments.moment_decisions import decide
from planner.core.portfolio import changes
from tests.account.account_book import account_book
from tests.conftest import TODAY


def test_header_figures_phase_and_quadrant_reasons(store, tmp_path) -> None:
    n = account_book(store, tmp_path)
    view = account_view(store, n["Müller GmbH"], TODAY)
    assert view.detail.account["revenue_cents"] == 5_000_000
    point = view.point
    assert point is not None
    # NPS from each contact's latest answer: Eva 9 (promoter), Jan 4 (detractor): (1 - 1) / 2 = 0
    assert point.nps == 0
    # breadth: holds Connect Basis of the 3 products (a trial is not held) = 1/3; no usage: not scored
    assert (point.breadth, point.intensity, point.reason) == (1 / 3, None, "no_usage")
    # potential: the one whitespace product, Insight, at its list price of 1.000 €
    assert point.potential_cents == 100_000
    # the journey: a customer since 2021 (not new) without usage data is in adoption
    assert (view.phase.phase, view.phase.reason) == ("adoption", "no_usage")


def test_the_whitespace_row_is_the_grids_row(store, tmp_path) -> None:
    n = account_book(store, tmp_path)
    view = account_view(store, n["Müller GmbH"], TODAY)
    cells = [(c.product, c.state, c.value_cents, c.basis, c.peers) for c in view.whitespace]
    assert cells == [
        ("Connect Basis", "held", 5_000_000, "", 0),  # its revenue, 50.000 €
        # in trial: what the two accounts that pay for it pay, median of 20.000 and 30.000 = 25.000 €; fewer
        # than 3 peers in its segment and size band, so the median of all
        ("Connect Pro", "trial", 2_500_000, "all", 2),
        ("Insight", "whitespace", 100_000, "price", 0),  # nobody pays for it: its list price, 1.000 €
    ]
    grid = whitespace_grid(store, matrix_points(store, today=TODAY))
    row = next(r for r in grid.rows if r.id == n["Müller GmbH"])
    from_grid = [(p.name, c.state, c.value_cents) for p, c in zip(grid.products, row.cells, strict=True)]
    assert [(c.product, c.state, c.value_cents) for c in view.whitespace] == [
        f for f in from_grid if f[1] != "not_relevant"
    ]


def test_contacts_with_their_last_nps_and_last_touch(store, tmp_path) -> None:
    n = account_book(store, tmp_path)
    view = account_view(store, n["Müller GmbH"], TODAY)
    found = {c.name: (c.last_nps, c.last_nps_on, c.last_touch_on) for c in view.contacts}
    assert found == {
        "Eva Müller": (9, "2026-11-02", "2026-11-20"),  # the later of her answers; the workshop of 20.11.
        # the call of 10.11.; the visit of 05.12. is planned (after today, 23.11.), not done
        "Jan Berg": (4, "2026-10-01", "2026-11-10"),
        "Ida Neu": (None, None, None),
    }


def test_touches_and_signals_on_one_timeline_newest_first(store, tmp_path) -> None:
    n = account_book(store, tmp_path)
    view = account_view(store, n["Müller GmbH"], TODAY)
    shown = [(e.day[:10], e.source, e.kind, e.summary, e.planned) for e in view.timeline]
    assert shown == [
        ("2026-12-05", "touch", "visit", "Besuch geplant", True),  # planned: on top, marked
        ("2026-11-20", "touch", "meeting", "Workshop", False),  # one day: the touch before the signal
        ("2026-11-20", "signal", "price_request", "Insight", False),
        ("2026-11-15", "signal", "content_engaged", "Berichte live · Analytics", False),
        ("2026-11-10", "touch", "call", "Preise besprochen", False),
        ("2026-06-15", "touch", "qbr", "Ziele 2027", False),  # the held QBR counts as a touch
    ]
    call = view.timeline[4]
    assert (call.contacts, call.next_step, call.next_step_due) == (
        "Eva Müller, Jan Berg", "Angebot senden", "2026-11-30"
    )  # fmt: skip
    assert len({e.id for e in view.timeline}) == 6  # touch 2 and signal 2 apart: ids 2 and -2


def test_qbrs_past_and_planned_with_their_open_actions(store, tmp_path) -> None:
    n = account_book(store, tmp_path)
    view = account_view(store, n["Müller GmbH"], TODAY)
    lines = [
        (q.held_on, q.status, q.upcoming, q.actions, [a.title for a in q.open_actions]) for q in view.qbrs
    ]
    assert lines == [
        ("2026-12-10", "planned", True, 1, ["Agenda abstimmen"]),
        ("2026-06-15", "held", False, 2, ["Reporting einrichten"]),  # "Schulung planen" is done
    ]
    # every open action, the earliest due first: 31.07. before 01.12.
    assert [a.title for a in open_actions(view.qbrs)] == ["Reporting einrichten", "Agenda abstimmen"]


def test_opportunities_open_first(store, tmp_path) -> None:
    n = account_book(store, tmp_path)
    view = account_view(store, n["Müller GmbH"], TODAY)
    # Müller's two (Schmidt's is not its): the open MQN for Insight, 12.000 €, before the won 5.000 €
    assert [(o.product_name, o.stage, o.value_cents) for o in view.opportunities] == [
        ("Insight", "mqn", 1_200_000),
        ("Connect Basis", "won", 500_000),
    ]


def test_open_moments_are_the_inboxs_and_a_dismissal_shows_at_once(store, tmp_path) -> None:
    n = account_book(store, tmp_path)
    muller = n["Müller GmbH"]
    view = account_view(store, muller, TODAY)
    inbox = [(m.rule, m.subject, m.priority) for m in detect(store, TODAY).moments if m.account_id == muller]
    assert [(m.rule, m.subject, m.priority) for m in view.moments] == inbox
    # the price request for Insight (fast lane) and the QBR of 10.12., 17 days ahead (within 30)
    assert [m.rule for m in view.moments] == ["fast_lane", "qbr_coming"]
    step = decide(store, view.moments[1], "dismissed", reason="Already in progress", today=TODAY)
    changes.apply(store, step)
    assert [m.rule for m in account_view(store, muller, TODAY).moments] == ["fast_lane"]
    changes.apply(store, step, undo=True)
    assert [m.rule for m in account_view(store, muller, TODAY).moments] == ["fast_lane", "qbr_coming"]


def test_a_deleted_account_is_a_key_error(store, tmp_path) -> None:
    account_book(store, tmp_path)
    with pytest.raises(KeyError):
        account_view(store, 999, TODAY)
