"""File > Import templates: one example file per kind of import, in German or English, saved into a folder
the user picks (also offered by the first-run page and by every view that lacks data)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.widgets import file_dialogs
from planner.ui.widgets.i18n import current_language

if TYPE_CHECKING:  # the importer loads when templates are written, not at start-up
    from planner.core.importing import Kind


def kinds_for(tables: Sequence[str] | None) -> list[Kind]:
    """The kinds of import that fill `tables` (None: every kind), in import order."""
    from planner.core.importing import KINDS

    return [k for k in KINDS.values() if tables is None or k.table in tables]


def default_folder() -> Path:
    return file_dialogs.documents()


class TemplatesDialog(QDialog):
    """Choose the language and the folder; Save writes the templates of `tables` (None: of every kind) and
    names the files written. `written` holds them; `choose_folder` asks for a folder (tests replace it)."""

    def __init__(self, parent: QWidget | None = None, tables: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import templates"))
        self.kinds = kinds_for(tables)
        self.written: list[Path] = []
        self.choose_folder: Callable[[], str] = lambda: str(
            file_dialogs.folder(self, "templates", self.tr("Folder for the templates")) or ""
        )
        intro = QLabel(
            self.tr(
                "An example file for each kind of data, with the columns the import recognises and two "
                "example rows. Fill one in, or compare it with what your CRM or Excel exports, then import "
                "it: drop it on the window or use File > Import. Import them in their numbered order: "
                "accounts first."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.kinds_label = QLabel(self)
        self.kinds_label.setWordWrap(True)

        self.german = QRadioButton(
            self.tr("German headers, semicolons and decimal comma (German Excel)"), self
        )
        self.english = QRadioButton(self.tr("English headers, commas and decimal point"), self)
        group = QButtonGroup(self)
        for button in (self.german, self.english):
            group.addButton(button)
        (self.german if current_language() == "de" else self.english).setChecked(True)
        languages = QVBoxLayout()
        languages.addWidget(self.german)
        languages.addWidget(self.english)

        start = file_dialogs.start_folder(file_dialogs.settings_for(parent), "templates")  # or the last one
        self.folder_edit = QLineEdit(str(start), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), languages)
        form.addRow(self.tr("Save in:"), folder_row)

        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_folder = self.buttons.addButton(
            self.tr("Open the folder"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.kinds_label)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self._name_kinds()
        self.resize(560, self.sizeHint().height())

    def language(self) -> str:
        return "de" if self.german.isChecked() else "en"

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip() or str(default_folder())).expanduser()

    def save(self) -> list[Path]:
        """Write the templates; on a problem (a folder without write permission, a full disk) say so."""
        from planner.core.importing.templates import write_templates

        try:
            self.written = write_templates(self.folder(), self.language(), self.kinds)
        except OSError as error:
            text = self.tr("The templates could not be saved in %1: %2")
            self.result_label.setText(
                text.replace("%1", str(self.folder())).replace("%2", error.strerror or "")
            )
            self.open_folder.hide()
            return []
        file_dialogs.remember(self, "templates", self.folder())
        names = "\n".join(p.name for p in self.written)
        self.result_label.setText(self.tr("Saved in %1:").replace("%1", str(self.folder())) + "\n" + names)
        self.open_folder.show()
        return self.written

    def _name_kinds(self) -> None:
        from planner.core.importing.templates import title

        names = [title(k, current_language()) for k in self.kinds]
        self.kinds_label.setText(self.tr("Templates for: %1").replace("%1", ", ".join(names)))

    def _browse(self) -> None:
        chosen = self.choose_folder()
        if chosen:
            self.folder_edit.setText(chosen)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder())))


def open_templates_dialog(parent: QWidget, tables: Sequence[str] | None = None) -> TemplatesDialog:
    """The dialog, open (not modal to the app); it deletes itself when closed."""
    from PySide6.QtCore import Qt

    dialog = TemplatesDialog(parent, tables)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
