"""Work off the UI thread: results come back, errors are reported, Cancel stops it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from planner.ui.widgets.tasks import Progress, Task


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_work_runs_off_the_ui_thread_and_returns(qtbot, parent) -> None:
    results = []

    def work(progress: Progress) -> str:
        progress.report(1, 2)
        return threading.current_thread().name

    task = Task(parent, work, "Rechnen").success(results.append)
    with qtbot.waitSignal(task.done, timeout=5000):
        task.run()
    assert results and results[0] != threading.main_thread().name


def test_an_error_reaches_the_failure_handler(qtbot, parent) -> None:
    errors: list[Exception] = []

    def work(progress: Progress) -> None:
        raise ValueError("Zeile 3, Spalte Umsatz: keine Zahl")

    task = Task(parent, work, "Import").failure(errors.append)
    with qtbot.waitSignal(task.done, timeout=5000):
        task.run(show_progress=False)
    assert str(errors[0]) == "Zeile 3, Spalte Umsatz: keine Zahl"


def test_cancel_stops_the_work_and_reports_no_result(qtbot, parent) -> None:
    started = threading.Event()
    results: list[object] = []

    def work(progress: Progress) -> str:
        started.set()
        for step in range(10_000):
            progress.report(step, 10_000)
            threading.Event().wait(0.001)
        return "finished"

    task = Task(parent, work, "Lang").success(results.append)
    with qtbot.waitSignal(task.done, timeout=10000):
        task.run()
        assert started.wait(5)
        task.cancel()
    assert results == []
