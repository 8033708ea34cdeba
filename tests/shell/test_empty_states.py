"""Every workspace on a new portfolio and on one with accounts only: it names the data it lacks, offers that
data's templates and the import, and never reports success about customers it does not have."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from planner.core.importing.templates import write_templates
from planner.core.store.store import Store
from planner.ui.shell.main_window import MainWindow
from planner.ui.widgets.empty_state import MissingData
from planner.ui.widgets.templates_dialog import TemplatesDialog
from tests.importing_support import import_file, write_csv
from tests.shell.test_main_window import make_window


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:
    return make_window(qtbot, store)


def with_accounts(store: Store, tmp_path: Path) -> Store:
    """Three accounts from an Excel list, nothing else (what a new user brings first)."""
    rows = [["Kundennummer", "Firma", "Umsatz"], ["K-1", "Müller GmbH", "50.000"],
            ["K-2", "Schmidt AG", "20.000"], ["K-3", "Bauer KG", "1.000"]]  # fmt: skip
    path = write_csv(tmp_path / "Kunden.csv", rows)
    import_file(store, path)
    return store


def panel(view: QWidget) -> MissingData:
    """The view's note (its own, not one of a page inside it; NPS has it above its chart)."""
    direct = view.findChildren(MissingData, options=Qt.FindChildOption.FindDirectChildrenOnly)
    panels = direct or view.findChildren(MissingData)
    assert len(panels) == 1, view
    return panels[0]


def views(window: MainWindow) -> dict[str, QWidget]:
    """Each view with a note on missing data, by name."""
    coverage = window.coverage
    return {
        "matrix": window.matrix.matrix, "board": window.matrix.board, "inbox": window.moments.inbox,
        "opportunities": window.moments.board, "journey": window.moments.journey, "nps": window.moments.nps,
        "coverage": coverage, "single": coverage.sections["single"],
        "retention": coverage.sections["retention"],
        "qbrs": window.qbrs, "whitespace": window.growth.whitespace, "goals": window.growth.goals,
    }  # fmt: skip


def click(qtbot, button: QWidget) -> None:
    """A click once the workspace brought to the front has been laid out (as the user sees it)."""
    qtbot.waitUntil(lambda: button.isVisible() and button.height() > 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(view: QWidget) -> MissingData | None:
    note = panel(view)
    return None if note.isHidden() else note


def test_a_new_portfolio_names_what_each_view_lacks(window: MainWindow) -> None:
    notes = {name: shown(view) for name, view in views(window).items()}
    assert all(notes.values()), [name for name, note in notes.items() if note is None]
    matrix = notes["matrix"]
    assert matrix is not None
    assert matrix.title_label.text() == "The matrix is missing data"
    # all four missing: said once, not "needs X, not yet: X"
    assert matrix.text_label.text() == (
        "It needs accounts, products, holdings and usage per month, and this portfolio has none yet."
    )
    assert matrix.template_button.text() == "Save templates…" and matrix.import_button.isEnabled()
    goals = notes["goals"]
    assert goals is not None and "opportunities" in goals.text_label.text()
    assert goals.template_button.text() == "Save the template…"


def test_no_success_is_claimed_about_customers_that_are_not_there(window: MainWindow) -> None:
    window.show_workspace("coverage")
    coverage = window.coverage
    assert coverage.neglect_count.text() == "No accounts yet.", "not 'every account was touched'"
    assert coverage.single_count.text() == "Not known yet.", "not 'no account hangs on a single contact'"
    assert coverage.due_count.text() == "No touches yet, so no next steps."
    window.show_workspace("qbrs")
    assert window.qbrs.missing_label.text() == "No accounts yet.", "not 'every tier A account has a QBR'"
    window.show_workspace("matrix")
    assert window.matrix.matrix.unscored_panel.label.text() == "No accounts yet."


def test_with_accounts_only_each_view_names_the_rest(
    window: MainWindow, store: Store, tmp_path: Path
) -> None:
    with_accounts(store, tmp_path)
    window.reload()  # as after an import
    assert not window.start.showing_first_run()
    texts = {name: note.text_label.text() for name, view in views(window).items() if (note := shown(view))}
    assert texts["matrix"] == (
        "It needs accounts, products, holdings and usage per month. "
        "Not in this portfolio yet: products, holdings and usage per month."
    )
    lacking = "holdings, usage per month, contacts, NPS answers and touches"
    assert texts["inbox"].endswith(f"Not in this portfolio yet: {lacking}.")
    assert texts["coverage"].endswith("Not in this portfolio yet: touches.")
    assert "qbrs" not in texts, "there are customers to plan QBRs for"
    window.show_workspace("coverage")
    assert window.coverage.neglect_count.text() == "3 accounts past their cadence"
    window.show_workspace("qbrs")
    assert window.qbrs.missing_label.text() != "No accounts yet."


def test_the_note_offers_the_templates_of_the_missing_data(qtbot, window, store, tmp_path: Path) -> None:
    with_accounts(store, tmp_path)
    window.reload()
    window.show_workspace("matrix")
    note = panel(window.matrix.matrix)
    click(qtbot, note.template_button)
    dialog = note.findChild(TemplatesDialog)
    assert dialog is not None and [k.name for k in dialog.kinds] == ["products", "holdings", "usage"]
    dialog.folder_edit.setText(str(tmp_path / "out"))
    dialog.save()
    assert [p.name for p in dialog.written] == [
        "02 products - template.csv", "03 holdings - template.csv", "04 usage - template.csv",
    ]  # fmt: skip


def test_the_note_opens_the_import(qtbot, window, monkeypatch) -> None:
    from planner.ui.widgets import file_dialogs

    asked = []
    monkeypatch.setattr(file_dialogs.QFileDialog, "getOpenFileNames", lambda *a: asked.append(a) or ([], ""))
    window.show_workspace("coverage")
    note = panel(window.coverage)
    with qtbot.waitSignal(note.import_requested):
        click(qtbot, note.import_button)
    assert len(asked) == 1, "File > Import's file dialog"


def test_a_hidden_note_comes_back_when_other_data_is_missing(qtbot, window, store, tmp_path: Path) -> None:
    window.show_workspace("matrix")
    note = panel(window.matrix.matrix)
    click(qtbot, note.hide_button)
    assert note.isHidden()
    window.editor.create("products", {"key": "P-1", "name": "Connect"})  # still missing: accounts, ...
    assert not note.isHidden(), "products are there now, so the note says what else is missing"
    assert "Not in this portfolio yet: accounts, holdings and usage per month." in note.text_label.text()
    click(qtbot, note.hide_button)
    window.editor.edit("products", 1, {"name": "Connect Pro"})  # the same data missing: stays hidden
    assert note.isHidden()


def test_a_book_with_every_kind_of_data_shows_no_note(
    window: MainWindow, store: Store, tmp_path: Path
) -> None:
    for path in write_templates(tmp_path, "en"):  # a small book of every kind, from the templates
        import_file(store, path)
    window.reload()
    assert {name: shown(view) for name, view in views(window).items()} == dict.fromkeys(views(window))
