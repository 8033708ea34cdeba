"""The Help menu (manual on F1, log folder, About) and File > Preferences; dialogs load when asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from planner.ui.widgets.settings import LANGUAGE, ME

if TYPE_CHECKING:
    from planner.ui.shell.main_window import MainWindow
    from planner.ui.shell.manual import ManualDialog
    from planner.ui.shell.settings_dialog import SettingsDialog
    from planner.ui.shell.shortcuts_dialog import ShortcutsDialog


class HelpActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.manual: ManualDialog | None = None

    def add_to(self, help_menu: QMenu) -> dict[str, QAction]:
        """The Help menu's entries, and the Preferences entry for the File menu (not added here)."""
        manual = QAction(self.tr("&Manual"), self.window)
        manual.setShortcut(QKeySequence.StandardKey.HelpContents)
        manual.triggered.connect(self.show_manual)
        about = QAction(self.tr("&About Account Planner"), self.window)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        settings = QAction(self.tr("&Preferences…"), self.window)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings.triggered.connect(self.show_settings)
        log_folder = QAction(self.tr("Open &log folder"), self.window)
        log_folder.setStatusTip(self.tr("The folder with the log of errors, for your IT support"))
        log_folder.triggered.connect(self.open_log_folder)
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self.window)
        shortcuts.setObjectName("shortcuts")
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(manual)
        help_menu.addAction(shortcuts)
        help_menu.addAction(log_folder)
        help_menu.addSeparator()
        help_menu.addAction(about)
        return {"manual": manual, "shortcuts": shortcuts, "log_folder": log_folder, "about": about,
                "settings": settings}  # fmt: skip

    def open_log_folder(self) -> QUrl:
        """The log folder in the file manager (made first when this run has not logged yet)."""
        from planner.ui.shell.error_log import current_log_folder

        folder = current_log_folder()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        url = QUrl.fromLocalFile(str(folder))
        QDesktopServices.openUrl(url)
        return url

    def show_about(self) -> QWidget:
        from planner.ui.shell.about import AboutDialog

        window = self.window
        dialog = AboutDialog(window.store.path, window.settings.location(), window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_manual(self) -> ManualDialog:
        """F1: the manual beside the window, at the section of the workspace in front."""
        from planner.ui.shell.manual import ManualDialog

        if self.manual is None:
            self.manual = ManualDialog(self.window)
        self.manual.show()
        self.manual.raise_()
        self.manual.show_section(self.window.front())
        return self.manual

    def show_shortcuts(self) -> ShortcutsDialog:
        """Every key of the menus (read from them) and of the tables and boards."""
        from planner.ui.shell.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_settings(self) -> SettingsDialog:
        from planner.core.portfolio.accounts import owner_names
        from planner.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window.settings, self.window, owners=owner_names(self.window.store))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.changed))
        dialog.open()
        return dialog

    def apply_settings(self, changed: set[str]) -> MainWindow:
        """Another language needs the window built again: a new one takes this one's place. Another name
        for "I am" shows that owner's accounts where only mine are shown."""
        if ME.key in changed:
            self.window.my_accounts.apply()
        if LANGUAGE.key not in changed:
            return self.window
        from planner.ui.widgets.i18n import install_language

        app = QApplication.instance()
        assert app is not None
        install_language(app, self.window.settings.get(LANGUAGE) or None)
        return self.window.replaced_by(self.window.store)
