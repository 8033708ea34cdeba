"""The QBR workspace: the calendar of QBRs, the A accounts without one this quarter, the plan form of the
QBR chosen, and the briefings of the next days into one folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio.readiness import NEEDS
from planner.core.qbr.qbr_calendar import CalendarRow, QbrCalendar, calendar
from planner.core.qbr.qbrs import new_qbr, read_qbr
from planner.core.store.owners import owner_key
from planner.ui.qbr.briefing_sections import day as long_date
from planner.ui.qbr.qbr_form import QbrForm, default_day
from planner.ui.qbr.qbr_words import status_label
from planner.ui.widgets import file_dialogs, formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.empty_state import show_missing
from planner.ui.widgets.notice import notify
from planner.ui.widgets.palette_colours import ink, muted
from planner.ui.widgets.tasks import Progress, Task

FILTERS = ("upcoming", "to_write_up", "held", "all")
BATCH_DAYS = 14


class QbrWorkspace(QWidget):
    """`account_opened(id)` from the form's account name. Reads the portfolio when first shown and again
    after every change (at once when shown, else when next shown)."""

    account_opened = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.editor, self.today = editor, today
        self.data: QbrCalendar | None = None
        self.owner: str | None = None  # "Only my accounts" (the shell sets it)
        self.stale = True
        self.task: Task[list[Path]] | None = None
        self.written: list[Path] = []

        title = QLabel(self.tr("QBRs"), self)
        title.setStyleSheet(f"font-size: 16px; font-weight: 600; color: {ink()};")
        question = QLabel(self.tr("Which reviews are coming, and do you walk in prepared?"), self)
        question.setStyleSheet(f"color: {muted()};")
        self.plan_button = QPushButton(self.tr("&Plan a QBR…"), self)
        self.plan_button.clicked.connect(self.ask_account)
        self.batch_button = QPushButton(self.tr("&Briefings for the next days…"), self)
        self.batch_button.clicked.connect(self.ask_briefings)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(question, 1)
        head.addWidget(self.plan_button)
        head.addWidget(self.batch_button)

        self.filter = QComboBox(self)
        names = (self.tr("Upcoming"), self.tr("To write up"), self.tr("Held"), self.tr("All"))
        for key, text in zip(FILTERS, names, strict=True):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(lambda _: self.fill_calendar())
        self.count = QLabel(self)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([
            self.tr("Date"), self.tr("Account"), self.tr("Tier"), self.tr("Owner"), self.tr("Status"),
            self.tr("Open actions"), self.tr("Prepared"),
        ])  # fmt: skip
        for n, width in enumerate((90, 210, 45, 120)):  # date, customer, tier, owner: each readable whole
            self.table.setColumnWidth(n, width)
        self.table.currentItemChanged.connect(self._qbr_chosen)
        self.missing_label = QLabel(self)
        self.missing_label.setStyleSheet("font-weight: 600;")
        self.missing = QTreeWidget(self)
        self.missing.setRootIsDecorated(False)
        self.missing.setHeaderLabels([self.tr("Account"), self.tr("Owner"), self.tr("Revenue per year"),
                                      self.tr("Last QBR")])  # fmt: skip
        self.missing.setColumnWidth(0, 210)
        self.missing.setColumnWidth(1, 120)
        self.missing.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.missing.itemActivated.connect(lambda item, _: self.plan(item.data(0, Qt.ItemDataRole.UserRole)))
        self.missing.setToolTip(self.tr("Enter or double-click: plan a QBR"))

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.filter)
        row.addWidget(self.count, 1)
        column.addLayout(row)
        column.addWidget(self.table, 3)
        column.addWidget(self.missing_label)
        column.addWidget(self.missing, 2)
        self.form = QbrForm(editor, self, today=today)
        self.form.account_opened.connect(self.account_opened)
        self.form.saved.connect(self._saved)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([590, 650])  # the lists with their names, owners and amounts whole; the form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        no_customers = self.tr("No accounts to plan QBRs for yet")
        self.missing_data = show_missing(self, editor, NEEDS["qbrs"], no_customers, at=1)
        self.form.load(None)
        editor.changed.connect(self._editor_changed)

    def _today(self) -> date:
        return self.today or date.today()

    # --- data ----------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.load()

    def _editor_changed(self, tables: frozenset[str]) -> None:
        self.stale = True
        if self.isVisible():
            self.load()
        if not self.form.is_dirty() or tables & {"qbrs", "qbr_actions", "qbr_attendees"}:
            self.form.reload()

    def load(self) -> None:
        self.data = calendar(self.editor.store, self._today())
        self.stale = False
        self.fill_calendar()
        missing = [m for m in self.data.missing if self._mine(m.owner)]
        self.missing_label.setText(
            self.tr("%Ln tier A account(s) without a QBR this quarter", "", len(missing))
            if missing
            else self.tr("Every tier A account has a QBR this quarter.")
            if not self.missing_data.refresh()
            else self.tr("No accounts yet.")  # no A account is not "every A account has a QBR"
        )
        self.missing.clear()
        for m in missing:
            item = QTreeWidgetItem([m.account, m.owner, formatting.money(m.revenue_cents),
                                    long_date(m.last_qbr) or self.tr("never")])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, m.account_id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.missing.addTopLevelItem(item)

    def show_owner(self, owner: str | None) -> None:
        """Only the QBRs and missing QBRs of `owner`'s accounts ("Only my accounts"; None: everyone's);
        batch briefings then are written for that owner's QBRs only."""
        self.owner = owner
        if self.data is not None:
            self.load()

    def _mine(self, owner: str) -> bool:
        return self.owner is None or owner_key(owner) == owner_key(self.owner)

    def rows(self) -> list[CalendarRow]:
        if self.data is None:
            return []
        which = self.filter.currentData()
        rows = [r for r in self.data.rows if self._mine(r.owner)]
        if which == "upcoming":
            return [r for r in rows if r.status == "planned" and r.days >= 0]
        if which == "to_write_up":
            return [r for r in rows if r.status == "planned" and r.days < 0]
        if which == "held":
            return sorted((r for r in rows if r.status == "held"), key=lambda r: r.held_on, reverse=True)
        return rows

    def fill_calendar(self) -> None:
        chosen = self.form.qbr.id if self.form.qbr else None
        self.table.blockSignals(True)
        self.table.clear()
        rows = self.rows()
        for r in rows:
            item = QTreeWidgetItem([long_date(r.held_on), r.account, r.tier, r.owner, status_label(r.status),
                                    formatting.number(r.open_actions) if r.open_actions else "",
                                    self.tr("yes") if r.prepared else self.tr("no")])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, r.qbr_id)
            self.table.addTopLevelItem(item)
            if r.qbr_id == chosen:
                self.table.setCurrentItem(item)
        self.table.blockSignals(False)
        self.count.setText(self.tr("%Ln QBR(s)", "", len(rows)))

    def _qbr_chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.open_qbr(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _saved(self, _qbr_id: int) -> None:
        self.fill_calendar()

    # --- what the user does --------------------------------------------------------------------------------
    def open_qbr(self, qbr_id: int) -> None:
        self.form.load(read_qbr(self.editor.store, qbr_id))

    def plan(self, account_id: int, day: date | None = None) -> None:
        """A new QBR for the account in the form, with the open actions of earlier QBRs (not saved yet)."""
        self.form.load(new_qbr(self.editor.store, account_id, day or default_day(self._today())))

    def ask_account(self) -> None:
        from planner.core.portfolio.accounts import account_rows

        accounts = account_rows(self.editor.store)
        names = [f"{a.name} ({a.key})" for a in accounts]
        name, ok = QInputDialog.getItem(self, self.tr("Plan a QBR"), self.tr("Account:"), names, 0, True)
        if ok and name in names:
            self.plan(accounts[names.index(name)].id)

    def ask_briefings(self) -> Task[list[Path]] | None:
        question = self.tr("QBRs planned within the next days:")
        if self.owner is not None:  # only my accounts: only my QBRs
            question = self.tr("QBRs of %1 planned within the next days:").replace("%1", self.owner)
        days, ok = QInputDialog.getInt(
            self, self.tr("Briefings for the next days"), question, BATCH_DAYS, 1, 365
        )
        if not ok:
            return None
        folder = file_dialogs.folder(self, "briefings", self.tr("Folder for the briefings"))
        return self.write_briefings(days, folder) if folder is not None else None

    def write_briefings(self, days: int, folder: Path, paper: str | None = None) -> Task[list[Path]]:
        """A PDF per planned QBR within `days` into `folder`, off the UI thread with progress and Cancel."""
        from planner.ui.qbr.briefing_document import default_paper

        path, today, paper = self.editor.store.path, self._today(), paper or default_paper()
        owner = self.owner

        def work(progress: Progress) -> list[Path]:
            from planner.core.store.store import open_portfolio
            from planner.ui.qbr.briefing_print import briefings_due

            reader = open_portfolio(path)  # the worker thread reads through its own connection
            try:
                return briefings_due(
                    reader, folder, days, today=today, paper=paper, progress=progress.report, owner=owner
                )
            finally:
                reader.close()

        title = self.tr("Writing the briefings…")
        self.task = Task(self, work, title).success(lambda written: self._written(written, folder)).run()
        return self.task

    def _written(self, written: list[Path], folder: Path) -> None:
        self.written = written
        text = self.tr("%Ln briefing(s) written to %1", "", len(written)).replace("%1", str(folder))
        notify(self, text, folder)  # in the status bar, with "Open folder": a box for a success is noise
