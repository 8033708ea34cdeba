"""No value changes without focus and intent: the mouse wheel, scrolling a form, passes over spin boxes,
date edits and combo boxes without changing them. Such a field takes the wheel only once it has the focus
(a click or Tab); until then the wheel scrolls what the field sits in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox

GUARDED = (QAbstractSpinBox, QComboBox)  # spin boxes, date and time edits, combo boxes


class WheelGuard(QObject):
    """An application-wide event filter (install_wheel_guard)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:  # the wheel would give it the focus
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
            area = watched.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:  # the form it sits in scrolls instead
                QCoreApplication.sendEvent(area.viewport(), event)
            return True
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard once on `app` (again: the one installed). The app installs it once its window is
    painted (a filter on every event of the start would cost the start), so the fields made before it are
    set right here."""
    found = app.findChild(WheelGuard)
    if isinstance(found, WheelGuard):
        return found
    for widget in app.allWidgets():
        if isinstance(widget, GUARDED) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
