"""The account page's lists: the row chosen, and how they fit the width: one column of each takes what the
others leave (and gives way first when the window is narrow), so no list needs a horizontal scroll bar at
1366 x 768."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView

from planner.ui.widgets.record_table import RecordTable


def stretch(view: RecordTable, key: str) -> RecordTable:
    """Column `key` of `view` fills the width the other columns leave."""
    view.table.horizontalHeader().setSectionResizeMode(
        view.model.column_of(key), QHeaderView.ResizeMode.Stretch
    )
    return view


def chosen_row(view: RecordTable) -> Any | None:
    """The first chosen row of `view` (top to bottom), or None."""
    ids = view.selected_ids()
    row = view.model.row_of(ids[0]) if ids else None
    return None if row is None else view.model.row_at(row)
