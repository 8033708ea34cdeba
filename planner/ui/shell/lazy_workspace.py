"""A workspace built when it is first shown or asked for, so the window appears without building them all."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyWorkspace(QWidget):
    """Holds the place of a workspace in the window's stack; `get()` builds it once and returns it (`built`
    tells, with the workspace)."""

    built = Signal(QWidget)

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def get(self) -> Any:
        if self.widget is None:
            self.widget = self._build(self)
            layout = self.layout()
            assert layout is not None  # made in __init__
            layout.addWidget(self.widget)
            self.widget.show()  # at once, not on the next turn of the event loop
            self.built.emit(self.widget)
        return self.widget

    def showEvent(self, event: Any) -> None:
        self.get()
        super().showEvent(event)
