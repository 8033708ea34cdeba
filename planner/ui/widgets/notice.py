"""What was done, said in the status bar for a few seconds: "Saved: …", an import's counts, a file written
with an "Open folder" button beside it. A message box for a success is noise; errors keep their boxes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QStatusBar, QToolButton, QWidget

if TYPE_CHECKING:
    from planner.core.importing import ImportRecord

translate = QCoreApplication.translate
SHOWN_MS = 8000  # long enough to read a file's path; a new message replaces it at once
BUTTON = "noticeFolderButton"


def main_window(widget: QWidget | None) -> QMainWindow | None:
    """The main window `widget` is in, also from a dialog it opened; None when there is none."""
    while widget is not None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            return window
        widget = window.parentWidget()
    return None


def notify(widget: QWidget | None, text: str, folder: Path | None = None, timeout_ms: int = SHOWN_MS) -> bool:
    """Say `text` in the status bar of `widget`'s main window; with `folder` an "Open folder" button shows the
    folder in the file manager while the text stands. False when there is no main window to say it in."""
    window = main_window(widget)
    if window is None:
        return False
    bar = window.statusBar()
    button = _folder_button(bar)
    button.setProperty("folder", str(folder) if folder is not None else "")
    button.setToolTip(str(folder) if folder is not None else "")
    bar.showMessage(text, timeout_ms)
    button.setVisible(folder is not None)  # after the message: its change hides the button of the last one
    return True


def saved(widget: QWidget | None, what: str) -> bool:
    """ "Saved: edit Müller GmbH revenue" after a change is made (`what`: the undo step's name)."""
    return notify(widget, translate("StatusNotice", "Saved: %1").replace("%1", what))


def imported(widget: QWidget | None, record: ImportRecord) -> bool:
    """ "Imported Kunden.csv: 3 new · 1 updated · 0 unchanged · 2 rejected (not imported)"."""
    text = translate(
        "StatusNotice", "Imported %1: %2 new · %3 updated · %4 unchanged · %5 rejected (not imported)"
    )
    locale = QLocale()
    counts = (record.created, record.updated, record.unchanged, record.rejected)
    for number, value in enumerate(counts, start=2):
        text = text.replace(f"%{number}", locale.toString(value))
    return notify(widget, text.replace("%1", Path(record.file).name))


def written(widget: QWidget | None, path: Path, text: str | None = None) -> bool:
    """ "Written: /home/anna/Documents/accounts.xlsx" (or `text`), with the button to open its folder."""
    path = Path(path)
    return notify(
        widget, text or translate("StatusNotice", "Written: %1").replace("%1", str(path)), path.parent
    )


def folder_button(widget: QWidget | None) -> QToolButton | None:
    """The status bar's "Open folder" button (for the tests and the screenshots); None without a window."""
    window = main_window(widget)
    return _folder_button(window.statusBar()) if window is not None else None


def _folder_button(bar: QStatusBar) -> QToolButton:
    button = bar.findChild(QToolButton, BUTTON)
    if isinstance(button, QToolButton):
        return button
    button = QToolButton(bar)
    button.setObjectName(BUTTON)
    button.setText(translate("StatusNotice", "Open folder"))
    button.setAutoRaise(True)
    button.clicked.connect(lambda: _open_folder(button))
    bar.insertPermanentWidget(0, button)
    button.hide()
    bar.messageChanged.connect(lambda _text: button.hide())  # the message gone or another: the button too
    return button


def _open_folder(button: QToolButton) -> None:
    folder = str(button.property("folder") or "")
    if folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
