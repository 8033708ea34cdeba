"""The encoding in the import preview: the combo box shows the one the file was read in (also one the user
typed on the command line or charset-normalizer guessed beyond the list), and a line below says when it is a
guess and shows the file's accented words as they read now, so that choosing another one shows at once
whether "Müller" reads right."""

from __future__ import annotations

import codecs

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from planner.core.importing import Sheet

translate = QCoreApplication.translate
SAMPLE_ROWS = 200  # rows looked at for accented words
SAMPLE_WORDS = 4
SAMPLE_LENGTH = 40  # characters of a cell shown


def combo_value(encoding: str) -> str:
    """The combo box's value for an encoding: Python's name for it, UTF-8 with or without a BOM as one, and
    UTF-16 of either byte order as one."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    if name == "utf-8":
        return "utf-8-sig"
    return "utf-16" if name.startswith("utf-16") else name


def select_encoding(combo: QComboBox, encoding: str) -> None:
    """Show `encoding` in the combo box, added as "Other (name)" when the list does not have it."""
    value = combo_value(encoding)
    index = combo.findData(value)
    if index < 0:
        combo.addItem(translate("Import", "Other (%1)").replace("%1", value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def encoding_note(sheet: Sheet | None) -> str:
    """What the preview says under the encoding of a text file: that it is a guess, and the accented words
    as read ("" when there is nothing to say)."""
    if sheet is None or sheet.layout.excel:
        return ""
    lines = []
    if sheet.layout.guessed:
        lines.append(translate("Import", "Guessed: not UTF-8, not Windows-1252. Check the letters below."))
    if words := accented(sheet):
        lines.append(translate("Import", "Accented letters as read: %1").replace("%1", " · ".join(words)))
    return "\n".join(lines)


def accented(sheet: Sheet) -> list[str]:
    """Up to SAMPLE_WORDS distinct cells (headers first) with characters beyond ASCII, as read."""
    found: list[str] = []
    cells = [*sheet.headers, *(v for row in sheet.frame.head(SAMPLE_ROWS).itertuples(False) for v in row)]
    for cell in cells:
        text = cell.strip()[:SAMPLE_LENGTH]
        if not text.isascii() and text not in found:
            found.append(text)
            if len(found) == SAMPLE_WORDS:
                break
    return found
