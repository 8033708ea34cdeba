"""The first-run page: what a new, empty portfolio shows in place of the Portfolio lists (drop files here,
the import templates, what each workspace needs, the demo), until its first account exists."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio.readiness import WORKSPACES, is_empty
from planner.ui.widgets import icons
from planner.ui.widgets.empty_state import noun_list
from planner.ui.widgets.palette_colours import ink, muted, outline, panel, tint

if TYPE_CHECKING:
    from planner.ui.shell.main_window import MainWindow


def demo_path() -> Path:
    """The demo portfolio: its own file beside the default portfolio, never the user's own."""
    from planner.core.store.paths import default_portfolio_path

    return default_portfolio_path().with_name("demo.sqlite")


def _label(text: str, parent: QWidget, *, style: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    label.setStyleSheet(style or f"color: {ink()};")
    return label


class DropZone(QFrame):
    """A framed area that takes files dropped on it and hands the ones the import reads to `dropped`."""

    def __init__(self, dropped: Callable[[list[Path]], Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.dropped = dropped
        self.setAcceptDrops(True)
        self.setObjectName("dropZone")
        self._style(False)

    def _style(self, hovering: bool) -> None:
        background = tint("#e8f1fb") if hovering else tint("#f7f9fb")
        self.setStyleSheet(
            f"#dropZone {{ background: {background}; border: 2px dashed {outline()}; border-radius: 10px; }}"
            " QLabel { background: transparent; }"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
            self._style(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:
        self._style(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._style(False)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped(paths)


class FirstRunPage(QScrollArea):
    """For a portfolio without accounts. `demo_path` is where "open the demo" opens (or makes) the demo
    book; tests point it elsewhere. `by_hand` fires when the user chooses to type accounts in."""

    first_painted = Signal()
    by_hand = Signal()

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.demo_path: Path = demo_path()
        self._painted = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("firstRun")
        body.setStyleSheet(f"#firstRun {{ background: {panel()}; }}")
        self.setWidget(body)

        title = _label(self.tr("Your portfolio is empty: bring in the lists you already have"), body)
        title.setStyleSheet(f"color: {ink()}; font-size: 20px; font-weight: 600;")
        intro = _label(
            self.tr(
                "Accounts from Excel or your CRM come first; then what they hold, how they use it, their "
                "contacts and your touches. Every workspace fills up as the data arrives."
            ),
            body,
            style=f"color: {muted()}; font-size: 13px;",
        )

        self.drop_zone = DropZone(window.import_files, body)
        drop_title = _label(self.tr("Drop CSV or Excel files here"), self.drop_zone)
        drop_title.setStyleSheet(f"color: {ink()}; font-size: 16px; font-weight: 600;")
        drop_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        drop_text = _label(
            self.tr("Exports from your CRM, Excel lists: the preview shows what each column becomes before "
                    "anything is stored, and every import can be undone."),
            self.drop_zone, style=f"color: {muted()};",
        )  # fmt: skip
        drop_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton(self.tr("Import files…"), self.drop_zone)
        self.import_button.setEnabled(not window.store.readonly)
        self.import_button.clicked.connect(window.choose_import)
        zone = QVBoxLayout(self.drop_zone)
        zone.setContentsMargins(24, 24, 24, 24)
        zone.addStretch(1)
        zone.addWidget(drop_title)
        zone.addWidget(drop_text)
        zone.addSpacing(8)
        zone.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        zone.addStretch(1)

        self.templates_button = QPushButton(self.tr("Save import templates…"), body)
        self.templates_button.clicked.connect(self.save_templates)
        self.demo_button = QPushButton(self.tr("Open the demo portfolio"), body)
        self.demo_button.clicked.connect(self.open_demo)
        self.hand_button = QPushButton(self.tr("Type in an account…"), body)
        self.hand_button.setEnabled(not window.store.readonly)
        self.hand_button.clicked.connect(self.by_hand)
        side = QVBoxLayout()
        side.setSpacing(4)
        for heading, text, button in (
            (self.tr("Not sure how the files should look?"),
             self.tr("An example file per kind of data, in German or English, with the columns the import "
                     "recognises."), self.templates_button),
            (self.tr("Just looking around?"),
             self.tr("The demo is a portfolio of its own with 300 made-up accounts; this one stays empty."),
             self.demo_button),
            (self.tr("Only a few accounts?"),
             self.tr("Type them in; products and contacts follow on their tabs."), self.hand_button),
        ):  # fmt: skip
            side.addWidget(_label(heading, body, style=f"color: {ink()}; font-weight: 600;"))
            side.addWidget(_label(text, body, style=f"color: {muted()};"))
            side.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            side.addSpacing(10)
        side.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.drop_zone, 3)
        top.addLayout(side, 2)

        needs_title = _label(self.tr("What each workspace needs"), body)
        needs_title.setStyleSheet(f"color: {ink()}; font-size: 15px; font-weight: 600;")
        self.needs = QGridLayout()
        self.needs.setHorizontalSpacing(14)
        self.needs.setVerticalSpacing(8)
        self.need_labels: dict[str, QLabel] = {}
        for row, (key, name, purpose) in enumerate(self._workspaces()):
            icon = QLabel(body)
            icon.setPixmap(icons.icon(key).pixmap(20, 20))
            self.needs.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
            name_label = _label(name, body, style=f"color: {ink()}; font-weight: 600;", wrap=False)
            self.needs.addWidget(name_label, row, 1, Qt.AlignmentFlag.AlignTop)
            needs = _label(f"{purpose}<br><span style='color:{muted()}'>{self._needs_text(key)}</span>", body)
            self.needs.addWidget(needs, row, 2)
            self.need_labels[key] = needs
        self.needs.setColumnStretch(2, 1)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(10)
        layout.addLayout(top)
        layout.addSpacing(16)
        layout.addWidget(needs_title)
        layout.addLayout(self.needs)
        layout.addStretch(1)

    def _workspaces(self) -> list[tuple[str, str, str]]:
        return [
            ("portfolio", self.tr("Portfolio"), self.tr("Your accounts, products and contacts as lists.")),
            ("matrix", self.tr("Matrix"),
             self.tr("Places each account by how many of your products it holds and how much it uses them.")),
            ("moments", self.tr("Moments"),
             self.tr("The accounts to act on now, and why: falling usage, a promoter, a new department.")),
            ("coverage", self.tr("Coverage"),
             self.tr("Have you touched them all, and is your time where the value is?")),
            ("qbrs", self.tr("QBRs"), self.tr("Quarterly business reviews and their briefings.")),
            ("growth", self.tr("Growth"), self.tr("Whitespace, segments, campaign lists and goals.")),
            ("team", self.tr("Team"), self.tr("The owners' books side by side: quadrants, coverage, NDR.")),
        ]  # fmt: skip

    def _needs_text(self, key: str) -> str:
        return self.tr("Needs %1.").replace("%1", noun_list(WORKSPACES[key]))

    # --- the actions ---------------------------------------------------------------------------------------
    def save_templates(self) -> QWidget:
        from planner.ui.widgets.templates_dialog import open_templates_dialog

        return open_templates_dialog(self.main_window)

    def open_demo(self) -> MainWindow | None:
        """The demo portfolio in a window that takes this one's place (made and filled the first time)."""
        path = self.demo_path
        window = self.main_window.files.open_file(path, create=not path.exists())
        if window is not None and window is not self.main_window and is_empty(window.store):
            window.fill_with_demo()
        return window

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
