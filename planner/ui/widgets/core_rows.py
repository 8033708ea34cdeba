"""Rows of the core in a RecordTableModel (which wants an `id`) and columns over them: the Coverage lists and
the Team workspace's tables show the core's own records this way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from planner.ui.widgets.record_model import LEFT, Column


@dataclass(frozen=True, slots=True)
class Row:
    """A row of the core in a RecordTableModel, which wants an `id`: the account's, or the row's position."""

    id: int
    item: Any


def column(
    key: str,
    title: str,
    display: Callable[[Any], str],
    sort: Callable[[Any], Any],
    align: Qt.AlignmentFlag = LEFT,
    width: int = 110,
    tip: Callable[[Any], str] | None = None,
) -> Column:
    """A column over the core row inside a `Row`."""
    tooltip = (lambda r: tip(r.item)) if tip else None
    return Column(key, title, lambda r: display(r.item), lambda r: sort(r.item), align, width, tooltip)
