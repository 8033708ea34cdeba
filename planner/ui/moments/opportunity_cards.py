"""The cards of the opportunity board: their model, how they are painted, and where they can be dropped."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.core.matrix.chart_style import INK, TIER_COLOURS  # a pill keeps its colours on both themes
from planner.core.moments.opportunities import (
    OpportunityRow,
)
from planner.core.moments.readiness import Readiness, ready_for
from planner.ui.moments.readiness_words import explanation_html, ready_text, score_text
from planner.ui.widgets import formatting
from planner.ui.widgets.card_model import CardListModel
from planner.ui.widgets.focus_frame import draw_focus_frame
from planner.ui.widgets.moment_labels import kind_label, raised_by_label, stage_label
from planner.ui.widgets.palette_colours import ink, muted, outline, panel, panel_colour, readable, tint, track

translate = QCoreApplication.translate
MIME = "application/x-account-planner-opportunity"  # the dragged card: its opportunity id
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
READINESS_ROLE = Qt.ItemDataRole.UserRole + 2  # (its Readiness or None, the stage it is ready for or None)
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3  # True: open, and its expected close date has passed
LEFT = Qt.AlignmentFlag.AlignLeft
FAST_LANE = "#c2410c"  # pills: white words on a strong fill, on both themes
KIND_COLOURS = {"repeat": "#0f766e", "upsell": "#4f46e5", "crosssell": "#a21caf"}
ACCENTS = {  # the header's top rule and the selected card, cooler to warmer as a need ripens
    "signal": "#7b8794", "interest": "#3c7fc1", "nurturing": "#2f8f7a", "mqn": "#7b5cc4",
    "in_sales": "#c77d22", "won": "#2e8540", "lost": "#b54848",
}  # fmt: skip
TINTS = {"won": "#eaf5ec", "lost": "#f7eeee"}  # open stages: OPEN_TINT
OPEN_TINT = "#eef2f7"
OVERDUE = ACCENTS["lost"]  # an open card's passed close date: the board's warning colour


def kind_letter(kind: str) -> str:
    return {
        "repeat": translate("OpportunityBoard", "R", "badge: repeat"),
        "upsell": translate("OpportunityBoard", "U", "badge: up-sell"),
        "crosssell": translate("OpportunityBoard", "C", "badge: cross-sell"),
    }.get(kind, "?")


def stage_hint(stage: str) -> str:
    return {
        "signal": translate("OpportunityBoard", "A first sign of a need: a moment, a signal, a gap"),
        "interest": translate("OpportunityBoard", "The customer shows interest"),
        "nurturing": translate("OpportunityBoard", "The need ripens: content, use cases, references"),
        "mqn": translate("OpportunityBoard", "Marketing-qualified need: ready for sales"),
        "in_sales": translate("OpportunityBoard", "Sales works on it: offer and negotiation"),
        "won": translate("OpportunityBoard", "Closed: the customer bought"),
        "lost": translate("OpportunityBoard", "Closed without a sale; it can be taken up again"),
    }.get(stage, "")


def close_text(row: OpportunityRow, overdue: bool = False) -> str:
    """ "closes 31.12.2026"; "close date passed: 30.09.2026" when it is open and the day has passed."""
    if not row.close_on:
        return ""
    day = formatting.iso_date(row.close_on)
    if overdue:
        return translate("OpportunityBoard", "close date passed: %1").replace("%1", day)
    return translate("OpportunityBoard", "closes %1").replace("%1", day)


def card_words(
    row: OpportunityRow, found: Readiness | None = None, ready: str | None = None, overdue: bool = False
) -> list[str]:
    """What a card says, in reading order (also what a screen reader says); `found`: the readiness of its
    account and product, `ready`: the stage it is ready for when it is behind; `overdue`: its close date
    passed while it is open."""
    words = [
        row.account_name,
        row.product_name or translate("OpportunityBoard", "no product"),
        kind_label(row.kind),
        formatting.money(row.value_cents),
        translate("OpportunityBoard", "from %1").replace("%1", raised_by_label(row.raised_by)),
    ]
    if row.fast_lane:
        words.append(translate("OpportunityBoard", "fast lane"))
    words += [
        translate("OpportunityBoard", "tier %1").replace("%1", row.tier),
        row.owner,
        close_text(row, overdue),
        translate("OpportunityBoard", "raised %1").replace("%1", formatting.iso_date(row.raised_on)),
    ]
    if row.next_step:
        words.append(translate("OpportunityBoard", "next step: %1").replace("%1", row.next_step))
    if found is not None:
        words.append(score_text(found))
    if ready is not None:
        words.append(ready_text(ready))
    return [w for w in words if w]


class CardModel(CardListModel[OpportunityRow]):
    """The opportunities of one column, in the order shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda row: row.id, parent)
        self.readiness: dict[int, Readiness] = {}  # by opportunity id: its account and product's readiness
        self.today = ""  # ISO day: a close date before it has passed

    def set_readiness(self, readiness: dict[int, Readiness]) -> None:
        """Before `set_rows`: the readiness the cards show."""
        self.readiness = readiness

    def ready(self, row: OpportunityRow) -> tuple[Readiness | None, str | None]:
        found = self.readiness.get(row.id)
        return found, ready_for(row, found)

    def overdue(self, row: OpportunityRow) -> bool:
        return row.is_open and bool(row.close_on) and bool(self.today) and str(row.close_on) < self.today

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return (
            super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled
            if index.isValid()
            else Qt.ItemFlag.NoItemFlags
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.account_name
        if role == ROW_ROLE:
            return row
        if role == READINESS_ROLE:
            return self.ready(row)
        if role == OVERDUE_ROLE:
            return self.overdue(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(card_words(row, *self.ready(row), self.overdue(row)))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"<b>{html.escape(row.account_name)}</b> · {html.escape(row.product_name)}"]
            lines += [html.escape(w) for w in card_words(row, overdue=self.overdue(row))[2:]]
            if row.fast_lane:
                lines.append(html.escape(translate("OpportunityBoard", "The customer skipped ahead")))
            if row.notes:
                lines.append(f"<i>{html.escape(row.notes)}</i>")
            found, ready = self.ready(row)
            if found is not None:  # which signals moved it
                lines.append("<hr>" + explanation_html(found, ready))
            return "<br>".join(lines)
        return None


class CardDelegate(QStyledItemDelegate):
    """Paints an opportunity as a card: account; R/U/C badge and product; value and the fast-lane mark; where
    it came from; its readiness (and the stage it is ready for, when it is behind); tier, owner and the
    expected close date (in the warning colour when it passed while open; the day it was raised, muted, when
    it has none). Every card has the same height."""

    PAD, GAP, INSET, LINES = 8, 2, 3, 6

    def __init__(self, colour: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.colour = QColor(colour)
        self.fast_lane = translate("OpportunityBoard", "Fast lane")
        self.readiness = translate("Readiness", "readiness")

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()  # type: ignore[attr-defined]
        return QSize(150, self.LINES * line + (self.LINES - 1) * self.GAP + 2 * (self.PAD + self.INSET))

    def _inner(self, rect: QRect) -> QRect:
        return rect.adjusted(4 + self.PAD, self.INSET + self.PAD, -5 - self.PAD, -self.INSET - self.PAD)

    def _badge(self, inner: QRect, font: QFont) -> QRect:
        """The R/U/C badge, on the second line."""
        line = QFontMetrics(font).height()
        width = max(QFontMetrics(font).horizontalAdvance("W") + 8, line)
        return QRect(inner.left(), inner.top() + line + self.GAP + 1, width, line - 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row: OpportunityRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        state, outer = option.state, option.rect  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = self.colour if selected else QColor(muted() if hovered else outline())
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(QColor(panel()))
        painter.drawRoundedRect(outer.adjusted(4, self.INSET, -5, -self.INSET - 1), 6, 6)
        draw_focus_frame(painter, option, outer.adjusted(4, self.INSET, -5, -self.INSET - 1))

        font = QFont(option.font)  # type: ignore[attr-defined]
        bold, small = QFont(font), QFont(font)
        bold.setBold(True)
        small.setPointSizeF(font.pointSizeF() * 0.9)
        line, step = QFontMetrics(font).height(), QFontMetrics(font).height() + self.GAP
        inner = self._inner(outer)
        left, right, width, top = inner.left(), inner.right(), inner.width(), inner.top()

        def text(
            box: QRect, words: str, face: QFont, colour: str, align: Any = Qt.AlignmentFlag.AlignLeft
        ) -> int:
            """Draw `words` elided into `box`; returns the width they take."""
            painter.setFont(face)
            painter.setPen(QColor(colour))
            shown = QFontMetrics(face).elidedText(words, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
            return QFontMetrics(face).horizontalAdvance(shown)

        def pill(box: QRect, words: str, fill: str, face: QFont, colour: str = "#ffffff") -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(box, 3, 3)
            text(box, words, face, colour, Qt.AlignmentFlag.AlignHCenter)

        ink_, muted_, card = ink(), muted(), panel_colour()
        text(QRect(left, top, width, line), row.account_name, bold, ink_)
        badge = self._badge(inner, font)
        pill(badge, kind_letter(row.kind), KIND_COLOURS.get(row.kind, ACCENTS["signal"]), bold)
        product = row.product_name or translate("OpportunityBoard", "no product")
        text(QRect(badge.right() + 6, top + step, right - badge.right() - 6, line), product, font, ink_)
        y = top + 2 * step
        if row.fast_lane:
            mark_w = QFontMetrics(small).horizontalAdvance(self.fast_lane) + 12
            pill(QRect(right - mark_w + 1, y + 1, mark_w, line - 2), self.fast_lane, FAST_LANE, small)
        text(QRect(left, y, width, line), formatting.money(row.value_cents), bold, ink_)
        text(QRect(left, top + 3 * step, width, line), raised_by_label(row.raised_by), font, muted_)
        found, ready = index.data(READINESS_ROLE) or (None, None)
        if found is not None:  # the readiness score; when ahead, the stage it is ready for in its colour
            y = top + 4 * step
            score = QRect(left, y + 1, QFontMetrics(small).horizontalAdvance("100") + 10, line - 2)
            after = QRect(score.right() + 6, y, right - score.right() - 6, line)
            if ready is None:
                pill(score, formatting.number(found.score), track(), small, ink_)
                text(after, self.readiness, small, muted_)
            else:
                pill(score, formatting.number(found.score), ACCENTS[ready], small)
                text(after, "→ " + stage_label(ready), bold, readable(ACCENTS[ready], card))
        y = top + 5 * step  # the close date (the day it was raised when it has none)
        late = bool(index.data(OVERDUE_ROLE))
        day = formatting.iso_date(row.close_on or row.raised_on)
        colour = readable(OVERDUE, card) if late else (ink_ if row.close_on else muted_)
        face = bold if late else small
        day_w = text(QRect(left, y, width, line), ("⚑ " if late else "") + day, face, colour,
                     Qt.AlignmentFlag.AlignRight)  # fmt: skip
        tier = QRect(left, y + 2, QFontMetrics(small).horizontalAdvance("W") + 6, line - 4)
        pill(
            tier,
            row.tier,
            TIER_COLOURS.get(row.tier, TIER_COLOURS["C"]),
            small,
            "#ffffff" if row.tier != "C" else INK,
        )
        text(QRect(tier.right() + 6, y, right - day_w - 12 - tier.right(), line), row.owner, small, muted_)
        painter.restore()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Over the R/U/C badge the tooltip names the kind; elsewhere it tells the whole card."""
        row: OpportunityRow | None = index.data(ROW_ROLE)
        if event.type() == QEvent.Type.ToolTip and row is not None:
            badge = self._badge(self._inner(option.rect), option.font)  # type: ignore[attr-defined]
            if badge.contains(event.pos()):
                QToolTip.showText(event.globalPos(), kind_label(row.kind), view)
                return True
        return super().helpEvent(event, view, option, index)


class DropTarget:
    """Takes a dropped card: `dropped(id, stage)`, a signal of the Qt class that uses it."""

    stage: str
    dropped: Any

    def _highlight(self, on: bool) -> None:
        """Show (or stop showing) that a drop would land here."""

    def dragEnterEvent(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        ours = event.mimeData().hasFormat(MIME)
        event.setAccepted(ours)
        if ours:
            event.acceptProposedAction()
        self._highlight(ours)

    dragMoveEvent = dragEnterEvent

    def dragLeaveEvent(self, event: Any) -> None:
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        opportunity_id = dropped_id(event.mimeData())
        event.setAccepted(opportunity_id is not None)
        if opportunity_id is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            self.dropped.emit(opportunity_id, self.stage)


def dropped_id(data: QMimeData | None) -> int | None:
    if data is None or not data.hasFormat(MIME):
        return None
    try:
        return int(bytes(data.data(MIME).data()).decode())
    except ValueError:
        return None


class CardList(DropTarget, QListView):
    """A column's cards. Cards are dragged out as MIME data and dropped in; `dropped(id, stage)`."""

    dropped = Signal(int, str)
    menu_requested = Signal(QPoint)  # global position, for the selected card

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.empty_text = ""
        self._drop_here = False
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setItemDelegate(CardDelegate(readable(ACCENTS[stage], panel_colour(), 3.0), self))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(tint(TINTS.get(stage, OPEN_TINT))))
        self.setPalette(palette)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        index = self.currentIndex()
        row: OpportunityRow | None = index.data(ROW_ROLE) if index.isValid() else None
        if row is None:
            return
        data = QMimeData()
        data.setData(MIME, str(row.id).encode())
        data.setText(f"{row.account_name} · {row.product_name}")
        drag = QDrag(self)
        drag.setMimeData(data)
        rect = self.visualRect(index)
        drag.setPixmap(self.viewport().grab(rect))
        drag.setHotSpot(self.viewport().mapFromGlobal(self.cursor().pos()) - rect.topLeft())
        drag.exec(Qt.DropAction.MoveAction)

    def _highlight(self, on: bool) -> None:
        self._drop_here = on
        self.viewport().update()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard  # the Menu key: the selected card
        index = self.currentIndex() if keyboard else self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
            centre = self.viewport().mapToGlobal(self.visualRect(index).center())
            self.menu_requested.emit(centre if keyboard else event.globalPos())

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        model = self.model()
        painter = QPainter(self.viewport())
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter.setPen(QColor(muted()))
            area = self.viewport().rect().adjusted(12, 24, -12, -12)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            painter.drawText(area, int(flags), self.empty_text)
        if self._drop_here:
            painter.setPen(QPen(QColor(ACCENTS[self.stage]), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.viewport().rect().adjusted(2, 2, -3, -3), 6, 6)
        painter.end()


class StageHeader(DropTarget, QFrame):
    """A column's head: the stage, how many opportunities and their value. Cards may be dropped on it too."""

    dropped = Signal(int, str)

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName("stageHeader")
        self.setStyleSheet(
            f"#stageHeader {{ background: {tint(TINTS.get(stage, OPEN_TINT))};"
            f" border-top: 4px solid {ACCENTS[stage]}; border-bottom: 1px solid {outline()};"
            " border-top-left-radius: 6px; border-top-right-radius: 6px; }"
            f" QLabel {{ background: transparent; color: {ink()}; }}"
        )
        self.setToolTip(stage_hint(stage))
        self.setAcceptDrops(True)
        self.title_label = QLabel(stage_label(stage), self)
        title_font = self.title_label.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(f"color: {muted()};")
        self.value_label = QLabel(self)
        self.value_label.setFont(title_font)
        self.value_label.setToolTip(
            translate("OpportunityBoard", "The value of the opportunities in this column")
        )
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addStretch(1)  # counts and sums of all columns on one line, however the titles wrap
        layout.addWidget(self.count_label)
        layout.addWidget(self.value_label)

    def set_figures(self, count: int, value_cents: int, of: int | None = None) -> None:
        """`of`: the column's count without the filters, when a filter is on."""
        if of is None:
            text = self.tr("%Ln opportunity(s)", "", count)
        else:
            text = self.tr("%1 of %Ln opportunity(s)", "", of)
            text = text.replace("%1", formatting.number(count))
        self.count_label.setText(text)
        self.value_label.setText(formatting.money(value_cents))
