"""The upsell journey map: the four phases side by side with their accounts, potential, moments and play, and
the selected account's timeline below; a phase can be set by hand (undoable) or derived again."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.moments.journey import (
    PHASES,
    STATES,
    PhaseCall,
    account_phases,
    account_timeline,
    journey_map,
    state_counts,
)
from planner.core.moments.journey_charts import TimelineWords, draw_timeline
from planner.ui.moments.journey_rows import JourneyRow, PhaseColumnView, PhaseDialog, label
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.formatting import compact_money, quarter_label
from planner.ui.widgets.journey_words import phase_name, reason_words
from planner.ui.widgets.moment_labels import rule_label
from planner.ui.widgets.palette_colours import muted
from planner.ui.widgets.reading import ReadsWhenShown
from planner.ui.widgets.shared_points import shared_points

translate = QCoreApplication.translate


class JourneyView(ReadsWhenShown, QWidget):
    """`account_opened(id)` on double-click or Enter. Reads the portfolio when first shown and again after a
    change (at once when shown, else when next shown); `set_moments` adds the moments per phase."""

    account_opened = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._points = shared_points(editor)  # before connecting to editor.changed: see SharedPoints
        self.editor = editor
        self.today = today or date.today()
        self.phases: dict[int, PhaseCall] = {}
        self.moments: list[Any] | None = None
        self.selected: int | None = None
        self.canvas: Any = None  # the timeline's FigureCanvasQTAgg, made when an account is first selected
        self.stale = True
        self._selecting = False
        self.columns = {phase: PhaseColumnView(phase, self) for phase in PHASES}
        row = QHBoxLayout()
        row.setSpacing(4)
        for n, column in enumerate(self.columns.values()):
            if n:
                row.addWidget(label(self, "›", f"color: {muted()}; font-size: 18px;"))
            row.addWidget(column, 1)
            column.list.doubleClicked.connect(
                lambda i, c=column: self.account_opened.emit(c.model.ids[i.row()])
            )
            column.list.customContextMenuRequested.connect(lambda pos, c=column: self._context_menu(c, pos))
            column.list.installEventFilter(self)
            column.list.selectionModel().currentChanged.connect(lambda _i, _p, c=column: self._selected_in(c))
        self.summary = label(self, "", f"color: {muted()};")
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addLayout(row, 1)
        intro = self.tr(
            "Select an account to see its timeline: phases, usage, touches, NPS answers, QBRs, moments."
        )
        self.timeline_title = label(self, intro, "")
        self.timeline_area = QWidget(self)
        self.timeline_layout = QVBoxLayout(self.timeline_area)
        self.timeline_layout.setContentsMargins(0, 0, 0, 0)
        self.timeline_layout.addWidget(self.timeline_title)
        self.timeline_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.timeline_area)
        splitter.setSizes([440, 300])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.watch(editor)

    # --- data ------------------------------------------------------------------------------------------

    def load(self) -> None:
        self.stale = False
        self.points = {p.account_id: p for p in self._points.get()}
        self.phases = account_phases(self.editor.store, self.today, list(self.points.values()))
        self._fill()
        if self.selected is not None and self.selected not in self.phases:
            self.selected = None
        self.select_account(self.selected)

    def set_moments(self, moments: list) -> None:
        """The moments detected now (objects with .account_id, .rule, .value_cents, .day)."""
        self.moments = list(moments)
        if not self.stale:
            self._fill()
            self._draw_timeline()

    def _fill(self) -> None:
        mapped = journey_map(self.phases, list(self.points.values()), self.moments or [])
        for column in mapped:
            view = self.columns[column.phase]
            view.figures.setText(
                self.tr("%Ln account(s)", "", column.accounts)
                + " · "
                + translate("Journey", "%1 potential").replace("%1", compact_money(column.potential_cents))
            )
            view.model.set_ids(column.account_ids, self._row)
            view.show_moments(
                None if self.moments is None else dict(column.moments), column.moments_value_cents
            )
        overridden = sum(1 for c in self.phases.values() if c.overridden)
        states = state_counts(self.phases)
        text = self.tr("%Ln account(s) along the journey", "", len(self.phases) - sum(states.values()))
        if overridden:
            text += " · " + self.tr("%Ln phase(s) set by hand", "", overridden)
        if states["prospect"]:
            text += " · " + self.tr("%Ln prospect(s) in no phase: no product yet", "", states["prospect"])
        if states["churned"]:
            text += " · " + self.tr("%Ln churned in no phase: all products cancelled", "", states["churned"])
        self.summary.setText(text + " · " + self.tr("Right-click an account to set its phase."))

    def _row(self, account_id: int) -> JourneyRow:
        point, call = self.points.get(account_id), self.phases[account_id]
        if point is None:
            return JourneyRow(account_id, str(account_id), "", "", 0, reason_words(call), call.overridden)
        words = reason_words(call)
        return JourneyRow(
            account_id, point.name, point.key, point.tier, point.potential_cents, words, call.overridden
        )

    def column_counts(self) -> dict[str, int]:
        return {phase: view.model.rowCount() for phase, view in self.columns.items()}

    def phase_of(self, account_id: int) -> str | None:
        """The column that lists the account."""
        return next((p for p, v in self.columns.items() if account_id in v.model.ids), None)

    # --- selection and timeline ------------------------------------------------------------------------
    def _selected_in(self, column: PhaseColumnView) -> None:
        index = column.list.currentIndex()
        if index.isValid() and not self._selecting:
            self.select_account(column.model.ids[index.row()])

    def select_account(self, account_id: int | None) -> None:
        """Select the account in its column (none in the others) and draw its timeline below."""
        self.selected, self._selecting = account_id, True
        try:
            for view in self.columns.values():
                found = view.model.ids.index(account_id) if account_id in view.model.ids else None
                if found is None:
                    view.list.clearSelection()
                else:
                    view.list.setCurrentIndex(view.model.index(found))
        finally:
            self._selecting = False
        self._draw_timeline()

    def select_first(self) -> None:
        """Select the account with the most potential (read the portfolio first if needed)."""
        if self.stale:
            self.load()
        firsts = [v.model.row(0) for v in self.columns.values() if v.model.ids]
        self.select_account(max(firsts, key=lambda r: r.potential_cents).id if firsts else None)

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.canvas = FigureCanvasQTAgg(Figure(figsize=(10, 3), dpi=100))
        self.canvas.setMinimumHeight(230)
        self.canvas.mpl_connect("resize_event", lambda _: self._draw_timeline())
        self.timeline_layout.insertWidget(1, self.canvas, 1)
        self.timeline_layout.takeAt(2)  # the stretch: the canvas takes the room now

    def _draw_timeline(self) -> None:
        if self.selected is None or self.selected not in self.phases:
            if self.canvas is not None:
                self.canvas.hide()
            return
        self._ensure_canvas()
        self.canvas.show()
        account, call = self.selected, self.phases[self.selected]
        point = self.points.get(account)
        name = point.name if point else str(account)
        hint = self.tr("Double-click or Enter opens the account")
        self.timeline_title.setText(
            f"<b>{escape(name)}</b> · {escape(phase_name(call.phase))}: {escape(reason_words(call))}"
            f" <span style='color:{muted()}'>· {escape(hint)}</span>"
        )
        timeline = account_timeline(self.editor.store, account, self.today)
        flags = [(m.day, rule_label(m.rule)) for m in self.moments or [] if m.account_id == account and m.day]
        draw_timeline(self.canvas.figure, timeline, flags, self.timeline_words())
        self.canvas.draw_idle()

    def timeline_words(self) -> TimelineWords:
        lanes = {"moments": self.tr("Moments"), "touches": self.tr("Touches"), "nps": self.tr("NPS answers"),
                 "qbrs": self.tr("QBRs")}  # fmt: skip
        kinds = {"call": self.tr("call"), "meeting": self.tr("meeting"), "email": self.tr("e-mail"),
                 "visit": self.tr("visit"), "qbr": self.tr("QBR"), "note": self.tr("note")}  # fmt: skip
        nps = {"promoter": self.tr("promoter (9-10)"), "passive": self.tr("passive (7-8)"),
               "detractor": self.tr("detractor (0-6)")}  # fmt: skip
        qbrs = {
            "planned": self.tr("QBR planned"),
            "held": self.tr("QBR held"),
            "cancelled": self.tr("QBR cancelled"),
        }
        phases = {p: phase_name(p) for p in (*PHASES, *STATES)}
        words = (self.tr("Usage"), lanes, phases, kinds, nps, qbrs, self.tr("today"))
        return TimelineWords(*words, quarter_label, formatting.percent)

    # --- keys and the context menu -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.type() == QEvent.Type.KeyPress and enter and self.selected is not None:
            self.account_opened.emit(self.selected)
            return True
        return super().eventFilter(watched, event)

    def _context_menu(self, column: PhaseColumnView, pos: QPoint) -> None:
        index = column.list.indexAt(pos)
        if index.isValid():
            account = column.model.ids[index.row()]
            self.select_account(account)
            self.menu_for(account).exec(column.list.viewport().mapToGlobal(pos))

    def menu_for(self, account_id: int) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Open account"), lambda: self.account_opened.emit(account_id))
        menu.addAction(self.tr("Set phase…"), lambda: self.ask_phase(account_id))
        derive = menu.addAction(self.tr("Derive phase again"), lambda: self.set_phase(account_id, None))
        derive.setEnabled(self.phases[account_id].overridden)
        return menu

    def ask_phase(self, account_id: int) -> None:
        call, point = self.phases[account_id], self.points.get(account_id)
        why = str(call.figures.get("why") or "") if call.overridden else ""
        chosen = PhaseDialog.ask(self, point.name if point else str(account_id), call.phase, why)
        if chosen is not None:
            self.set_phase(account_id, *chosen)

    def set_phase(self, account_id: int, phase: str | None, reason: str = "") -> None:
        """Set the phase by hand (None: derive it again), as one undoable step."""
        why = (reason or None) if phase else None
        self.editor.edit("accounts", account_id, {"phase_override": phase, "phase_reason": why})
