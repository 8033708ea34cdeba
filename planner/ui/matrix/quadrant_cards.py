"""The cards of the quadrant board: one account each, with both scores, its potential, tier and last touch,
drawn by a delegate, in a list per quadrant."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner.core.matrix.chart_style import INK, TIER_COLOURS  # a badge keeps its colours on both themes
from planner.core.matrix.matrix import MatrixPoint
from planner.core.matrix.scoring import Quadrant
from planner.ui.widgets import formatting, matrix_labels
from planner.ui.widgets.card_model import CardListModel
from planner.ui.widgets.focus_frame import draw_focus_frame
from planner.ui.widgets.palette_colours import (
    ink,
    muted,
    outline,
    panel,
    panel_colour,
    readable,
    tint,
    track,
    warning,
)

translate = QCoreApplication.translate
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
POINT_ROLE = Qt.ItemDataRole.UserRole + 2


def accent(quadrant: Quadrant) -> QColor:
    """A stronger colour of the quadrant's tint: the header's top rule, the bars and the selected card."""
    tint = QColor(matrix_labels.QUADRANT_COLOURS[quadrant])
    strong = QColor.fromHsvF(max(tint.hsvHueF(), 0.0), min(tint.hsvSaturationF() * 8, 0.75), 0.62)
    return QColor(readable(strong, panel_colour(), 3.0))  # a rule and bars: 3:1 on the cards


def card_order(point: MatrixPoint) -> tuple[int, str]:
    return -point.potential_cents, point.name.casefold()


class CardModel(CardListModel[MatrixPoint]):
    """The accounts of one column, in the order shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda point: point.account_id, parent)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        point = self.row_at(index)
        if point is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return point.name
        if role == ACCOUNT_ID_ROLE:
            return point.account_id
        if role == POINT_ROLE:
            return point
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [html.escape(line) for line in matrix_labels.explanation(point)]
            return f"<b>{html.escape(point.name)}</b><br>" + "<br>".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(card_words(point))
        return None


def last_touch_text(point: MatrixPoint) -> str:
    if not point.last_touch:
        return translate("QuadrantBoard", "never touched")
    return translate("QuadrantBoard", "last touch %1").replace("%1", formatting.iso_date(point.last_touch))


def card_words(point: MatrixPoint) -> list[str]:
    """What a card says, in reading order (also what a screen reader says)."""
    return [
        point.name,
        translate("QuadrantBoard", "tier %1").replace("%1", point.tier),
        formatting.money(point.potential_cents),
        translate("QuadrantBoard", "breadth %1").replace("%1", formatting.percent(point.breadth)),
        translate("QuadrantBoard", "intensity %1").replace("%1", formatting.percent(point.intensity)),
        point.owner,
        last_touch_text(point),
    ]


class CardDelegate(QStyledItemDelegate):
    """Paints an account as a card: tier and name; potential; breadth and intensity with their bars; owner
    and last touch. Every card has the same height, so a column of 10,000 scrolls as fast as one of 10."""

    PAD, GAP, INSET = 9, 3, 4

    def __init__(self, colour: QColor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.words = (translate("QuadrantBoard", "Breadth"), translate("QuadrantBoard", "Intensity"))
        self.potential = translate("QuadrantBoard", "Potential")

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(160, 4 * line + 3 * self.GAP + 2 * self.PAD + 2 * self.INSET)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        point: MatrixPoint | None = index.data(POINT_ROLE)
        if point is None:
            return
        state = option.state  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(6, self.INSET, -6, -self.INSET)  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = self.colour if selected else QColor(muted() if hovered else outline())
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(QColor(panel()))
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 6, 6)
        draw_focus_frame(painter, option, rect.adjusted(0, 0, -1, -1))

        font = QFont(option.font)  # type: ignore[attr-defined]
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.9)
        fm, fm_bold, fm_small = QFontMetrics(font), QFontMetrics(bold), QFontMetrics(small)
        line = fm.height()
        inner = rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        left, right, top = inner.left(), inner.right(), inner.top()
        centre = Qt.AlignmentFlag.AlignVCenter

        # line 1: tier badge and name
        badge_w = max(fm_small.horizontalAdvance("W") + 8, line)
        badge = QRect(left, top + 1, badge_w, line - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TIER_COLOURS.get(point.tier, TIER_COLOURS["C"])))
        painter.drawRoundedRect(badge, 3, 3)
        painter.setFont(small)
        painter.setPen(QColor("#ffffff") if point.tier != "C" else QColor(INK))  # white on A and B, ink on C
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, point.tier)
        painter.setFont(bold)
        painter.setPen(QColor(ink()))
        name_left = badge.right() + 8
        name = fm_bold.elidedText(point.name, Qt.TextElideMode.ElideRight, right - name_left)
        painter.drawText(QRect(name_left, top, right - name_left + 1, line), centre, name)

        # line 2: potential, the amounts of a column right-aligned under each other
        y = top + line + self.GAP
        money = formatting.money(point.potential_cents)
        money_w = fm_bold.horizontalAdvance(money)
        painter.drawText(QRect(right - money_w, y, money_w + 1, line), centre, money)
        painter.setFont(font)
        painter.setPen(QColor(muted()))
        painter.drawText(QRect(left, y, inner.width() - money_w - 8, line), centre, self.potential)

        # line 3: breadth and intensity, each with a bar
        y += line + self.GAP
        half = (inner.width() - 16) // 2
        for n, (word, share) in enumerate(zip(self.words, (point.breadth, point.intensity), strict=True)):
            self._score(painter, QRect(left + n * (half + 16), y, half, line), word, share, font, fm)

        # line 4: owner, last touch
        y += line + self.GAP
        touch = last_touch_text(point)
        touch_w = fm_small.horizontalAdvance(touch)
        if point.last_touch and inner.width() - touch_w - 12 < fm_small.horizontalAdvance(point.owner):
            touch = formatting.iso_date(point.last_touch)  # narrow: the date alone, the owner in full
            touch_w = fm_small.horizontalAdvance(touch)
        painter.setFont(small)
        painter.setPen(
            QColor(warning() if not point.last_touch else muted())
        )  # amber: nobody called (seed 003)
        painter.drawText(QRect(right - touch_w, y, touch_w + 1, line), centre, touch)
        painter.setPen(QColor(muted()))
        owner = fm_small.elidedText(point.owner, Qt.TextElideMode.ElideRight, inner.width() - touch_w - 12)
        painter.drawText(QRect(left, y, inner.width() - touch_w - 12, line), centre, owner)
        painter.restore()

    def _score(
        self, painter: QPainter, box: QRect, word: str, share: float | None, font: QFont, fm: QFontMetrics
    ) -> None:
        """ "Breadth 50 %" and a bar filled to the share, in the column's colour."""
        value = formatting.percent(share)
        painter.setFont(font)
        painter.setPen(QColor(muted()))
        word_w = max(fm.horizontalAdvance(w + " ") for w in self.words)  # both bars equally long
        word_box = QRect(box.left(), box.top(), word_w, box.height())
        painter.drawText(word_box, Qt.AlignmentFlag.AlignVCenter, word)
        value_w = fm.horizontalAdvance("100 %")
        painter.setPen(QColor(ink()))
        value_box = QRect(box.left() + word_w, box.top(), value_w, box.height())
        painter.drawText(value_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, value)
        bar_left = value_box.right() + 8
        bar_w = box.right() - bar_left
        if bar_w < 12:
            return
        bar = QRect(bar_left, box.center().y() - 2, bar_w, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(track()))
        painter.drawRoundedRect(bar, 2, 2)
        if share:
            painter.setBrush(self.colour)
            painter.drawRoundedRect(QRect(bar.left(), bar.top(), max(round(bar_w * share), 3), 5), 2, 2)


class CardList(QListView):
    """A column's cards; says so when there are none."""

    def __init__(self, quadrant: Quadrant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quadrant = quadrant
        self.empty_text = ""
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setItemDelegate(CardDelegate(accent(quadrant), self))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(tint(matrix_labels.QUADRANT_COLOURS[quadrant])))
        self.setPalette(palette)

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(muted()))
            area = self.viewport().rect().adjusted(12, 24, -12, -12)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            painter.drawText(area, int(flags), self.empty_text)
