"""My tasks in the window: the list per owner, ticked done and undone with Ctrl+Z, the reminder at start and
when a task falls due, the calendar export and the touch dialog's "done" (the book: tasks_support.py)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from planner.core.portfolio.touches import log_touch
from planner.core.store.store import Store
from planner.core.tasks.tasks import open_tasks
from planner.ui.shell.main_window import MainWindow
from planner.ui.tasks.calendar_export import CalendarExportDialog
from planner.ui.tasks.reminder import Reminder
from planner.ui.tasks.tasks_panel import TasksPanel
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.formatting import iso_date
from planner.ui.widgets.settings import ME, Settings
from planner.ui.widgets.touch_dialog import TouchDialog
from tests.tasks.tasks_support import TODAY, book, ids


@pytest.fixture
def booked(store: Store, tmp_path: Path) -> Store:
    return book(store, tmp_path)


def settings_of(me: str, tmp_path: Path) -> Settings:
    settings = Settings.ini(tmp_path / "settings.ini")
    settings.set(ME, me)
    return settings


def shown(panel: TasksPanel) -> list[tuple[str, list[tuple[str, ...]]]]:
    """Each group's title with its rows (account, task, due, from, ticked)."""
    groups = []
    for g in range(panel.tree.topLevelItemCount()):
        head = panel.tree.topLevelItem(g)
        rows = [head.child(r) for r in range(head.childCount())]
        texts = [
            (*(row.text(c) for c in range(4)), row.checkState(0) == Qt.CheckState.Checked) for row in rows
        ]
        groups.append((head.text(0), texts))
    return groups


def row_of(panel: TasksPanel, title: str) -> QTreeWidgetItem:
    found = panel.tree.findItems(title, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 1)
    assert len(found) == 1, title
    return found[0]


def test_my_tasks_grouped_by_when_they_are_due(qtbot, booked: Store, tmp_path: Path) -> None:
    panel = TasksPanel(Editor(booked), settings_of("Anna", tmp_path), clock=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.chosen_owner() == "Anna"  # the owner the Preferences say I am
    day = iso_date
    overdue = [("Müller GmbH", "Angebot schicken", day("2026-11-20"), f"Call on {day('2026-11-10')}", False)]
    later = [
        ("Weber, Sohn & Co. KG", "Angebot nachfassen", day("2026-11-25"), "Opportunity Connect Pro", False),
        ("Müller GmbH", "Roadmap schicken", day("2026-11-30"), f"QBR on {day('2026-12-03')}", False),
    ]
    undated = [("Weber, Sohn & Co. KG", "Preise klären", "", f"E-mail on {day('2026-11-21')}", False)]
    assert shown(panel) == [("Overdue (1)", overdue), ("Later (2)", later), ("No due date (1)", undated)]
    assert panel.summary.text() == "1 task overdue"
    panel.choose_owner(None)  # All owners: Ben's too
    assert [title for title, _ in shown(panel)] == [
        "Overdue (2)",
        "Due today (1)",
        "Later (2)",
        "No due date (2)",
    ]
    assert panel.summary.text() == "1 task due today, 2 overdue"
    panel.show_done.setChecked(True)
    done = ("Schmidt AG", "Protokoll senden", day("2026-11-04"), f"QBR on {day('2026-11-02')}", True)
    assert shown(panel)[-1] == ("Done (1)", [done])


def test_a_double_click_opens_the_account(qtbot, booked: Store, tmp_path: Path) -> None:
    panel = TasksPanel(Editor(booked), settings_of("Anna", tmp_path), clock=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.account_opened) as opened:
        panel.tree.itemActivated.emit(row_of(panel, "Preise klären"), 1)
    assert opened.args == [ids(booked)["K-3"]]


def window_with_tasks(qtbot, store: Store, settings: Settings) -> MainWindow:
    window = MainWindow(store, settings=settings)
    window.tasks_dock.clock = lambda: TODAY  # before the list and the reminder are built
    qtbot.addWidget(window)
    return window


def test_tick_done_and_ctrl_z_in_the_window(qtbot, booked: Store, tmp_path: Path) -> None:
    window = window_with_tasks(qtbot, booked, Settings.memory())
    toggle = window.actions_by_name["my_tasks"]
    assert toggle.shortcut() == QKeySequence("Ctrl+T") and toggle in window.view_menu.actions()
    others = [
        a for a in window.findChildren(type(toggle)) if a is not toggle and a.shortcut() == toggle.shortcut()
    ]
    assert others == []  # Ctrl+T means only this
    window.show()
    assert not window.tasks_dock.isVisible()  # closed until asked for
    toggle.trigger()
    assert window.tasks_dock.isVisible() and toggle.isChecked()
    panel = window.tasks_dock.panel()
    assert panel.chosen_owner() is None  # no "I am" set: everybody's
    row_of(panel, "Angebot schicken").setCheckState(0, Qt.CheckState.Checked)
    assert window.actions_by_name["undo"].text() == "Undo: done: Müller GmbH – Angebot schicken"
    qtbot.waitUntil(lambda: "Angebot schicken" not in [t.title for t in panel.tasks()])
    assert panel.note.text() == "Done: Müller GmbH – Angebot schicken. Ctrl+Z takes it back."
    assert (
        booked.scalar("SELECT next_step_done_on FROM touches WHERE next_step = 'Angebot schicken'")
        == "2026-11-23"
    )
    window.actions_by_name["undo"].trigger()  # Edit > Undo, Ctrl+Z
    qtbot.waitUntil(lambda: "Angebot schicken" in [t.title for t in panel.tasks()])
    assert shown(panel)[0][1][0][1] == "Angebot schicken"  # first of the overdue again
    assert booked.scalar("SELECT next_step_done_on FROM touches WHERE next_step = 'Angebot schicken'") is None
    # a QBR action the same way, undone and redone
    row_of(panel, "Referenz anfragen").setCheckState(0, Qt.CheckState.Checked)
    assert booked.scalar("SELECT status FROM qbr_actions WHERE title = 'Referenz anfragen'") == "done"
    window.editor.undo_stack.undo()
    assert booked.scalar("SELECT status FROM qbr_actions WHERE title = 'Referenz anfragen'") == "open"
    # shown done, unticking opens it again
    panel.show_done.setChecked(True)
    row_of(panel, "Protokoll senden").setCheckState(0, Qt.CheckState.Unchecked)
    assert window.actions_by_name["undo"].text() == "Undo: open again: Schmidt AG – Protokoll senden"
    assert booked.scalar("SELECT status FROM qbr_actions WHERE title = 'Protokoll senden'") == "open"
    toggle.trigger()
    assert not window.tasks_dock.isVisible()


def test_the_reminder_at_start_and_when_a_task_falls_due(qtbot, booked: Store, tmp_path: Path) -> None:
    window = window_with_tasks(qtbot, booked, Settings.memory())
    window.show()
    day = [TODAY]
    reminder = Reminder(window.editor, settings_of("Anna", tmp_path), window, clock=lambda: day[0])
    said: list[str] = []
    reminder.reminded.connect(said.append)
    # at start Anna has one overdue task: a notice that blocks nothing, and the status bar
    assert [t.title for t in reminder.start()] == ["Angebot schicken"]
    assert said == ["1 task overdue"] and reminder.timer.isActive()
    assert reminder.notice.isVisible() and not reminder.notice.isModal()
    assert window.statusBar().currentMessage() == "1 task overdue"
    reminder.notice.close_button.click()
    assert not reminder.notice.isVisible()
    # the timer looks again: the same day and nothing changed, nothing new
    assert reminder.tick() == [] and said == ["1 task overdue"]
    # two days on, Weber's next step of 25 Nov is due: every due task once on the new day
    day[0] = TODAY + timedelta(days=2)
    assert [t.title for t in reminder.tick()] == ["Angebot schicken", "Angebot nachfassen"]
    assert said[-1] == "1 task due today, 1 overdue"
    assert reminder.tick() == []  # reminded once per task per day
    # the same day, a touch logged with a next step due today falls due at once
    values = {"account_id": ids(booked)["K-1"], "kind": "call", "touched_on": "2026-11-25", "minutes": 5,
              "next_step": "Rückruf", "next_step_due": "2026-11-25"}  # fmt: skip
    with qtbot.waitSignal(reminder.reminded) as told:
        window.editor.push(log_touch(booked, values))
    assert told.args == ["Due now: Müller GmbH – Rückruf"]
    # Show opens the list
    with qtbot.waitSignal(reminder.show_requested):
        reminder.notice.show_button.click()


def test_the_window_reminds_after_its_first_paint(qtbot, booked: Store, tmp_path: Path) -> None:
    window = window_with_tasks(qtbot, booked, settings_of("Ben", tmp_path))
    window.show()
    qtbot.waitUntil(lambda: window.tasks_dock.reminder is not None)
    notice = window.tasks_dock.reminder.notice
    assert notice.isVisible() and notice.text.text() == "1 task due today, 1 overdue — "
    notice.show_button.click()
    assert window.tasks_dock.isVisible() and not notice.isVisible()
    assert [t.title for t in window.tasks_dock.panel().tasks()] == ["Referenz anfragen", "Schulung planen",
                                                                    "Vertrag prüfen"]  # fmt: skip


def test_a_window_without_the_user_s_settings_reminds_nobody(qtbot, booked: Store) -> None:
    window = window_with_tasks(qtbot, booked, Settings.memory())  # screenshots, the other tests
    window.show()
    window.first_painted.emit()
    QApplication.processEvents()  # the turn of the event loop where the reminder would start
    assert window.tasks_dock.reminder is None


def test_export_to_calendar_from_the_file_menu(qtbot, booked: Store, tmp_path: Path) -> None:
    window = window_with_tasks(qtbot, booked, settings_of("Ben", tmp_path))
    assert window.actions_by_name["export_calendar"] in window.menuBar().actions()[0].menu().actions()
    dialog = CalendarExportDialog(booked, window.settings, window, clock=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.owner.currentData() == "Ben" and dialog.days.value() == 30
    assert dialog.preview.text() == "3 entries: 1 QBRs, 2 tasks"
    out = tmp_path / "ben.ics"
    dialog.choose_path = lambda: out
    dialog._choose()
    dialog.days.setValue(5)  # until 28 Nov: not the QBR of 3 Dec
    assert dialog.preview.text() == "2 entries: 0 QBRs, 2 tasks"
    dialog.export()
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert summaries == ["Müller GmbH – Referenz anfragen", "Schmidt AG – Schulung planen"]
    assert str(calendar.walk("VEVENT")[0]["DESCRIPTION"]).startswith(
        f"Overdue since {iso_date('2026-11-22')}\n"
    )
    assert window.statusBar().currentMessage() == f"Calendar written: {out} (2 entries)"
    assert not dialog.isVisible()


def test_the_touch_dialog_marks_its_next_step_done(qtbot, booked: Store) -> None:
    editor = Editor(booked)
    touch_id = int(booked.scalar("SELECT id FROM touches WHERE next_step = 'Angebot schicken'"))
    dialog = TouchDialog(editor, touch_id=touch_id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.step_done.isEnabled() and not dialog.step_done.isChecked()
    dialog.step_done.setChecked(True)
    dialog.accept()
    assert "Angebot schicken" not in [t.title for t in open_tasks(booked, today=TODAY)]
    assert editor.undo_stack.undoText().endswith("Next step done")
    editor.undo_stack.undo()
    assert "Angebot schicken" in [t.title for t in open_tasks(booked, today=TODAY)]
    again = TouchDialog(editor, touch_id=int(booked.scalar("SELECT id FROM touches WHERE next_step IS NULL")),
                        today=TODAY)  # fmt: skip
    qtbot.addWidget(again)
    assert not again.step_done.isEnabled()  # no next step, nothing to be done


def test_the_window_starts_without_loading_the_list_the_reminder_or_the_export(tmp_path: Path) -> None:
    """Start-up speed: only the dock's frame loads with the window; the rest when shown or after the paint."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from planner.ui.shell.app import application\n"
        "from planner.ui.shell.main_window import MainWindow\n"
        "from planner.core.store.store import open_portfolio\n"
        "application('en')\n"
        f"window = MainWindow(open_portfolio({str(tmp_path / 'p.sqlite')!r}, create=True))\n"
        "window.show()\n"
        "print(sorted(m for m in sys.modules if '.tasks' in m))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip()
        == "['planner.ui.tasks', 'planner.ui.tasks.tasks_dock', 'planner.ui.widgets.tasks']"
    )
