"""File > Export to calendar…: the planned QBRs and the due tasks of an owner for the next days as an .ics
file that Outlook, Google and Apple calendars import."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from planner.core.store.store import Store
from planner.core.tasks.calendar_file import DEFAULT_DAYS, CalendarFile, build_calendar, write_calendar
from planner.core.tasks.tasks import task_owners
from planner.ui.tasks.task_words import calendar_words
from planner.ui.widgets import file_dialogs
from planner.ui.widgets.notice import written
from planner.ui.widgets.settings import LAST_FOLDER, ME, Settings


class CalendarExportDialog(QDialog):
    """Owner, days ahead and file; Export writes it. `choose_path` asks for the file (tests replace it)."""

    def __init__(
        self, store: Store, settings: Settings, parent: QWidget | None = None, *,
        clock: Callable[[], date] = date.today,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.clock = store, clock
        self.written: CalendarFile | None = None
        self.choose_path: Callable[[], Path | None] = self._choose_path
        self.setWindowTitle(self.tr("Export to calendar"))
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("All owners"), None)
        me = settings.get(ME).strip()
        names = task_owners(store)
        for name in names + ([me] if me and me not in names else []):
            self.owner.addItem(name, name)
        if me:
            self.owner.setCurrentIndex(self.owner.findData(me))
        self.days = QSpinBox(self)
        self.days.setRange(0, 366)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days ahead"))
        self.settings = settings
        folder = file_dialogs.start_folder(settings, "calendar")  # documents, or the folder chosen last
        self.path = QLineEdit(str(folder / (self.tr("Tasks and QBRs") + ".ics")), self)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.preview = QLabel(self)
        self.preview.setObjectName("calendar_preview")
        hint = QLabel(self.tr(
            "Planned QBRs on their day, due next steps and QBR actions as all-day entries on their due day "
            "(overdue ones on today). Import the file in Outlook, Google Calendar or Apple Calendar; "
            "importing a newer one again updates the entries instead of adding them twice."
        ), self)  # fmt: skip
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Period"), self.days)
        form.addRow(self.tr("File"), where)
        form.addRow("", self.preview)
        form.addRow(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.owner.currentIndexChanged.connect(self._preview)
        self.days.valueChanged.connect(self._preview)
        self._preview()
        self.resize(520, self.sizeHint().height())

    def calendar(self) -> CalendarFile:
        owner = self.owner.currentData()
        return build_calendar(
            self.store, today=self.clock(), owner=owner, days=self.days.value(), words=calendar_words()
        )

    def _preview(self) -> None:
        found = self.calendar()
        text = self.tr("%1 entries: %2 QBRs, %3 tasks")
        for number, value in enumerate((found.events, found.qbrs, found.tasks), 1):
            text = text.replace(f"%{number}", str(value))
        self.preview.setText(text)

    def _choose(self) -> None:
        path = self.choose_path()
        if path is not None:
            self.path.setText(str(path))

    def _choose_path(self) -> Path | None:
        filters = self.tr("Calendar files (*.ics);;All files (*)")
        path = file_dialogs.save_file(self, "calendar", self.windowTitle(), self.path.text(), filters)
        if path is None:
            return None
        return path if path.suffix else path.with_suffix(".ics")

    def export(self) -> CalendarFile | None:
        """Write the file; on a problem say so and stay open."""
        text = self.path.text().strip()
        if not text:
            self._choose()
            text = self.path.text().strip()
            if not text:
                return None
        path = Path(text).expanduser()
        calendar = self.calendar()
        try:
            write_calendar(path, calendar)
        except OSError as error:
            QMessageBox.warning(
                self, self.windowTitle(),
                self.tr("The calendar file could not be written:\n%1").replace("%1", str(error)),
            )  # fmt: skip
            return None
        self.written = calendar
        self.settings.set(LAST_FOLDER["calendar"], str(path.parent))  # also a path typed into the field
        done = self.tr("Calendar written: %1 (%2 entries)").replace("%1", str(path))
        written(self, path, done.replace("%2", str(calendar.events)))
        self.accept()
        return calendar
