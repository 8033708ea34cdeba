"""F1: the short manual shipped in resources/manual, in the app's language, shown in a QTextBrowser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from planner.core.store.paths import resources_dir
from planner.ui.widgets.i18n import current_language


def manual_path(lang: str | None = None) -> Path:
    folder = resources_dir() / "manual"
    path = folder / f"manual_{lang or current_language()}.html"
    return path if path.exists() else folder / "manual_en.html"


class ManualDialog(QDialog):
    """Not modal: it can stay open beside the window. `show_section(name)` scrolls to a section."""

    def __init__(self, parent: QWidget | None = None, *, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manual — Account Planner"))
        self.resize(760, 680)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.path = manual_path(lang)
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def show_section(self, name: str) -> None:
        """Scroll to the section of a workspace (its key is the anchor; an unknown one stays at the top);
        the Portfolio's is shown with the introduction above it."""
        self.browser.scrollToAnchor("start" if name == "portfolio" else name)
