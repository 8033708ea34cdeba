"""An account's QBRs, past and planned, and the actions agreed there that are still open. Opening a QBR or
planning one is the QBR workspace's: this list asks for it (`qbr_requested`, `new_qbr_requested`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.core.account.account_qbrs import QbrLine, open_actions
from planner.core.qbr.qbrs import Action
from planner.ui.portfolio.account_tables import stretch
from planner.ui.widgets import formatting
from planner.ui.widgets.record_model import CENTER, RIGHT, Column, number_key, text_key
from planner.ui.widgets.record_table import RecordTable

translate = QCoreApplication.translate


def status_words(line: QbrLine) -> str:
    if line.upcoming:
        return translate("AccountQbrs", "planned")
    return {
        "planned": translate("AccountQbrs", "planned, date passed"),
        "held": translate("AccountQbrs", "held"),
        "cancelled": translate("AccountQbrs", "cancelled"),
    }.get(line.status, line.status)


def qbr_columns() -> list[Column]:
    return [
        Column(
            "held_on",
            translate("AccountQbrs", "Date"),
            lambda r: formatting.iso_date(r.held_on),
            lambda r: (r.held_on, r.id),
            RIGHT,
            95,
            kind="date",
        ),
        Column(
            "status",
            translate("AccountQbrs", "Status"),
            status_words,
            lambda r: text_key(status_words(r)),
            width=170,
        ),
        Column(
            "actions",
            translate("AccountQbrs", "Actions agreed"),
            lambda r: formatting.number(r.actions),
            lambda r: number_key(r.actions),
            CENTER,
            175,
        ),
        Column(
            "open",
            translate("AccountQbrs", "Still open"),
            lambda r: formatting.number(len(r.open_actions)),
            lambda r: len(r.open_actions),
            CENTER,
            110,
        ),
    ]


class _ActionRow:
    """An open action as a row of the list (a row needs an `id`)."""

    __slots__ = ("action", "id")

    def __init__(self, action: Action) -> None:
        self.action, self.id = action, action.id or 0


def action_columns() -> list[Column]:
    def text(key: str, title: str, width: int) -> Column:
        return Column(
            key,
            title,
            lambda r: getattr(r.action, key),
            lambda r: text_key(getattr(r.action, key)),
            width=width,
            tooltip=lambda r: getattr(r.action, key) or None,
        )

    return [
        text("title", translate("AccountQbrs", "Open action"), 380),
        text("owner", translate("AccountQbrs", "Owner"), 150),
        Column(
            "due_on",
            translate("AccountQbrs", "Due"),
            lambda r: formatting.iso_date(r.action.due_on),
            lambda r: r.action.due_on or "9999",
            RIGHT,
            95,
            kind="date",
        ),
        Column(
            "agreed_on",
            translate("AccountQbrs", "Agreed at the QBR of"),
            lambda r: formatting.iso_date(r.action.agreed_on),
            lambda r: r.action.agreed_on or "",
            RIGHT,
            170,
            kind="date",
        ),
    ]


class QbrList(QWidget):
    qbr_requested = Signal(int)  # open this QBR
    new_qbr_requested = Signal(int)  # plan a QBR for this account

    def __init__(self, account_id: int, writable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account_id = account_id
        self.list = RecordTable(
            qbr_columns(), lambda r: status_words(r), lambda _t, _s: "", "", self, with_filter=False
        )
        self.list.sort_by("held_on", Qt.SortOrder.DescendingOrder)
        self.actions_list = RecordTable(
            action_columns(), lambda r: r.action.title, lambda _t, _s: "", "", self, with_filter=False
        )
        self.actions_list.sort_by("due_on")
        stretch(self.list, "status")
        stretch(self.actions_list, "title")
        self.open_button = QPushButton(self.tr("Open QBR…"), self)
        self.plan_button = QPushButton(self.tr("Plan a QBR…"), self)
        self.plan_button.setEnabled(writable)
        self.open_button.clicked.connect(lambda: self._open(next(iter(self.list.selected_ids()), None)))
        self.plan_button.clicked.connect(lambda: self.new_qbr_requested.emit(self.account_id))
        self.list.opened.connect(self._open)
        self.list.table.selectionModel().selectionChanged.connect(self._chosen)
        self.actions_title = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.actions_title)
        layout.addWidget(self.actions_list, 3)
        self._chosen()

    def set_lines(self, lines: Sequence[QbrLine]) -> None:
        self.list.set_rows(lines)
        still_open = open_actions(list(lines))
        self.actions_list.set_rows([_ActionRow(a) for a in still_open])
        self.actions_title.setText(
            self.tr("Open actions of its QBRs (%1)").replace("%1", formatting.number(len(still_open)))
        )
        self._chosen()

    def _chosen(self, *_: object) -> None:
        self.open_button.setEnabled(bool(self.list.selected_ids()))

    def _open(self, qbr_id: int | None) -> None:
        if qbr_id is not None:
            self.qbr_requested.emit(qbr_id)
