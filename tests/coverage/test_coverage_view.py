"""The Coverage view on the demo book: tier cards, the neglect list (live after a touch and its undo), the
settings, time against value and net dollar retention, each against the core's figures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from planner.core.coverage.coverage import Coverage, coverage
from planner.core.matrix.tiers import tier_shares
from planner.core.moments.moments import load_thresholds
from planner.ui.coverage.coverage_view import SECTIONS, CoverageView
from planner.ui.widgets.editing import Editor
from tests.conftest import TODAY


@pytest.fixture
def view(qtbot, demo_store) -> CoverageView:
    widget = CoverageView(Editor(demo_store), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def core(view: CoverageView) -> Coverage:
    return coverage(view.editor.store, TODAY)


def cell(table, row: int, key: str) -> str:
    model = table.records
    return model.data(model.index(row, model.column_of(key)))


def double_click(qtbot, table, row: int) -> None:
    point = table.visualRect(table.records.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)  # QTest's double-click lacks it
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_tier_cards_show_the_cores_counts(view: CoverageView) -> None:
    expected = core(view)
    thresholds = load_thresholds(view.editor.store)
    for figures in expected.tiers:
        texts = view.strip.cards[figures.tier].texts()
        assert texts["accounts"].startswith(f"{figures.accounts:,} ")
        for days in (30, 90):
            touched, share = figures.touched[days], round(figures.touched[days] / figures.accounts * 100)
            assert texts[f"touched_{days}"] == f"{touched:,} of {figures.accounts:,} ({share}%)"
        assert str(thresholds.cadence(figures.tier)) in texts["cadence"]
        past = sum(1 for n in expected.neglected if n.tier == figures.tier)
        assert texts["past"].startswith(str(past)) if past else texts["past"] == "none overdue"


def test_the_neglect_list_is_the_cores_never_touched_first(view: CoverageView) -> None:
    neglected = core(view).neglected
    assert neglected and view.neglect_table.items() == neglected
    assert view.neglect_count.text().startswith(f"{len(neglected)} account")
    assert view.tabs.tabText(0).endswith(f"({len(neglected)})")
    for row, n in enumerate(neglected):
        assert cell(view.neglect_table, row, "account") == n.name
        assert cell(view.neglect_table, row, "cadence") == str(n.cadence)
        if n.last_touch is None:
            assert cell(view.neglect_table, row, "last_touch") == "never"


def test_a_touch_takes_the_account_off_the_list_and_undo_brings_it_back(view: CoverageView) -> None:
    before = view.neglect_table.items()
    first = before[0]
    view.editor.create("touches", {"account_id": first.account_id, "kind": "call",
                                   "touched_on": TODAY.isoformat(), "minutes": 10})  # fmt: skip
    assert first.account_id not in {n.account_id for n in view.neglect_table.items()}
    assert len(view.neglect_table.items()) == len(before) - 1
    view.editor.undo_stack.undo()
    assert view.neglect_table.items() == before


def test_double_click_or_enter_opens_the_account(qtbot, view: CoverageView) -> None:
    table = view.neglect_table
    first, second = table.items()[:2]
    with qtbot.waitSignal(view.account_opened) as opened:
        double_click(qtbot, table, 0)
    assert opened.args == [first.account_id]
    table.setCurrentIndex(table.records.index(1, 0))
    with qtbot.waitSignal(view.account_opened) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [second.account_id]

    view.show_section("due")
    due = view.due_table
    assert due.items() == core(view).due_steps
    with qtbot.waitSignal(view.account_opened) as opened:
        double_click(qtbot, due, 0)
    assert opened.args == [due.items()[0].account_id]


def test_a_shorter_cadence_in_the_settings_lists_more_accounts(view: CoverageView) -> None:
    before = view.neglect_table.items()
    dialog = view.open_settings()
    dialog.cadence_boxes["C"].setValue(30)
    dialog.accept()
    assert load_thresholds(view.editor.store).cadence_c == 30
    after = view.neglect_table.items()
    assert after == core(view).neglected and len(after) > len(before)
    assert all(n.cadence == 30 for n in after if n.tier == "C")
    assert "30" in view.strip.cards["C"].texts()["cadence"]
    assert view.editor.undo_stack.count() == 0  # a setting, not an undo step


def test_the_tier_shares_in_the_settings_make_the_tiers(view: CoverageView) -> None:
    a_before = view.strip.cards["A"].texts()["accounts"]
    dialog = view.open_settings()
    dialog.a_share.setValue(60)
    dialog.accept()
    assert tier_shares(view.editor.store) == (0.6, 0.95)
    figures = {t.tier: t for t in core(view).tiers}
    assert view.strip.cards["A"].texts()["accounts"].startswith(f"{figures['A'].accounts:,} ")
    assert view.strip.cards["A"].texts()["accounts"] != a_before


def test_cancelled_settings_change_nothing(view: CoverageView) -> None:
    dialog = view.open_settings()
    dialog.cadence_boxes["A"].setValue(3)
    dialog.reject()
    assert load_thresholds(view.editor.store).cadence_a == 14


def test_net_dollar_retention_latest_quarter_first(view: CoverageView) -> None:
    view.show_section("retention")
    book = sorted((r for r in core(view).retention if not r.tier), key=lambda r: r.quarter)
    latest = book[-1]
    table = view.retention_table
    assert table.items()[0] == latest
    quarter = f"Q{latest.quarter[-1]} {latest.quarter[:4]}"
    assert cell(table, 0, "quarter") == quarter
    assert cell(table, 0, "ndr") == f"{round(latest.ndr * 100)}%"
    assert cell(table, 0, "expansion") == f"+€{round(latest.expansion_cents / 100):,}"
    assert cell(table, 0, "contraction") == f"\u2212€{round(latest.contraction_cents / 100):,}"
    assert [r.tier for r in table.items()[:4]] == ["", "A", "B", "C"]
    annual = next(r for r in core(view).annual if r.quarter == latest.quarter and not r.tier)
    assert cell(table, 0, "ndr_annual") == f"{round(annual.ndr * 100)}%"
    assert view.headline().startswith(f"NDR 12 months to {quarter}: {round(annual.ndr * 100)}% · +")
    assert view.headline().endswith(f"\nQuarter over quarter ({quarter}): {round(latest.ndr * 100)}%")
    assert view.retention_headline.text() == view.headline()


def test_time_against_value(view: CoverageView) -> None:
    view.show_section("time")
    panel = view.time_panel
    assert panel.canvas is not None and panel.canvas.figure.axes
    by_tier = {t.tier: t for t in core(view).time_by_tier}
    c = by_tier["C"]
    if c.time_share > c.revenue_share:
        assert f"Tier C takes {round(c.time_share * 100)}% of your time" in panel.sentence_label.text()
    more, less = panel.more_table.items(), panel.less_table.items()
    assert more and less and all(g.gap > 0 for g in more) and all(g.gap < 0 for g in less)
    assert [abs(g.gap) for g in more] == sorted((abs(g.gap) for g in more), reverse=True)


def test_single_threaded_accounts(view: CoverageView) -> None:
    view.show_section("single")
    assert view.single_table.items() == core(view).single_threaded


def test_a_hidden_view_reads_when_shown(qtbot, demo_store) -> None:
    widget = CoverageView(Editor(demo_store), today=TODAY)
    qtbot.addWidget(widget)
    assert widget.data is None and widget.stale
    widget.editor.create("touches", {"account_id": 1, "kind": "note", "touched_on": TODAY.isoformat()})
    assert widget.data is None
    widget.show()
    assert not widget.stale and widget.data is not None
    for name in SECTIONS:
        widget.show_section(name)
        assert widget.tabs.currentWidget() is widget.sections[name]


@pytest.mark.parametrize("width", [1280, 1100])  # alone, and beside the main window's navigation
def test_the_tables_fit_the_width(view: CoverageView, width: int) -> None:
    view.resize(width, 740)
    tables = {"neglected": view.neglect_table, "due": view.due_table, "single": view.single_table,
              "retention": view.retention_table, "time": view.time_panel.less_table}  # fmt: skip
    for name, table in tables.items():
        view.show_section(name)
        assert not table.horizontalScrollBar().isVisible(), name


def test_models(qtmodeltester, view: CoverageView) -> None:
    qtmodeltester.check(view.neglect_table.records)
    qtmodeltester.check(view.retention_table.records)


def test_the_tier_cards_of_a_big_german_book_fit_a_laptop_screen(qtbot, qapp) -> None:
    """Five-digit counts in German ("Kontakt in 30 Tagen  11.111 von 12.345 (90 %)") must not make the
    window wider than 1280 px: the cards get what is left beside the 180 px navigation."""
    from planner.core.coverage.coverage import TierCoverage
    from planner.ui.coverage.coverage_cards import CardStrip
    from planner.ui.widgets.i18n import install_language

    install_language(qapp, "de")
    try:
        strip = CardStrip()
        qtbot.addWidget(strip)
        for tier, card in strip.cards.items():
            card.set_figures(TierCoverage(tier, 12_345, {30: 11_111, 90: 12_222}), 90, 1_234)
        assert "11.111 von 12.345" in strip.cards["A"].texts()["touched_30"]
        assert strip.minimumSizeHint().width() <= 1280 - 180 - 60
    finally:
        install_language(qapp, "en")


def test_a_gap_is_the_difference_of_the_shares_as_shown() -> None:
    """0.1% of the time against 0.1% of the value is no gap on screen, whatever the digits behind."""
    from planner.ui.coverage.coverage_time import fine_percent, points

    assert (fine_percent(0.0014), fine_percent(0.0006)) == ("0.1%", "0.1%")
    assert points(0.0014, 0.0006) == "0.0 pts"
    assert points(0.0, 0.0036) == "\u22120.4 pts"  # 0.0% - 0.4%
    assert points(0.0251, 0.0102) == "+1.5 pts"
