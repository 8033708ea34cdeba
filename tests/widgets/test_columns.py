"""Columns as wide as their titles and contents, the user's widths kept, and the name column frozen when the
table scrolls right."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from planner.ui.coverage.coverage_tables import CoverageTable, Row, neglect_columns
from planner.ui.shell.view_state import restore_list
from planner.ui.widgets.record_model import RIGHT, Column, text_key
from planner.ui.widgets.record_table import RecordTable

LONG_NAME = "Gärtnerei Müller & Söhne Garten- und Landschaftsbau GmbH"


@dataclass(frozen=True)
class Rec:
    id: int
    name: str
    city: str
    amount: str


def columns() -> list[Column]:
    return [
        Column("name", "Account", lambda r: r.name, lambda r: text_key(r.name), width=120),
        Column("city", "City", lambda r: r.city, lambda r: r.city, width=110),
        Column(
            "amount", "Expected revenue next fiscal year", lambda r: r.amount, lambda r: r.amount, RIGHT, 60
        ),
        *(Column(f"x{n}", f"Product {n}", lambda r: "✓ 1.000 €", lambda r: 0, RIGHT, 90) for n in range(12)),
    ]


def make_table(qtbot, rows: list[Rec]) -> RecordTable:
    table = RecordTable(columns(), lambda r: r.name, lambda total, shown: f"{shown} of {total}", "Filter")
    qtbot.addWidget(table)
    table.resize(700, 400)
    table.show()
    table.set_rows(rows)
    return table


def rows(n: int = 30) -> list[Rec]:
    return [Rec(i + 1, LONG_NAME if i == 3 else f"Kunde {i + 1}", "Köln", "12.500,00 €") for i in range(n)]


def test_a_column_is_as_wide_as_its_longest_name_and_never_cuts_its_title(qtbot) -> None:
    table = make_table(qtbot, rows())
    view, fm = table.table, table.table.fontMetrics()
    header_fm = view.horizontalHeader().fontMetrics()
    assert view.columnWidth(0) >= fm.horizontalAdvance(LONG_NAME)  # was 120: the name cut after "Gärtnerei M"
    title = "Expected revenue next fiscal year"  # its figures are short; its title sets the width (was 60)
    assert view.columnWidth(2) >= header_fm.horizontalAdvance(title) + 16  # the sort arrow beside it
    assert view.columnWidth(1) < 110  # "Köln" and "City": narrower than the default


def test_a_width_the_user_chose_wins_over_the_fit(qtbot) -> None:
    table = RecordTable(columns(), lambda r: r.name, lambda t, s: "", "Filter")
    qtbot.addWidget(table)
    restore_list(table, {"columns": [{"key": "name", "width": 333}, {"key": "city", "width": 70}]})
    table.set_rows(rows())
    assert (table.table.columnWidth(0), table.table.columnWidth(1)) == (333, 70)  # kept from the last session
    table.table.horizontalHeader().resizeSection(2, 150)  # the user drags a border
    table.set_rows(rows(40))
    assert table.table.columnWidth(2) == 150


def test_the_name_stays_when_the_table_scrolls_right(qtbot) -> None:
    table = make_table(qtbot, rows())
    view, frozen = table.table, table.frozen
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert (
        bar.maximum() > 0 and view.columnViewportPosition(0) < 0
    )  # the table's own name column scrolled away
    assert frozen.isVisible() and frozen.width() == view.columnWidth(0)
    assert frozen.x() == view.frameWidth()  # at the left edge, over the scrolled cells
    row = table.model.row_of(4)  # the long name's row, wherever the sort put it
    view.scrollTo(table.model.index(row, 1))
    QApplication.processEvents()
    index = frozen.indexAt(QPoint(5, frozen.rowViewportPosition(row) + 5))
    assert index.column() == 0 and index.data() == LONG_NAME
    centre = frozen.visualRect(index).center()
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(table.opened) as opened:  # a double-click on the name opens the account
        qtbot.mouseDClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [4]
    assert table.selected_ids() == [4]  # selected in the table: one selection for both
    view.verticalScrollBar().setValue(2)
    assert frozen.verticalScrollBar().value() == 2  # the names scroll with their rows


def test_a_click_on_the_frozen_title_sorts_the_table(qtbot) -> None:
    table = make_table(qtbot, rows())
    main, frozen = table.table.horizontalHeader(), table.frozen.horizontalHeader()
    frozen.sectionClicked.emit(0)
    first = [table.model.row_at(r).name for r in range(3)]
    frozen.sectionClicked.emit(0)  # again: the other way round
    assert main.sortIndicatorSection() == 0 and frozen.sortIndicatorOrder() == main.sortIndicatorOrder()
    last = [table.model.row_at(r).name for r in range(29, 26, -1)]
    assert first == last  # "Gärtnerei ...", "Kunde 1", "Kunde 10" first one way, last the other


def test_the_coverage_tables_fit_their_titles_and_freeze_the_account(qtbot) -> None:
    @dataclass(frozen=True)
    class Neglect:
        name: str = LONG_NAME
        tier: str = "A"
        owner: str = "Anna Groß"
        revenue_cents: int = 1_250_000
        last_touch: str | None = "2026-10-01"
        overdue: int | None = 12
        cadence: int = 14

    table = CoverageTable(neglect_columns(), "owner")
    qtbot.addWidget(table)
    table.resize(500, 300)
    table.show()
    table.set_rows([Row(1, Neglect())])
    header = table.horizontalHeader()
    for column in range(header.count()):  # "Last touch" lost its first letters at 115 pixels in German
        if header.sectionResizeMode(column) != header.ResizeMode.Stretch:
            title = table.model().headerData(column, Qt.Orientation.Horizontal)
            assert table.columnWidth(column) >= header.fontMetrics().horizontalAdvance(title), title
    assert table.frozen.isVisible() and table.frozen.column == 0


def test_fitting_100000_rows_measures_only_the_first_ones(qtbot) -> None:
    many = [Rec(i + 1, f"Kunde {i + 1}", "Köln", "12.500,00 €") for i in range(100_000)]
    table = make_table(qtbot, many[:10])
    started = time.perf_counter()
    table.set_rows(many)
    assert time.perf_counter() - started < 2.0  # about 0.2 s here: the fit reads 200 rows, not 100,000
    assert table.table.horizontalHeader().resizeContentsPrecision() == 200


def test_the_accounts_list_keeps_key_and_name_in_view(qtbot) -> None:
    from planner.ui.widgets.columns import account_columns

    table = RecordTable(account_columns(), lambda r: "", lambda t, s: "", "Filter")
    qtbot.addWidget(table)
    table.resize(600, 300)
    table.show()
    QApplication.processEvents()
    keys = [table.model.columns[c].key for c in table.frozen.columns]
    assert keys == ["key", "name"]  # "ACC-00045 Mäder & Schröder ..." stays while Revenue scrolls into view
    assert table.frozen.width() == table.table.columnWidth(0) + table.table.columnWidth(1)
