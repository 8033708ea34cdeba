"""One account's page: who it is and its key figures with the reasons for its phase and quadrant at the
top, then its overview (open moments, opportunities, whitespace row), holdings, contacts, one timeline of
touches and signals, QBRs, profile and notes. Every list opens, edits and deletes as elsewhere, undoably."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.core.account.account_view import AccountView, account_view
from planner.core.account.timeline import TimelineEntry
from planner.core.moments.moments import Moment
from planner.core.team.status import read_only_owner
from planner.ui.portfolio.account_figures import AccountFigures, quiet
from planner.ui.portfolio.account_overview import AccountOverview
from planner.ui.portfolio.account_qbrs import QbrList
from planner.ui.portfolio.account_tables import chosen_row, stretch
from planner.ui.portfolio.account_timeline import TimelineList
from planner.ui.widgets import columns, formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.labels import field_labels
from planner.ui.widgets.record_table import RecordTable, localised
from planner.ui.widgets.shared_points import shared_points

if TYPE_CHECKING:  # the touch and signal dialogs load when first used
    from planner.ui.portfolio.signal_form import SignalDialog
    from planner.ui.widgets.touch_dialog import TouchDialog


class AccountPage(QWidget):
    """Shows one account and keeps itself up to date; `closed` when the account is gone."""

    closed = Signal()
    edit_requested = Signal(str, int, dict)  # table, id (0: new), fixed values
    delete_requested = Signal(str, list)  # table, ids
    qbr_requested = Signal(int)  # open this QBR (the shell shows the QBR workspace)
    new_qbr_requested = Signal(int)  # plan a QBR for this account

    def __init__(
        self, editor: Editor, account_id: int, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.editor, self.account_id = editor, account_id
        self._today = today  # None: the day it is at each refresh
        writable = not editor.store.readonly
        self._points = shared_points(editor)  # before watching the editor: see SharedPoints
        self.title = QLabel(self)
        self.title.setObjectName("account_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = quiet(QLabel(self))
        self.subtitle.setWordWrap(True)
        edit = QPushButton(self.tr("Edit account…"), self)
        edit.clicked.connect(lambda: self.edit_requested.emit("accounts", self.account_id, {}))
        new_holding = QPushButton(self.tr("Add product…"), self)
        new_holding.clicked.connect(
            lambda: self.edit_requested.emit("holdings", 0, {"account_id": self.account_id})
        )
        new_contact = QPushButton(self.tr("Add contact…"), self)
        new_contact.clicked.connect(
            lambda: self.edit_requested.emit("contacts", 0, {"account_id": self.account_id})
        )
        self._edit_buttons = (edit, new_holding, new_contact)  # off for a team member's read-only copy
        heading = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        heading.addLayout(names, 1)
        for button in (new_holding, new_contact, edit):
            heading.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.figure_row = AccountFigures(self)
        self.figures = self.figure_row.values
        self.overview = AccountOverview(editor, account_id, self.today, self)
        self.holdings = RecordTable(
            columns.holding_columns(), columns.holding_haystack, self._count, "", self, with_filter=False
        )
        self.contacts = RecordTable(
            columns.account_contact_columns(), columns.contact_haystack, self._count, "", self,
            with_filter=False,
        )  # fmt: skip
        stretch(self.holdings, "product")
        stretch(self.contacts, "email")
        self.contacts.sort_by("name")
        self.holdings.opened.connect(lambda i: self.edit_requested.emit("holdings", i, {}))
        self.contacts.opened.connect(lambda i: self.edit_requested.emit("contacts", i, {}))
        self.holdings.delete_requested.connect(lambda ids: self.delete_requested.emit("holdings", ids))
        self.contacts.delete_requested.connect(lambda ids: self.delete_requested.emit("contacts", ids))
        self.timeline = TimelineList(writable, self)
        self.timeline.log_touch.connect(self.log_touch)
        self.timeline.log_signal.connect(self.log_signal)
        self.timeline.edit.connect(self._edit_entry)
        self.timeline.delete.connect(self._delete_entries)
        self.touch_dialog: TouchDialog | None = None  # the latest one opened
        self.signal_dialog: SignalDialog | None = None  # the latest one opened
        self.qbrs = QbrList(account_id, writable, self)
        self.qbrs.qbr_requested.connect(self.qbr_requested)
        self.qbrs.new_qbr_requested.connect(self.new_qbr_requested)
        self.profile = QTextBrowser(self)
        self.tabs = QTabWidget(self)
        for widget in (self.overview, self.holdings, self.contacts, self.timeline, self.qbrs, self.profile):
            self.tabs.addTab(widget, "")

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.figure_row)
        layout.addWidget(self.tabs, 1)
        self._moments: list[Moment] = []
        self._moments_stale = True
        editor.changed.connect(self.refresh)
        self.refresh()
        self.tabs.currentChanged.connect(self._tab_changed)

    @property
    def today(self) -> date:
        return self._today or date.today()

    # --- touches and signals on the timeline ---------------------------------------------------------------
    def _edit_entry(self, entry: TimelineEntry) -> None:
        if entry.is_touch:
            self.edit_touch(entry.record_id)
        else:
            self.edit_signal(entry.record_id)

    def _delete_entries(self, touches: list[int], signals: list[int]) -> None:
        if touches:
            self.delete_requested.emit("touches", touches)
        if signals:
            self.delete_requested.emit("signals", signals)

    def _show_entry(self, entry_id: int | None) -> None:
        if entry_id is not None:
            self.tabs.setCurrentWidget(self.timeline)
            self.timeline.list.select_ids([entry_id])

    def log_touch(self) -> TouchDialog:
        """A new touch of this account; it shows on the timeline as soon as it is saved."""
        return self._open_touch_dialog(account_id=self.account_id)

    def edit_touch(self, touch_id: int | None = None) -> TouchDialog | None:
        """Edit a touch (the one given, or the chosen one on the timeline); saving is one undo step."""
        if touch_id is None:
            chosen = chosen_row(self.timeline.list)
            touch_id = chosen.record_id if chosen is not None and chosen.is_touch else None
        if touch_id is None or self.editor.store.readonly:
            return None
        return self._open_touch_dialog(touch_id=touch_id)

    def _open_touch_dialog(self, account_id: int | None = None, touch_id: int | None = None) -> TouchDialog:
        from planner.ui.widgets.touch_dialog import TouchDialog

        dialog = TouchDialog(self.editor, self, account_id=account_id, touch_id=touch_id, today=self.today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._show_entry(dialog.touch_id))
        self.touch_dialog = dialog
        dialog.open()
        return dialog

    def log_signal(self) -> SignalDialog:
        """A new signal of this account; it shows on the timeline as soon as it is saved."""
        return self._open_signal_dialog(account_id=self.account_id)

    def edit_signal(self, signal_id: int | None = None) -> SignalDialog | None:
        """Edit a signal (the one given, or the chosen one on the timeline); saving is one undo step."""
        if signal_id is None:
            chosen = chosen_row(self.timeline.list)
            signal_id = chosen.record_id if chosen is not None and not chosen.is_touch else None
        if signal_id is None or self.editor.store.readonly:
            return None
        return self._open_signal_dialog(signal_id=signal_id)

    def _open_signal_dialog(
        self, account_id: int | None = None, signal_id: int | None = None
    ) -> SignalDialog:
        from planner.ui.portfolio.signal_form import SignalDialog

        dialog = SignalDialog(self.editor, self, account_id=account_id, signal_id=signal_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._show_entry(-dialog.signal_id if dialog.signal_id is not None else None)
        )
        self.signal_dialog = dialog
        dialog.open()
        return dialog

    def chosen_records(self) -> tuple[str, list[int]] | None:
        """The table and ids of the rows chosen in the list in front (the Delete key's), or None."""
        front = self.tabs.currentWidget()
        for table, view in (("holdings", self.holdings), ("contacts", self.contacts)):
            if front is view and view.selected_ids():
                return table, view.selected_ids()
        if front is self.timeline:
            entries = [self.timeline.entry(i) for i in self.timeline.list.selected_ids()]
            chosen = [e for e in entries if e is not None]
            if chosen:  # one kind at a time: the kind of the row in front of the others
                first = chosen[0].source
                table = "touches" if first == "touch" else "signals"
                return table, [e.record_id for e in chosen if e.source == first]
        return None

    def _count(self, total: int, shown: int) -> str:
        return ""

    # --- showing it ---------------------------------------------------------------------------------------
    def refresh(self, tables: frozenset[str] | None = None) -> None:
        """Everything again. The open moments (the book's detection: seconds on a book of 100,000 accounts
        after each change) only while the overview is in front; else when it comes to the front."""
        in_front = self.tabs.currentWidget() is self.overview
        try:
            view = account_view(self.editor.store, self.account_id, self.today, points=self._points.get(),
                                with_moments=in_front)  # fmt: skip
        except KeyError:  # deleted (an undo of its creation, or a delete elsewhere)
            self.closed.emit()
            return
        self.view: AccountView = view
        self._moments_stale = not in_front
        if in_front:
            self._moments = view.moments
        self.detail = detail = view.detail
        account = detail.account
        self.title.setText(account["name"])
        place = ", ".join(p for p in (account["city"], formatting.country(account["country"])) if p)
        parts = [account["key"], account["industry"], account["segment"], place, account["owner"]]
        team_owner = read_only_owner(self.editor.store, self.account_id)
        if team_owner is not None:
            parts.append(self.tr("Read only: owned by %1").replace("%1", team_owner))  # a team's copy
        for button in self._edit_buttons:
            button.setEnabled(team_owner is None)
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.figure_row.show_view(view)
        self.overview.today = self.today
        self.overview.show_parts(self._moments, view.opportunities, view.whitespace)
        self.holdings.set_rows(detail.holdings)
        self.contacts.set_rows(view.contacts)
        self.timeline.set_entries(view.timeline)
        self.qbrs.set_lines(view.qbrs)
        n = localised
        titles = (
            self.tr("Overview (%1)").replace("%1", n(len(self._moments))),
            self.tr("Holdings (%1)").replace("%1", n(len(detail.holdings))),
            self.tr("Contacts (%1)").replace("%1", n(len(view.contacts))),
            self.tr("Timeline (%1)").replace("%1", n(len(view.timeline))),
            self.tr("QBRs (%1)").replace("%1", n(len(view.qbrs))),
            self.tr("Profile and notes"),
        )
        for index, text in enumerate(titles):
            self.tabs.setTabText(index, text)
        self.profile.setHtml(self._profile_html(account, detail.customer_since))

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.overview and self._moments_stale:
            self.refresh()

    def _profile_html(self, account: dict, since: str | None) -> str:
        labels = field_labels("accounts")
        parts = []
        for key in ("success_criteria", "goals", "pain_points", "notes"):
            text = account.get(key) or self.tr("nothing noted yet")
            escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
            parts.append(f"<h4>{labels[key]}</h4><p>{escaped}</p>")
        facts = [
            (labels["employees"], formatting.number(account["employees"])),
            (labels["potential_users"], formatting.number(account["potential_users"])),
            (labels["regions"], account["regions"]),
            (labels["domain"], account["domain"] or ""),
            (self.tr("Customer since"), formatting.iso_date(since) if since else self.tr("unknown")),
        ]
        rows = "".join(f"<tr><td>{k}&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in facts)
        return f"<table>{rows}</table>" + "".join(parts)
