"""An account's touches and signals on one list, newest first, planned touches marked: log, edit and
delete either (each undoable; the page opens the dialogs)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from planner.core.account.timeline import TimelineEntry
from planner.ui.portfolio.account_tables import stretch
from planner.ui.widgets import formatting
from planner.ui.widgets.labels import choice_label
from planner.ui.widgets.moment_labels import signal_kind_label
from planner.ui.widgets.record_model import RIGHT, Column, text_key
from planner.ui.widgets.record_table import RecordTable

translate = QCoreApplication.translate


def what(entry: TimelineEntry) -> str:
    """ "call", "planned: meeting", "Signal: outage"."""
    if not entry.is_touch:
        return translate("AccountTimeline", "Signal: %1").replace("%1", signal_kind_label(entry.kind))
    kind = choice_label(entry.kind)
    return translate("AccountTimeline", "planned: %1").replace("%1", kind) if entry.planned else kind


def timeline_columns() -> list[Column]:
    def text(key: str, title: str, width: int) -> Column:
        return Column(
            key,
            title,
            lambda r: getattr(r, key),
            lambda r: text_key(getattr(r, key)),
            width=width,
            tooltip=lambda r: getattr(r, key) or None,
        )

    return [
        Column(
            "day",
            translate("AccountTimeline", "Date"),
            lambda r: formatting.iso_date(r.day),
            lambda r: (r.day[:10], r.is_touch, r.day, r.record_id),
            RIGHT,
            90,
            kind="date",
        ),
        Column("kind", translate("AccountTimeline", "What"), what, lambda r: text_key(what(r)), width=195),
        text("summary", translate("AccountTimeline", "Summary or detail"), 380),
        text("contacts", translate("AccountTimeline", "With"), 150),
        text("next_step", translate("AccountTimeline", "Next step"), 200),
        Column(
            "next_step_due",
            translate("AccountTimeline", "Due"),
            lambda r: formatting.iso_date(r.next_step_due),
            lambda r: r.next_step_due or "",
            RIGHT,
            90,
            kind="date",
        ),
    ]


def timeline_haystack(entry: TimelineEntry) -> str:
    return " ".join((what(entry), entry.summary, entry.contacts, entry.next_step))


class TimelineList(QWidget):
    """The list and its buttons. `log_touch`, `log_signal`: asked for a new one; `edit(entry)`: a row opened
    (double-click, Enter, the button); `delete(touch ids, signal ids)`: rows to delete."""

    log_touch = Signal()
    log_signal = Signal()
    edit = Signal(object)
    delete = Signal(list, list)

    def __init__(self, writable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = RecordTable(
            timeline_columns(), timeline_haystack, lambda _t, _s: "", "", self, with_filter=False
        )
        self.list.sort_by("day", Qt.SortOrder.DescendingOrder)
        stretch(self.list, "summary")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text in (
            ("touch", self.tr("Log a touch…")),
            ("signal", self.tr("Log a signal…")),
            ("edit", self.tr("Edit…")),
            ("delete", self.tr("Delete…")),
        ):
            button = QPushButton(text, self)
            button.setEnabled(writable)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        self.writable = writable
        self.buttons["touch"].clicked.connect(self.log_touch)
        self.buttons["signal"].clicked.connect(self.log_signal)
        self.buttons["edit"].clicked.connect(lambda: self._open(next(iter(self.list.selected_ids()), None)))
        self.buttons["delete"].clicked.connect(lambda: self._delete(self.list.selected_ids()))
        self.list.opened.connect(self._open)
        self.list.delete_requested.connect(self._delete)
        self.list.table.selectionModel().selectionChanged.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self._chosen()

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self.list.set_rows(entries)
        self._chosen()

    def entry(self, entry_id: int | None) -> TimelineEntry | None:
        row = self.list.model.row_of(entry_id) if entry_id is not None else None
        return None if row is None else self.list.model.row_at(row)

    def _chosen(self, *_: object) -> None:
        for name in ("edit", "delete"):
            self.buttons[name].setEnabled(self.writable and bool(self.list.selected_ids()))

    def _open(self, entry_id: int | None) -> None:
        found = self.entry(entry_id)
        if found is not None and self.writable:
            self.edit.emit(found)

    def _delete(self, ids: list[int]) -> None:
        entries = [e for e in (self.entry(i) for i in ids) if e is not None]
        touches = [e.record_id for e in entries if e.is_touch]
        signals = [e.record_id for e in entries if not e.is_touch]
        if self.writable and entries:
            self.delete.emit(touches, signals)
