"""The matrix scores read once for all views of the Matrix workspace, and read again after a change."""

from __future__ import annotations

from PySide6.QtCore import QObject

from planner.core.matrix.matrix import MatrixPoint
from planner.ui.widgets.editing import Editor


class SharedPoints(QObject):
    """Create it (through `shared_points`) before a view connects to `editor.changed`, so it forgets the
    old scores before any view reads them again."""

    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self._store = editor.store
        self._points: list[MatrixPoint] | None = None
        editor.changed.connect(self.clear)

    def clear(self, _tables: frozenset[str] | None = None) -> None:
        self._points = None

    def get(self) -> list[MatrixPoint]:
        if self._points is None:
            from planner.core.matrix.matrix import matrix_points

            self._points = matrix_points(self._store)
        return self._points


def shared_points(editor: Editor) -> SharedPoints:
    found = editor.findChild(SharedPoints)
    return found if found is not None else SharedPoints(editor)
