"""Importing and exporting as a user does it: drop files on the window, check the preview, correct it,
import, undo; the import history; exporting the list in front."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from planner.ui.importing.import_dialog import ImportDialog
from planner.ui.shell.main_window import MainWindow
from planner.ui.widgets.export_view import write_view
from tests.importing_support import write_csv


@pytest.fixture
def window(qtbot, demo_store) -> MainWindow:
    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.first_painted, timeout=5000):
        w.show()
    return w


def german_accounts(tmp_path: Path) -> Path:
    """What German Excel saves as "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, decimal comma."""
    path = tmp_path / "Kunden.csv"
    path.write_bytes(
        "Kundennummer;Firma;Land;Umsatz;Betreuer\r\n"
        "ACC-00001;Schütz Pharma KG;DE;1.234,50 €;Anna Groß\r\n"
        "NEU-1;Neue Mühle GmbH;DE;99,00;Bob\r\n"
        "NEU-2;Zweite GmbH;AT;viel;Bob\r\n".encode("cp1252")
    )
    return path


def drop(window: MainWindow, *paths: Path) -> bool:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(window.width() / 2, window.height() / 2)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:  # PySide6 6.12 takes a QPointF (and deprecates QPoint); earlier versions only a QPoint
        enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data, buttons, modifiers)
    except TypeError:
        enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, data, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(window, QDropEvent(point, Qt.DropAction.CopyAction, data, buttons, modifiers))
    return True


def replanned(qtbot, dialog: ImportDialog, change) -> None:
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        change()


def ready(qtbot, dialog: ImportDialog | None) -> ImportDialog:
    """The dialog once its first preview is there (reading runs on the worker thread)."""
    assert dialog is not None
    if dialog.prepared is None:
        qtbot.waitSignal(dialog.planned, timeout=10000).wait()
    return dialog


def dropped(qtbot, window: MainWindow, path: Path) -> ImportDialog:
    assert drop(window, path)
    return ready(qtbot, window.import_dialog)


def import_now(qtbot, dialog: ImportDialog):
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def account_names(window: MainWindow) -> set[str]:
    model = window.portfolio.accounts.model
    return {model.row_at(r).name for r in range(model.rowCount())}


def test_a_dropped_excel_file_is_previewed_with_what_was_detected(qtbot, window, tmp_path) -> None:
    dialog = dropped(qtbot, window, german_accounts(tmp_path))
    assert dialog.kind_combo.currentData() == "accounts"
    assert dialog.encoding_combo.currentData() == "cp1252"
    assert dialog.delimiter_combo.currentData() == ";"
    assert dialog.decimal_combo.currentData() == ","
    assert dialog.mapping_combos["name"].currentData() == "Firma"
    assert dialog.mapping_combos["revenue"].currentData() == "Umsatz"
    assert "1 new · 1 updated · 0 unchanged · 1 rejected" in dialog.summary_label.text()
    assert dialog.tabs.tabText(1) == "Rejected rows (1)"
    rejected = dialog.rejected_table.model.row_at(0)
    assert (rejected.row, rejected.column, rejected.value, rejected.reason) == (
        4,
        "Umsatz",
        "viel",
        "is not a number",
    )
    assert not dialog.import_button.isEnabled(), "rejected rows block the import until the user says so"


def test_import_without_the_rejected_rows_then_undo_and_redo(qtbot, window, tmp_path) -> None:
    dialog = dropped(qtbot, window, german_accounts(tmp_path))
    dialog.skip_rejected.setChecked(True)
    assert dialog.import_button.isEnabled()
    record = import_now(qtbot, dialog)
    assert (record.created, record.updated, record.rejected) == (1, 1, 1)
    assert "Neue Mühle GmbH" in account_names(window)
    undo = window.actions_by_name["undo"]
    assert undo.text() == "Undo: import Kunden.csv"
    undo.trigger()
    assert "Neue Mühle GmbH" not in account_names(window)
    window.actions_by_name["redo"].trigger()
    assert "Neue Mühle GmbH" in account_names(window)


def test_correcting_the_number_style_and_the_mapping_replans(qtbot, window, tmp_path) -> None:
    dialog = dropped(qtbot, window, german_accounts(tmp_path))
    point = dialog.decimal_combo.findData(".")
    replanned(qtbot, dialog, lambda: dialog.decimal_combo.setCurrentIndex(point))
    assert dialog.prepared.plan.rejected == 3, "1.234,50 and 99,00 are not numbers with a decimal point"
    replanned(qtbot, dialog, lambda: dialog.decimal_combo.setCurrentIndex(dialog.decimal_combo.findData(",")))
    combo = dialog.mapping_combos["revenue"]
    replanned(qtbot, dialog, lambda: combo.setCurrentIndex(combo.findData("")))
    assert dialog.prepared.plan.rejected == 0, "without the revenue column no row is rejected"
    assert "revenue" not in dialog.prepared.mapping


def test_a_broken_file_says_what_is_wrong_and_cannot_be_imported(qtbot, window, tmp_path) -> None:
    path = tmp_path / "kaputt.csv"
    path.write_text("a;b\n1;2\n3;4;5\n")
    dialog = dropped(qtbot, window, path)
    assert "kaputt.csv: row 3 has 3 values, the header has 2 columns" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()


def test_only_tables_are_accepted_as_drops(qtbot, window, tmp_path) -> None:
    picture = tmp_path / "logo.png"
    picture.write_bytes(b"\x89PNG\r\n")
    assert not drop(window, picture)
    assert window.import_dialog is None


def test_several_dropped_files_are_imported_one_after_another(qtbot, window, tmp_path) -> None:
    first = german_accounts(tmp_path)
    second = tmp_path / "Produkte.csv"
    second.write_text(
        "Produktnummer;Produktname;Listenpreis\nP-NEU;Neues Modul;1.200,00\n", encoding="utf-8-sig"
    )
    assert drop(window, first, second)
    dialog = ready(qtbot, window.import_dialog)
    assert dialog.path == first
    dialog.reject()
    following = ready(qtbot, window.import_dialog)
    assert following.path == second
    assert following.kind_combo.currentData() == "products"
    record = import_now(qtbot, following)
    assert record.created == 1 and window.import_dialog is None


def test_the_history_lists_imports_and_undoes_one(qtbot, window, tmp_path) -> None:
    dialog = dropped(qtbot, window, german_accounts(tmp_path))
    dialog.skip_rejected.setChecked(True)
    import_now(qtbot, dialog)
    history = window.show_import_history()
    row = history.table.model.row_at(0)
    assert (row.file, row.kind, row.record.created, row.state) == ("Kunden.csv", "Accounts", 1, "")
    assert history.undo_selected()
    assert "Neue Mühle GmbH" not in account_names(window)
    assert history.table.model.row_at(0).state == "undone"
    assert window.actions_by_name["undo"].text() == "Undo: undo import Kunden.csv"
    window.actions_by_name["undo"].trigger()
    assert "Neue Mühle GmbH" in account_names(window)


def test_export_writes_the_filtered_list_with_its_visible_columns(qtbot, window, tmp_path) -> None:
    accounts = window.portfolio.accounts
    qtbot.keyClicks(accounts.filter_edit, "Pharma")
    shown = accounts.model.rowCount()
    assert 0 < shown < accounts.model.total
    accounts.table.setColumnHidden(accounts.model.column_of("city"), True)
    out = tmp_path / "pharma.csv"
    assert write_view(accounts, out, "excel_de") == shown
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Key", "Account", "Tier"] and "City" not in rows[0]
    assert len(rows) == shown + 1
    assert all("Pharma" in r[1] for r in rows[1:])
    revenue = rows[0].index("Revenue")
    first = accounts.model.row_at(0)
    assert rows[1][revenue] == f"{first.revenue_cents // 100},{first.revenue_cents % 100:02d}"


def test_cancel_writes_nothing(qtbot, window, tmp_path) -> None:
    import threading

    from PySide6.QtCore import QRunnable

    from planner.core.importing import history
    from planner.ui.widgets.tasks import worker_pool

    dialog = dropped(qtbot, window, german_accounts(tmp_path))
    dialog.skip_rejected.setChecked(True)
    busy, release = threading.Event(), threading.Event()

    class Blocker(QRunnable):
        def run(self) -> None:
            busy.set()
            release.wait(10)

    worker_pool().start(Blocker())  # the worker is busy, so the import waits in line
    assert busy.wait(10)
    task = dialog.write()
    task.cancel()  # the user presses Cancel before the import has written anything
    with qtbot.waitSignal(task.done, timeout=10000):
        release.set()
    assert dialog.record is None and history(window.store) == []
    assert "Neue Mühle GmbH" not in account_names(window)
    assert dialog.import_button.isEnabled(), "the user may try again"


def test_the_window_knows_every_importable_suffix_without_loading_the_importer() -> None:
    from planner.core.importing import SUFFIXES
    from planner.ui.shell.main_window import IMPORTABLE

    assert set(IMPORTABLE) == set(SUFFIXES)


# --- signals, and the columns a file leaves out ------------------------------------------------------------
def _signals_file(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "Signale.csv",
        [
            ["Kunde", "Datum", "Signal", "Inhalt", "Thema", "Fax", "Bemerkung", "Notiz", "Leer"],
            ["ACC-00001", "03.11.2026", "Webinar", "KI im Vertrieb", "Vertrieb", "089 1", "Gut", "gut", ""],
            ["ACC-00002", "04.11.2026", "Messe", "Hannover", "", "", "", "", ""],
        ],
    )


def test_a_file_of_signals_is_previewed_with_the_columns_it_leaves_out(qtbot, window, tmp_path) -> None:
    dialog = dropped(qtbot, window, _signals_file(tmp_path))
    assert dialog.kind_combo.currentData() == "signals"
    assert dialog.kind_combo.currentText() == "Signals (outages, tickets, content, events, requests)"
    assert dialog.mapping_combos["content"].currentData() == "Inhalt"
    assert "2 new · 0 updated · 0 unchanged · 0 rejected" in dialog.summary_label.text()
    assert "Not imported: Fax, Bemerkung, Leer" in dialog.summary_label.text()
    assert dialog.tabs.tabText(2) == "Not imported (3)"
    table = dialog.unused_table
    why = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert why == [
        ("Fax", "it matches no field of “Signals (outages, tickets, content, events, requests)”"),
        ("Bemerkung", "the column Notiz fills the same field"),  # both are the signal's details
        ("Leer", "it is empty"),
    ]


def test_imported_signals_are_one_undo_step(qtbot, window, tmp_path) -> None:
    store = window.editor.store
    before = store.count("signals")
    record = import_now(qtbot, dropped(qtbot, window, _signals_file(tmp_path)))
    assert (record.kind, record.created) == ("signals", 2)
    assert store.count("signals") == before + 2
    window.actions_by_name["undo"].trigger()
    assert store.count("signals") == before
