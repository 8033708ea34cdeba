"""The rule editor of segments and smart lists: a name and conditions over firmographics, product ownership
and usage ("holds Connect, lacks Analytics, intensity at least 70 %"), all of which must hold."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.growth.segments import FIELDS, OPERATORS, Condition

translate = QCoreApplication.translate


def field_label(field: str) -> str:
    return {
        "segment": translate("SegmentRules", "Segment"),
        "industry": translate("SegmentRules", "Industry"),
        "country": translate("SegmentRules", "Country"),
        "region": translate("SegmentRules", "Region"),
        "owner": translate("SegmentRules", "Owner"),
        "tier": translate("SegmentRules", "Tier"),
        "size_band": translate("SegmentRules", "Size band"),
        "employees": translate("SegmentRules", "Employees"),
        "revenue": translate("SegmentRules", "Revenue per year (€)"),
        "potential": translate("SegmentRules", "Potential (€)"),
        "whitespace": translate("SegmentRules", "Whitespace (€)"),
        "nps": translate("SegmentRules", "NPS"),
        "breadth": translate("SegmentRules", "Breadth (%)"),
        "intensity": translate("SegmentRules", "Intensity (%)"),
        "holds": translate("SegmentRules", "Holds product"),
        "lacks": translate("SegmentRules", "Does not hold product"),
        "trial": translate("SegmentRules", "Tests product (trial)"),
        "in_segment": translate("SegmentRules", "Saved segment"),
    }.get(field, field)


def operator_label(op: str) -> str:
    return {
        "is": translate("SegmentRules", "is"),
        "is_not": translate("SegmentRules", "is not"),
        "contains": translate("SegmentRules", "contains"),
        ">=": translate("SegmentRules", "at least"),
        "<=": translate("SegmentRules", "at most"),
    }.get(op, op)


def size_band_label(band: int) -> str:
    return {
        0: translate("SegmentRules", "under 50 employees"),
        1: translate("SegmentRules", "50 to 249 employees"),
        2: translate("SegmentRules", "250 to 999 employees"),
        3: translate("SegmentRules", "1,000 to 4,999 employees"),
        4: translate("SegmentRules", "5,000 employees or more"),
    }.get(band, str(band))


def describe(condition: Condition, names: dict[str, dict[int, str]]) -> str:
    """ "Holds product Connect Pro", "Intensity (%) at least 70" for lists of rules."""
    kind = FIELDS[condition.field]
    if kind == "product":
        return f"{field_label(condition.field)} {names['products'].get(int(condition.value), '?')}"
    value = condition.value
    if kind == "segment":
        value = names["segments"].get(int(value), "?")
    elif condition.field == "size_band":
        value = size_band_label(int(value))
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{field_label(condition.field)} {operator_label(condition.op)} {value}"


class ConditionRow(QWidget):
    """One condition: the field, how it compares, and the value (text, number, product or segment)."""

    def __init__(
        self, products: Sequence[tuple[int, str]], segments: Sequence[tuple[int, str]], parent: QWidget
    ):
        super().__init__(parent)
        self.products, self.segments = products, segments
        self.field = QComboBox(self)
        for field in FIELDS:
            self.field.addItem(field_label(field), field)
        self.op = QComboBox(self)
        self.text = QLineEdit(self)
        self.number = QDoubleSpinBox(self)
        self.number.setRange(-1e12, 1e12)
        self.number.setDecimals(0)
        self.choice = QComboBox(self)
        self.remove = QPushButton(translate("SegmentRules", "Remove"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 2)
        layout.addWidget(self.op, 1)
        for widget in (self.text, self.number, self.choice):
            layout.addWidget(widget, 2)
        layout.addWidget(self.remove)
        self.field.currentIndexChanged.connect(self._field_changed)
        self._field_changed()

    def _field_changed(self) -> None:
        field = self.field.currentData()
        kind = FIELDS[field]
        self.op.clear()
        for op in OPERATORS[kind]:
            if op:
                self.op.addItem(operator_label(op), op)
        self.op.setVisible(kind != "product")
        self.text.setVisible(kind == "text" and field != "size_band")
        self.number.setVisible(kind in ("number", "share"))
        self.choice.setVisible(kind in ("product", "segment") or field == "size_band")
        self.choice.clear()
        if field == "size_band":
            for band in range(5):
                self.choice.addItem(size_band_label(band), str(band))
        for item_id, name in (
            self.products if kind == "product" else self.segments if kind == "segment" else ()
        ):
            self.choice.addItem(name, item_id)

    def set_condition(self, condition: Condition) -> None:
        self.field.setCurrentIndex(self.field.findData(condition.field))
        if self.op.findData(condition.op) >= 0:
            self.op.setCurrentIndex(self.op.findData(condition.op))
        kind = FIELDS[condition.field]
        if self.choice.isVisibleTo(self):
            self.choice.setCurrentIndex(max(self.choice.findData(condition.value), 0))
        elif kind in ("number", "share"):
            self.number.setValue(float(condition.value or 0))
        else:
            self.text.setText(str(condition.value or ""))

    def condition(self) -> Condition | None:
        field = self.field.currentData()
        kind = FIELDS[field]
        if kind in ("product", "segment") or field == "size_band":
            value = self.choice.currentData()
            return None if value is None else Condition(field, self.op.currentData() or "", value)
        if kind in ("number", "share"):
            return Condition(field, self.op.currentData(), self.number.value())
        text = self.text.text().strip()
        return Condition(field, self.op.currentData(), text) if text else None


class RulesDialog(QDialog):
    """Name and conditions of a segment, or (`campaign`) of a smart list with its campaign product."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        products: Sequence[tuple[int, str]],
        segments: Sequence[tuple[int, str]],
        *,
        name: str = "",
        conditions: Sequence[Condition] = (),
        campaign: bool = False,
        product_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(680)
        self.products, self.segments = products, segments
        self.name_edit = QLineEdit(name, self)
        form = QFormLayout()
        form.addRow(translate("SegmentRules", "&Name"), self.name_edit)
        self.product_box = QComboBox(self)
        self.product_box.addItem(translate("SegmentRules", "(all whitespace)"), None)
        for product, product_name in products:
            self.product_box.addItem(product_name, product)
        self.product_box.setCurrentIndex(max(self.product_box.findData(product_id), 0))
        if campaign:
            form.addRow(translate("SegmentRules", "Campaign &product"), self.product_box)
        self.rows_layout = QVBoxLayout()
        self.rows: list[ConditionRow] = []
        hint = QLabel(translate("SegmentRules", "An account belongs when it meets every condition."), self)
        hint.setWordWrap(True)
        add = QPushButton(translate("SegmentRules", "&Add a condition"), self)
        add.clicked.connect(lambda: self.add_row())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(self.rows_layout)
        layout.addWidget(add)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for condition in conditions:
            self.add_row(condition)

    def add_row(self, condition: Condition | None = None) -> ConditionRow:
        row = ConditionRow(self.products, self.segments, self)
        if condition is not None:
            row.set_condition(condition)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def _remove(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        row.deleteLater()

    def conditions(self) -> list[Condition]:
        return [c for c in (row.condition() for row in self.rows) if c is not None]

    def name(self) -> str:
        return self.name_edit.text().strip()

    def product_id(self) -> int | None:
        value = self.product_box.currentData()
        return None if value is None else int(value)

    def _accept(self) -> None:
        if not self.name():
            self.name_edit.setFocus()
            self.name_edit.setPlaceholderText(translate("SegmentRules", "A name is needed"))
            return
        self.accept()
