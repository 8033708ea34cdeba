"""File > Import history: what came from which file when, and undoing one of them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QVBoxLayout, QWidget

from planner.core.importing import ImportRecord, ImportRefused, history
from planner.ui.importing.import_labels import kind_label, refusal
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.record_model import RIGHT, Column, number_key, text_key
from planner.ui.widgets.record_table import RecordTable


@dataclass(frozen=True)
class HistoryRow:
    id: int
    record: ImportRecord
    when: str
    file: str
    kind: str
    state: str


class ImportHistoryDialog(QDialog):
    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Import history"))
        self.resize(1020, 420)
        self.table = RecordTable(self._columns(), lambda r: f"{r.file} {r.kind}", self._count, "", self,
                                 with_filter=False)  # fmt: skip
        self.table.sort_by("id", Qt.SortOrder.DescendingOrder)
        self.table.table.horizontalHeader().setStretchLastSection(True)
        self.undo_button = QPushButton(self.tr("Undo this import"), self)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        editor.changed.connect(lambda tables: self.reload())
        self.reload()

    def _count(self, total: int, shown: int) -> str:
        return self.tr("%Ln import(s)", "", total)

    def _columns(self) -> list[Column]:
        def count_column(field: str, title: str) -> Column:
            """How many rows the import created, updated, left unchanged or rejected."""
            return Column(
                field, title, lambda r: QLocale().toString(getattr(r.record, field)),
                lambda r: number_key(getattr(r.record, field)), RIGHT, 80,
            )  # fmt: skip

        columns = [
            Column("id", "#", lambda r: str(r.id), lambda r: number_key(r.id), RIGHT, 45),
            Column("when", self.tr("When"), lambda r: r.when, lambda r: r.record.imported_at, width=140),
            Column("file", self.tr("File"), lambda r: r.file, lambda r: text_key(r.file), width=190),
            Column("kind", self.tr("Holds"), lambda r: r.kind, lambda r: text_key(r.kind), width=160),
        ]
        for field, title in (
            ("created", self.tr("New")),
            ("updated", self.tr("Updated")),
            ("unchanged", self.tr("Unchanged")),
            ("rejected", self.tr("Rejected")),
        ):
            columns.append(count_column(field, title))
        columns.append(Column("state", self.tr("State"), lambda r: r.state, lambda r: r.state, width=90))
        return columns

    def reload(self) -> None:
        locale = QLocale()
        rows = []
        for record in history(self.editor.store):
            when = QDateTime.fromString(record.imported_at, Qt.DateFormat.ISODate)
            shown = locale.toString(when, QLocale.FormatType.ShortFormat)
            state = self.tr("undone") if record.undone else ""
            rows.append(
                HistoryRow(record.id, record, shown, Path(record.file).name, kind_label(record.kind), state)
            )
        self.table.set_rows(rows)
        if rows and not self.table.selected_ids():
            self.table.select_ids([rows[0].id])

    def undo_selected(self) -> bool:
        ids = self.table.selected_ids()
        rows = [
            r for r in (self.table.model.row_at(i) for i in range(self.table.model.rowCount())) if r.id in ids
        ]
        if not rows or rows[0].record.undone:
            return False
        try:
            self.editor.undo_import(rows[0].record)
        except ImportRefused as error:
            QMessageBox.warning(self, self.windowTitle(), refusal(error))
            return False
        return True
