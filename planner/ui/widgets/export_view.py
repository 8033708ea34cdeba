"""File > Export: the list in front, as filtered and sorted, with its visible columns, to CSV or XLSX."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.core.portfolio.exporting import write_table
from planner.ui.widgets import file_dialogs, notice
from planner.ui.widgets.record_table import RecordTable

translate = QCoreApplication.translate
T = TypeVar("T")


def write_view(table: RecordTable, path: Path, style: str = "csv") -> int:
    """Write the rows the list shows, in its order, with the columns shown in their order; rows written."""
    model, header = table.model, table.table.horizontalHeader()
    logical = (header.logicalIndex(visual) for visual in range(header.count()))
    columns = [model.columns[i] for i in logical if not table.table.isColumnHidden(i)]
    rows = (tuple(c.export_value(model.row_at(r)) for c in columns) for r in range(model.rowCount()))
    return write_table(path, [c.title for c in columns], [c.kind for c in columns], rows, style)  # type: ignore[arg-type]


def export_view(parent: QWidget, table: RecordTable, name: str) -> Path | None:
    """Ask where (CSV, CSV for German Excel, or Excel workbook) and write the list there; None when cancelled
    or when it could not be written (the user is told why)."""
    filters = {
        translate("Export", "CSV, UTF-8 (*.csv)"): "csv",
        translate("Export", "CSV for German Excel, semicolon and decimal comma (*.csv)"): "excel_de",
        translate("Export", "Excel workbook (*.xlsx)"): "xlsx",
    }
    path, chosen_filter = file_dialogs.save_file_as(
        parent, "export", translate("Export", "Export %1").replace("%1", name), f"{name}.csv",
        ";;".join(filters), next(iter(filters)),
    )  # fmt: skip
    if path is None:
        return None
    style = filters.get(chosen_filter, "csv")
    if style == "xlsx" and path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    elif style != "xlsx" and path.suffix.lower() not in (".csv", ".txt"):
        path = path.with_suffix(".csv")
    title = translate("Export", "Export %1").replace("%1", name)
    written = written_or_told(
        parent, title, path, lambda: write_view(table, path, "csv" if style == "xlsx" else style)
    )
    return None if written is None else path


def written_or_told(parent: QWidget, title: str, path: Path, write: Callable[[], T]) -> T | None:
    """What `write()` returns, the file named in the status bar with "Open folder"; None when it raised
    OSError (a full disk, a folder without write permission), after telling the user why. Exports are
    written whole, so the file that was at `path` is as it was."""
    try:
        result = write()
    except OSError as error:
        text = translate("Export", "%1 could not be written:\n%2")
        QMessageBox.warning(
            parent, title, text.replace("%1", str(path)).replace("%2", error.strerror or str(error))
        )
        return None
    notice.written(parent, path)
    return result
