"""The preview's tab of the file's columns an import leaves out, each with why, and their names for the
summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from planner.core.importing import Plan
from planner.ui.importing.import_labels import unused_reason

translate = QCoreApplication.translate
NAMED = 6  # columns named in the summary (the tab lists them all)


class UnusedColumns(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels(
            [translate("ImportDialog", "Column in the file"), translate("ImportDialog", "Why not imported")]
        )
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 240)

    def fill(self, plan: Plan | None) -> str:
        """Show the plan's columns left out; returns the tab's title ("Not imported (3)")."""
        unused = plan.unused if plan else []
        self.setRowCount(len(unused))
        for row, column in enumerate(unused):
            self.setItem(row, 0, QTableWidgetItem(column.header))
            self.setItem(row, 1, QTableWidgetItem(unused_reason(column, plan.kind.name if plan else "")))
        return translate("ImportDialog", "Not imported (%1)").replace("%1", QLocale().toString(len(unused)))


def summary_line(plan: Plan) -> str:
    """ "Not imported: Fax, Notiz" (the first few; "" when every column is imported)."""
    if not plan.unused:
        return ""
    names = [u.header for u in plan.unused[:NAMED]] + (["…"] if len(plan.unused) > NAMED else [])
    return translate("ImportDialog", "Not imported: %1").replace("%1", ", ".join(names))
