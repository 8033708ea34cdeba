"""The matrix view on the demo book: bubbles, quadrants and thresholds, filters, search, clicks, the rubber
band, accounts not scored, movements and export, each checked against the scores computed by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip

from planner.core.matrix.matrix import last_two_quarters, matrix_points, trajectories
from planner.core.matrix.scoring import Quadrant
from planner.ui.matrix.matrix_view import MatrixView
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.finding import plain


@pytest.fixture
def view(qtbot, demo_store) -> MatrixView:
    view = MatrixView(Editor(demo_store))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()  # reads the portfolio when first shown
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def scored(demo_store) -> list:
    return [p for p in matrix_points(demo_store) if p.breadth is not None and p.intensity is not None]


def by_hand(points, breadth: float, intensity: float) -> dict[Quadrant, int]:
    """Count per field as the seed defines it: a score at the threshold counts as high."""
    return {
        Quadrant.SAMPLER: sum(p.breadth < breadth and p.intensity < intensity for p in points),
        Quadrant.NICHE: sum(p.breadth < breadth and p.intensity >= intensity for p in points),
        Quadrant.UNDERPERFORMER: sum(p.breadth >= breadth and p.intensity < intensity for p in points),
        Quadrant.POWER_USER: sum(p.breadth >= breadth and p.intensity >= intensity for p in points),
    }


def click_point(view: MatrixView, x: float, y: float) -> QPoint:
    return QPoint(*view.plot.widget_point(x, y))


def test_one_bubble_per_scored_account_and_the_others_listed_with_their_reason(view, demo_store, scored):
    points = matrix_points(demo_store)
    unscored = [p for p in points if p.reason]
    assert len(scored) + len(unscored) == 300 and unscored  # the demo has accounts without holdings
    assert view.shown_ids() == {p.account_id for p in scored}
    assert sorted(view.chart.ids) == sorted(p.account_id for p in scored)  # never a bubble at 0/0
    assert set(view.unscored_ids()) == {p.account_id for p in unscored}
    assert view.unscored_button.isVisible()
    assert view.unscored_button.text().startswith(f"{len(unscored)} account")
    assert view.unscored_button.text().endswith("not scored")
    first = unscored[0]
    assert f"{first.name}: not scored: holds no active product" in view.unscored_button.toolTip()
    rows = [view.unscored_list.model.row_at(r) for r in range(view.unscored_list.model.rowCount())]
    assert {r.reason for r in rows} == {"not scored: holds no active product"}
    assert view.unscored_panel.label.text().startswith(f"{len(unscored)} account")
    view.unscored_button.click()
    assert view.side.currentWidget() is view.unscored_panel


def test_thresholds_move_accounts_between_quadrants(view, qtbot, scored):
    assert view.thresholds() == (0.5, 0.5)
    before = by_hand(scored, 0.5, 0.5)
    assert view.quadrant_counts() == before
    assert (
        view.chart.figures[Quadrant.POWER_USER]
        .get_text()
        .startswith(f"{before[Quadrant.POWER_USER]} account")
    )
    with qtbot.waitSignal(view.thresholds_changed) as moved:
        view.breadth_box.setValue(70)
    assert moved.args == [0.7, 0.5]
    after = by_hand(scored, 0.7, 0.5)
    assert view.quadrant_counts() == after
    assert after[Quadrant.POWER_USER] < before[Quadrant.POWER_USER]  # breadth 0.5 and 0.6 are niche now
    assert (
        after[Quadrant.NICHE] - before[Quadrant.NICHE]
        == before[Quadrant.POWER_USER] - after[Quadrant.POWER_USER]
    )
    assert sum(after.values()) == len(scored)
    assert view.chart.breadth_line.get_xdata()[0] == 0.7
    assert view.chart.figures[Quadrant.NICHE].get_text().startswith(f"{after[Quadrant.NICHE]} account")


def test_dragging_the_dashed_line_moves_the_threshold(view, qtbot, scored):
    canvas = view.plot.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=click_point(view, 0.5, 0.45))
    qtbot.mouseMove(canvas, click_point(view, 0.3, 0.45))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=click_point(view, 0.3, 0.45))
    assert view.thresholds() == (0.3, 0.5)
    assert view.breadth_box.value() == 30
    assert view.quadrant_counts() == by_hand(scored, 0.3, 0.5)
    assert view.selected_ids() == []  # a drag of the line is no rubber band


def test_filter_by_owner_shows_only_that_owners_scored_accounts(view, demo_store, scored):
    owner = "Katrin Vogt"
    box = view.filters["owner"]
    box.setCurrentIndex(box.findText(owner))
    mine = {p.account_id for p in scored if p.owner == owner}
    assert 0 < len(mine) < len(scored)
    assert view.shown_ids() == mine
    assert sum(view.quadrant_counts().values()) == len(mine)
    unscored = {p.account_id for p in matrix_points(demo_store) if p.reason and p.owner == owner}
    assert set(view.unscored_ids()) == unscored
    view.set_filter("owner", None)
    assert view.shown_ids() == {p.account_id for p in scored}


def test_filters_by_segment_tier_region_and_product_combine(view, demo_store, scored):
    product = next(p for p in scored[0].products)
    view.set_filter("tier", "A")
    view.set_filter("product", product)
    assert view.shown_ids() == {p.account_id for p in scored if p.tier == "A" and product in p.products}
    view.set_filter("tier", None)
    view.set_filter("product", None)
    view.set_filter("segment", "Enterprise")
    view.set_filter("region", "APAC")
    expected = {p.account_id for p in scored if p.segment == "Enterprise" and "APAC" in p.regions}
    assert view.shown_ids() == expected


def test_search_highlights_the_accounts_found_and_enter_selects_them(view, qtbot, scored):
    qtbot.keyClicks(view.search_edit, "Bau")
    found = {p.account_id for p in scored if "bau" in plain(f"{p.name} {p.key}")}  # also "Bäume"
    assert len(found) > 1
    assert view.highlighted_ids() == found
    assert view.found_label.text() == f"{len(found)} found"
    assert view.shown_ids() == {p.account_id for p in scored}  # a search highlights, it does not filter
    edges, faces = view.chart.bubbles.get_edgecolors(), view.chart.bubbles.get_facecolors()
    for n, account in enumerate(view.chart.ids):
        if account in found:
            assert tuple(edges[n]) == pytest.approx((0.91, 0.35, 0.05, 1.0))
        else:
            assert faces[n][3] < 0.2  # pale
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert set(view.selected_ids()) == found
    view.search_edit.clear()
    assert view.highlighted_ids() == set()
    assert min(view.chart.bubbles.get_facecolors()[:, 3]) > 0.8


def test_a_few_accounts_found_are_named_in_the_matrix(view, qtbot, scored):
    target = scored[0]
    qtbot.keyClicks(view.search_edit, target.key)
    assert view.highlighted_ids() == {target.account_id}
    assert [label.get_text() for label in view.chart.labels] == [target.name]


def test_clicking_a_bubble_opens_its_account(view, qtbot, scored):
    # an account whose bubble is the one on top at its own centre
    target = next(p for p in scored if view.account_at(p.breadth, p.intensity) == p.account_id)
    with qtbot.waitSignal(view.account_opened) as opened:
        qtbot.mouseClick(
            view.plot.canvas,
            Qt.MouseButton.LeftButton,
            pos=click_point(view, target.breadth, target.intensity),
        )
    assert opened.args == [target.account_id]


def test_clicking_beside_the_bubbles_opens_nothing(view, qtbot):
    with qtbot.assertNotEmitted(view.account_opened):
        qtbot.mouseClick(view.plot.canvas, Qt.MouseButton.LeftButton, pos=click_point(view, 0.05, 0.5))


def test_hovering_a_bubble_explains_it_in_words_and_figures(view, qtbot, scored):
    target = next(p for p in scored if view.account_at(p.breadth, p.intensity) == p.account_id)
    text = view.tooltip(target.account_id)
    assert target.name.replace("&", "&amp;") in text
    assert f"Tier {target.tier}" in text
    held = f"Holds {target.held} of {target.relevant} products = {round(target.breadth * 100)}%"
    assert held in text
    assert f"Uses {round(target.intensity * 100)}% of expected" in text
    assert "Potential " in text
    qtbot.mouseMove(view.plot.canvas, click_point(view, target.breadth, target.intensity))
    assert QToolTip.text() == text


def test_rubber_band_lists_exactly_the_accounts_inside(view, qtbot, scored):
    # breadth comes in steps of 10%; no account has an intensity between 39% and 65%
    inside = [p for p in scored if 0.55 <= p.breadth <= 0.85 and p.intensity >= 0.53]
    canvas = view.plot.canvas  # from 55% breadth and 53% intensity (off the dashed line) up and right
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=click_point(view, 0.55, 0.53))
    qtbot.mouseMove(canvas, click_point(view, 0.7, 0.8))
    assert view.chart.band.get_visible()
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=click_point(view, 0.85, 1.02))
    assert set(view.selected_ids()) == {p.account_id for p in inside}
    rows = view.selection.rows()
    assert [r.id for r in rows] == [p.account_id for p in sorted(inside, key=lambda p: -p.potential_cents)]
    assert {r.quadrant for r in rows} == {"Power user"}
    assert view.side.currentWidget() is view.selection
    assert not view.chart.band.get_visible()
    lines = [a for a in view.chart.paths if a.__class__.__name__ == "Line2D"]
    assert len(lines) == min(len(inside), 20)  # the paths of those with the most potential
    with qtbot.waitSignal(view.account_opened) as opened:
        view.selection.list.opened.emit(rows[0].id)
    assert opened.args == [rows[0].id]


def test_a_selected_accounts_path_goes_through_its_quarters(view, demo_store, scored):
    target = scored[0]
    view.select_ids([target.account_id])
    path = trajectories(demo_store, [target.account_id])[target.account_id]
    (line,) = [a for a in view.chart.paths if a.__class__.__name__ == "Line2D"]
    assert list(line.get_xdata()) == [p.breadth for p in path]
    assert list(line.get_ydata()) == [p.intensity for p in path]
    other = next(p.owner for p in scored if p.owner != target.owner)
    view.set_filter("owner", other)  # its bubble is filtered out: so is its path, the list keeps it
    assert view.chart.paths == [] and view.selected_ids() == [target.account_id]
    view.set_filter("owner", None)
    assert len([a for a in view.chart.paths if a.__class__.__name__ == "Line2D"]) == 1
    view.select_ids([])
    assert view.chart.paths == []


def test_movement_table_counts_every_account_with_both_quarters(view, demo_store):
    paths = trajectories(demo_store)
    earlier, later = last_two_quarters(paths)
    both = sum(1 for path in paths.values() if {earlier, later} <= {p.quarter for p in path})
    view.side.setCurrentWidget(view.movement)
    assert sum(view.movement_counts().values()) == both
    cells = [view.movement.table.item(r, c).text() for r in range(4) for c in range(4)]
    assert sum(int(t) for t in cells if t.isdigit()) == both
    view.set_thresholds(0.3, 0.8)  # at these thresholds some accounts changed quadrant
    moved = view.movement_counts()
    assert sum(moved.values()) == both
    changed = sum(n for (a, b), n in moved.items() if a != b)
    assert changed > 0
    assert f": {changed} of {both} account" in view.movement.label.text()


def test_export_writes_png_and_svg(view, tmp_path: Path):
    png = view.export(tmp_path / "matrix.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (2400, 1350)  # 16:9, as a slide
    svg = view.export(tmp_path / "matrix.svg").read_text(encoding="utf-8")
    assert "<svg" in svg[:1000]


def test_colour_by_owner_names_every_owner_in_the_legend(view, scored):
    view.set_colour_by("owner")
    owners = sorted({p.owner for p in scored})
    legend = view.chart.legends[0]
    assert legend.get_title().get_text() == "Owner"
    assert [t.get_text() for t in legend.get_texts()] == owners
    view.set_colour_by("nps")
    assert [t.get_text() for t in view.chart.legends[0].get_texts()] == [
        "below 0", "0 to 49", "50 or more", "no answers"
    ]  # fmt: skip


def test_a_change_in_the_portfolio_is_shown(view, demo_store, scored):
    target = scored[0]
    view.editor.edit("accounts", target.account_id, {"owner": "Neue Betreuerin"})
    box = view.filters["owner"]
    assert box.findText("Neue Betreuerin") > 0  # read again at once: the view is shown
    view.hide()
    view.editor.edit("accounts", target.account_id, {"owner": "Noch eine"})
    assert box.findText("Noch eine") < 0
    view.show()  # read when shown again
    assert box.findText("Noch eine") > 0


def test_bubble_area_grows_with_the_square_root_of_the_potential(view, scored):
    from planner.core.matrix.chart_style import AREA_MAX, AREA_MIN, bubble_areas, size_steps

    largest = 4_000_000
    assert list(bubble_areas([0, 1_000_000, 4_000_000], largest)) == [
        AREA_MIN, AREA_MIN + (AREA_MAX - AREA_MIN) / 2, AREA_MAX
    ]  # fmt: skip
    assert size_steps(7_300_000) == [50_000, 500_000, 5_000_000]  # cents: €500, €5,000, €50,000
    biggest = max(scored, key=lambda p: p.potential_cents)
    n = list(view.chart.ids).index(biggest.account_id)
    assert view.chart.bubbles.get_sizes()[n] == AREA_MAX
    assert [t.get_text() for t in view.chart.legends[1].get_texts()] == ["€100k", "€1m", "€10m"]
