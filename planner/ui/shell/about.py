"""Help > About: the version, where the portfolio and the settings are kept, and the versions underneath."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import planner
from planner.core.store.paths import default_portfolio_path
from planner.ui.widgets import icons


def _path_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(self, portfolio: Path, settings_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Account Planner"))
        self.portfolio = portfolio
        logo = QLabel(self)
        logo.setPixmap(icons.icon("app").pixmap(96, 96))
        title = QLabel(self.tr("Account Planner"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version = QLabel(self.tr("Version %1").replace("%1", planner.__version__), self)
        purpose = QLabel(self.tr("Key-account planning for the customers you already have."), self)
        purpose.setWordWrap(True)
        heading = QVBoxLayout()
        for widget in (title, self.version, purpose):
            heading.addWidget(widget)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        form = QFormLayout()
        self.locations = {
            "portfolio": _path_label(str(portfolio), self),
            "data": _path_label(str(default_portfolio_path().parent), self),
            "settings": _path_label(settings_file or self.tr("not kept (test run)"), self),
        }
        form.addRow(self.tr("Open portfolio:"), self.locations["portfolio"])
        form.addRow(self.tr("Data folder:"), self.locations["data"])
        form.addRow(self.tr("Settings:"), self.locations["settings"])
        built = (
            self.tr("Python %1 · Qt %2 · PySide6 %3")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", pyside_version)
        )
        form.addRow(self.tr("Built with:"), QLabel(built, self))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.folder_button = QPushButton(self.tr("Show the portfolio's folder"), self)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.clicked.connect(self.show_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def show_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.portfolio.parent)))
