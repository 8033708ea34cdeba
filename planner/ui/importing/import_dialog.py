"""The import preview: how the file was read (correctable), which column goes where (changeable), and what
importing would do (new, updated, unchanged, rejected with row, column and reason) before anything is written.

Reading and planning run on the worker thread with their own connection; so does writing, with a progress
bar and Cancel (a cancelled import writes nothing). The finished import becomes one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.importing import (
    KINDS,
    ImportFileError,
    ImportRecord,
    Layout,
    Plan,
    Rejection,
    Sheet,
    plan_import,
    recognise,
    write_import,
)
from planner.core.store.store import open_portfolio
from planner.ui.importing.encoding_choice import combo_value, encoding_note, select_encoding
from planner.ui.importing.import_labels import file_error, kind_label, rejection_reason, target_label
from planner.ui.importing.unused_columns import UnusedColumns, summary_line
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.palette_colours import error as error_colour
from planner.ui.widgets.record_model import RIGHT, Column, number_key, text_key
from planner.ui.widgets.record_table import RecordTable
from planner.ui.widgets.tasks import Progress, Task

NOT_IMPORTED = ""
EXAMPLES = 3


@dataclass(frozen=True)
class Prepared:
    """What the worker hands back: the sheet, the kind and mapping used, the plan (or why there is none)."""

    sheet: Sheet | None
    kind: str
    mapping: dict[str, str]
    plan: Plan | None
    error: ImportFileError | None = None


@dataclass(frozen=True)
class RejectedRow:
    id: int
    row: int
    column: str
    value: str
    reason: str


def prepare(
    db: Path, path: Path, layout: Layout | None, kind: str, mapping: dict[str, str] | None, progress: Progress
) -> Prepared:
    """Read the file and plan its import (on the worker thread, through its own connection)."""
    store = open_portfolio(db)
    sheet = None
    try:
        sheet, found, suggested = recognise(store, path, layout, kind, progress.report)
        mapping = suggested if mapping is None or found != kind else mapping
        if not found:
            return Prepared(sheet, "", {}, None)
        plan = plan_import(store, sheet, KINDS[found], mapping, progress.report)
        return Prepared(sheet, found, dict(mapping), plan)
    except ImportFileError as error:
        return Prepared(sheet, kind, dict(mapping or {}), None, error)
    finally:
        store.close()


class ImportDialog(QDialog):
    """`ImportDialog(editor, path).start()`; emits `planned` after each preview, `imported(record)`."""

    planned = Signal()
    imported = Signal(object)

    def __init__(self, editor: Editor, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.path = editor, path
        self.prepared: Prepared | None = None
        self.record: ImportRecord | None = None
        self._generation = 0
        self._filling = False
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.resize(900, 640)

        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("— choose —"), "")
        for name in KINDS:
            self.kind_combo.addItem(kind_label(name), name)
        self.encoding_combo = self._combo(
            (self.tr("UTF-8"), "utf-8-sig"), (self.tr("Windows (ANSI, Windows-1252)"), "cp1252"),
            (self.tr("Unicode (UTF-16)"), "utf-16"), (self.tr("Central European (Windows-1250)"), "cp1250"),
            (self.tr("Western European (ISO-8859-15)"), "iso8859-15"), (self.tr("DOS (CP850)"), "cp850"),
            (self.tr("Mac (Mac Roman)"), "mac-roman"),
        )  # fmt: skip
        self.delimiter_combo = self._combo(
            (self.tr("Semicolon ;"), ";"),
            (self.tr("Comma ,"), ","),
            (self.tr("Tab"), "\t"),
            (self.tr("Bar |"), "|"),
        )
        self.decimal_combo = self._combo(
            (self.tr("1.234,50 (decimal comma)"), ","), (self.tr("1,234.50 (decimal point)"), ".")
        )
        self.dates_combo = self._combo(
            (self.tr("31/12/2026 (day first)"), True), (self.tr("12/31/2026 (month first)"), False)
        )
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.encoding_combo, self.delimiter_combo, self.decimal_combo, self.dates_combo):
            combo.currentIndexChanged.connect(self._layout_changed)

        detection = QGridLayout()
        detection.setColumnStretch(1, 1)
        detection.setColumnStretch(3, 1)
        detection.addWidget(QLabel(self.tr("The file holds:")), 0, 0)
        detection.addWidget(self.kind_combo, 0, 1, 1, 3)
        self._text_rows = [
            self._cell(detection, 1, 0, self.tr("Encoding:"), self.encoding_combo),
            self._cell(detection, 1, 2, self.tr("Columns separated by:"), self.delimiter_combo),
        ]
        self._cell(detection, 2, 0, self.tr("Numbers:"), self.decimal_combo)
        self._cell(detection, 2, 2, self.tr("Dates:"), self.dates_combo)
        self.encoding_note = QLabel(self)  # a guessed encoding, and accented words as read (encoding_choice)
        self.encoding_note.setWordWrap(True)
        detection.addWidget(self.encoding_note, 3, 0, 1, 4)

        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Column in the file"), self.tr("First values")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setColumnWidth(0, 220)
        self.mapping_table.setColumnWidth(1, 240)
        self.mapping_combos: dict[str, QComboBox] = {}

        self.rejected_table = RecordTable(self._rejected_columns(), lambda r: "", lambda total, shown: "", "",
                                          self, with_filter=False)  # fmt: skip
        self.rejected_table.sort_by("row")
        self.rejected_table.table.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.mapping_table, self.tr("Columns"))
        self.tabs.addTab(self.rejected_table, self.tr("Rejected rows"))
        self.unused_table = UnusedColumns(self)  # the file's columns not imported, and why
        self.tabs.addTab(self.unused_table, self.tr("Not imported"))

        self.required_note = QLabel(self.tr("* needed to import a row"), self)
        self.required_note.setEnabled(False)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.skip_rejected = QCheckBox(self)
        self.skip_rejected.toggled.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(detection)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.required_note)
        layout.addWidget(self.summary_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_rejected, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._update_buttons()

    # --- building ---------------------------------------------------------------------------------------
    def _combo(self, *items: tuple[str, Any]) -> QComboBox:
        combo = QComboBox(self)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    @staticmethod
    def _cell(grid: QGridLayout, row: int, column: int, label: str, field: QWidget) -> tuple[QLabel, QWidget]:
        caption = QLabel(label)
        grid.addWidget(caption, row, column)
        grid.addWidget(field, row, column + 1)
        return caption, field

    def _rejected_columns(self) -> list[Column]:
        return [
            Column("row", self.tr("Row"), lambda r: str(r.row), lambda r: number_key(r.row), RIGHT, 60),
            Column("column", self.tr("Column"), lambda r: r.column, lambda r: text_key(r.column), width=160),
            Column("value", self.tr("Value"), lambda r: r.value, lambda r: text_key(r.value), width=180),
            Column("reason", self.tr("Problem"), lambda r: r.reason, lambda r: text_key(r.reason), width=380),
        ]

    # --- reading and planning ---------------------------------------------------------------------------
    def start(self) -> ImportDialog:
        """Read the file with the detected layout and the recognised (or remembered) kind and mapping."""
        self._prepare(None, "", None)
        return self

    def _prepare(self, layout: Layout | None, kind: str, mapping: dict[str, str] | None) -> None:
        self._generation += 1
        generation = self._generation
        db, path = self.editor.store.path, self.path
        self.import_button.setEnabled(False)
        self.summary_label.setText(self.tr("Reading %1…").replace("%1", path.name))

        def work(progress: Progress) -> Prepared:
            return prepare(db, path, layout, kind, mapping, progress)

        task: Task[Prepared] = Task(self, work, self.tr("Reading %1…").replace("%1", path.name))
        task.success(lambda prepared: self._show(prepared) if generation == self._generation else None).run()

    def _current_layout(self) -> Layout | None:
        if self.prepared is None or self.prepared.sheet is None:
            return None
        layout, encoding = self.prepared.sheet.layout, self.encoding_combo.currentData()
        return replace(
            layout, encoding=encoding, guessed=layout.guessed and encoding == combo_value(layout.encoding),
            delimiter=self.delimiter_combo.currentData(),
            decimal=self.decimal_combo.currentData(), day_first=self.dates_combo.currentData(),
        )  # fmt: skip

    def _layout_changed(self) -> None:
        if self._filling:
            return
        layout = self._current_layout() or Layout(
            encoding=self.encoding_combo.currentData(), delimiter=self.delimiter_combo.currentData(),
            decimal=self.decimal_combo.currentData(), day_first=self.dates_combo.currentData(),
        )  # fmt: skip
        self._prepare(layout, self.kind_combo.currentData(), self._mapping())

    def _kind_changed(self) -> None:
        if not self._filling:
            self._prepare(self._current_layout(), self.kind_combo.currentData(), None)

    def _mapping_changed(self) -> None:
        if not self._filling:
            self._prepare(self._current_layout(), self.kind_combo.currentData(), self._mapping())

    def _mapping(self) -> dict[str, str]:
        return {
            name: combo.currentData() for name, combo in self.mapping_combos.items() if combo.currentData()
        }

    # --- showing ----------------------------------------------------------------------------------------
    def _show(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self._filling = True
        try:
            if prepared.sheet is not None:
                layout = prepared.sheet.layout
                select_encoding(self.encoding_combo, layout.encoding)
                self._select(self.delimiter_combo, layout.delimiter)
                self._select(self.decimal_combo, layout.decimal)
                self._select(self.dates_combo, layout.day_first)
                for caption, field in self._text_rows:
                    caption.setVisible(not layout.excel)
                    field.setVisible(not layout.excel)
            self.encoding_note.setText(encoding_note(prepared.sheet))
            self.encoding_note.setVisible(bool(self.encoding_note.text()))
            self._select(self.kind_combo, prepared.kind)
            self._fill_mapping(prepared)
            self._fill_rejected(prepared.plan)
            self.tabs.setTabText(2, self.unused_table.fill(prepared.plan))
        finally:
            self._filling = False
        self._show_summary(prepared)
        self._update_buttons()
        self.planned.emit()

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        if index < 0 and isinstance(value, str) and value.startswith("utf-16"):
            index = combo.findData("utf-16")
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill_mapping(self, prepared: Prepared) -> None:
        self.mapping_combos.clear()
        kind = KINDS.get(prepared.kind)
        targets = kind.targets if kind else ()
        self.mapping_table.setRowCount(len(targets))
        headers = prepared.sheet.headers if prepared.sheet else []
        for row, target in enumerate(targets):
            label = target_label(target.name) + (" *" if target.required or target.required_new else "")
            self.mapping_table.setItem(row, 0, QTableWidgetItem(label))
            combo = QComboBox(self.mapping_table)
            combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
            for header in headers:
                combo.addItem(header, header)
            self._select(combo, prepared.mapping.get(target.name, NOT_IMPORTED))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(row, 1, combo)
            self.mapping_combos[target.name] = combo
            mapped = prepared.mapping.get(target.name)
            examples = self._examples(prepared.sheet, mapped) if mapped else ""
            self.mapping_table.setItem(row, 2, QTableWidgetItem(examples))

    @staticmethod
    def _examples(sheet: Sheet | None, header: str) -> str:
        if sheet is None or header not in sheet.frame:
            return ""
        column = sheet.frame[header].head(200)
        return " · ".join(v.strip() for v in column[column.str.strip() != ""].head(EXAMPLES))

    def _fill_rejected(self, plan: Plan | None) -> None:
        rejections: list[Rejection] = plan.rejections if plan else []
        rows = [
            RejectedRow(i, r.row, r.column, r.value, rejection_reason(r)) for i, r in enumerate(rejections)
        ]
        self.rejected_table.set_rows(rows)
        title = self.tr("Rejected rows (%1)").replace("%1", QLocale().toString(plan.rejected if plan else 0))
        self.tabs.setTabText(1, title)

    def _show_summary(self, prepared: Prepared) -> None:
        plan, locale = prepared.plan, QLocale()
        if prepared.error is not None:
            self.summary_label.setText(
                f"<b style='color:{error_colour()}'>{_html(file_error(prepared.error))}</b>"
            )
        elif plan is None:
            self.summary_label.setText(self.tr("Choose what the file holds."))
        else:
            text = "<b>" + self.tr("%1 new · %2 updated · %3 unchanged · %4 rejected") + "</b>"
            for marker, value in zip(
                ("%1", "%2", "%3", "%4"),
                (plan.created, plan.updated, plan.unchanged, plan.rejected),
                strict=True,
            ):
                text = text.replace(marker, locale.toString(value))
            if plan.rejected:
                text += (
                    f"<br><span style='color:{error_colour()}'>"
                    + self.tr(
                        "Rejected rows are listed with their row number; fix them in the file and import "
                        "again, or import without them."
                    )
                    + "</span>"
                )
            if plan.unused:  # the tab says why
                text += "<br>" + _html(summary_line(plan))
            self.summary_label.setText(text)
        rejected = plan.rejected if plan else 0
        self.skip_rejected.setText(self.tr("Import without the %Ln rejected row(s)", "", rejected))
        self.skip_rejected.setVisible(bool(plan and plan.rejected))

    def _update_buttons(self) -> None:
        plan = self.prepared.plan if self.prepared else None
        writes = plan is not None and bool(plan.created or plan.updated)
        ready = plan is not None and (not plan.rejected or self.skip_rejected.isChecked())
        self.import_button.setEnabled(ready and writes)

    # --- writing ----------------------------------------------------------------------------------------
    def write(self) -> Task[ImportRecord] | None:
        """Write the previewed import off the UI thread; on success it is one undo step."""
        plan = self.prepared.plan if self.prepared else None
        if plan is None or not self.import_button.isEnabled():
            return None
        db, skip = self.editor.store.path, self.skip_rejected.isChecked()
        self.import_button.setEnabled(False)

        def work(progress: Progress) -> ImportRecord:
            writer = open_portfolio(db)
            try:
                return write_import(writer, plan, skip_rejected=skip, progress=progress.report)
            finally:
                writer.close()

        task: Task[ImportRecord] = Task(self, work, self.tr("Importing %1…").replace("%1", self.path.name))
        task.success(self._written)
        task.done.connect(self._update_buttons)
        return task.run()

    def _written(self, record: ImportRecord) -> None:
        self.record = record
        self.editor.push_import(record)
        self.imported.emit(record)
        self.accept()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
