"""Feedback as the user sees it: the status bar says what was saved, imported or written (with a button to
open the folder written to), and each kind of file dialog starts where the user last chose a file of that
kind, else in the documents folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from planner.core.portfolio.changes import apply
from planner.core.qbr.qbrs import new_qbr, save_qbr
from planner.core.store.store import Store
from planner.ui.shell.main_window import MainWindow
from planner.ui.widgets import file_dialogs, notice
from planner.ui.widgets.settings import LAST_FOLDER, Settings
from tests.importing_support import import_file, write_csv

TODAY_PLUS = 5  # a QBR planned this many days ahead is within the batch's 7 days


def book(store: Store, tmp_path: Path) -> Store:
    accounts = [["Kundennummer", "Firma", "Ort", "Umsatz"],
                ["K-1", "Müller GmbH", "Köln", "50.000"], ["K-2", "Bauer KG", "Kiel", "20.000"]]  # fmt: skip
    import_file(store, write_csv(tmp_path / "Kunden.csv", accounts))
    return store


def window_for(qtbot, store: Store, settings: Settings | None = None) -> MainWindow:
    window = MainWindow(store, settings=settings or Settings.memory())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    return window


def message(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The folders "Open folder" asked the desktop to show (none is opened in a test)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url).toLocalFile()) or True)
    return urls


@pytest.fixture
def no_boxes(monkeypatch) -> list[str]:
    """Message boxes that would have been shown (a success must not show one)."""
    shown: list[str] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *a, k=kind: shown.append(text))
    monkeypatch.setattr(QMessageBox, "open", lambda box, *a: shown.append(box.text()))
    return shown


def test_a_saved_form_says_so_in_the_status_bar(qtbot, store: Store, tmp_path: Path) -> None:
    window = window_for(qtbot, book(store, tmp_path))
    account_id = next(i for i, name in store.query("SELECT id, name FROM accounts") if name == "Müller GmbH")
    form = window.portfolio.open_form("accounts", account_id)
    city = form.findChild(QLineEdit, "city")
    city.selectAll()
    qtbot.keyClicks(city, "Bonn")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    # the undo step's own name ("Undo: edit Müller GmbH City"), after "Saved:"
    assert message(window) == "Saved: edit Müller GmbH City"
    assert not notice.folder_button(window).isVisibleTo(window), "nothing to open after a save"

    window.editor.bulk_edit("accounts", [1, 2], {"owner": "Anna Berg"})  # the bulk edit's words
    assert message(window) == "Saved: edit Owner of 2 records"


def test_an_import_names_the_file_and_its_counts(qtbot, store: Store, tmp_path: Path) -> None:
    window = window_for(qtbot, book(store, tmp_path))
    # K-1 changes its city (updated), K-2 is as it was (unchanged), K-3 is new, K-4 has no name (rejected)
    rows = [["Kundennummer", "Firma", "Ort", "Umsatz"], ["K-1", "Müller GmbH", "Bonn", "50.000"],
            ["K-2", "Bauer KG", "Kiel", "20.000"], ["K-3", "Neue Mühle AG", "Ulm", "1.000"],
            ["K-4", "", "Metz", "5"]]  # fmt: skip
    dialog = window.import_files([write_csv(tmp_path / "Kunden-2.csv", rows)])
    assert dialog is not None
    if dialog.prepared is None:
        qtbot.waitSignal(dialog.planned, timeout=10_000).wait()
    dialog.skip_rejected.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert message(window) == (
        "Imported Kunden-2.csv: 1 new · 1 updated · 1 unchanged · 1 rejected (not imported)"
    )


def test_an_export_names_the_file_and_opens_its_folder(
    qtbot, store: Store, tmp_path: Path, monkeypatch, opened: list[str], no_boxes: list[str]
) -> None:
    window = window_for(qtbot, book(store, tmp_path))
    out = tmp_path / "exports" / "Kunden.csv"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), "CSV, UTF-8 (*.csv)"))
    assert window.export_current() == out and out.is_file()
    assert message(window) == f"Written: {out}"
    button = notice.folder_button(window)
    assert button.isVisibleTo(window) and button.text() == "Open folder"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [str(out.parent)]
    assert no_boxes == []

    window.statusBar().clearMessage()  # the message gone: its button goes too
    assert not button.isVisibleTo(window)


def test_batch_briefings_are_told_in_the_status_bar_not_in_a_box(
    qtbot, store: Store, tmp_path: Path, opened: list[str], no_boxes: list[str]
) -> None:
    from datetime import date, timedelta

    book(store, tmp_path)
    ids = dict(store.query("SELECT key, id FROM accounts"))
    for key in ("K-1", "K-2"):  # two QBRs within the next 7 days: two PDFs
        apply(store, save_qbr(store, new_qbr(store, ids[key], date.today() + timedelta(days=TODAY_PLUS))))
    window = window_for(qtbot, store)
    window.show_workspace("qbrs")
    folder = tmp_path / "Briefings"
    task = window.qbrs.write_briefings(7, folder, "a4")
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    assert len(list(folder.glob("*.pdf"))) == 2
    assert message(window) == f"2 briefings written to {folder}"
    assert no_boxes == []
    qtbot.mouseClick(notice.folder_button(window), Qt.MouseButton.LeftButton)
    assert opened == [str(folder)]


def test_each_kind_of_file_dialog_starts_where_that_kind_was_chosen_last(
    qtbot, store: Store, tmp_path: Path, monkeypatch
) -> None:
    settings = Settings.memory()
    window = window_for(qtbot, book(store, tmp_path), settings)
    imports, exports = tmp_path / "from-crm", tmp_path / "for-excel"
    imports.mkdir()
    exports.mkdir()
    started: list[tuple[str, str]] = []  # (which dialog, the folder or file it opened at)

    def open_names(_parent, _title, start, _filters):
        started.append(("open", start))
        return [str(imports / "Kunden.csv")], ""

    def save_name(_parent, _title, start, _filters, selected=""):
        started.append(("save", start))
        return str(exports / "Kunden.csv"), selected

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_names)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(window, "import_files", lambda paths: None)  # the dialog is what is tested here
    documents = file_dialogs.documents()

    window.choose_import()  # the first time: the documents folder
    window.export_current()  # the export's first time too: not the import's folder
    window.choose_import()  # then where the import chose last ...
    window.export_current()  # ... and the export where it chose last
    assert started == [
        ("open", str(documents)),
        ("save", str(documents / "Accounts.csv")),
        ("open", str(imports)),
        ("save", str(exports / "Accounts.csv")),
    ]
    # kept in the settings, one folder per purpose, for the next start
    assert settings.get(LAST_FOLDER["import"]) == str(imports)
    assert settings.get(LAST_FOLDER["export"]) == str(exports)
    assert settings.get(LAST_FOLDER["briefings"]) == ""

    imports.rmdir()  # a folder that is gone: back to the documents folder
    started.clear()
    window.choose_import()
    assert started == [("open", str(documents))]


def test_a_folder_dialog_remembers_too(qtbot, store: Store, tmp_path: Path, monkeypatch) -> None:
    window = window_for(qtbot, book(store, tmp_path))
    started: list[str] = []
    chosen = tmp_path / "Briefings"
    chosen.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda _p, _t, start: started.append(start) or str(chosen)
    )
    assert file_dialogs.folder(window, "briefings", "Folder") == chosen
    assert file_dialogs.folder(window, "briefings", "Folder") == chosen
    assert file_dialogs.folder(window, "templates", "Folder") == chosen
    assert started == [str(file_dialogs.documents()), str(chosen), str(file_dialogs.documents())]


def test_settings_of_weights_and_limits_say_saved(qtbot, store: Store, tmp_path: Path) -> None:
    from planner.ui.moments.moment_thresholds import ThresholdsDialog
    from planner.ui.widgets.stage_weights import StageWeightsDialog

    window = window_for(qtbot, book(store, tmp_path))
    weights = StageWeightsDialog(window.editor, window)
    spin = next(iter(weights.spins.values()))
    spin.setValue(spin.value() + 1 if spin.value() < 100 else 50)  # one weight typed in
    weights.accept()
    assert message(window) == "Saved: change the stage weights"  # the undo step's name

    limits = ThresholdsDialog(window.editor, window)
    limits.accept()
    assert message(window) == "Saved: Limits of the moments"
