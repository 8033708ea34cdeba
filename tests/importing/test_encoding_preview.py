"""The encoding in the import preview: the list offers the encodings offices export in, a guessed one is
named as a guess, and the file's accented words show how they read, changing as the user picks another."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.ui.importing.import_dialog import ImportDialog
from planner.ui.widgets.editing import Editor
from tests.importing_support import write_csv

ACCOUNTS = [
    ["Kundennummer", "Firma", "Ort"],
    ["K-100", "Müller GmbH", "München"],
    ["K-101", "Bäckerei Groß", "Köln"],
]


@pytest.fixture
def open_preview(qtbot, store):
    editor = Editor(store)

    def preview(path: Path) -> ImportDialog:
        dialog = ImportDialog(editor, path)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.planned, timeout=10000):
            dialog.start()
        return dialog

    return preview


def choose(qtbot, dialog: ImportDialog, encoding: str) -> None:
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData(encoding))


def test_the_preview_offers_the_encodings_offices_export_in(open_preview, tmp_path):
    dialog = open_preview(write_csv(tmp_path / "Kunden.csv", ACCOUNTS))
    combo = dialog.encoding_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "UTF-8", "Windows (ANSI, Windows-1252)", "Unicode (UTF-16)", "Central European (Windows-1250)",
        "Western European (ISO-8859-15)", "DOS (CP850)", "Mac (Mac Roman)",
    ]  # fmt: skip
    assert combo.currentData() == "utf-8-sig"
    assert (
        dialog.encoding_note.text()
        == "Accented letters as read: Müller GmbH · München · Bäckerei Groß · Köln"
    )


def test_a_guessed_encoding_is_named_and_picking_another_changes_the_text(qtbot, open_preview, tmp_path):
    """A DOS export: Windows-1252 has no character for its ü (0x81), so CP850 is guessed. Picking Mac Roman
    shows what that makes of the same bytes (ü ä ö ß are 0x81 0x84 0x94 0xE1: Å Ñ î · there), and the
    choice is the user's, no longer a guess."""
    dialog = open_preview(write_csv(tmp_path / "Kunden.csv", ACCOUNTS, encoding="cp850"))
    assert dialog.encoding_combo.currentText() == "DOS (CP850)"
    assert dialog.encoding_note.text() == (
        "Guessed: not UTF-8, not Windows-1252. Check the letters below.\n"
        "Accented letters as read: Müller GmbH · München · Bäckerei Groß · Köln"
    )
    choose(qtbot, dialog, "mac-roman")
    assert dialog.prepared.sheet.layout.encoding == "mac-roman"
    assert (
        dialog.encoding_note.text()
        == "Accented letters as read: MÅller GmbH · MÅnchen · BÑckerei Gro· · Kîln"
    )
    choose(qtbot, dialog, "cp850")
    assert dialog.encoding_note.text().endswith("Müller GmbH · München · Bäckerei Groß · Köln")
    assert not dialog.prepared.sheet.layout.guessed  # chosen, not guessed


def test_an_encoding_beyond_the_list_is_shown_by_its_name(qtbot, open_preview, tmp_path):
    """charset-normalizer's guess or the command line's --encoding may name one the list lacks."""
    from planner.ui.importing.encoding_choice import select_encoding

    dialog = open_preview(write_csv(tmp_path / "Kunden.csv", ACCOUNTS, encoding="cp1252"))
    assert dialog.encoding_combo.currentData() == "cp1252"
    assert dialog.encoding_note.text().startswith("Accented letters as read: Müller GmbH")
    select_encoding(dialog.encoding_combo, "KOI8-R")
    assert dialog.encoding_combo.currentText() == "Other (koi8-r)"
