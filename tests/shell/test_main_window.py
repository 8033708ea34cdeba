"""The main window on the demo book: accounts shown, filtered, sorted; status bar; language."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from planner.ui.shell.main_window import MainWindow
from planner.ui.widgets.i18n import install_language


def make_window(qtbot, store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    return window


def column(window: MainWindow, key: str) -> int:
    return next(i for i, c in enumerate(window.portfolio.accounts.model.columns) if c.key == key)


def test_window_shows_every_account_of_the_book(qtbot, demo_store) -> None:
    window = make_window(qtbot, demo_store)
    view = window.portfolio.accounts
    assert view.model.rowCount() == demo_store.count("accounts") == 300
    assert window.navigation.item(0).text() == "Portfolio"
    assert "300 accounts" in window.summary_label.text()
    assert "Demo-Portfolio" in window.windowTitle()
    names = [view.model.row_at(r).name for r in range(view.model.rowCount())]
    from planner.ui.widgets.record_model import text_key

    assert names == sorted(names, key=text_key)  # as in a phone book: "Bäumer" before "Baumgartner"
    assert text_key("Bäumer") < text_key("Baumgartner") < text_key("Bäumler")


def test_filter_as_you_type_narrows_rows_and_counts(qtbot, demo_store) -> None:
    window = make_window(qtbot, demo_store)
    view = window.portfolio.accounts
    city = view.model.row_at(0).city
    qtbot.keyClicks(view.filter_edit, city.upper())
    shown = view.model.rowCount()
    assert 0 < shown < 300
    assert all(
        city.casefold() in " ".join((r.name, r.key, r.city, r.owner, r.segment)).casefold()
        for r in (view.model.row_at(i) for i in range(shown))
    )
    assert view.count_label.text().startswith(f"{shown} of 300")
    view.filter_edit.clear()
    assert view.model.rowCount() == 300


def test_filter_that_matches_nothing_shows_zero_of_total(qtbot, demo_store) -> None:
    window = make_window(qtbot, demo_store)
    qtbot.keyClicks(window.portfolio.accounts.filter_edit, "zzzz-no-such-account")
    assert window.portfolio.accounts.model.rowCount() == 0
    assert window.portfolio.accounts.count_label.text() == "0 of 300 accounts"


def test_clicking_the_revenue_header_sorts_by_revenue(qtbot, demo_store) -> None:
    window = make_window(qtbot, demo_store)
    view = window.portfolio.accounts
    revenue = column(window, "revenue_cents")
    view.table.sortByColumn(revenue, Qt.SortOrder.DescendingOrder)
    values = [view.model.row_at(r).revenue_cents for r in range(view.model.rowCount())]
    assert values == sorted(values, reverse=True)
    assert view.model.index(0, revenue).data().startswith("€")  # English: "€1,234,567"


def test_ctrl_f_focuses_the_filter(qtbot, demo_store) -> None:
    window = make_window(qtbot, demo_store)
    window.activateWindow()
    window.portfolio.accounts.table.setFocus()
    qtbot.keyClick(window.portfolio.accounts.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.portfolio.accounts.filter_edit.hasFocus()


def test_model_passes_the_model_tester(qtmodeltester, demo_store) -> None:
    from planner.core.portfolio.accounts import account_rows
    from planner.ui.widgets import columns
    from planner.ui.widgets.record_model import RecordTableModel

    model = RecordTableModel(columns.account_columns(), columns.account_haystack, account_rows(demo_store))
    qtmodeltester.check(model)
    model.sort(column_index(model, "revenue_cents"), Qt.SortOrder.DescendingOrder)
    model.set_filter("gmbh")
    qtmodeltester.check(model)


def column_index(model, key: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.key == key)


def test_german_window_speaks_german_and_formats_money_german(qtbot, demo_store) -> None:
    app = QApplication.instance()
    install_language(app, "de")
    try:
        window = make_window(qtbot, demo_store)
        model = window.portfolio.accounts.model
        titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
        assert "Umsatz" in titles and "Revenue" not in titles
        assert "300 Kunden" in window.summary_label.text()
        assert window.menuBar().actions()[0].text() == "&Datei"
        big = next(r for r in range(model.rowCount()) if model.row_at(r).revenue_cents >= 100_000_00)
        text = model.index(big, column_index(model, "revenue_cents")).data()
        assert "." in text and text.endswith(" €")  # 1.234.567 €
    finally:
        install_language(app, "en")
    assert QLocale().language() == QLocale.Language.English


def test_read_only_portfolio_says_so(qtbot, demo_store) -> None:
    demo_store.readonly = True
    window = make_window(qtbot, demo_store)
    assert "read-only" in window.windowTitle()
    assert window.summary_label.text().startswith("Read-only")


def test_first_start_fills_the_empty_portfolio_with_the_demo_book(qtbot, store) -> None:
    window = make_window(qtbot, store)
    assert window.portfolio.accounts.count_label.text() == "No accounts yet"
    task = window.fill_with_demo()
    with qtbot.waitSignal(task.done, timeout=120_000):
        pass
    assert task.error is None
    assert window.portfolio.accounts.model.rowCount() == 300
    assert window.portfolio.accounts.count_label.text() == "300 accounts"
    assert "300 accounts" in window.summary_label.text()
