"""The limits of every trigger rule, adjustable in one dialog; kept in the portfolio."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.moments.moments import Thresholds, load_thresholds, save_thresholds
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.moment_labels import rule_label

translate = QCoreApplication.translate
SHARES = {"penetration_max", "peers_share", "low_revenue_quantile", "usage_drop", "limit_share"}  # shown in %


def threshold_fields() -> list[tuple[str, str, str]]:
    """(field, rule it belongs to, what it means), in the order of the rules."""
    return [
        (
            "large_employees",
            "low_penetration",
            translate("MomentThresholds", "Large company from (employees)"),
        ),
        (
            "penetration_max",
            "low_penetration",
            translate("MomentThresholds", "Potential users served at most"),
        ),
        ("peers_share", "below_peers", translate("MomentThresholds", "Revenue below this share of peers")),
        ("promoter_nps", "promoter_low_revenue", translate("MomentThresholds", "Account NPS at least")),
        (
            "low_revenue_quantile",
            "promoter_low_revenue",
            translate("MomentThresholds", "Revenue in the lowest"),
        ),
        ("detractor_nps", "detractor", translate("MomentThresholds", "Account NPS below")),
        (
            "survey_window_days",
            "detractor",
            translate("MomentThresholds", "NPS answers count within (days; promoters too)"),
        ),
        ("usage_drop", "falling_usage", translate("MomentThresholds", "Usage down by at least")),
        ("outage_days", "outage", translate("MomentThresholds", "Outage within (days)")),
        ("tickets", "outage", translate("MomentThresholds", "Or support tickets in 30 days, at least")),
        ("stakeholder_days", "new_stakeholder", translate("MomentThresholds", "Signed up within (days)")),
        ("limit_share", "usage_limit", translate("MomentThresholds", "Share of the limit used, at least")),
        (
            "survey_factor",
            "high_survey",
            translate("MomentThresholds", "Times the average answers, at least"),
        ),
        ("survey_days", "high_survey", translate("MomentThresholds", "Answers counted over (days)")),
        ("fast_lane_days", "fast_lane", translate("MomentThresholds", "Asked within (days)")),
        ("qbr_days", "qbr_coming", translate("MomentThresholds", "QBR within (days)")),
        ("cadence_a", "not_touched", translate("MomentThresholds", "Tier A: a touch every (days)")),
        ("cadence_b", "not_touched", translate("MomentThresholds", "Tier B: a touch every (days)")),
        ("cadence_c", "not_touched", translate("MomentThresholds", "Tier C: a touch every (days)")),
        ("renewal_days", "renewal_coming", translate("MomentThresholds", "Renewal within (days)")),
    ]


class ThresholdsDialog(QDialog):
    """Save writes the limits to the portfolio and detects the moments again (a setting, not an undo step)."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(self.tr("Limits of the moments"))
        current = load_thresholds(editor.store)
        kinds = {f.name: f.type for f in fields(Thresholds)}
        self.boxes: dict[str, QSpinBox | QDoubleSpinBox] = {}
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        last_rule = ""
        for name, rule, text in threshold_fields():
            if rule != last_rule:
                heading = QLabel(f"<b>{rule_label(rule)}</b>", form_widget)
                form.addRow(heading)
                last_rule = rule
            value = getattr(current, name)
            box: QSpinBox | QDoubleSpinBox
            if name in SHARES:
                box = QDoubleSpinBox(form_widget)
                box.setRange(0, 100)
                box.setDecimals(0)
                box.setSuffix(formatting.percent_suffix())
                box.setValue(value * 100)
            elif kinds[name] in ("float", float):
                box = QDoubleSpinBox(form_widget)
                box.setRange(-100, 1000)
                box.setDecimals(1)
                box.setValue(value)
            else:
                box = QSpinBox(form_widget)
                box.setRange(0, 1_000_000)
                box.setValue(value)
            self.boxes[name] = box
            form.addRow(text, box)
        scroll = QScrollArea(self)
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        note = QLabel(self.tr("Changing a limit is not an undo step; the moments are detected again."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, 640)

    def thresholds(self) -> Thresholds:
        values: dict[str, Any] = {}  # int and float fields by name
        for name, box in self.boxes.items():
            value = box.value()
            values[name] = value / 100 if name in SHARES else value
        return replace(Thresholds(), **values)

    def restore_defaults(self) -> None:
        defaults = Thresholds()
        for name, box in self.boxes.items():
            value = getattr(defaults, name)
            box.setValue(value * 100 if name in SHARES else value)

    def accept(self) -> None:
        save_thresholds(self.editor.store, self.thresholds())
        self.editor.changed.emit(frozenset({"meta"}))
        self.editor.saved.emit(self.windowTitle())  # "Saved: Limits of the moments"
        super().accept()
