"""The moments inbox: which account to act on now and why, by priority, with the play and what to do next
(open the account, log a touch, make an opportunity, snooze, dismiss). A moment whose account already has
an open opportunity for its product says so, and opens that one instead of making a second."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.moments.moments import KINDS, RULES, Detection, Moment
from planner.core.moments.opportunity_records import OpenOpportunity, open_by_pair
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.finding import similar_note
from planner.ui.widgets.moment_labels import (
    evidence_text,
    held_back_text,
    kind_label,
    play_text,
    rule_label,
    stage_label,
)
from planner.ui.widgets.owner_choice import choose_owner, owner_index
from planner.ui.widgets.palette_colours import warning
from planner.ui.widgets.reading import ReadsWhenShown
from planner.ui.widgets.record_model import LEFT, RIGHT, Column, RecordTableModel, number_key, text_key
from planner.ui.widgets.shared_points import shared_points

ALL = ""  # the combo entry that does not filter
translate = QCoreApplication.translate


def opportunity_text(row: OpenOpportunity | None) -> str:
    """ "Marketing-qualified need, 12,000 €": a moment's open opportunity (stage, amount); "" when none."""
    if row is None:
        return ""
    return f"{stage_label(row.stage)}, {formatting.money(row.value_cents)}"


def moment_columns(open_of: Callable[[Moment], OpenOpportunity | None] = lambda m: None) -> list[Column]:
    """The inbox's columns; "Why now" takes the room that is left, the others can be shown from the header.
    `open_of`: the open opportunity of a moment's account and product, if any."""
    from planner.ui.widgets.journey_words import phase_name

    columns = [
        ("priority", translate("MomentsInbox", "Priority"), lambda m: str(m.priority), lambda m: m.priority,
         RIGHT, 60, False),
        ("account", translate("MomentsInbox", "Account"), lambda m: m.account, lambda m: text_key(m.account),
         LEFT, 210, False),
        ("tier", translate("MomentsInbox", "Tier"), lambda m: m.tier, lambda m: m.tier, LEFT, 45, False),
        ("rule", translate("MomentsInbox", "Moment"), lambda m: rule_label(m.rule),
         lambda m: rule_label(m.rule), LEFT, 160, False),
        ("value", translate("MomentsInbox", "At stake"), lambda m: formatting.money(m.value_cents),
         lambda m: number_key(m.value_cents), RIGHT, 105, False),
        ("evidence", translate("MomentsInbox", "Why now"), evidence_text, lambda m: m.rule, LEFT, 380, False),
        ("opportunity", translate("MomentsInbox", "Open opportunity"), lambda m: opportunity_text(open_of(m)),
         lambda m: opportunity_text(open_of(m)), LEFT, 170, False),
        ("kind", translate("MomentsInbox", "Kind"), lambda m: kind_label(m.kind), lambda m: m.kind,
         LEFT, 90, True),
        ("day", translate("MomentsInbox", "Date"), lambda m: formatting.iso_date(m.day), lambda m: m.day,
         LEFT, 90, True),
        ("owner", translate("MomentsInbox", "Owner"), lambda m: m.owner, lambda m: text_key(m.owner),
         LEFT, 130, True),
        ("phase", translate("MomentsInbox", "Phase"), lambda m: phase_name(m.phase) if m.phase else "",
         lambda m: m.phase, LEFT, 160, True),
        ("held", translate("MomentsInbox", "Held back"), held_back_text, lambda m: m.held_back_by or "", LEFT,
         200, True),
    ]  # fmt: skip
    tips = {"evidence": evidence_text, "held": held_back_text}
    return [Column(key, title, show, sort, align, width, tips.get(key), hidden)
            for key, title, show, sort, align, width, hidden in columns]  # fmt: skip


class MomentsInbox(ReadsWhenShown, QWidget):
    """Reads when first shown and again after every change; `detected` hands the moments to other views."""

    account_opened = Signal(int)
    detected = Signal(object)  # Detection

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.today = today
        self.detection: Detection | None = None
        self.stale = True
        self._scores = shared_points(editor)
        self.open_opportunities: dict[tuple[int, int], OpenOpportunity] = {}  # by account and product

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by account, owner or key…"))
        self.search.setClearButtonEnabled(True)
        self.rule_box = self._combo([(ALL, self.tr("All moments"))] + [(r, rule_label(r)) for r in RULES])
        self.kind_box = self._combo([(ALL, self.tr("All kinds"))] + [(k, kind_label(k)) for k in KINDS])
        self.tier_box = self._combo([(ALL, self.tr("All tiers"))] + [(t, self.tr("Tier %1").replace("%1", t))
                                                                      for t in "ABC"])  # fmt: skip
        self.owner_box = self._combo([(ALL, self.tr("All owners"))])
        self.held_box = QCheckBox(self.tr("Show held back"), self)
        self.held_box.setChecked(True)
        self.held_box.toggled.connect(self._refilter)
        self.count_label = QLabel(self)
        self.limits_button = QPushButton(self.tr("Limits…"), self)
        self.limits_button.setEnabled(not editor.store.readonly)
        self.limits_button.clicked.connect(self.edit_limits)

        self.model = RecordTableModel(moment_columns(self.open_opportunity), self._haystack, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            self.table.setColumnWidth(i, column.width)
            self.table.setColumnHidden(i, column.hidden)
        header.setSectionResizeMode(self.model.column_of("evidence"), QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.doubleClicked.connect(lambda _: self.open_account())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.moment_actions = self._make_actions()
        self.detail = self._detail_panel()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 340])

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for box in (self.rule_box, self.kind_box, self.tier_box, self.owner_box):
            filters.addWidget(box, 1)
        filters.addWidget(self.held_box)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        counts = QHBoxLayout()
        counts.addWidget(self.count_label, 1)
        counts.addWidget(self.limits_button)
        layout.addLayout(counts)
        layout.addWidget(splitter, 1)
        self.search.textChanged.connect(self.model.set_filter)
        self.search.textChanged.connect(lambda _: self._update_count())
        self.watch(editor)
        self._show_current()

    # --- building ------------------------------------------------------------------------------------
    def _combo(self, entries: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self)
        for code, text in entries:
            box.addItem(text, code)
        box.currentIndexChanged.connect(self._refilter)
        return box

    def _make_actions(self) -> dict[str, QAction]:
        entries = (
            ("open", self.tr("&Open account"), QKeySequence(Qt.Key.Key_Return), self.open_account),
            ("touch", self.tr("&Log a touch…"), None, self.log_touch),
            ("opportunity", self.tr("&Create an opportunity"), None, self.make_opportunity),
            ("snooze", self.tr("&Snooze…"), None, self.snooze),
            ("dismiss", self.tr("&Dismiss…"), None, self.dismiss),
        )
        actions = {}
        for name, text, keys, slot in entries:
            action = QAction(text, self)
            if keys is not None:
                action.setShortcut(keys)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.table.addAction(action)
            action.triggered.connect(slot)
            actions[name] = action
        return actions

    def _detail_panel(self) -> QWidget:
        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel(panel)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.rule_label = QLabel(panel)
        self.evidence_label = QLabel(panel)
        self.play_label = QLabel(panel)
        self.held_label = QLabel(panel)
        self.held_label.setStyleSheet(f"color: {warning()};")
        self.opportunity_label = QLabel(panel)
        self.opportunity_label.setObjectName("moment_open_opportunity")
        for label in (self.rule_label, self.evidence_label, self.play_label, self.held_label,
                      self.opportunity_label):  # fmt: skip
            label.setWordWrap(True)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.title_label)
        layout.addWidget(self.rule_label)
        layout.addSpacing(6)
        layout.addWidget(self.evidence_label)
        layout.addSpacing(6)
        layout.addWidget(self.play_label)
        layout.addWidget(self.held_label)
        layout.addWidget(self.opportunity_label)
        layout.addSpacing(10)
        self.buttons: dict[str, QPushButton] = {}
        for name in ("open", "touch", "opportunity", "snooze", "dismiss"):
            button = QPushButton(self.moment_actions[name].text().replace("&", ""), panel)
            button.clicked.connect(self.moment_actions[name].trigger)
            layout.addWidget(button)
            self.buttons[name] = button
        layout.addStretch(1)
        return panel

    # --- data ------------------------------------------------------------------------------------------
    @staticmethod
    def _haystack(m: Moment) -> str:
        return f"{m.account}\n{m.key}\n{m.owner}"

    def load(self) -> None:
        from planner.core.moments.detection import detect

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.detection = detect(self.editor.store, self.today, points=self._scores.get())
            self.open_opportunities = open_by_pair(self.editor.store)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.stale = False
        owners = sorted({m.owner for m in self.detection.moments if m.owner}, key=text_key)
        chosen = self.owner_box.currentData()
        self.owner_box.blockSignals(True)
        self.owner_box.clear()
        self.owner_box.addItem(self.tr("All owners"), ALL)
        for owner in owners:
            self.owner_box.addItem(owner, owner)
        self.owner_box.setCurrentIndex(max(0, self.owner_box.findData(chosen)))
        if self.owner is not None:  # "Only my accounts"
            self.owner_box.setCurrentIndex(owner_index(self.owner_box, self.owner))
        self.owner_box.blockSignals(False)
        self._refilter()
        self.detected.emit(self.detection)

    def show_owner(self, owner: str | None) -> None:
        """ "Only my accounts": the owner box set to `owner` (None: all owners), now and after reading."""
        self.owner = owner
        choose_owner(self.owner_box, owner)

    def _refilter(self) -> None:
        if self.detection is None:
            return
        current = self.current()
        rule, kind = self.rule_box.currentData(), self.kind_box.currentData()
        tier, owner = self.tier_box.currentData(), self.owner_box.currentData()
        held = self.held_box.isChecked()
        shown = [
            m for m in self.detection.moments
            if (not rule or m.rule == rule) and (not kind or m.kind == kind) and (not tier or m.tier == tier)
            and (not owner or m.owner == owner) and (held or m.held_back_by is None)
        ]  # fmt: skip
        self.model.set_rows(shown)
        self._update_count()
        row = next((r for r in range(self.model.rowCount()) if current and self.model.row_at(r).ident ==
                    current.ident), 0 if self.model.rowCount() else None)  # fmt: skip
        if row is not None:
            self.table.selectRow(row)
        self._show_current()

    def _sort_by(self, column: int) -> None:
        header = self.table.horizontalHeader()
        order = header.sortIndicatorOrder() if header.isSortIndicatorShown() else Qt.SortOrder.DescendingOrder
        self.model.sort(column, order)
        header.setSortIndicatorShown(True)

    def _update_count(self) -> None:
        if self.detection is None:
            return
        held = sum(1 for m in self.detection.moments if m.held_back_by)
        text = self.tr("%1 of %2 moments · %3 held back · %4 dismissed, snoozed or opportunities")
        for n, value in enumerate((self.model.rowCount(), len(self.detection.moments), held,
                                   len(self.detection.hidden)), start=1):  # fmt: skip
            text = text.replace(f"%{n}", formatting.number(value))
        self.count_label.setText(f"{similar_note()} · {text}" if self.model.similar else text)

    # --- the moment in front ---------------------------------------------------------------------------
    def current(self) -> Moment | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _show_current(self, *_: QModelIndex) -> None:
        m = self.current()
        for action in self.moment_actions.values():
            action.setEnabled(
                m is not None and (not self.editor.store.readonly or action is self.moment_actions["open"])
            )
        for name, button in self.buttons.items():
            button.setEnabled(self.moment_actions[name].isEnabled())
        existing = self.open_opportunity(m) if m is not None else None
        make = self.moment_actions["opportunity"]
        make.setText(self.tr("O&pen the opportunity…") if existing else self.tr("&Create an opportunity"))
        self.buttons["opportunity"].setText(make.text().replace("&", ""))
        self.opportunity_label.setText(
            self.tr("Open opportunity: %1").replace("%1", opportunity_text(existing)) if existing else ""
        )
        self.opportunity_label.setVisible(existing is not None)
        if m is None:
            self.title_label.setText(self.tr("No moment selected"))
            for label in (self.rule_label, self.evidence_label, self.play_label, self.held_label):
                label.clear()
            return
        self.title_label.setText(f"{m.account} · {self.tr('Tier %1').replace('%1', m.tier)}")
        at_stake = self.tr("%1 · %2 · %3 at stake").replace("%1", rule_label(m.rule))
        self.rule_label.setText(
            at_stake.replace("%2", kind_label(m.kind)).replace("%3", formatting.money(m.value_cents))
        )
        self.evidence_label.setText(self.tr("Why now: %1").replace("%1", evidence_text(m)))
        self.play_label.setText(self.tr("Play: %1").replace("%1", play_text(m)))
        self.held_label.setText(held_back_text(m))

    def _choose_columns(self, position: Any) -> None:
        menu = QMenu(self)
        for i, column in enumerate(self.model.columns):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.toggled.connect(lambda shown, i=i: self.table.setColumnHidden(i, not shown))
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    def _context_menu(self, position: Any) -> None:
        if self.current() is None:
            return
        menu = QMenu(self)
        for action in self.moment_actions.values():
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # --- actions -----------------------------------------------------------------------------------------
    def open_account(self) -> None:
        m = self.current()
        if m is not None:
            self.account_opened.emit(m.account_id)

    def open_opportunity(self, m: Moment) -> OpenOpportunity | None:
        """The open opportunity of the moment's account for its product, when there is one."""
        return self.open_opportunities.get((m.account_id, m.product_id)) if m.product_id is not None else None

    def make_opportunity(self) -> QWidget | None:
        """The opportunity dialog prefilled from the moment, or its open opportunity to edit; saved, the
        moment leaves the inbox (one undo step)."""
        from planner.ui.widgets.opportunity_dialog import open_moment_dialog

        m = self.current()
        if m is None or self.editor.store.readonly:
            return None
        return open_moment_dialog(self.editor, self, m, today=self.today)

    def snooze(self) -> QWidget | None:
        return self._decide("snoozed")

    def dismiss(self) -> QWidget | None:
        return self._decide("dismissed")

    def _decide(self, decision: str) -> QWidget | None:
        from planner.ui.widgets.moment_dialogs import DecisionDialog

        m = self.current()
        if m is None:
            return None
        dialog = DecisionDialog(self.editor, m, decision, self, today=self.today)
        dialog.open()
        return dialog

    def edit_limits(self) -> QWidget:
        from planner.ui.moments.moment_thresholds import ThresholdsDialog

        dialog = ThresholdsDialog(self.editor, self)
        dialog.open()
        return dialog

    def log_touch(self) -> QWidget | None:
        from planner.ui.widgets.touch_dialog import TouchDialog

        m = self.current()
        if m is None:
            return None
        dialog = TouchDialog(self.editor, self, account_id=m.account_id, today=self.today)
        dialog.summary.setText(f"{rule_label(m.rule)}: {evidence_text(m)}")
        dialog.open()
        return dialog
