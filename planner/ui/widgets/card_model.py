"""The rows of one column of cards (the quadrant board's accounts, the opportunity board's opportunities)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex

R = TypeVar("R")


class CardListModel(QAbstractListModel, Generic[R]):
    """Rows in the order shown; `row_of(ident)` finds a row by what `ident(row)` gives (its id)."""

    def __init__(self, ident: Callable[[Any], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ident = ident
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def row_of(self, ident: int) -> int | None:
        return next((n for n, row in enumerate(self.rows) if self._ident(row) == ident), None)

    def row_at(self, index: QModelIndex | QPersistentModelIndex) -> R | None:
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None
