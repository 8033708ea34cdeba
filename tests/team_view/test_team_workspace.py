"""The Team workspace on the team book of tests/consolidated/team_book.py: a row per owner with the core's
figures, sorting by a click on a title, the handovers, German titles, and its place in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.core.consolidated.by_owner import figures_by_owner
from planner.core.store.store import Store
from planner.ui.shell.main_window import MainWindow
from planner.ui.team.team_workspace import TeamWorkspace
from planner.ui.widgets.editing import Editor
from tests.consolidated.team_book import TODAY, hand_over, team_book


@pytest.fixture
def book(store: Store, tmp_path: Path) -> Store:
    team_book(store, tmp_path)
    return store


@pytest.fixture
def view(qtbot, book: Store) -> TeamWorkspace:
    widget = TeamWorkspace(Editor(book), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1186, 700)
    widget.show()
    return widget


def cell(view: TeamWorkspace, row: int, key: str) -> str:
    model = view.owners_model
    return model.data(model.index(row, model.column_of(key)))


def column_texts(view: TeamWorkspace, key: str) -> list[str]:
    return [cell(view, row, key) for row in range(view.owners_model.rowCount())]


def test_a_row_per_owner_with_the_cores_figures(view: TeamWorkspace) -> None:
    # largest revenue first: Anna 780,000 €, Ben 210,000 €, the accounts without an owner 10,000 €
    assert column_texts(view, "owner") == ["Anna Berg", "Ben Kurz", "(no owner)"]
    assert column_texts(view, "accounts") == ["3", "2", "1"]
    assert column_texts(view, "revenue") == ["€780k", "€210k", "€10k"]  # in full in the tooltip
    assert column_texts(view, "niche") == ["1", "0", "0"]  # Beta
    assert column_texts(view, "power_user") == ["1", "0", "1"]  # Alpha; Zeta
    assert column_texts(view, "neglected_B") == ["2", "1", "0"]  # Beta and Gamma; Epsilon (B in Ben's book)
    assert column_texts(view, "neglected_A") == ["0", "1", "1"]  # Delta; Zeta (alone: A)
    assert column_texts(view, "touched") == ["67%", "100%", "0%"]  # 2 of 3; 2 of 2; 0 of 1
    assert column_texts(view, "ndr") == ["94%", "125%", "–"]  # 150,000 / 160,000; 100,000 / 80,000
    assert view.rows() == figures_by_owner(view.editor.store, TODAY)
    assert view.summary.text() == "Owners: 3 · accounts: 6"


def test_sorting_by_a_click_on_a_title(qtbot, view: TeamWorkspace) -> None:
    header = view.owners.table.horizontalHeader()
    section = view.owners_model.column_of("neglected_A")
    point = header.rect().topLeft()
    point.setX(header.sectionViewportPosition(section) + header.sectionSize(section) // 2)
    point.setY(header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    first = column_texts(view, "neglected_A")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    second = column_texts(view, "neglected_A")
    assert {tuple(first), tuple(second)} == {("0", "1", "1"), ("1", "1", "0")}  # up, then down
    view.owners.sort_by("owner")
    assert column_texts(view, "owner") == ["Anna Berg", "Ben Kurz", "(no owner)"]  # no owner last


def test_a_handover_shows_newest_first_and_no_handovers_says_so(qtbot, view: TeamWorkspace) -> None:
    assert view.no_handovers.isVisible() and not view.handovers.isVisible()
    assert view.no_handovers.text() == "No handovers yet."
    hand_over(view.editor.store, "A-2", "Beta", "Ben Kurz", "Anna Berg", "2026-10-01T09:00:00+00:00")
    hand_over(view.editor.store, "B-1", "Delta", "Anna Berg", "Ben Kurz", "2026-11-15T14:30:00+00:00")
    view.load()
    model = view.handovers.model
    texts = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())
    ]
    assert texts == [
        ["15 Nov 2026", "Delta", "Anna Berg", "Ben Kurz", "director"],
        ["1 Oct 2026", "Beta", "Ben Kurz", "Anna Berg", "director"],
    ]
    assert view.handovers.isVisible() and not view.no_handovers.isVisible()
    with qtbot.waitSignal(view.account_opened) as opened:
        view._open_handover(1)
    assert opened.args == [view.editor.store.scalar("SELECT id FROM accounts WHERE key = 'A-2'")]


def test_figures_that_call_for_a_look_are_highlighted(view: TeamWorkspace) -> None:
    model = view.owners_model
    colour = Qt.ItemDataRole.ForegroundRole
    anna_b = model.data(model.index(0, model.column_of("neglected_B")), colour)
    anna_a = model.data(model.index(0, model.column_of("neglected_A")), colour)
    assert anna_b is not None and anna_a is None  # 2 past their cadence; none
    assert model.data(model.index(0, model.column_of("ndr")), colour) is not None  # 94 % < 100 %
    assert model.data(model.index(1, model.column_of("ndr")), colour) is None  # 125 %


def test_german_titles(qtbot, qapp, book: Store) -> None:
    from planner.ui.widgets.i18n import install_language

    install_language(qapp, "de")
    try:
        view = TeamWorkspace(Editor(book), today=TODAY)
        qtbot.addWidget(view)
        view.show()
        model = view.owners_model
        titles = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]
        assert titles[:3] == ["Betreuer", "Kunden", "Umsatz"]
        assert "Schnupper-\nkunde" in titles and "Power-\nUser" in titles and "Überfällig\nStufe A" in titles
        assert "NDR\n12 Monate" in titles
        assert cell(view, 0, "revenue") == "780 Tsd. €" and cell(view, 2, "owner") == "(ohne Betreuer)"
        assert view.no_handovers.text() == "Noch keine Übergaben."
    finally:
        install_language(qapp, "en")


def test_the_window_has_the_team_workspace_and_an_owner_opens_their_accounts(qtbot, book: Store) -> None:
    window = MainWindow(book)
    qtbot.addWidget(window)
    window.show()
    assert list(window.workspaces)[-1] == "team"
    assert window.actions_by_name["workspace_team"].shortcut().toString() == "Ctrl+7"
    window.actions_by_name["workspace_team"].trigger()
    assert window.front() == "team"
    team = window.team
    team.today = TODAY
    team.load()
    window.resize(1366, 768)  # a laptop's screen: every figure in view, none cut
    QApplication.processEvents()
    table = team.owners.table
    assert (
        sum(table.columnWidth(c) for c in range(team.owners_model.columnCount())) <= table.viewport().width()
    )
    ben = next(n for n, f in enumerate(team.rows()) if f.owner == "Ben Kurz")
    team._open_owner(ben)
    assert window.front() == "portfolio"
    accounts = window.portfolio.accounts
    assert accounts.filter_edit.text() == "Ben Kurz"
    shown = {accounts.model.row_at(r).key for r in range(accounts.model.rowCount())}
    assert shown == {"B-1", "B-2"}  # "ben kurz" too: the filter ignores case
