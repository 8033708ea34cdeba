"""The settings dialog: one field per shown option of `widgets.settings`, built from the declarations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.ui.widgets.settings import Option, Settings, shown_options


class SettingsDialog(QDialog):
    """OK writes the changed options; `changed` then holds their keys (empty after Cancel)."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, owners: Sequence[str] = ()
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.owners = [o for o in owners if o]  # offered for "I am": the owners the portfolio names
        self.setWindowTitle(self.tr("Preferences"))
        self.fields: dict[str, QWidget] = {}
        self.changed: set[str] = set()
        form = QFormLayout()
        for option in shown_options():
            field = self._field(option)
            self.fields[option.key] = field
            assert option.label is not None
            if isinstance(field, QCheckBox):
                field.setText(option.label())
                form.addRow(field)
            else:
                form.addRow(option.label(), field)
            if option.hint is not None:
                hint = QLabel(option.hint(), self)
                hint.setEnabled(False)  # greyed: an explanation, not a field
                hint.setWordWrap(True)
                form.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _field(self, option: Option[Any]) -> QWidget:
        value = self.settings.get(option)
        if option.choices is not None:
            combo = QComboBox(self)
            for choice, text in option.choices():
                combo.addItem(text, choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if option.type is bool:
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box
        if option.type is str:  # free text, the portfolio's owners offered
            edit = QComboBox(self)
            edit.setEditable(True)
            edit.addItems(sorted(set(self.owners) | ({value} if value else set()), key=str.casefold))
            edit.setCurrentText(str(value))
            return edit
        if option.type is int:
            spin = QSpinBox(self)
            spin.setRange(0, 1_000_000)
            spin.setValue(int(value))
            return spin
        raise TypeError(f"no field for the setting {option.key}")

    def value(self, option: Option[Any]) -> Any:
        """What the field of `option` holds now."""
        field = self.fields[option.key]
        if isinstance(field, QComboBox):
            return field.currentText().strip() if field.isEditable() else field.currentData()
        if isinstance(field, QCheckBox):
            return field.isChecked()
        if isinstance(field, QSpinBox):
            return field.value()
        raise TypeError(option.key)

    def accept(self) -> None:
        self.changed = set()
        for option in shown_options():
            value = self.value(option)
            if value != self.settings.get(option):
                self.settings.set(option, value)
                self.changed.add(option.key)
        self.settings.sync()
        super().accept()
