"""How the user left the window: its geometry and each Portfolio list's columns, sort and filter.

A list's state is kept by column key, not by position, so a version that adds, drops or reorders columns
still restores the rest as it was; columns it does not know keep their defaults.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from planner.ui.widgets.record_table import RecordTable
from planner.ui.widgets.settings import LIST_STATE, RESTORE_FILTERS, WINDOW_GEOMETRY, Settings

if TYPE_CHECKING:
    from planner.ui.shell.main_window import MainWindow


def list_state(view: RecordTable) -> dict[str, Any]:
    """Columns in the order shown (key, width, hidden), the sort column and order, the filter text."""
    table, header = view.table, view.table.horizontalHeader()
    keys = [column.key for column in view.model.columns]
    columns = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        hidden = table.isColumnHidden(logical)
        entry: dict[str, Any] = {"key": keys[logical], "hidden": hidden}
        if not hidden:
            entry["width"] = table.columnWidth(logical)
        columns.append(entry)
    state: dict[str, Any] = {"columns": columns, "filter": view.filter_edit.text()}
    section = header.sortIndicatorSection()
    if 0 <= section < len(keys):
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        state["sort"] = {"key": keys[section], "descending": descending}
    return state


def restore_list(view: RecordTable, state: dict[str, Any], *, with_filter: bool = True) -> None:
    """Apply a `list_state`; what it names that the list no longer has is left out."""
    table, header = view.table, view.table.horizontalHeader()
    keys = [column.key for column in view.model.columns]
    known = [c for c in state.get("columns", ()) if isinstance(c, dict) and c.get("key") in keys]
    for visual, entry in enumerate(known):
        logical = keys.index(entry["key"])
        header.moveSection(header.visualIndex(logical), visual)
        table.setColumnHidden(logical, bool(entry.get("hidden")))
        width = entry.get("width")
        if isinstance(width, int) and width > 0:
            table.setColumnWidth(logical, width)
    sort = state.get("sort")
    if isinstance(sort, dict) and sort.get("key") in keys:
        order = Qt.SortOrder.DescendingOrder if sort.get("descending") else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(keys.index(sort["key"]), order)
    text = state.get("filter")
    if with_filter and isinstance(text, str) and text:
        view.filter_edit.setText(text)


def save_window(window: MainWindow, settings: Settings) -> None:
    settings.set(WINDOW_GEOMETRY, window.saveGeometry())
    for name, view in window.portfolio.lists.items():
        if name in LIST_STATE:
            settings.set(LIST_STATE[name], json.dumps(list_state(view), ensure_ascii=False))
    settings.sync()


def restore_window(window: MainWindow, settings: Settings) -> None:
    geometry = settings.get(WINDOW_GEOMETRY)
    if not geometry.isEmpty():
        window.restoreGeometry(geometry)
    with_filter = settings.get(RESTORE_FILTERS)
    for name, view in window.portfolio.lists.items():
        raw = settings.get(LIST_STATE[name]) if name in LIST_STATE else ""
        try:
            state = json.loads(raw) if raw else {}
        except ValueError:
            state = {}
        if isinstance(state, dict):
            restore_list(view, state, with_filter=with_filter)
