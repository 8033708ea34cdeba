"""File > New portfolio, Open, Open recent and Save a copy. Another portfolio opens in a new window that
takes the place of this one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from planner.core.store.store import PortfolioFileError, Problem, open_portfolio
from planner.ui.team_sync.sync_action import TeamSync
from planner.ui.widgets import file_dialogs
from planner.ui.widgets.notice import notify, written

if TYPE_CHECKING:
    from planner.ui.shell.main_window import MainWindow

PORTFOLIO_FILTER = "*.sqlite *.db"


class PortfolioFiles(QObject):
    """The portfolio entries of a window's File menu. The `choose_*` callables ask the user for a path
    (a file dialog) and `warn(title, text)` tells of a problem; tests replace them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.choose_new: Callable[[], Path | None] = self._choose_new
        self.choose_open: Callable[[], Path | None] = self._choose_open
        self.choose_copy: Callable[[], Path | None] = self._choose_copy
        self.warn: Callable[[str, str], object] = lambda title, text: QMessageBox.warning(window, title, text)
        self.recent_menu: QMenu | None = None

    def add_to(self, menu: QMenu) -> dict[str, QAction]:
        """Add the entries to `menu` and return them by name."""
        actions: dict[str, QAction] = {}
        for name, text, keys, slot in (
            ("new_portfolio", self.tr("New &portfolio…"), QKeySequence("Ctrl+Shift+N"), self.new_portfolio),
            ("open", self.tr("&Open portfolio…"), QKeySequence.StandardKey.Open, self.open_other),
            ("save_copy", self.tr("Save a &copy…"), QKeySequence.StandardKey.SaveAs, self.save_copy),
            ("restore", self.tr("Restore from &backup…"), None, self.restore_backup),
            ("export_calendar", self.tr("Export to ca&lendar…"), None, self.export_calendar),
        ):
            action = QAction(text, self.window)
            if keys is not None:
                action.setShortcut(keys)
            action.triggered.connect(slot)
            actions[name] = action
        menu.addAction(actions["new_portfolio"])
        menu.addAction(actions["open"])
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        menu.addAction(actions["save_copy"])
        menu.addAction(actions["export_calendar"])
        menu.addAction(actions["restore"])
        actions["restore"].setEnabled(not self.window.store.readonly)
        menu.addSeparator()  # File > Team… and Sync with team (F9)
        self.team = TeamSync(self.window, self.window.store, self.window.editor, self.window.reload)
        actions.update(self.team.add_to(menu))
        return actions

    def restore_backup(self) -> object:
        """File > Restore from backup: the backups with their date and counts; the chosen one replaces the
        book (the book as it was is backed up first, so this too can be undone by restoring that one)."""
        from planner.ui.shell.backup_dialog import RestoreDialog

        dialog = RestoreDialog(self.window.store.path, self.window)
        dialog.restored.connect(lambda _before: self._restored())
        dialog.open()
        return dialog

    def _restored(self) -> None:
        from planner.core.store.backups import backup_folder

        self.window.reload()
        text = self.tr(
            "Backup restored; the portfolio as it was is kept as a backup (restoring it undoes this)."
        )
        notify(self.window, text, backup_folder(self.window.store.path))

    def export_calendar(self) -> object:
        """File > Export to calendar: the planned QBRs and due tasks as an .ics file."""
        from planner.ui.tasks.calendar_export import CalendarExportDialog

        dialog = CalendarExportDialog(self.window.store, self.window.settings, self.window)
        dialog.open()
        return dialog

    # --- recent files --------------------------------------------------------------------------------------
    def recent(self) -> list[Path]:
        """The portfolios opened before, newest first, that still exist, without the open one."""
        here = self.window.store.path.expanduser().resolve()
        return [p for p in self.window.settings.recent_files() if p != here and p.is_file()]

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        assert menu is not None
        menu.clear()
        paths = self.recent()
        for number, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{number} {path.name}   ({path.parent})")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if not paths:
            menu.addAction(self.tr("No other portfolios opened yet")).setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(self.tr("Clear the list"), self.clear_recent)

    def clear_recent(self) -> None:
        for path in self.window.settings.recent_files():
            if path != self.window.store.path.expanduser().resolve():
                self.window.settings.forget_recent(path)

    # --- opening -------------------------------------------------------------------------------------------
    def open_other(self) -> MainWindow | None:
        path = self.choose_open()
        return self.open_file(path) if path else None

    def open_file(self, path: Path, *, create: bool = False) -> MainWindow | None:
        """Open `path` in a window that replaces this one; on a problem say so and keep this one."""
        if not create and path.exists() and path.samefile(self.window.store.path):
            self.window.activateWindow()
            return self.window
        try:
            store = open_portfolio(path, create=create, access="write", daily_backup=True)
        except PortfolioFileError as error:
            from planner.ui.shell.open_problems import problem_text

            if error.problem is Problem.MISSING:
                self.window.settings.forget_recent(path)
            self.warn(self.tr("Cannot open the portfolio"), problem_text(error))
            return None
        return self.window.replaced_by(store)

    def new_portfolio(self) -> MainWindow | None:
        """An empty portfolio at a path that is free (an existing file is never overwritten)."""
        path = self.choose_new()
        if path is None:
            return None
        if path.exists():
            self.warn(
                self.tr("New portfolio"),
                self.tr("%1 exists already. Choose a name that is not taken.").replace("%1", str(path)),
            )
            return None
        return self.open_file(path, create=True)

    # --- saving a copy -------------------------------------------------------------------------------------
    def save_copy(self) -> Path | None:
        """A consistent copy of the open portfolio under another name; this window keeps the original."""
        from planner.core.store.portfolio_files import same_file, save_copy

        target = self.choose_copy()
        if target is None:
            return None
        if target.exists() and same_file(target, self.window.store.path):
            self.warn(
                self.tr("Save a copy"),
                self.tr("That is the open portfolio itself. Choose another name for the copy."),
            )
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            copy = save_copy(self.window.store, target)
        except OSError as error:
            self.warn(
                self.tr("Save a copy"),
                self.tr("The copy could not be written:\n%1").replace("%1", str(error)),
            )
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        notice = self.tr("Copy saved: %1").replace("%1", str(copy))
        written(self.window, copy, notice)
        return copy

    # --- the file dialogs ----------------------------------------------------------------------------------
    def _filter(self) -> str:
        return self.tr("Portfolios (%1);;All files (*)").replace("%1", PORTFOLIO_FILTER)

    def _choose_new(self) -> Path | None:
        path = file_dialogs.save_file(self.window, "portfolio", self.tr("New portfolio"), "", self._filter())
        return _with_suffix(path)

    def _choose_open(self) -> Path | None:
        return file_dialogs.open_file(self.window, "portfolio", self.tr("Open portfolio"), self._filter())

    def _choose_copy(self) -> Path | None:
        path = self.window.store.path
        suggested = self.tr("%1 (copy)").replace("%1", path.stem) + path.suffix
        copy = file_dialogs.save_file(
            self.window, "backup", self.tr("Save a copy"), suggested, self._filter()
        )
        return _with_suffix(copy)


def _with_suffix(path: Path | None) -> Path | None:
    if path is None:
        return None
    return path if path.suffix else path.with_suffix(".sqlite")
