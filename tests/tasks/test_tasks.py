"""Next steps and QBR actions as tasks in the core: which are open, their order and owner, due now, and done
or open again as an undoable step (the book: tests/tasks/tasks_support.py)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.core.portfolio import changes
from planner.core.portfolio.touches import log_touch
from planner.core.store.store import Store
from planner.core.tasks.tasks import (
    bucket,
    count_due,
    due_now,
    mark_done,
    mark_open,
    open_tasks,
    owns_anything,
    task_owners,
)
from tests.tasks.tasks_support import TODAY, book, ids

ALL = [  # (account, task, owner, due, group) as the book's docstring works them out for 23 Nov 2026
    ("Müller GmbH", "Angebot schicken", "Anna", "2026-11-20", "overdue"),
    ("Müller GmbH", "Referenz anfragen", "Ben", "2026-11-22", "overdue"),
    ("Schmidt AG", "Schulung planen", "Ben", "2026-11-23", "today"),
    ("Weber, Sohn & Co. KG", "Angebot nachfassen", "Anna", "2026-11-25", "later"),
    ("Müller GmbH", "Roadmap schicken", "Anna", "2026-11-30", "later"),
    ("Schmidt AG", "Vertrag prüfen", "Ben", None, "undated"),
    ("Weber, Sohn & Co. KG", "Preise klären", "Anna", None, "undated"),
]


def listed(tasks, today: date = TODAY) -> list[tuple]:
    return [(t.account, t.title, t.owner, t.due, bucket(t, today)) for t in tasks]


@pytest.fixture
def booked(store: Store, tmp_path: Path) -> Store:
    return book(store, tmp_path)


def test_the_open_tasks_overdue_first_then_today_later_and_undated(booked: Store) -> None:
    tasks = open_tasks(booked, today=TODAY)
    assert listed(tasks) == ALL
    # where each comes from: the touch's kind and day, the QBR's day, the opportunity's product
    origins = {t.title: (t.kind, t.origin, t.origin_day, t.product) for t in tasks}
    assert origins["Angebot schicken"] == ("touch_next_step", "call", "2026-11-10", "")
    assert origins["Referenz anfragen"] == ("qbr_action", "qbr", "2026-12-03", "")
    assert origins["Angebot nachfassen"] == ("opportunity_next_step", "opportunity", None, "Connect Pro")
    assert tasks[0].name == "Müller GmbH – Angebot schicken"


def test_one_owner_s_tasks(booked: Store) -> None:
    # a QBR action without an owner is the account owner's (Roadmap schicken: Müller is Anna's)
    assert [t.title for t in open_tasks(booked, owner="Anna", today=TODAY)] == [
        "Angebot schicken", "Angebot nachfassen", "Roadmap schicken", "Preise klären",
    ]  # fmt: skip
    # an action's own owner wins over the account's (Referenz anfragen at Anna's Müller GmbH is Ben's)
    assert [t.title for t in open_tasks(booked, owner="Ben", today=TODAY)] == [
        "Referenz anfragen", "Schulung planen", "Vertrag prüfen",
    ]  # fmt: skip
    assert open_tasks(booked, owner="Carla", today=TODAY) == []
    assert task_owners(booked) == ["Anna", "Ben"]
    assert owns_anything(booked, "Ben") and not owns_anything(booked, "Carla")


def test_due_now_and_the_counts(booked: Store) -> None:
    tasks = open_tasks(booked, today=TODAY)
    assert [t.title for t in due_now(tasks, TODAY)] == [
        "Angebot schicken",
        "Referenz anfragen",
        "Schulung planen",
    ]
    assert count_due(tasks, TODAY) == (1, 2)  # (due today, overdue)
    # two days on, Weber's opportunity step (25 Nov) is due today and Schmidt's (23 Nov) overdue
    later = TODAY + timedelta(days=2)
    assert count_due(open_tasks(booked, today=later), later) == (1, 3)


def test_a_later_touch_follows_a_next_step_up(booked: Store) -> None:
    weber = ids(booked)["K-3"]
    values = {
        "account_id": weber,
        "kind": "call",
        "touched_on": "2026-11-23",
        "minutes": 10,
        "summary": "Preise",
    }
    changes.apply(booked, log_touch(booked, values))
    titles = [t.title for t in open_tasks(booked, today=TODAY)]
    assert "Preise klären" not in titles  # Weber was called today: the e-mail's next step is followed up
    # seen from the day before the call, it was still open
    assert "Preise klären" in [t.title for t in open_tasks(booked, today=TODAY - timedelta(days=1))]


def test_done_and_undone_as_one_step_each(booked: Store) -> None:
    first = open_tasks(booked, today=TODAY)
    by_title = {t.title: t for t in first}
    for title in (
        "Angebot schicken",
        "Angebot nachfassen",
        "Referenz anfragen",
    ):  # a touch's, an opportunity's,
        change = mark_done(booked, by_title[title], TODAY)  # a QBR action
        assert change.name == by_title[title].name  # the Edit menu says "Undo done: Müller GmbH – ..."
        changes.apply(booked, change)
    left = [t.title for t in open_tasks(booked, today=TODAY)]
    assert left == ["Schulung planen", "Roadmap schicken", "Vertrag prüfen", "Preise klären"]
    done = [(t.title, t.done_on) for t in open_tasks(booked, today=TODAY, with_done=True) if t.done]
    # the latest done first; a QBR action keeps no day
    assert done == [("Angebot schicken", "2026-11-23"), ("Angebot nachfassen", "2026-11-23"),
                    ("Protokoll senden", None), ("Referenz anfragen", None)]  # fmt: skip
    step = booked.query("SELECT next_step_done_on FROM touches WHERE next_step = 'Angebot schicken'")
    assert step == [("2026-11-23",)]
    # undo brings the task back as it was
    undo = mark_done(booked, by_title["Schulung planen"], TODAY)
    changes.apply(booked, undo)
    changes.apply(booked, undo, undo=True)
    assert "Schulung planen" in [t.title for t in open_tasks(booked, today=TODAY)]
    # open again: the done action is a task once more
    done_action = next(
        t for t in open_tasks(booked, today=TODAY, with_done=True) if t.title == "Referenz anfragen"
    )
    changes.apply(booked, mark_open(booked, done_action))
    assert listed(open_tasks(booked, today=TODAY))[0] == ALL[1]


def test_a_task_whose_record_is_gone(booked: Store) -> None:
    task = open_tasks(booked, today=TODAY)[0]
    changes.apply(booked, changes.delete(booked, "touches", [task.id]))
    with pytest.raises(KeyError):
        mark_done(booked, task, TODAY)


def test_done_ones_are_listed_for_ninety_days(booked: Store) -> None:
    def done_on(day: date) -> list[str]:
        return [t.title for t in open_tasks(booked, today=day, with_done=True) if t.done]

    task = next(t for t in open_tasks(booked, today=TODAY) if t.title == "Angebot schicken")
    changes.apply(booked, mark_done(booked, task, TODAY))
    # the next step done on 23 Nov 2026 is listed until 21 Feb 2027, 90 days on
    assert "Angebot schicken" in done_on(date(2027, 2, 21))
    assert "Angebot schicken" not in done_on(date(2027, 2, 22))
    # an action keeps no day it was done: the one done at the QBR of 2 Nov is listed until 31 Jan
    assert "Protokoll senden" in done_on(date(2027, 1, 31))
    assert "Protokoll senden" not in done_on(date(2027, 2, 1))


def test_coverage_counts_a_next_step_done_in_the_tasks_as_no_longer_due(booked: Store) -> None:
    """One "next step due" on every screen: Coverage's list and My tasks agree, also after a tick."""
    from planner.core.coverage.coverage import coverage

    def due_in_coverage() -> list[str]:
        return sorted(s.next_step for s in coverage(booked, TODAY).due_steps)

    touch_steps = sorted(t.title for t in due_now(open_tasks(booked, today=TODAY), TODAY)
                         if t.kind == "touch_next_step")  # fmt: skip
    assert due_in_coverage() == touch_steps and "Angebot schicken" in touch_steps
    task = next(t for t in open_tasks(booked, today=TODAY) if t.title == "Angebot schicken")
    change = mark_done(booked, task, TODAY)
    changes.apply(booked, change)
    assert "Angebot schicken" not in due_in_coverage()
    changes.apply(booked, change, undo=True)
    assert "Angebot schicken" in due_in_coverage()


def test_an_owner_however_written_has_the_same_tasks(booked: Store) -> None:
    """ "I am" typed as " anna " finds Anna's tasks, as "Only my accounts" finds her accounts."""
    anna = listed(open_tasks(booked, owner="Anna", today=TODAY))
    assert anna and listed(open_tasks(booked, owner=" anna ", today=TODAY)) == anna
    assert owns_anything(booked, "ANNA") and not owns_anything(booked, "Anne")
