"""One account's page: its key figures at the top, then holdings, contacts, touches, signals, profile and
notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio.account_detail import AccountDetail, account_detail
from planner.core.portfolio.signals import account_signals
from planner.ui.portfolio.signal_list import signal_columns, signal_haystack
from planner.ui.widgets import columns, formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.labels import choice_label, field_labels
from planner.ui.widgets.record_table import RecordTable, localised

if TYPE_CHECKING:  # the touch and signal dialogs load when first used
    from planner.ui.portfolio.signal_form import SignalDialog
    from planner.ui.widgets.touch_dialog import TouchDialog


class AccountPage(QWidget):
    """Shows one account and keeps itself up to date; `closed` when the account is gone."""

    closed = Signal()
    edit_requested = Signal(str, int, dict)  # table, id (0: new), fixed values
    delete_requested = Signal(str, list)  # table, ids

    def __init__(self, editor: Editor, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.account_id = editor, account_id
        self.title = QLabel(self)
        self.title.setObjectName("account_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: #555;")
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
        heading = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        heading.addLayout(names, 1)
        for button in (new_holding, new_contact, edit):
            heading.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.figures: dict[str, QLabel] = {}
        figures = QFrame(self)
        figures.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(figures)
        captions = {
            "revenue": self.tr("Revenue per year"),
            "wallet": self.tr("Wallet per year"),
            "share": self.tr("Share of wallet"),
            "tier": self.tr("Tier"),
            "phase": self.tr("Journey phase"),
            "quadrant": self.tr("Quadrant"),
        }
        for column, (key, caption) in enumerate(captions.items()):
            label = QLabel(caption, figures)
            label.setStyleSheet("color: #555;")
            value = QLabel(figures)
            value.setObjectName(f"figure_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bold = value.font()
            bold.setPointSizeF(bold.pointSizeF() * 1.2)
            bold.setBold(True)
            value.setFont(bold)
            grid.addWidget(label, 0, column)
            grid.addWidget(value, 1, column)
            self.figures[key] = value

        self.holdings = RecordTable(
            columns.holding_columns(), columns.holding_haystack, self._count, "", self, with_filter=False
        )
        self.contacts = RecordTable(
            [c for c in columns.contact_columns() if c.key != "account"],
            columns.contact_haystack,
            self._count,
            "",
            self,
            with_filter=False,
        )
        self.touches = RecordTable(
            columns.touch_columns(), columns.touch_haystack, self._count, "", self, with_filter=False
        )
        self.touches.sort_by("touched_on", Qt.SortOrder.DescendingOrder)
        self.holdings.opened.connect(lambda i: self.edit_requested.emit("holdings", i, {}))
        self.contacts.opened.connect(lambda i: self.edit_requested.emit("contacts", i, {}))
        self.holdings.delete_requested.connect(lambda ids: self.delete_requested.emit("holdings", ids))
        self.contacts.delete_requested.connect(lambda ids: self.delete_requested.emit("contacts", ids))
        self.touches.delete_requested.connect(lambda ids: self.delete_requested.emit("touches", ids))
        self.touches.opened.connect(self.edit_touch)
        self.touch_dialog: TouchDialog | None = None  # the latest one opened
        self.signals = RecordTable(
            signal_columns(), signal_haystack, self._count, "", self, with_filter=False
        )
        self.signals.sort_by("occurred_on", Qt.SortOrder.DescendingOrder)
        self.signals.opened.connect(self.edit_signal)
        self.signals.delete_requested.connect(lambda ids: self.delete_requested.emit("signals", ids))
        self.signal_dialog: SignalDialog | None = None  # the latest one opened
        self.profile = QTextBrowser(self)
        self.tabs = QTabWidget(self)
        for widget in (self.holdings, self.contacts, self.touches, self.signals, self.profile):
            self.tabs.addTab(widget, "")
        corner = QWidget(self.tabs)
        buttons = QHBoxLayout(corner)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.touch_box, self.touch_actions = self._list_buttons(self.touches, (
            ("log", self.tr("Log a touch…"), self.log_touch),
            ("edit", self.tr("Edit touch…"), self.edit_touch),
            ("delete", self.tr("Delete touch…"), lambda: self._delete_chosen("touches", self.touches)),
        ))  # fmt: skip
        self.signal_box, self.signal_actions = self._list_buttons(self.signals, (
            ("log", self.tr("Log a signal…"), self.log_signal),
            ("edit", self.tr("Edit signal…"), self.edit_signal),
            ("delete", self.tr("Delete signal…"), lambda: self._delete_chosen("signals", self.signals)),
        ))  # fmt: skip
        buttons.addWidget(self.touch_box)
        buttons.addWidget(self.signal_box)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(figures)
        layout.addWidget(self.tabs, 1)
        editor.changed.connect(self.refresh)
        self.refresh()
        self._tab_changed()

    # --- the lists' buttons ------------------------------------------------------------------------------
    def _list_buttons(
        self, view: RecordTable, entries: tuple[tuple[str, str, Callable[[], object]], ...]
    ) -> tuple[QWidget, dict[str, QPushButton]]:
        """Beside the tabs, while `view` is in front: log, edit and delete (each undoable); edit and delete
        need a chosen row."""
        box = QWidget(self.tabs)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 2)
        writable = not self.editor.store.readonly
        actions: dict[str, QPushButton] = {}
        for name, text, slot in entries:
            button = QPushButton(text, box)
            button.clicked.connect(lambda _=False, s=slot: s())
            button.setEnabled(writable)
            row.addWidget(button)
            actions[name] = button

        def chosen(*_: object) -> None:
            for name in ("edit", "delete"):
                actions[name].setEnabled(bool(view.selected_ids()) and writable)

        view.table.selectionModel().selectionChanged.connect(chosen)
        chosen()
        return box, actions

    def _delete_chosen(self, table: str, view: RecordTable) -> None:
        ids = view.selected_ids()
        if ids:
            self.delete_requested.emit(table, ids)

    def _tab_changed(self, _index: int = 0) -> None:
        front = self.tabs.currentWidget()
        self.touch_box.setVisible(front is self.touches)
        self.signal_box.setVisible(front is self.signals)
        self.tabs.cornerWidget(Qt.Corner.TopRightCorner).setVisible(front in (self.touches, self.signals))

    def _show_touch(self, touch_id: int | None) -> None:
        if touch_id is not None and self.tabs.currentWidget() is self.touches:
            self.touches.select_ids([touch_id])

    def log_touch(self) -> TouchDialog:
        """A new touch of this account; it shows in the list as soon as it is saved."""
        return self._open_touch_dialog(account_id=self.account_id)

    def edit_touch(self, touch_id: int | None = None) -> TouchDialog | None:
        """Edit a touch (the current one, or a double-clicked one); saving is one undo step."""
        touch_id = touch_id or self.touches.current_id()
        if touch_id is None or self.editor.store.readonly:
            return None
        return self._open_touch_dialog(touch_id=touch_id)

    def _open_touch_dialog(self, account_id: int | None = None, touch_id: int | None = None) -> TouchDialog:
        from planner.ui.widgets.touch_dialog import TouchDialog

        dialog = TouchDialog(self.editor, self, account_id=account_id, touch_id=touch_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._show_touch(dialog.touch_id))
        self.touch_dialog = dialog
        dialog.open()
        return dialog

    # --- signals -----------------------------------------------------------------------------------------
    def log_signal(self) -> SignalDialog:
        """A new signal of this account; it shows in the list as soon as it is saved."""
        return self._open_signal_dialog(account_id=self.account_id)

    def edit_signal(self, signal_id: int | None = None) -> SignalDialog | None:
        """Edit a signal (the current one, or a double-clicked one); saving is one undo step."""
        signal_id = signal_id or self.signals.current_id()
        if signal_id is None or self.editor.store.readonly:
            return None
        return self._open_signal_dialog(signal_id=signal_id)

    def _open_signal_dialog(
        self, account_id: int | None = None, signal_id: int | None = None
    ) -> SignalDialog:
        from planner.ui.portfolio.signal_form import SignalDialog

        dialog = SignalDialog(self.editor, self, account_id=account_id, signal_id=signal_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._show_signal(dialog.signal_id))
        self.signal_dialog = dialog
        dialog.open()
        return dialog

    def _show_signal(self, signal_id: int | None) -> None:
        if signal_id is not None:
            self.tabs.setCurrentWidget(self.signals)
            self.signals.select_ids([signal_id])

    def _count(self, total: int, shown: int) -> str:
        return ""

    def refresh(self, tables: frozenset[str] | None = None) -> None:
        try:
            detail = account_detail(self.editor.store, self.account_id)
        except KeyError:  # deleted (an undo of its creation, or a delete elsewhere)
            self.closed.emit()
            return
        self.detail = detail
        account = detail.account
        self.title.setText(account["name"])
        place = ", ".join(p for p in (account["city"], formatting.country(account["country"])) if p)
        parts = [account["key"], account["industry"], account["segment"], place, account["owner"]]
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.figures["revenue"].setText(formatting.money(account["revenue_cents"]))
        self.figures["wallet"].setText(formatting.money(account["wallet_cents"]) or "–")
        self.figures["share"].setText(formatting.percent(detail.share_of_wallet) or "–")
        tier = detail.tier + (" " + self.tr("(set by hand)") if detail.tier_is_override else "")
        self.figures["tier"].setText(tier)
        self.figures["tier"].setToolTip(account["tier_reason"] or "")
        from planner.core.moments.journey import current_phase
        from planner.ui.widgets.journey_words import phase_name, reason_words

        call = current_phase(self.editor.store, self.account_id, date.today())
        self.figures["phase"].setText(phase_name(call.phase))
        self.figures["phase"].setToolTip(reason_words(call))
        self.figures["quadrant"].setText(self._quadrant_text(detail))
        self.holdings.set_rows(detail.holdings)
        self.contacts.set_rows(detail.contacts)
        self.touches.set_rows(detail.touches)
        signals = account_signals(self.editor.store, self.account_id)
        self.signals.set_rows(signals)
        titles = (
            self.tr("Holdings (%1)").replace("%1", localised(len(detail.holdings))),
            self.tr("Contacts (%1)").replace("%1", localised(len(detail.contacts))),
            self.tr("Touches (%1)").replace("%1", localised(len(detail.touches))),
            self.tr("Signals (%1)").replace("%1", localised(len(signals))),
            self.tr("Profile and notes"),
        )
        for index, text in enumerate(titles):
            self.tabs.setTabText(index, text)
        self.profile.setHtml(self._profile_html(account, detail.customer_since))

    def _quadrant_text(self, detail: AccountDetail) -> str:
        reason = detail.unscored_reason
        if reason == "no_holdings":
            return self.tr("not scored: no active products")
        if reason == "no_usage":
            return self.tr("not scored: no usage data")
        score = detail.score
        assert score.breadth is not None and score.intensity is not None
        quadrant = detail.quadrant
        return (
            self.tr("%1 (breadth %2, intensity %3)")
            .replace("%1", choice_label(quadrant.value if quadrant else ""))
            .replace("%2", formatting.percent(score.breadth))
            .replace("%3", formatting.percent(score.intensity))
        )

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
