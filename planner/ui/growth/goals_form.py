"""The goal form: name, period, revenue target, whose accounts, and deal size and rates typed in (or left to
the portfolio's history; the win rate left to the stage weight of in sales)."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from planner.core.growth.goals import Goal, Rates, goal_values
from planner.ui.widgets import formatting


def _spin(parent: QWidget, maximum: float, suffix: str, special: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, maximum)
    spin.setDecimals(0)
    spin.setSuffix(suffix)
    spin.setSpecialValueText(special)  # 0: from history
    return spin


class GoalDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        owners: list[str],
        history: Rates,
        goal: Goal | None = None,
        *,
        today: date,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("New goal"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(
            goal.name if goal else self.tr("Target %1").replace("%1", str(today.year + 1)), self
        )
        start = date.fromisoformat(goal.period_start) if goal else date(today.year + 1, 1, 1)
        end = date.fromisoformat(goal.period_end) if goal else date(today.year + 1, 12, 31)
        self.start = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.end = QDateEdit(QDate(end.year, end.month, end.day), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formatting.date_format())
        self.target = _spin(self, 1e11, "", "")
        formatting.money_box(self.target)
        self.target.setValue((goal.target_cents if goal else 0) / 100)
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("(all accounts)"), "")
        for owner in owners:
            self.owner.addItem(owner, owner)
        self.owner.setCurrentIndex(max(self.owner.findData(goal.owner or "") if goal else 0, 0))

        def history_text(value: Any, money: bool = False) -> str:
            if value is None:
                return self.tr("from history (none yet)")
            shown = formatting.money(value) if money else formatting.percent(value)
            return self.tr("from history (%1)").replace("%1", shown)

        typed = goal.typed if goal else Rates(None, None, None, None)
        self.deal_size = _spin(self, 1e10, "", history_text(history.deal_size_cents, money=True))
        formatting.money_box(self.deal_size)
        self.deal_size.setValue((typed.deal_size_cents or 0) / 100)
        self.rates = {}
        for field in ("win_rate", "sql_to_opportunity", "mql_to_sql"):
            special = history_text(getattr(history, field))
            if (
                field == "win_rate"
            ):  # the one chance to win of an opportunity in sales (Weights… in the forecast)
                shown = formatting.percent(history.win_rate) if history.win_rate else "–"
                special = self.tr("as the stage weight (%1)").replace("%1", shown)
            spin = _spin(self, 100, formatting.percent_suffix(), special)
            spin.setValue((getattr(typed, field) or 0) * 100)
            self.rates[field] = spin
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&Until"), self.end)
        form.addRow(self.tr("Revenue &target"), self.target)
        form.addRow(self.tr("&Accounts of"), self.owner)
        form.addRow(self.tr("&Deal size"), self.deal_size)
        form.addRow(self.tr("&Win rate (in sales to won)"), self.rates["win_rate"])
        form.addRow(self.tr("&Marketing-qualified need to in sales"), self.rates["sql_to_opportunity"])
        form.addRow(self.tr("&Raised to marketing-qualified need"), self.rates["mql_to_sql"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        """The goal's stored values; ValueError when the period ends before it starts."""
        typed = Rates(
            round(self.deal_size.value() * 100) or None,
            *(
                (self.rates[f].value() / 100) or None
                for f in ("win_rate", "sql_to_opportunity", "mql_to_sql")
            ),
        )
        return goal_values(
            self.name.text().strip() or self.tr("Goal"), cast(date, self.start.date().toPython()),
            cast(date, self.end.date().toPython()),  # the stubs say object; a QDate gives a date
            round(self.target.value() * 100), self.owner.currentData() or None, typed,
        )  # fmt: skip
