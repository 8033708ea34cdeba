"""File > New portfolio, Open, Open recent, Save a copy; Help > Manual (F1) and About; the window as it was
left (geometry, the lists' columns, sort and filter). Settings live in an INI file in tmp_path."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from planner.core.store.portfolio_files import save_copy
from planner.core.store.store import open_portfolio
from planner.ui.shell.main_window import MainWindow
from planner.ui.shell.manual import manual_path
from planner.ui.widgets.settings import LIST_STATE, RESTORE_FILTERS, Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.ini(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, demo_store, settings: Settings) -> MainWindow:
    w = MainWindow(demo_store, settings=settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.first_painted, timeout=5000):
        w.show()
    w.files.warnings = []  # type: ignore[attr-defined]
    w.files.warn = lambda title, text: w.files.warnings.append(text)  # type: ignore[attr-defined]
    return w


@pytest.fixture
def opened():
    """Windows that File > Open made (they delete themselves on close), closed after the test."""
    windows: list[MainWindow] = []
    yield windows
    for w in windows:
        if shiboken6.isValid(w):
            w.close()


def replaced(opened: list[MainWindow], old: MainWindow, new: MainWindow | None) -> MainWindow:
    """The window that took `old`'s place; it closes with the test, and its portfolio with it."""
    assert new is not None and new is not old
    opened.append(new)
    assert new.isVisible() and not old.isVisible()
    return new


# --- save a copy --------------------------------------------------------------------------------------------
def test_save_a_copy_writes_a_whole_portfolio_and_keeps_the_original_open(window, tmp_path: Path) -> None:
    target = tmp_path / "copies" / "Hand-over.sqlite"
    window.files.choose_copy = lambda: target
    assert window.files.save_copy() == target
    assert window.store.path != target and window.store.count("accounts") == 300
    assert not Path(f"{target}-wal").exists()  # one self-contained file
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    copy = open_portfolio(target)
    try:
        assert copy.counts() == window.store.counts()
    finally:
        copy.close()
    assert "Copy saved" in window.statusBar().currentMessage()


def test_a_copy_replaces_a_file_in_its_place_but_never_the_open_portfolio(window, tmp_path: Path) -> None:
    target = tmp_path / "old.sqlite"
    target.write_bytes(b"not a portfolio at all")
    save_copy(window.store, target)
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
    before = window.store.path.read_bytes()
    window.files.choose_copy = lambda: window.store.path
    assert window.files.save_copy() is None
    assert "open portfolio itself" in window.files.warnings[0]
    with pytest.raises(ValueError):
        save_copy(window.store, window.store.path)
    assert window.store.path.read_bytes() == before
    assert not list(tmp_path.glob(".*partial"))  # no half-written copy left behind


def test_a_failed_copy_leaves_the_file_in_its_place_as_it_was(demo_store, tmp_path: Path) -> None:
    from types import SimpleNamespace

    class DiskFull:
        def backup(self, target: sqlite3.Connection, **_: object) -> None:
            target.execute("CREATE TABLE half (x)")  # something of the copy is written, then the disk is full
            raise OSError(28, "No space left on device")

    (tmp_path / "copies").mkdir()
    target = tmp_path / "copies" / "Hand-over.sqlite"
    target.write_bytes(b"yesterday's copy")
    with pytest.raises(OSError):
        save_copy(SimpleNamespace(path=demo_store.path, conn=DiskFull()), target)  # type: ignore[arg-type]
    assert target.read_bytes() == b"yesterday's copy"
    assert [p.name for p in target.parent.iterdir()] == ["Hand-over.sqlite"]  # no half-written copy left


def test_a_copy_is_consistent_while_another_connection_writes(demo_store, tmp_path: Path) -> None:
    writer = sqlite3.connect(demo_store.path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM touches")  # not committed: the copy must not see it
    try:
        copy = open_portfolio(save_copy(demo_store, tmp_path / "copy.sqlite"))
        assert copy.count("touches") == demo_store.count("touches") > 0
        copy.close()
    finally:
        writer.rollback()
        writer.close()


# --- open, new, recent --------------------------------------------------------------------------------------
def test_open_shows_the_other_portfolio_in_a_new_window(opened, window, demo_file, tmp_path: Path) -> None:
    other = tmp_path / "Other book.sqlite"
    shutil.copy(demo_file, other)
    window.files.choose_open = lambda: other
    new = replaced(opened, window, window.files.open_other())
    assert new.store.path == other and new.owns_store
    assert new.windowFilePath() == str(other)
    assert new.store.name in new.windowTitle() and "Account Planner" in new.windowTitle()
    assert new.settings is window.settings
    assert window.settings.recent_files()[:2] == [other.resolve(), window.store.path.resolve()]
    store = new.store
    new.close()
    with pytest.raises(sqlite3.ProgrammingError):  # the window that owned the portfolio closed it
        store.count("accounts")


def test_opening_the_open_file_again_keeps_the_window(window) -> None:
    assert window.files.open_file(window.store.path) is window


def test_a_damaged_file_is_named_and_the_window_stays(window, tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 20)
    window.files.choose_open = lambda: broken
    assert window.files.open_other() is None
    assert window.isVisible()
    assert str(broken) in window.files.warnings[0]
    assert broken.read_bytes() == b"this is not a database" * 20


def test_new_portfolio_starts_empty_and_never_overwrites(opened, window, tmp_path: Path) -> None:
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"keep me")
    window.files.choose_new = lambda: taken
    assert window.files.new_portfolio() is None
    assert "exists already" in window.files.warnings[0] and taken.read_bytes() == b"keep me"
    fresh = tmp_path / "fresh.sqlite"
    window.files.choose_new = lambda: fresh
    new = replaced(opened, window, window.files.new_portfolio())
    assert new.store.path == fresh and new.store.count("accounts") == 0
    assert new.portfolio.accounts.count_label.text() == "No accounts yet"


def test_open_recent_lists_the_other_portfolios_and_opens_one(opened, window, demo_file, tmp_path) -> None:
    other = tmp_path / "second.sqlite"
    shutil.copy(demo_file, other)
    gone = tmp_path / "gone.sqlite"
    window.settings.add_recent(gone)  # deleted since: not offered
    window.files.fill_recent_menu()
    texts = [a.text() for a in window.files.recent_menu.actions()]
    assert texts == ["No other portfolios opened yet"]

    second = replaced(opened, window, window.files.open_file(other))
    second.files.fill_recent_menu()
    entries = [a for a in second.files.recent_menu.actions() if a.text().startswith("&")]
    assert [a.toolTip() for a in entries] == [str(window.store.path.resolve())]  # not the open one
    entries[0].trigger()
    back = replaced(opened, second, _front_window())
    assert back.store.path.resolve() == window.store.path.resolve()


def _front_window() -> MainWindow:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert len(shown) == 1
    return shown[0]


# --- the window as it was left ------------------------------------------------------------------------------
def test_geometry_columns_sort_and_filter_come_back_on_the_next_start(qtbot, demo_store, settings) -> None:
    first = MainWindow(demo_store, settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(30, 40, 720, 520))  # within the offscreen screen (800 x 600)
    view = first.portfolio.accounts
    keys = [c.key for c in view.model.columns]
    revenue, city = keys.index("revenue_cents"), keys.index("city")
    view.table.sortByColumn(revenue, Qt.SortOrder.DescendingOrder)
    view.table.setColumnHidden(city, True)
    view.table.setColumnWidth(revenue, 222)
    view.table.horizontalHeader().moveSection(view.table.horizontalHeader().visualIndex(revenue), 0)
    view.filter_edit.setText("gmbh")
    shown = view.model.rowCount()
    first.close()

    second = MainWindow(demo_store, settings=settings)
    qtbot.addWidget(second)
    second.show()
    again = second.portfolio.accounts
    header = again.table.horizontalHeader()
    assert second.geometry() == QRect(30, 40, 720, 520)
    assert header.sortIndicatorSection() == revenue
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.table.isColumnHidden(city) and again.table.columnWidth(revenue) == 222
    assert header.logicalIndex(0) == revenue
    assert again.filter_edit.text() == "gmbh" and again.model.rowCount() == shown < 300
    values = [again.model.row_at(r).revenue_cents for r in range(again.model.rowCount())]
    assert values == sorted(values, reverse=True)


def test_filters_stay_behind_when_the_user_says_so_and_bad_state_is_ignored(qtbot, demo_store, settings):
    settings.set(RESTORE_FILTERS, False)
    settings.set(LIST_STATE["accounts"], '{"filter": "gmbh", "columns": [{"key": "no such column"}]}')
    settings.set(LIST_STATE["products"], "{not json")
    window = MainWindow(demo_store, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert window.portfolio.accounts.filter_edit.text() == ""
    assert window.portfolio.accounts.model.rowCount() == 300


# --- help ---------------------------------------------------------------------------------------------------
def test_f1_opens_the_manual_at_the_workspace_in_front(qtbot, window) -> None:
    manual_action = window.actions_by_name["manual"]
    assert QKeySequence(Qt.Key.Key_F1) in manual_action.shortcuts()
    window.show_workspace("matrix")
    manual_action.trigger()
    manual = window.help.manual
    assert manual is not None and manual.isVisible()
    assert manual.path == manual_path("en") and manual.path.name == "manual_en.html"
    text = manual.browser.toPlainText()
    assert "Account Planner" in text and "Save a copy" in text
    assert manual.browser.verticalScrollBar().value() > 0  # scrolled to the Matrix section
    assert window.help.show_manual() is manual  # one manual per window


def test_the_manual_has_a_section_per_workspace_in_both_languages(window) -> None:
    import re

    anchors = {}
    for lang in ("de", "en"):
        html = manual_path(lang).read_text(encoding="utf-8")
        assert manual_path(lang).name == f"manual_{lang}.html"
        anchors[lang] = re.findall(r'<a name="([a-z]+)"', html)
    assert anchors["de"] == anchors["en"]
    assert set(window.workspaces) | {"start", "files", "keys"} <= set(anchors["en"])


def test_about_names_the_version_and_where_the_data_is(qtbot, window, settings) -> None:
    import planner

    dialog = window.help.show_about()
    assert planner.__version__ in dialog.version.text()
    assert dialog.locations["portfolio"].text() == str(window.store.path)
    assert dialog.locations["settings"].text() == settings.location()
    assert dialog.locations["data"].text()
    dialog.close()
