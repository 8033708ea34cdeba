"""The form that creates or edits one record; it checks every field as you type and says what is wrong."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio.changes import ChangeFailed
from planner.core.portfolio.records import (
    FIELDS,
    Field,
    Problem,
    current,
    distinct_values,
    normalised,
    ref_choices,
    validate,
)
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor, not_saved
from planner.ui.widgets.labels import choice_label, field_labels, problem_text, table_noun
from planner.ui.widgets.palette_colours import error as error_colour

SUGGESTED = {"accounts": ("industry", "segment", "country", "owner"), "contacts": ("department", "region")}
SPLIT_AT = 10  # forms with more single-line fields than this get two columns


class RecordForm(QDialog):
    """`RecordForm(editor, table)` creates a record; with `record_id` it edits one. `fixed` values (the
    account of a new contact, say) are stored but not shown."""

    def __init__(
        self,
        editor: Editor,
        table: str,
        record_id: int | None = None,
        fixed: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor, self.table, self.record_id = editor, table, record_id
        self.fixed = dict(fixed or {})
        self.saved_id: int | None = None
        store = editor.store
        start = current(store, table, record_id) if record_id is not None else {}
        labels = field_labels(table)
        noun = table_noun(table)
        if record_id is None:
            self.setWindowTitle(self.tr("New %1").replace("%1", noun))
        else:
            self.setWindowTitle(self.tr("Edit %1").replace("%1", str(start.get("name") or noun)))
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.specs = [f for f in FIELDS[table] if f.name not in self.fixed]
        single = [f for f in self.specs if f.kind != "multiline"]
        columns = 2 if len(single) > SPLIT_AT else 1
        grid = QGridLayout()
        forms = [QFormLayout() for _ in range(columns)]
        for column, form in enumerate(forms):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            grid.addLayout(form, 0, column)
        per_column = -(-len(single) // columns)
        for n, spec in enumerate(single):
            widget = self._widget(spec, start.get(spec.name))
            forms[n // per_column].addRow(self._label(spec, labels), self._with_error(spec, widget))
        for n, spec in enumerate(f for f in self.specs if f.kind == "multiline"):
            box = QFormLayout()
            box.addRow(
                self._label(spec, labels), self._with_error(spec, self._widget(spec, start.get(spec.name)))
            )
            grid.addLayout(box, 1 + n // columns, n % columns)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self.setMinimumWidth(480 * columns)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.check()

    # --- widgets -------------------------------------------------------------------------------------
    def _label(self, spec: Field, labels: Mapping[str, str]) -> QLabel:
        unit = " (€)" if spec.kind == "money" else ""  # the amounts are typed without the sign
        return QLabel(labels.get(spec.name, spec.name) + unit + (" *" if spec.required else ""), self)

    def _with_error(self, spec: Field, widget: QWidget) -> QWidget:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"error_{spec.name}")
        error.setStyleSheet(f"color: {error_colour()};")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.errors[spec.name] = error
        return holder

    def _widget(self, spec: Field, value: Any) -> QWidget:
        store = self.editor.store
        widget: QWidget
        if spec.kind == "multiline":
            edit = QPlainTextEdit(self)
            edit.setPlainText(value or "")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.textChanged.connect(self.check)
            widget = edit
        elif spec.kind in ("choice", "ref"):
            combo = QComboBox(self)
            if spec.kind == "choice":
                for choice in spec.choices:
                    combo.addItem(choice_label(choice), choice)
            else:
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                for record_id, name in ref_choices(store, spec.ref):
                    combo.addItem(name, record_id)
                completer = combo.completer()
                assert completer is not None  # an editable box has one
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
            found = combo.findData(value if value is not None else ("" if spec.kind == "choice" else None))
            combo.setCurrentIndex(found if found >= 0 else (0 if spec.kind == "choice" else -1))
            combo.currentIndexChanged.connect(self.check)
            combo.editTextChanged.connect(self.check)
            widget = combo
        else:
            line = QLineEdit(self)
            line.setText(self._shown(spec, value))
            if spec.kind == "date":
                line.setPlaceholderText(formatting.iso_date(date.today().isoformat()))
            if spec.name in SUGGESTED.get(self.table, ()):
                completer = QCompleter(distinct_values(store, self.table, spec.name), line)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                line.setCompleter(completer)
            line.textChanged.connect(self.check)
            widget = line
        widget.setObjectName(spec.name)
        self.widgets[spec.name] = widget
        return widget

    @staticmethod
    def _shown(spec: Field, value: Any) -> str:
        if value is None:
            return ""
        if spec.kind == "money":
            return formatting.amount(value)
        if spec.kind in ("int", "real"):
            return (
                QLocale().toString(value) if spec.kind == "int" else QLocale().toString(float(value), "g", 12)
            )
        if spec.kind == "date":
            return formatting.iso_date(value)
        return str(value)

    # --- reading and checking ------------------------------------------------------------------------
    def values(self) -> tuple[dict[str, Any], dict[str, Problem]]:
        """What the form holds, as stored values, and the fields that cannot be read."""
        values: dict[str, Any] = dict(self.fixed)
        unreadable: dict[str, Problem] = {}
        for spec in self.specs:
            widget = self.widgets[spec.name]
            if isinstance(widget, QPlainTextEdit):
                values[spec.name] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                values[spec.name] = _combo_value(widget)
                if spec.kind == "ref" and values[spec.name] is None and widget.currentText().strip():
                    unreadable[spec.name] = Problem("required")
            elif isinstance(widget, QLineEdit):
                try:
                    values[spec.name] = _parse(spec, widget.text())
                except ValueError as error:
                    unreadable[spec.name] = Problem(str(error.args[0]), str(error.args[1]))
        return normalised(self.table, values), unreadable

    def check(self) -> dict[str, Problem]:
        values, problems = self.values()
        readable = {k: v for k, v in values.items() if k not in problems}
        for name, problem in validate(self.editor.store, self.table, readable, self.record_id).items():
            problems.setdefault(name, problem)
        for name, label in self.errors.items():
            shown = problems.get(name)
            label.setVisible(shown is not None)
            label.setText(problem_text(shown) if shown else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return problems

    def save(self) -> None:
        if self.check():
            return
        values, _ = self.values()
        try:
            if self.record_id is None:
                self.saved_id = self.editor.create(self.table, values)
            else:
                self.editor.edit(self.table, self.record_id, values)
                self.saved_id = self.record_id
        except (ChangeFailed, KeyError) as error:  # changed elsewhere meanwhile: nothing was stored
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Not saved: %1").replace("%1", not_saved(error))
            )
            return
        self.accept()


def _combo_value(combo: QComboBox) -> Any:
    if combo.isEditable() and combo.currentText() != combo.itemText(combo.currentIndex()):
        match = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        return combo.itemData(match) if match >= 0 else None
    return combo.currentData()


def _parse(spec: Field, text: str) -> Any:
    """A typed value in the user's locale; ValueError(code, example) when it cannot be read."""
    text = text.strip()
    if not text or spec.kind in ("text", "email"):
        return text
    locale = QLocale()
    if spec.kind == "date":
        for parsed in (
            locale.toDate(text, QLocale.FormatType.ShortFormat),
            locale.toDate(text, "d.M.yyyy"),
            locale.toDate(text, "d/M/yyyy"),
            QDate.fromString(text, Qt.DateFormat.ISODate),
        ):
            if parsed.isValid():
                if parsed.year() < 100:
                    parsed = parsed.addYears(2000)
                return parsed.toString(Qt.DateFormat.ISODate)
        raise ValueError("not_date", formatting.iso_date(date.today().isoformat()))
    cleaned = text.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "")
    if spec.kind == "int":
        whole, ok = locale.toLongLong(cleaned)
        if not ok:
            raise ValueError("not_number", locale.toString(1250))
        return int(whole)
    number, ok = locale.toDouble(cleaned)
    if not ok:
        raise ValueError("not_number", locale.toString(1234.5, "f", 2))
    return round(number * 100) if spec.kind == "money" else number
