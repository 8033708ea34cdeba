"""Keys that work from every focus, by one application-wide event filter (no code per table or field):

- Ctrl+Tab / Ctrl+Shift+Tab in a table or list (which keeps Tab for its cells) move the focus to the next /
  previous field of the window. Elsewhere Ctrl+Tab keeps switching the tabs of a tab widget, as Qt does.
- Ctrl+PgDn / Ctrl+PgUp switch to the next / previous tab from any focus, also from a table (which would
  otherwise page through its rows).
- A menu shortcut of the window works while the cursor is in a text field: such a field claims keys like
  Ctrl+E (end of line under the X11 key scheme) before the menu sees them. The field keeps what it needs
  for editing: typing, Delete, Backspace, arrows, Home/End, word-wise Ctrl+arrows, and Ctrl+A/C/V/X/Z/Y
  (Ctrl+Z in a text field undoes the typing, not the last change to the portfolio)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QMenu, QTabWidget, QWidget

CTRL, ALT, META, SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.MetaModifier,
    Qt.KeyboardModifier.ShiftModifier,
)
FIELD_KEEPS = (  # editing keys with Ctrl that a text field keeps even when a menu has them
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
)
EXTRA_FIELD_KEEPS = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))  # redo, whatever the platform says


def pressed(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


def field_keeps(event: QKeyEvent) -> bool:
    """Whether a focused field may take this key before the window's menus: every key without Ctrl, Alt or
    Meta; clipboard, undo and select-all; Ctrl with a key that is no letter or digit (Ctrl+Left, Ctrl+Del,
    ...). Not: Ctrl with a letter or digit (Ctrl+E, Ctrl+L, ...), nor Alt with a key (Alt+Left: back)."""
    modifiers = event.modifiers()
    if not modifiers & (CTRL | ALT | META):
        return True
    if any(event.matches(key) for key in FIELD_KEEPS) or pressed(event) in EXTRA_FIELD_KEEPS:
        return True
    key = event.key()
    letter_or_digit = Qt.Key.Key_A <= key <= Qt.Key.Key_Z or Qt.Key.Key_0 <= key <= Qt.Key.Key_9
    alt_only = bool(modifiers & ALT) and not modifiers & CTRL
    return not (letter_or_digit or alt_only)


def menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(menu_actions(sub))
        elif not action.isSeparator():
            found.append(action)
    return found


def window_shortcut(window: QWidget, keys: QKeySequence) -> QAction | None:
    """The enabled menu action of the main window `window` that `keys` trigger."""
    if not isinstance(window, QMainWindow):
        return None
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu_actions(menu):
            if action.isEnabled() and keys in action.shortcuts():
                return action
    return None


def focusable(widget: QWidget, window: QWidget) -> bool:
    return (
        widget.window() is window
        and widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def leave(view: QWidget, forward: bool) -> QWidget | None:
    """The focus to the next (previous) field of the window after `view`, skipping what lies inside it."""
    window = view.window()
    widget = view.nextInFocusChain() if forward else view.previousInFocusChain()
    while widget is not None and widget is not view:
        if not view.isAncestorOf(widget) and focusable(widget, window):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            widget.setFocus(reason)
            return widget
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    return None


def switch_tab(widget: QWidget, step: int) -> QTabWidget | None:
    """The tab widget around `widget` shows its next (previous) tab, round the end; the focus goes to the
    first field of that tab."""
    parent = widget.parentWidget()
    while parent is not None and not (isinstance(parent, QTabWidget) and parent.count() > 1):
        parent = parent.parentWidget()
    if parent is None:
        return None
    parent.setCurrentIndex((parent.currentIndex() + step) % parent.count())
    page = parent.currentWidget()
    focus = QApplication.focusWidget()
    if page is not None and (focus is None or not page.isAncestorOf(focus)):
        first = page.nextInFocusChain()
        while first is not None and first is not page and page.isAncestorOf(first):
            if focusable(first, page.window()):
                first.setFocus(Qt.FocusReason.TabFocusReason)
                break
            first = first.nextInFocusChain()
    return parent


class FocusKeys(QObject):
    """The application-wide event filter (install_focus_keys)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(
            event, QKeyEvent
        ):
            return False
        if not isinstance(watched, QWidget) or watched is not QApplication.focusWidget():
            return False  # only where the key first arrives, not again as it travels to the parents
        if QApplication.activePopupWidget() is not None:
            return False  # a completer or a menu open: its keys
        if kind == QEvent.Type.ShortcutOverride:
            if field_keeps(event) or window_shortcut(watched.window(), pressed(event)) is None:
                return False
            event.ignore()  # the field does not claim it: the window's shortcut runs
            return True
        modifiers = event.modifiers()
        if not modifiers & CTRL or modifiers & (ALT | META):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and isinstance(watched, QAbstractItemView):
            leave(watched, forward=key == Qt.Key.Key_Tab and not modifiers & SHIFT)
            return True
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and not modifiers & SHIFT:
            return switch_tab(watched, 1 if key == Qt.Key.Key_PageDown else -1) is not None
        return False


def install_focus_keys(app: QApplication) -> FocusKeys:
    """Install the filter once on `app` (again: the one installed); the app does it once its window is
    painted, so the start does not pay for a filter on every event."""
    found = app.findChild(FocusKeys)
    if isinstance(found, FocusKeys):
        return found
    keys = FocusKeys(app)
    app.installEventFilter(keys)
    return keys
