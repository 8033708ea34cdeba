"""The words of the journey phases and the columns of the journey map: account rows, their painter, the
phase dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.moments.journey import PHASES
from planner.core.moments.journey_charts import PHASE_COLOURS, PHASE_TINTS
from planner.ui.widgets.formatting import compact_money
from planner.ui.widgets.journey_words import phase_name, phase_play
from planner.ui.widgets.moment_labels import rule_label
from planner.ui.widgets.palette_colours import muted as muted_colour
from planner.ui.widgets.palette_colours import readable, tint

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
LEFT, RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
MAX_RULES = 3  # moment rules named in a column; the others are counted in "+ n more"


def label(parent: QWidget, text: str, style: str) -> QLabel:
    """A plain-text label that wraps its words."""
    made = QLabel(text, parent)
    made.setWordWrap(True)
    made.setAlignment(LEFT | Qt.AlignmentFlag.AlignTop)
    made.setStyleSheet(style)
    return made


@dataclass(frozen=True)
class JourneyRow:  # an account as its phase's list shows it
    id: int
    name: str
    key: str
    tier: str
    potential_cents: int
    reason: str
    overridden: bool


class RowsModel(QAbstractListModel):
    """The accounts of one phase as given (the most potential first); a row is worded when first shown, so
    that a phase of 50,000 accounts fills at once."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: list[int] = []
        self._make: Callable[[int], JourneyRow] = lambda i: JourneyRow(i, str(i), "", "", 0, "", False)
        self._made: dict[int, JourneyRow] = {}

    def set_ids(self, ids: Sequence[int], make: Callable[[int], JourneyRow]) -> None:
        self.beginResetModel()
        self.ids, self._make, self._made = list(ids), make, {}
        self.endResetModel()

    def row(self, n: int) -> JourneyRow:
        account = self.ids[n]
        if account not in self._made:
            self._made[account] = self._make(account)
        return self._made[account]

    @property
    def rows(self) -> list[JourneyRow]:
        return [self.row(n) for n in range(len(self.ids))]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            self.ROW_ROLE,
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.row(index.row())
        return row if role == self.ROW_ROLE else row.name if role == Qt.ItemDataRole.DisplayRole else (
            f"{row.name} ({row.key})\n{row.reason}")  # fmt: skip


class RowDelegate(QStyledItemDelegate):
    """Two lines per account: the name in bold with its potential on the right; tier and reason below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(160, option.fontMetrics.height() * 2 + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: JourneyRow = index.data(RowsModel.ROW_ROLE)
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = option.palette.highlightedText().color() if selected else option.palette.text().color()
        muted = ink if selected else QColor(muted_colour())
        rect = option.rect.adjusted(8, 5, -8, -5)
        line = option.fontMetrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        money = compact_money(row.potential_cents) if row.potential_cents else ""
        painter.setFont(option.font)
        room = rect.width() - (option.fontMetrics.horizontalAdvance(money) + 10 if money else 0)
        painter.setPen(muted)
        painter.drawText(rect.adjusted(0, 0, 0, -line), RIGHT | Qt.AlignmentFlag.AlignTop, money)
        painter.setFont(bold)
        painter.setPen(ink)
        name = painter.fontMetrics().elidedText(row.name, Qt.TextElideMode.ElideRight, max(room, 20))
        painter.drawText(rect.x(), rect.y(), room, line, LEFT, name)
        painter.setFont(option.font)
        painter.setPen(muted)
        second = translate("Journey", "Tier %1").replace("%1", row.tier) + " · " + row.reason
        second = option.fontMetrics.elidedText(second, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y() + line + 2, rect.width(), line, LEFT, second)
        painter.restore()


class PhaseColumnView(QFrame):
    """One phase: name on its colour, figures, play, the moments firing there, and its accounts."""

    def __init__(self, phase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = phase
        self.setObjectName("phase_column")
        self.setStyleSheet(f"#phase_column {{ background: {tint(PHASE_TINTS[phase])}; border-radius: 4px; }}")
        fill = readable(PHASE_COLOURS[phase], "#ffffff")  # the phase's colour, dark enough under white words
        title = f"color: white; background: {fill}; font-weight: bold; padding: 5px 8px;"
        self.title = label(self, phase_name(phase), title + " border-radius: 3px;")
        self.figures = label(self, "", "font-weight: bold;")
        self.play = label(self, phase_play(phase), f"color: {muted_colour()}; font-style: italic;")
        self.moments = label(self, "", "")
        self.moments.hide()  # until moments are detected
        lines = self.fontMetrics().lineSpacing()  # room for the longest play and moments: lists line up
        self.play.setMinimumHeight(2 * lines)
        self.moments.setMinimumHeight((MAX_RULES + 2) * lines)
        self.model = RowsModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(RowDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (self.title, self.figures, self.play, self.moments):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)

    def show_moments(self, counts: dict[str, int] | None, value_cents: int) -> None:
        if counts is None:
            self.moments.hide()
            return
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], rule_label(kv[0])))
        total = sum(counts.values())
        head = self.tr("%Ln moment(s)", "", total)
        if value_cents:
            head += " · " + translate("Journey", "%1 at stake").replace("%1", compact_money(value_cents))
        lines = [head] + [f"{n} × {rule_label(rule)}" for rule, n in ranked[:MAX_RULES]]
        if len(ranked) > MAX_RULES:
            lines.append(self.tr("+ %Ln more rule(s)", "", len(ranked) - MAX_RULES))
        self.moments.setText("\n".join(lines))
        self.moments.setToolTip("\n".join(f"{n} × {rule_label(rule)}" for rule, n in ranked))
        self.moments.show()


class PhaseDialog(QDialog):
    """Choose a phase by hand and say why."""

    def __init__(self, name: str, phase: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set the phase of %1").replace("%1", name))
        self.box = QComboBox(self)
        for code in PHASES:
            self.box.addItem(phase_name(code), code)
        self.box.setCurrentIndex(max(self.box.findData(phase), 0))
        self.reason = QLineEdit(reason, self)
        self.reason.setPlaceholderText(self.tr("for example: renegotiating the contract"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Phase"), self.box)
        form.addRow(self.tr("&Why"), self.reason)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    @staticmethod
    def ask(parent: QWidget, name: str, phase: str, reason: str) -> tuple[str, str] | None:
        dialog = PhaseDialog(name, phase, reason, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return str(dialog.box.currentData()), dialog.reason.text().strip()
