"""A new, empty portfolio: the first-run page in place of the lists (drop files, templates, the demo, what
each workspace needs) until the first account exists; File > Import templates."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from planner.core.importing import KINDS, detect_kind, plan_import, read, write_import
from planner.core.store.store import Store, open_portfolio
from planner.ui.portfolio.record_form import RecordForm
from planner.ui.shell.first_run import FirstRunPage
from planner.ui.shell.main_window import MainWindow
from planner.ui.widgets.templates_dialog import TemplatesDialog
from tests.importing.test_import_ui import drop
from tests.importing_support import write_csv
from tests.shell.test_main_window import make_window


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:
    return make_window(qtbot, store)  # first painted: the page, not the (hidden) lists


def page(window: MainWindow) -> FirstRunPage:
    assert window.start.showing_first_run() and window.start.page is not None
    return window.start.page


def accounts_file(tmp_path: Path) -> Path:
    rows = [["Kundennummer", "Firma", "Land"], ["K-1", "Müller GmbH", "DE"], ["K-2", "Schmidt AG", "AT"]]
    return write_csv(tmp_path / "Kunden.csv", rows)


def test_an_empty_portfolio_opens_on_the_first_run_page(window: MainWindow) -> None:
    first = page(window)
    assert first.isVisible() and not window.portfolio.isVisible()
    assert window.front() == "portfolio"
    matrix = first.need_labels["matrix"].text()
    assert "Needs accounts, products, holdings and usage per month." in matrix
    assert "revenue per quarter" in first.need_labels["coverage"].text()
    assert set(first.need_labels) == set(window.workspaces)


def test_a_dropped_file_is_imported_and_the_page_gives_way_to_the_lists(qtbot, window, tmp_path) -> None:
    assert drop(page(window).drop_zone, accounts_file(tmp_path))  # type: ignore[arg-type]
    dialog = window.import_dialog
    assert dialog is not None and dialog.path.name == "Kunden.csv"
    if dialog.prepared is None:
        qtbot.waitSignal(dialog.planned, timeout=10000).wait()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not window.start.showing_first_run()
    assert window.portfolio.isVisible()
    assert window.portfolio.accounts.model.rowCount() == 2
    window.actions_by_name["undo"].trigger()  # the import undone: the book is empty again
    assert window.start.showing_first_run()


def test_an_account_typed_in_by_hand_ends_the_page(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(page(window).hand_button, Qt.MouseButton.LeftButton)
    assert window.portfolio.isVisible(), "the lists, with the new account's form"
    form = window.portfolio.findChild(RecordForm)
    assert form is not None and form.isVisible() and form.table == "accounts"
    window.editor.create("accounts", {"key": "K-1", "name": "Müller GmbH"})
    assert not window.start.showing_first_run()
    window.actions_by_name["undo"].trigger()
    assert not window.start.showing_first_run(), "chosen by hand: the lists stay for this window"


def test_the_import_button_asks_for_files(qtbot, window, monkeypatch) -> None:
    from planner.ui.widgets import file_dialogs

    asked = []
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getOpenFileNames", lambda *a: asked.append(a) or ([], "")
    )  # fmt: skip
    qtbot.mouseClick(page(window).import_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and window.import_dialog is None


def test_open_the_demo_opens_a_demo_portfolio_of_its_own(qtbot, window, tmp_path: Path) -> None:
    first = page(window)
    first.demo_path = tmp_path / "demo" / "demo.sqlite"
    first.demo_path.parent.mkdir()
    own = window.store.path
    demo = first.open_demo()
    try:
        assert demo is not None and demo is not window and demo.store.path == first.demo_path
        qtbot.waitUntil(lambda: demo.store.count("accounts") == 300 and not demo.start.showing_first_run(),
                        timeout=120_000)  # fmt: skip
        assert demo.portfolio.accounts.model.rowCount() == 300
    finally:
        if shiboken6.isValid(demo):
            demo.close()
    check = open_portfolio(own, access="read")
    try:
        assert check.count("accounts") == 0, "the user's own portfolio stays empty"
    finally:
        check.close()


def test_file_import_templates_writes_a_file_per_kind_in_the_chosen_language(
    qtbot, window: MainWindow, tmp_path: Path, store: Store
) -> None:
    window.actions_by_name["import_templates"].trigger()
    dialog = window.findChild(TemplatesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.english.isChecked(), "the app's language first"
    dialog.german.setChecked(True)
    dialog.folder_edit.setText(str(tmp_path / "Vorlagen"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    files = sorted((tmp_path / "Vorlagen").iterdir())
    assert [p.name for p in files] == [p.name for p in dialog.written]
    assert len(files) == len(KINDS) and files[0].name == "01 Kunden - Vorlage.csv"
    assert str(tmp_path / "Vorlagen") in dialog.result_label.text() and dialog.open_folder.isVisible()
    for path, kind in zip(files, KINDS.values(), strict=True):  # imported in their numbered order
        sheet = read(path)
        assert sheet.layout.delimiter == ";" and sheet.layout.decimal == ","
        found, mapping = detect_kind(sheet.headers)
        assert found is not None and found.name == kind.name
        assert sorted(mapping.values()) == sorted(sheet.headers), "every column assigned"
        plan = plan_import(store, sheet, found, mapping)
        assert plan.rejected == 0, (path.name, plan.rejections[:3])
        write_import(store, plan)


def test_templates_that_cannot_be_written_are_named_with_the_reason(qtbot, window, tmp_path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    dialog = TemplatesDialog(window)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(blocker / "Vorlagen"))  # a folder inside a file cannot be made
    assert dialog.save() == []
    assert "could not be saved" in dialog.result_label.text() and not dialog.open_folder.isVisible()
