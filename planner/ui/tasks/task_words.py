"""Tasks in the user's words: the groups of the list, where a task comes from, the undo steps, how many are
due, and the words of the calendar file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.core.tasks.calendar_file import Words
from planner.core.tasks.tasks import Task
from planner.ui.widgets.formatting import iso_date
from planner.ui.widgets.labels import choice_label

translate = QCoreApplication.translate


def bucket_title(bucket: str) -> str:
    return {
        "overdue": translate("Tasks", "Overdue"),
        "today": translate("Tasks", "Due today"),
        "later": translate("Tasks", "Later"),
        "undated": translate("Tasks", "No due date"),
        "done": translate("Tasks", "Done"),
    }[bucket]


def origin_text(task: Task) -> str:
    """Where the task comes from: "Call on 01/12/2026", "Opportunity Connect Pro", "QBR on 15/11/2026"."""
    if task.kind == "qbr_action":
        return translate("Tasks", "QBR on %1").replace("%1", iso_date(task.origin_day))
    if task.kind == "opportunity_next_step":
        return translate("Tasks", "Opportunity %1").replace("%1", task.product).strip()
    kind = choice_label(task.origin)
    text = translate("Tasks", "%1 on %2").replace("%1", kind[:1].upper() + kind[1:])
    return text.replace("%2", iso_date(task.origin_day))


def origin_long(task: Task) -> str:
    """For the calendar: "Next step of the call on 01/12/2026"."""
    if task.kind == "qbr_action":
        return translate("Tasks", "Action agreed at the QBR on %1").replace("%1", iso_date(task.origin_day))
    if task.kind == "opportunity_next_step":
        return translate("Tasks", "Next step of the opportunity %1").replace("%1", task.product).strip()
    text = translate("Tasks", "Next step of the %1 on %2").replace("%1", choice_label(task.origin))
    return text.replace("%2", iso_date(task.origin_day))


def done_step(task: Task, done: bool) -> str:
    """The undo step: "done: Müller GmbH – send offer" (Edit > Undo done: ...)."""
    text = translate("Tasks", "done: %1") if done else translate("Tasks", "open again: %1")
    return text.replace("%1", task.name)


def due_summary(due_today: int, overdue: int) -> str:
    """ "3 tasks due today, 1 overdue", "1 task due today", "2 tasks overdue"."""
    if due_today and overdue:
        text = (
            translate("Tasks", "1 task due today, %2 overdue")
            if due_today == 1
            else translate("Tasks", "%1 tasks due today, %2 overdue")
        )
    elif due_today:
        text = (
            translate("Tasks", "1 task due today")
            if due_today == 1
            else translate("Tasks", "%1 tasks due today")
        )
    elif overdue:
        text = (
            translate("Tasks", "1 task overdue") if overdue == 1 else translate("Tasks", "%1 tasks overdue")
        )
    else:
        text = translate("Tasks", "Nothing due today")
    return text.replace("%1", str(due_today)).replace("%2", str(overdue))


def calendar_words() -> Words:
    return Words(
        calendar=translate("Tasks", "Account Planner"),
        qbr=translate("Tasks", "QBR: %1"),
        objectives=translate("Tasks", "Objectives"),
        agenda=translate("Tasks", "Agenda"),
        owner=translate("Tasks", "Owner: %1"),
        overdue=translate("Tasks", "Overdue since %1"),
        origin=origin_long,
        day=iso_date,
    )
