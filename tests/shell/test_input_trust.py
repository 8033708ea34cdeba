"""Input a user can trust (issue 22, part): the wheel changes no field it merely passes over, the window fits
a laptop's screen, and Ctrl+1..6 reach the workspaces from any focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from planner.ui.shell.screen_fit import fitted
from planner.ui.shell.wheel_guard import install_wheel_guard
from tests.portfolio.test_touch_log import keys, make_window

WORKSPACES = ("portfolio", "matrix", "moments", "coverage", "qbrs", "growth")


def wheel_down(widget: QWidget) -> None:
    """One notch of the wheel over the middle of `widget`."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_form_and_changes_a_field_only_once_it_has_the_focus(qtbot, qapp) -> None:
    install_wheel_guard(qapp)
    area = QScrollArea()
    form = QWidget()
    layout = QVBoxLayout(form)
    spin, day, combo = QSpinBox(), QDateEdit(), QComboBox()
    spin.setRange(0, 365)
    spin.setValue(90)  # a rule's 90 days
    combo.addItems(["A", "B", "C"])
    for field in (spin, day, combo):
        layout.addWidget(field)
    layout.addSpacing(2000)  # a long form: there is something to scroll
    area.setWidget(form)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    before = day.date()
    for field in (spin, day, combo):
        wheel_down(field)
    assert (spin.value(), day.date(), combo.currentIndex()) == (90, before, 0)  # nothing changed
    assert area.verticalScrollBar().value() > 0  # the form scrolled instead
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not hand it the focus
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel_down(spin)
    assert spin.value() == 89  # focused: the user means it


def test_the_window_fits_a_laptop_screen_and_opens_maximised_there() -> None:
    laptop = QRect(0, 0, 1366, 728)  # 1366x768 without its 40-pixel task bar
    place, maximised = fitted(laptop, QRect(40, 30, 1280, 800))
    assert place == QRect(40, 0, 1280, 728) and maximised  # the status bar stays on the screen
    desk = QRect(0, 0, 1920, 1040)
    assert fitted(desk, QRect(40, 30, 1280, 800)) == (QRect(40, 30, 1280, 800), False)
    # remembered on a second monitor that is gone: back on this one
    assert fitted(desk, QRect(2500, 100, 1280, 800))[0] == QRect(640, 100, 1280, 800)


def test_ctrl_and_a_number_open_each_workspace_even_from_the_filter_field(qtbot, demo_store) -> None:
    window = make_window(qtbot, demo_store)
    window.portfolio.focus_filter()  # the cursor in the accounts' filter field
    for number, key in reversed(list(enumerate(WORKSPACES, 1))):  # from Growth back to the Portfolio
        QTest.keyClick(keys(), Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.front() == key
    assert window.actions_by_name["workspace_moments"].shortcut().toString() == "Ctrl+3"


def test_at_start_the_accounts_are_painted_first_and_their_tiers_follow(qtbot, demo_store) -> None:
    from planner.core.matrix.account_tiers import account_tiers
    from planner.ui.shell.main_window import MainWindow

    window = MainWindow(demo_store, tiers_after_paint=True)  # as the app starts it
    qtbot.addWidget(window)
    shown = window.portfolio.accounts.model
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    expected = account_tiers(demo_store)
    qtbot.waitUntil(lambda: {r.id: r.tier for r in shown._rows} == expected)  # a moment after the paint
    assert {"A", "B", "C"} <= set(expected.values())
