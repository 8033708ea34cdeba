"""Coverage (seed 003, "you have to touch them all"): the tiers touched lately, the accounts past their
cadence, next steps due, time against value, single-threaded accounts and net dollar retention."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from planner.core.coverage.coverage import Coverage, Retention
from planner.core.portfolio.readiness import NEEDS
from planner.ui.coverage.coverage_cards import CardStrip, CoverageSettingsDialog
from planner.ui.coverage.coverage_tables import (
    CoverageTable,
    RetentionModel,
    Row,
    due_columns,
    neglect_columns,
    retention_columns,
    single_columns,
)
from planner.ui.coverage.coverage_time import TimeValuePanel
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.empty_state import show_missing
from planner.ui.widgets.formatting import compact_money, quarter_label
from planner.ui.widgets.palette_colours import ink, muted, warning
from planner.ui.widgets.reading import ReadsWhenShown

SECTIONS = ("neglected", "due", "time", "single", "retention")  # the tabs, in order


def fill(text: str, *values: str) -> str:
    """%1, %2, ... of a translated text replaced by `values`."""
    for n, value in reversed(list(enumerate(values, start=1))):  # %10 before %1
        text = text.replace(f"%{n}", value)
    return text


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {muted()};")
    return label


def _page(parent: QWidget, *widgets: QWidget) -> QWidget:
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(8, 8, 8, 8)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, CoverageTable) else 0)
    return page


class CoverageView(ReadsWhenShown, QWidget):
    """`account_opened(id)` from any list (Enter or a double-click). Reads the portfolio when first shown and
    again after every change (at once when shown, else when next shown)."""

    account_opened = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.today = today
        self.data: Coverage | None = None
        self.stale = True

        title = QLabel(self.tr("Coverage"), self)
        title.setStyleSheet(f"font-size: 16px; font-weight: 600; color: {ink()};")
        question = _muted(self.tr("Have you touched them all, and is your time where the value is?"), self)
        question.setWordWrap(False)
        question.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # narrow: cut short
        self.settings_button = QPushButton(self.tr("&Tiers and cadences…"), self)
        self.settings_button.setEnabled(not editor.store.readonly)
        self.settings_button.clicked.connect(self.open_settings)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(question, 1)
        head.addWidget(self.settings_button)
        self.strip = CardStrip(self)

        self.neglect_table = CoverageTable(neglect_columns(), "account", self)
        self.neglect_count = QLabel(self)
        self.neglect_count.setStyleSheet(f"font-size: 14px; font-weight: 600; color: {warning()};")
        neglect_hint = self.tr(
            "Never touched first, then the most overdue. Enter or double-click: open the account."
        )
        self.due_table = CoverageTable(due_columns(), "next_step", self)
        self.due_count = QLabel(self)
        self.due_count.setStyleSheet("font-size: 14px; font-weight: 600;")
        self.time_panel = TimeValuePanel(self)
        self.single_table = CoverageTable(single_columns(), "touched", self)
        self.single_count = QLabel(self)
        self.single_count.setStyleSheet("font-size: 14px; font-weight: 600;")
        single_hint = self.tr("Every touch reached the same person: if they leave, nobody there knows you.")
        self.annual: dict[tuple[str, str], Retention] = {}  # trailing twelve months by quarter and tier
        self.retention_table = CoverageTable(
            retention_columns(self.annual),
            "tier",
            self,
            model_class=RetentionModel,
            opens=False,
            sortable=False,
        )
        self.retention_headline = QLabel(self)
        self.retention_headline.setStyleSheet(f"font-size: 14px; font-weight: 600; color: {ink()};")
        self.retention_headline.setWordWrap(True)
        ndr_hint = self.tr(
            "NDR: (revenue before + expansion − contraction − churn) / revenue before, over the accounts "
            "with revenue before: over 12 months a quarter against the same quarter a year before, per "
            "quarter against the quarter before."
        )
        self.retention_note = _muted("", self)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        pages = (
            _page(self, self.neglect_count, _muted(neglect_hint, self), self.neglect_table),
            _page(self, self.due_count, self.due_table),
            self.time_panel,
            _page(self, self.single_count, _muted(single_hint, self), self.single_table),
            _page(
                self,
                self.retention_headline,
                self.retention_note,
                _muted(ndr_hint, self),
                self.retention_table,
            ),
        )
        self.sections = dict(zip(SECTIONS, pages, strict=True))
        for page in pages:
            self.tabs.addTab(page, "")
        self._name_tabs()
        for table in (self.neglect_table, self.due_table, self.single_table, self.time_panel):
            table.account_opened.connect(self.account_opened)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.addLayout(head)
        layout.addWidget(self.strip)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)
        self.missing = {  # the data a part needs and the portfolio lacks, named where the part shows
            "coverage": show_missing(self, editor, NEEDS["coverage"], self.tr("Coverage is missing data"),
                                     at=1),
            "single": show_missing(self.sections["single"], editor, NEEDS["single_threaded"],
                                   self.tr("Single-threaded accounts cannot be found yet")),
            "retention": show_missing(self.sections["retention"], editor, NEEDS["retention"],
                                      self.tr("Net dollar retention is figured from revenue per quarter")),
        }  # fmt: skip
        self.watch(editor)

    # --- data ----------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the coverage of the book (again) and show it."""
        from planner.core.coverage.coverage import coverage
        from planner.core.moments.moments import load_thresholds

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            thresholds = load_thresholds(self.editor.store)
            self.data = data = coverage(self.editor.store, self.today, thresholds, self.owner)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.stale = False
        for figures in data.tiers:
            past = sum(1 for n in data.neglected if n.tier == figures.tier)
            self.strip.cards[figures.tier].set_figures(figures, thresholds.cadence(figures.tier), past)
        self.neglect_table.set_rows([Row(n.account_id, n) for n in data.neglected])
        self.due_table.set_rows([Row(d.account_id, d) for d in data.due_steps])
        self.single_table.set_rows([Row(s.account_id, s) for s in data.single_threaded])
        self.annual.clear()
        self.annual.update(((r.quarter, r.tier), r) for r in data.annual)
        latest_first = sorted(data.retention, key=lambda r: (r.quarter, r.tier == ""), reverse=True)
        self.retention_table.set_rows([Row(n, r) for n, r in enumerate(latest_first)])
        self.time_panel.set_data(data)
        self._set_counts(data)
        self._name_tabs()

    def _set_counts(self, data: Coverage) -> None:
        neglected = len(data.neglected)
        accounts = sum(t.accounts for t in data.tiers)
        self.neglect_count.setText(
            self.tr("%Ln account(s) past their cadence", "", neglected)
            if neglected
            else self.tr("Every account was touched within its cadence.")
            if accounts
            else self.tr("No accounts yet.")  # nobody to touch is not "every account touched"
        )
        self.neglect_count.setStyleSheet(
            f"font-size: 14px; font-weight: 600; color: {warning() if neglected else ink()};"
        )
        self.due_count.setText(
            self.tr("%Ln next step(s) due today or overdue", "", len(data.due_steps))
            if data.due_steps
            else self.tr("No next step is due.")
            if "touches" not in self.missing["coverage"].refresh()
            else self.tr("No touches yet, so no next steps.")
        )
        self.single_count.setText(
            self.tr("%Ln account(s) reached through one contact only", "", len(data.single_threaded))
            if data.single_threaded
            else self.tr("No account hangs on a single contact.")
            if not self.missing["single"].refresh()
            else self.tr("Not known yet.")
        )
        self.retention_headline.setText(self.headline())
        self.retention_note.setText(
            self.tr("A trailing figure: it can look fine while %Ln account(s) go untouched.", "", neglected)
            if neglected
            else ""
        )
        self.retention_note.setVisible(bool(neglected))

    def _name_tabs(self) -> None:
        """The tab titles, with the number of accounts or steps in the lists."""
        titles = (self.tr("Past their cadence"), self.tr("Next steps due"), self.tr("Time and value"),
                  self.tr("Single-threaded"), self.tr("Net dollar retention"))  # fmt: skip
        data = self.data
        counts = (
            (len(data.neglected), len(data.due_steps), None, len(data.single_threaded), None) if data else ()
        )
        for n, title in enumerate(titles):
            count = counts[n] if counts else None
            self.tabs.setTabText(n, title if count is None else f"{title} ({formatting.number(count)})")

    # --- what other code asks ------------------------------------------------------------------------------
    def latest_retention(self, annual: bool = False) -> Retention | None:
        """The whole book's net dollar retention of the latest quarter: quarter over quarter, or over the
        trailing twelve months when `annual`."""
        return self.data.latest_retention(annual) if self.data else None

    def headline(self) -> str:
        """ "NDR 12 months to Q3 2026: 104 % · +455 k € expansion · −987 k € contraction · −39 k € churn",
        then "Quarter over quarter (Q3 2026): 99 %" below; or the revenue the trailing figure needs."""
        needs = self.data.annual_needs if self.data else ()
        latest, annual = self.latest_retention(), self.latest_retention(annual=True)
        if latest is None and not needs:
            return self.tr("No net dollar retention yet: it needs revenue of two quarters.")
        if needs:
            first = self.tr("NDR 12 months: needs revenue for %1").replace("%1", quarter_label(needs[0]))
        else:
            assert annual is not None
            first = fill(
                self.tr("NDR 12 months to %1: %2 · +%3 expansion · −%4 contraction · −%5 churn"),
                quarter_label(annual.quarter),
                formatting.percent(annual.ndr) or "–",
                compact_money(annual.expansion_cents),
                compact_money(annual.contraction_cents),
                compact_money(annual.churn_cents),
            )
        if latest is None:
            return first
        second = fill(self.tr("Quarter over quarter (%1): %2"), quarter_label(latest.quarter),
                      formatting.percent(latest.ndr) or "–")  # fmt: skip
        return f"{first}\n{second}"  # the trailing figure first, quarter over quarter below

    def show_section(self, name: str) -> None:
        """Bring a tab to the front: one of SECTIONS ("neglected", "due", "time", "single", "retention")."""
        self.tabs.setCurrentWidget(self.sections[name])

    def open_settings(self) -> CoverageSettingsDialog:
        """The cadences and tier shares; on OK they are saved (no undo step), and every view reads again."""
        dialog = CoverageSettingsDialog(self.editor.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._settings_saved(dialog.changed, dialog.windowTitle()))
        dialog.open()
        return dialog

    def _settings_saved(self, changed: bool, title: str = "") -> None:
        if changed:  # tiers and cadences feed the matrix, the moments and the account lists too
            self.editor.changed.emit(frozenset({"accounts", "meta"}))
            self.editor.saved.emit(title)  # "Saved: Coverage settings"
