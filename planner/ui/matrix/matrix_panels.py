"""Beside the matrix: the selected accounts to act on, the movements between quadrants over the last
quarter, the accounts that cannot be scored; and the matrix's words: colour legends, the bubble tooltip,
the export file dialog."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionHeader,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.matrix import chart_style
from planner.core.matrix.matrix import MatrixPoint
from planner.core.matrix.scoring import Quadrant
from planner.ui.widgets import file_dialogs, formatting, matrix_labels
from planner.ui.widgets.formatting import compact_money, quarter_label
from planner.ui.widgets.matrix_labels import QUADRANTS
from planner.ui.widgets.palette_colours import muted, tint
from planner.ui.widgets.record_model import RIGHT, Column, number_key, text_key
from planner.ui.widgets.record_table import RecordTable

translate = QCoreApplication.translate


def colouring(
    by: str, points: Sequence[MatrixPoint], owner_colours: Mapping[str, str]
) -> tuple[list[str], Mapping[str, str], str, list[tuple[str, str]]]:
    """Bubble colours by "tier", "nps" or "owner": each point's key, the palette (key -> colour), and the
    legend's title and entries (label, colour)."""
    if by == "tier":
        entries = [
            (translate("MatrixView", "Tier %1").replace("%1", t), c)
            for t, c in chart_style.TIER_COLOURS.items()
        ]
        return [p.tier for p in points], chart_style.TIER_COLOURS, translate("MatrixView", "Tier"), entries
    if by == "nps":
        bands = {
            "negative": translate("MatrixView", "below 0"),
            "neutral": translate("MatrixView", "0 to 49"),
            "positive": translate("MatrixView", "50 or more"),
            "none": translate("MatrixView", "no answers"),
        }
        entries = [(bands[b], chart_style.NPS_COLOURS[b]) for b in chart_style.NPS_BANDS]
        keys = [chart_style.nps_band(p.nps) for p in points]
        return keys, chart_style.NPS_COLOURS, translate("MatrixView", "NPS"), entries
    entries = [(o or translate("MatrixView", "(no owner)"), c) for o, c in owner_colours.items()]
    return [p.owner for p in points], owner_colours, translate("MatrixView", "Owner"), entries


def bubble_tooltip(p: MatrixPoint, thresholds: tuple[float, float]) -> str:
    """Name, quadrant, tier, owner, NPS, and the scores explained in words and figures (the parts of the
    potential one a line), as rich text."""
    q = p.quadrant(*thresholds)
    tier = translate("MatrixView", "Tier %1").replace("%1", p.tier)
    facts = [matrix_labels.quadrant_name(q) if q else "", tier, p.owner]
    if p.nps is not None:
        facts.append(translate("MatrixView", "NPS %1").replace("%1", formatting.nps(p.nps)))
    explained = [line[:1].upper() + line[1:] for line in matrix_labels.explanation(p)]
    lines = [html.escape(line) for line in explained]
    head, _, parts = explained[-1].partition(": ")  # Potential X: a; b; c
    if parts:
        lines[-1] = html.escape(head) + "".join(
            f"<br>&nbsp;&nbsp;· {html.escape(part)}" for part in parts.split("; ")
        )
    hint = translate("MatrixView", "Click to open the account")
    return (
        f"<p style='white-space:pre'><b>{html.escape(p.name)}</b>&nbsp; "
        f"<span style='color:{muted()}'>{html.escape(p.key)}</span><br>"
        f"{html.escape(' · '.join(f for f in facts if f))}<br>"
        + "<br>".join(lines)
        + f"<br><i style='color:{muted()}'>{html.escape(hint)}</i></p>"
    )


def ask_export_path(parent: QWidget, suffix: str) -> Path | None:
    """Where to write the matrix as PNG or SVG (the suffix added when missing); None when cancelled."""
    kinds = {
        "png": translate("MatrixView", "PNG image (*.png)"),
        "svg": translate("MatrixView", "SVG vector graphic (*.svg)"),
    }
    name = translate("MatrixView", "Customer-Performance-Matrix") + "." + suffix
    title = translate("MatrixView", "Export the matrix")
    path = file_dialogs.save_file(parent, "export", title, name, kinds[suffix])
    if path is None:
        return None
    return path if path.suffix.lower() == "." + suffix else path.with_name(path.name + "." + suffix)


@dataclass(frozen=True)
class MatrixRow:
    """An account as the lists beside the matrix show it."""

    id: int
    name: str
    key: str
    owner: str
    tier: str
    quadrant: str
    potential_cents: int
    reason: str


def matrix_row(point: MatrixPoint, thresholds: tuple[float, float]) -> MatrixRow:
    q = point.quadrant(*thresholds)
    return MatrixRow(
        point.account_id, point.name, point.key, point.owner, point.tier,
        matrix_labels.quadrant_name(q) if q else "", point.potential_cents, matrix_labels.not_scored(point),
    )  # fmt: skip


def _text(key: str, title: str, width: int, hidden: bool = False) -> Column:
    return Column(key, title, lambda r: getattr(r, key), lambda r: text_key(getattr(r, key)), width=width,
                  hidden=hidden)  # fmt: skip


def selection_columns() -> list[Column]:
    return [
        Column(
            "name",
            translate("MatrixView", "Account"),
            lambda r: r.name,
            lambda r: text_key(r.name),
            width=160,
            tooltip=lambda r: f"{r.name} ({r.key})",
        ),  # fmt: skip
        _text("quadrant", translate("MatrixView", "Quadrant"), 100),
        Column(
            "potential_cents",
            translate("MatrixView", "Potential"),
            lambda r: formatting.money(r.potential_cents),
            lambda r: number_key(r.potential_cents),
            RIGHT,
            90,
            kind="money",
        ),  # fmt: skip
        _text("key", translate("MatrixView", "Key"), 80, hidden=True),
        _text("owner", translate("MatrixView", "Owner"), 110, hidden=True),
        _text("tier", translate("MatrixView", "Tier"), 40, hidden=True),
    ]


def unscored_columns() -> list[Column]:
    def reason(row: MatrixRow) -> str:  # "not scored: holds no active product" in a list of such accounts
        return row.reason.split(": ", 1)[-1]

    return [
        _text("name", translate("MatrixView", "Account"), 160),
        Column(
            "reason", translate("MatrixView", "Reason"), reason, reason, width=175, tooltip=lambda r: r.reason
        ),
        _text("owner", translate("MatrixView", "Owner"), 110, hidden=True),
    ]


def account_list(columns: list[Column], parent: QWidget, sort: str = "name") -> RecordTable:
    """A list of accounts without a filter line whose first column takes the room left; the most potential
    first when sorted by potential."""
    table = RecordTable(columns, lambda r: r.name, lambda total, shown: "", "", parent, with_filter=False)
    table.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    descending = Qt.SortOrder.DescendingOrder if sort == "potential_cents" else Qt.SortOrder.AscendingOrder
    table.sort_by(sort, descending)
    return table


class SelectionPanel(QWidget):
    """The accounts chosen with the rubber band (or Enter in the search), with their potential; a
    double-click or Enter opens one (`opened`), Copy puts the list on the clipboard."""

    opened = Signal(int)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.list = account_list(selection_columns(), self, "potential_cents")
        self.list.opened.connect(self.opened)
        copy = QPushButton(self.tr("Copy list"), self)
        copy.setToolTip(self.tr("Copies name, key, quadrant and potential, to paste into a spreadsheet"))
        copy.clicked.connect(self.copy)
        clear = QPushButton(self.tr("Clear"), self)
        clear.setToolTip(self.tr("Clears the selection (Esc)"))
        clear.clicked.connect(self.cleared)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy)
        buttons.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_rows([], 0)

    def set_rows(self, rows: Sequence[MatrixRow], paths: int) -> None:
        """`paths`: how many of them have their trajectory drawn."""
        self.list.set_rows(rows)
        if not rows:
            self.label.setText(
                self.tr("Drag across the matrix to select accounts. Click a bubble to open its account.")
            )
            return
        total = sum(r.potential_cents for r in rows)
        text = self.tr("%Ln account(s) selected", "", len(rows)) + " · "
        text += translate("MatrixView", "%1 potential").replace("%1", compact_money(total))
        if paths < len(rows):
            text += "\n" + self.tr(
                "Paths drawn for %Ln of them: those in the matrix with most potential.", "", paths
            )
        self.label.setText(text)

    def rows(self) -> list[MatrixRow]:
        model = self.list.model
        return [model.row_at(n) for n in range(model.rowCount())]

    def copy(self) -> str:
        """The list as shown, tab-separated (name, key, quadrant, potential in euros), on the clipboard."""
        text = "\n".join(
            "\t".join((r.name, r.key, r.quadrant, QLocale().toString(r.potential_cents / 100, "f", 2)))
            for r in self.rows()
        )
        QGuiApplication.clipboard().setText(text)
        return text


class TurnedHeader(QHeaderView):
    """Column titles written bottom-up, so that long quadrant names fit narrow columns."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        titles = (self.model().headerData(n, Qt.Orientation.Horizontal) for n in range(self.count()))
        longest = max((self.fontMetrics().horizontalAdvance(str(t)) for t in titles), default=0)
        hint.setHeight(longest + 16)
        return hint

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect, option.section = rect, index
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.save()
        painter.translate(rect.center().x() + self.fontMetrics().ascent() / 2 - 1, rect.bottom() - 8)
        painter.rotate(-90)
        painter.drawText(0, 0, str(self.model().headerData(index, Qt.Orientation.Horizontal)))
        painter.restore()


class UnscoredPanel(QWidget):
    """The accounts that cannot be placed in the matrix, each with its reason (they are never drawn at
    0 %); a double-click or Enter opens one (`opened`)."""

    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.list = account_list(unscored_columns(), self)
        self.list.opened.connect(self.opened)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)

    def set_rows(self, rows: Sequence[MatrixRow], any_account: bool = True) -> None:
        self.list.set_rows(rows)
        if not any_account:  # nothing to score is not "every account has a score"
            self.label.setText(self.tr("No accounts yet."))
            return
        self.label.setText(
            self.tr(
                "%Ln account(s) cannot be placed in the matrix: without an active product or usage data "
                "there is nothing to score yet.",
                "",
                len(rows),
            )
            if rows
            else self.tr("Every account that passes the filters has a score.")
        )


class MovementPanel(QWidget):
    """How many accounts moved from which quadrant (rows) to which (columns) between two quarters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.table = QTableWidget(4, 4, self)
        names = [matrix_labels.quadrant_name(q) for q in QUADRANTS]
        self.table.setHorizontalHeaderLabels(names)
        self.table.setVerticalHeaderLabels(names)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = TurnedHeader(self.table)
        self.table.setHorizontalHeader(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFixedHeight(header.sizeHint().height() + 4 * 34 + 4)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {muted()};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_counts(
        self, moved: Mapping[tuple[Quadrant, Quadrant], int], quarters: tuple[str, str] | None
    ) -> None:
        for row, before in enumerate(QUADRANTS):
            for column, after in enumerate(QUADRANTS):
                count = moved.get((before, after), 0)
                item = QTableWidgetItem(QLocale().toString(count) if count else "–")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if before == after:
                    item.setBackground(QColor(tint("#eef1f4")))  # stayed: grey
                elif count:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(QColor(tint("#fff4e0")))  # moved: amber
                item.setToolTip(
                    self.tr("%Ln account(s) from %1 to %2", "", count)
                    .replace("%1", matrix_labels.quadrant_name(before))
                    .replace("%2", matrix_labels.quadrant_name(after))
                )
                self.table.setItem(row, column, item)
        if quarters is None:
            self.label.setText(self.tr("The usage history has fewer than two quarters: no movements yet."))
            self.note.setText("")
            return
        earlier, later = quarter_label(quarters[0]), quarter_label(quarters[1])
        total = sum(moved.values())
        changed = sum(n for (a, b), n in moved.items() if a != b)
        self.label.setText(
            self.tr("<b>%1 → %2</b>: %3 of %Ln account(s) changed quadrant.", "", total)
            .replace("%1", earlier)
            .replace("%2", later)
            .replace("%3", QLocale().toString(changed))
        )
        self.note.setText(
            self.tr(
                "Rows: quadrant in %1, columns: quadrant in %2, at the thresholds set. Positions per quarter "
                "come from that quarter's usage; the latest quarter may not be complete."
            )
            .replace("%1", earlier)
            .replace("%2", later)
        )
