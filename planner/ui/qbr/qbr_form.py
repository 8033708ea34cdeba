"""Plan or write up one QBR: date, status, attendees, objectives, agenda and recommendations (drafted from the
figures, editable), the open actions of earlier QBRs, outcomes and actions; save is one undo step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio.catalog import contact_rows
from planner.core.portfolio.changes import ChangeFailed
from planner.core.qbr.briefing import Briefing, build_briefing
from planner.core.qbr.briefing_figures import BookFacts
from planner.core.qbr.qbrs import (
    STATUSES,
    Action,
    Attendee,
    Qbr,
    QbrProblem,
    delete_qbr,
    read_qbr,
    save_qbr,
    team_names,
)
from planner.ui.qbr import briefing_print
from planner.ui.qbr.qbr_actions import ActionTable, date_edit, push, qdate
from planner.ui.qbr.qbr_words import draft_texts, problem_text, status_label
from planner.ui.widgets.editing import Editor, not_saved
from planner.ui.widgets.shared_points import shared_points

ACTION_DAYS = 30  # a new action is due this long after the QBR


class QbrForm(QWidget):
    """`saved(id)` after a save; `account_opened(id)` from the account's name. Empty until `load`."""

    saved = Signal(int)
    account_opened = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.editor, self.today = editor, today
        self.qbr: Qbr | None = None
        self._loading = False

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.linkActivated.connect(lambda _: self.qbr and self.account_opened.emit(self.qbr.account_id))
        self.date = date_edit(self)
        self.date.setMinimumDate(QDate(2000, 1, 2))
        self.status = QComboBox(self)
        for code in STATUSES:
            self.status.addItem(status_label(code), code)
        self.customers = QListWidget(self)
        self.customers.setMaximumHeight(110)
        self.ours = QLineEdit(self)
        self.ours.setPlaceholderText(self.tr("Names, separated by commas"))
        self.objectives = self._text(self.tr("What the customer and we want from this meeting"), 70)
        self.agenda = self._text(self.tr("One item per line"), 110)
        self.recommendations = self._text(self.tr("What we recommend, one per line"), 110)
        self.draft_button = QPushButton(self.tr("&Draft from the figures"), self)
        self.draft_button.setToolTip(
            self.tr(
                "Objectives, agenda and recommendations from the quadrant play, the open moments, the whitespace and the open actions"  # noqa: E501
            )
        )
        self.draft_button.clicked.connect(self.draft)
        self.carried = ActionTable(True, self)
        self.carried_note = QLabel(self)
        self.carried_note.setWordWrap(True)
        self.outcomes = self._text(self.tr("What was agreed"), 70)
        self.action_table = ActionTable(False, self)
        add = QPushButton(self.tr("&Add action"), self)
        add.clicked.connect(self.add_action)
        remove = QPushButton(self.tr("Remove action"), self)
        remove.clicked.connect(self.action_table.remove_selected)

        meeting = QGroupBox(self.tr("Meeting"), self)
        form = QFormLayout(meeting)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.status)
        when.addStretch(1)
        form.addRow(self.tr("Date and status"), when)
        form.addRow(self.tr("Customer attendees"), self.customers)
        form.addRow(self.tr("Our team"), self.ours)
        plan = QGroupBox(self.tr("Plan"), self)
        plan_form = QFormLayout(plan)
        plan_form.addRow(self.tr("Objectives"), self.objectives)
        plan_form.addRow(self.tr("Agenda"), self.agenda)
        plan_form.addRow(self.tr("Recommendations"), self.recommendations)
        plan_form.addRow("", self.draft_button)
        earlier = QGroupBox(self.tr("Actions from earlier QBRs"), self)
        earlier_layout = QVBoxLayout(earlier)
        earlier_layout.addWidget(self.carried_note)
        earlier_layout.addWidget(self.carried)
        after = QGroupBox(self.tr("After the meeting"), self)
        after_form = QFormLayout(after)
        after_form.addRow(self.tr("Outcomes"), self.outcomes)
        after_form.addRow(self.tr("Actions"), self.action_table)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        after_form.addRow("", buttons)

        body = QWidget(self)
        column = QVBoxLayout(body)
        for box in (meeting, plan, earlier, after):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.clicked.connect(self.revert)
        self.preview_button = QPushButton(self.tr("Print pre&view…"), self)
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_briefing)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.delete_button = QPushButton(self.tr("Delete QBR"), self)
        self.delete_button.clicked.connect(self.delete)
        bottom = QHBoxLayout()
        for button in (self.save_button, self.revert_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.delete_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for signal in (self.date.dateChanged, self.status.currentIndexChanged, self.customers.itemChanged,
                       self.ours.textChanged, self.carried.edited, self.action_table.edited):  # fmt: skip
            signal.connect(self._edited)
        for edit in (self.objectives, self.agenda, self.recommendations, self.outcomes):
            edit.textChanged.connect(self._edited)
        self._set_enabled()

    def _text(self, hint: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setPlaceholderText(hint)
        edit.setMinimumHeight(height)
        edit.setTabChangesFocus(True)
        return edit

    def _today(self) -> date:
        return self.today or date.today()

    # --- loading and reading back -------------------------------------------------------------------------
    def load(self, qbr: Qbr | None) -> None:
        """Show a QBR (stored or new); None empties the form."""
        self._loading = True
        self.qbr = qbr
        try:
            if qbr is None:
                self.title.setText(self.tr("Choose a QBR in the list, or plan one."))
                for edit in (self.objectives, self.agenda, self.recommendations, self.outcomes):
                    edit.setPlainText("")
                self.customers.clear()
                self.ours.clear()
                self.carried.set_actions([])
                self.action_table.set_actions([])
                return
            text = self.tr("QBR with %1") if qbr.id is not None else self.tr("New QBR with %1")
            link = f"<a href='account'>{qbr.account}</a>"
            self.title.setText(text.replace("%1", link))
            self.date.setDate(qdate(qbr.held_on))
            self.status.setCurrentIndex(STATUSES.index(qbr.status))
            chosen = {p.contact_id for p in qbr.attendees if p.contact_id is not None}
            self.customers.clear()
            for contact in contact_rows(self.editor.store, qbr.account_id):
                label = contact.name + (f" – {contact.role}" if contact.role else "")
                item = QListWidgetItem(label, self.customers)
                item.setData(Qt.ItemDataRole.UserRole, (contact.id, contact.name))
                item.setCheckState(Qt.CheckState.Checked if contact.id in chosen else Qt.CheckState.Unchecked)
            self.ours.setText(", ".join(p.name for p in qbr.attendees if p.side == "ours"))
            completer = QCompleter(team_names(self.editor.store), self.ours)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.ours.setCompleter(completer)
            self.objectives.setPlainText(qbr.objectives)
            self.agenda.setPlainText(qbr.agenda)
            self.recommendations.setPlainText(qbr.recommendations)
            self.outcomes.setPlainText(qbr.outcomes)
            self.carried.set_actions(qbr.carried)
            self.action_table.set_actions(qbr.actions)
            count = len(qbr.open_carried)
            self.carried_note.setText(
                self.tr("%Ln action(s) still open: settle them in this meeting.", "", count)
                if count
                else self.tr("No open actions from earlier QBRs.")
            )
        finally:
            self._loading = False
            self._set_enabled()

    def current(self) -> Qbr | None:
        """The QBR as the form holds it now."""
        if self.qbr is None:
            return None
        customers = []
        for row in range(self.customers.count()):
            item = self.customers.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                contact_id, name = item.data(Qt.ItemDataRole.UserRole)
                customers.append(Attendee(name, "customer", contact_id))
        ours = [Attendee(name.strip(), "ours") for name in self.ours.text().split(",") if name.strip()]
        return replace(
            self.qbr, held_on=self.date.date().toString("yyyy-MM-dd"), status=self.status.currentData(),
            objectives=self.objectives.toPlainText(), agenda=self.agenda.toPlainText(),
            recommendations=self.recommendations.toPlainText(), outcomes=self.outcomes.toPlainText(),
            attendees=tuple(customers + ours), actions=self.action_table.qbr_actions(),
            carried=self.carried.qbr_actions(),
        )  # fmt: skip

    def is_dirty(self) -> bool:
        current = self.current()
        if current is None or self.qbr is None:
            return False
        if self.qbr.id is None:
            return True
        return _comparable(current) != _comparable(self.qbr)

    def _edited(self) -> None:
        if not self._loading:
            self._set_enabled()

    def _set_enabled(self) -> None:
        loaded = self.qbr is not None
        writable = loaded and not self.editor.store.readonly
        for widget in (self.date, self.status, self.customers, self.ours, self.objectives, self.agenda,
                       self.recommendations, self.outcomes, self.carried, self.action_table,
                       self.draft_button, self.preview_button, self.print_button,
                       self.pdf_button):  # fmt: skip
            widget.setEnabled(loaded)
        dirty = self.is_dirty()
        self.save_button.setEnabled(writable and dirty)
        self.revert_button.setEnabled(loaded and dirty and self.qbr is not None and self.qbr.id is not None)
        self.delete_button.setEnabled(writable and self.qbr is not None and self.qbr.id is not None)

    # --- what the user does -------------------------------------------------------------------------------
    def briefing(self) -> Briefing:
        """The briefing of the QBR as the form holds it (saved or not)."""
        current = self.current()
        assert current is not None
        today = self._today()
        book = BookFacts(self.editor.store, today, shared_points(self.editor).get())  # the shared scores
        return build_briefing(self.editor.store, qbr=current, today=today, book=book)

    def draft(self) -> None:
        """Objectives, agenda and recommendations drafted from the figures. Where the user wrote something of
        their own, they are asked first: replace it, add the draft below it, or leave it (`ask_draft`)."""
        if self.qbr is None:
            return
        fields = (self.objectives, self.agenda, self.recommendations)
        texts = list(draft_texts(self.briefing().draft))
        own = [f.toPlainText() for f in fields]
        if any(text.strip() and text != drafted for text, drafted in zip(own, texts, strict=True)):
            choice = self.ask_draft()
            if choice is None:
                return
            if choice == "add":
                texts = [f"{text.rstrip()}\n\n{drafted}" if text.strip() and text != drafted else drafted
                         for text, drafted in zip(own, texts, strict=True)]  # fmt: skip
        for field, text in zip(fields, texts, strict=True):
            field.setPlainText(text)
        self._set_enabled()  # Save as true as the form: a changed draft can be saved

    def ask_draft(self) -> str | None:
        """What to do with what the user wrote: "replace" it, "add" the draft below it, or None (keep it)."""
        question = self.tr(
            "You have written objectives, an agenda or recommendations of your own. Replace them with the "
            "draft, or add the draft below them?"
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Draft from the figures"), question, parent=self)
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        add = box.addButton(self.tr("&Add below"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(add)
        box.exec()
        return "replace" if box.clickedButton() is replace else "add" if box.clickedButton() is add else None

    def add_action(self) -> int:
        due = self.date.date().addDays(ACTION_DAYS).toString("yyyy-MM-dd")
        owner = self.qbr.attendees[0].name if self.qbr and self.qbr.attendees else ""
        row = self.action_table.add_action(Action("", owner=owner, due_on=due))
        self.action_table.setCurrentCell(row, 0)
        title = self.action_table.item(row, 0)
        assert title is not None  # add_action filled the row
        self.action_table.editItem(title)
        return row

    def save(self) -> bool:
        current = self.current()
        if current is None or not self.save_button.isEnabled():
            return False
        try:
            change = save_qbr(self.editor.store, current, today=self._today())
            day = self.date.date().toString(self.date.displayFormat())
            name = f"{current.account} {day}"
            text = self.tr("plan QBR %1") if current.id is None else self.tr("edit QBR %1")
            if current.status == "held" and (self.qbr is None or self.qbr.status != "held"):
                text = self.tr("write up QBR %1")
            push(self.editor, change, text.replace("%1", name))
        except QbrProblem as problem:
            QMessageBox.warning(self, self.tr("QBR not saved"), problem_text(problem))
            return False
        except (ChangeFailed, KeyError) as error:
            QMessageBox.warning(self, self.tr("QBR not saved"), not_saved(error))
            return False
        qbr_id = change.ids[0]
        self.load(read_qbr(self.editor.store, qbr_id))
        self.saved.emit(qbr_id)
        return True

    def revert(self) -> None:
        if self.qbr is not None and self.qbr.id is not None:
            self.load(read_qbr(self.editor.store, self.qbr.id))

    def reload(self) -> None:
        """Read the QBR shown again (after an undo); gone: the form empties."""
        if self.qbr is None or self.qbr.id is None:
            return
        try:
            self.load(read_qbr(self.editor.store, self.qbr.id))
        except KeyError:
            self.load(None)

    def delete(self) -> None:
        if self.qbr is None or self.qbr.id is None:
            return
        change = delete_qbr(self.editor.store, self.qbr.id)
        day = self.date.date().toString(self.date.displayFormat())
        push(self.editor, change, self.tr("delete QBR %1").replace("%1", f"{self.qbr.account} {day}"))
        self.load(None)

    def preview(self) -> None:
        self._preview = briefing_print.preview(self, self.briefing())

    def print_briefing(self) -> None:
        briefing_print.print_briefing(self, self.briefing())

    def save_pdf(self) -> None:
        briefing = self.briefing()
        path = briefing_print.ask_pdf_path(self, briefing)
        if path is not None:
            from planner.ui.qbr.briefing_document import default_paper, write_pdf
            from planner.ui.widgets.export_view import written_or_told

            title = self.tr("Save the briefing as PDF")
            written_or_told(self, title, path, lambda: write_pdf(briefing, path, default_paper()))


def default_day(today: date) -> date:
    """A new QBR's date: two weeks ahead, on a weekday."""
    day = today + timedelta(days=14)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _comparable(qbr: Qbr) -> Qbr:
    """The QBR with its attendees in one order, so that the order they were listed in does not count."""
    return replace(
        qbr, attendees=tuple(sorted(qbr.attendees, key=lambda a: (a.side, a.contact_id or 0, a.name)))
    )
