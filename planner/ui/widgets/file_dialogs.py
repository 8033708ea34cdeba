"""The file dialogs: they start in the user's documents folder, then in the folder last chosen for the same
purpose (import, export, briefings, calendar, backup, templates, portfolio), kept in the settings.

The settings are the window's (`MainWindow.settings`: the user's in the app, in memory in the tests); a dialog
without a window (the start, before one opens) keeps the user's settings when the app is named, otherwise
the folders of this session only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from planner.ui.widgets.notice import main_window
from planner.ui.widgets.settings import LAST_FOLDER, Settings

_session = Settings.memory()  # dialogs without a window, outside the app (the tests)


def settings_for(parent: QWidget | None) -> Settings:
    """The settings of `parent`'s main window (see the module's doc for a dialog without one)."""
    found = getattr(main_window(parent), "settings", None)
    if isinstance(found, Settings):
        return found
    return Settings.user() if QCoreApplication.organizationName() else _session


def documents() -> Path:
    """The user's documents folder (the home folder where the system names none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def start_folder(settings: Settings, purpose: str) -> Path:
    """Where a dialog for `purpose` opens: the folder chosen last for it, while it exists; else documents."""
    last = settings.get(LAST_FOLDER[purpose])
    return Path(last) if last and Path(last).is_dir() else documents()


def remember(parent: QWidget | None, purpose: str, folder: Path) -> None:
    settings_for(parent).set(LAST_FOLDER[purpose], str(folder))


def _start(parent: QWidget | None, purpose: str, name: str = "") -> str:
    folder = start_folder(settings_for(parent), purpose)
    return str(folder / Path(name).name) if name else str(folder)


def open_file(parent: QWidget | None, purpose: str, title: str, filters: str) -> Path | None:
    """One file to read; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, _start(parent, purpose), filters)
    if not name:
        return None
    remember(parent, purpose, Path(name).parent)
    return Path(name)


def open_files(parent: QWidget | None, purpose: str, title: str, filters: str) -> list[Path]:
    """Files to read (several may be chosen); [] when cancelled."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, _start(parent, purpose), filters)
    if names:
        remember(parent, purpose, Path(names[0]).parent)
    return [Path(n) for n in names]


def save_file_as(
    parent: QWidget | None, purpose: str, title: str, name: str, filters: str, selected: str = ""
) -> tuple[Path | None, str]:
    """A file to write, offered as `name` (its file name) in the purpose's folder, and the filter chosen;
    (None, "") when cancelled."""
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, _start(parent, purpose, name), filters, selected
    )
    if not chosen:
        return None, ""
    remember(parent, purpose, Path(chosen).parent)
    return Path(chosen), chosen_filter


def save_file(parent: QWidget | None, purpose: str, title: str, name: str, filters: str) -> Path | None:
    """A file to write, offered as `name` in the purpose's folder; None when cancelled."""
    return save_file_as(parent, purpose, title, name, filters)[0]


def folder(parent: QWidget | None, purpose: str, title: str) -> Path | None:
    """A folder to write into; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, _start(parent, purpose))
    if not chosen:
        return None
    remember(parent, purpose, Path(chosen))
    return Path(chosen)
