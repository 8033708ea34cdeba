"""Bulk edit of selected accounts: owner, segment and tier override, set together as one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio.records import TIERS, distinct_values
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.labels import field_labels
from planner.ui.widgets.palette_colours import muted


class BulkEditDialog(QDialog):
    """Tick what to change; only ticked fields are set on every selected account."""

    def __init__(self, editor: Editor, ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.ids = editor, ids
        self.setWindowTitle(self.tr("Edit %1 accounts").replace("%1", str(len(ids))))
        labels = field_labels("accounts")
        self.checks: dict[str, QCheckBox] = {}
        self.owner = self._line("owner")
        self.segment = self._line("segment")
        self.tier = QComboBox(self)
        self.tier.addItem(self.tr("computed from revenue and potential"), "")
        for tier in TIERS[1:]:
            self.tier.addItem(tier, tier)
        self.tier_reason = QLineEdit(self)
        self.tier_reason.setPlaceholderText(self.tr("Why this tier (kept with it)"))
        grid = QGridLayout()
        for row, (key, widget) in enumerate(
            (("owner", self.owner), ("segment", self.segment), ("tier_override", self.tier))
        ):
            check = QCheckBox(labels[key], self)
            check.setObjectName(f"change_{key}")
            check.toggled.connect(widget.setEnabled)
            widget.setEnabled(False)
            grid.addWidget(check, row, 0)
            grid.addWidget(widget, row, 1)
            self.checks[key] = check
        self.checks["tier_override"].toggled.connect(self.tier_reason.setEnabled)
        self.tier_reason.setEnabled(False)
        grid.addWidget(self.tier_reason, 3, 1)
        hint = QLabel(self.tr("One step: Undo puts every account back as it was."), self)
        hint.setStyleSheet(f"color: {muted()};")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _line(self, column: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(column)
        completer = QCompleter(distinct_values(self.editor.store, "accounts", column), line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        line.setCompleter(completer)
        return line

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if self.checks["owner"].isChecked():
            values["owner"] = self.owner.text().strip() or None
        if self.checks["segment"].isChecked():
            values["segment"] = self.segment.text().strip() or None
        if self.checks["tier_override"].isChecked():
            values["tier_override"] = self.tier.currentData() or None
            values["tier_reason"] = (
                (self.tier_reason.text().strip() or None) if values["tier_override"] else None
            )
        return values

    def save(self) -> None:
        values = self.values()
        if values:
            self.editor.bulk_edit("accounts", self.ids, values)
        self.accept()
