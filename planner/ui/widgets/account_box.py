"""An account chosen by type-ahead: part of the name, Tab or Enter picks the account it most likely means."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from planner.core.portfolio.records import ref_choices
from planner.core.store.store import Store

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def best_match(names: list[str], text: str) -> int:
    """The index of the name the typed fragment most likely means: the same name, one that starts with it, one
    with a word that starts with it, one that contains it (case-insensitive); -1 when none does."""
    wanted = text.strip().casefold()
    if not wanted:
        return -1
    ranks = (
        lambda n: n == wanted,
        lambda n: n.startswith(wanted),
        lambda n: any(w.startswith(wanted) for w in n.split()),
        lambda n: wanted in n,
    )
    for rank in ranks:
        for index, name in enumerate(names):
            if rank(name):
                return index
    return -1


class AccountBox(QComboBox):
    """Every account by name; `account_id` preselects one. In the field Enter and Tab pick the account the
    fragment means; Enter goes on (to the dialog's default button) only when a whole name is in the field."""

    def __init__(self, store: Store, parent: QWidget | None = None, account_id: int | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.lineEdit()
        assert line is not None  # an editable box has one
        line.setPlaceholderText(self.tr("Type part of the name"))
        for record_id, name in ref_choices(store, "accounts"):
            self.addItem(name, record_id)
        self._names = [self.itemText(i).casefold() for i in range(self.count())]
        completer = self.completer()
        assert completer is not None  # an editable box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCurrentIndex(self.findData(account_id) if account_id is not None else -1)
        line.editingFinished.connect(self.pick_account)  # also when the popup has the keys
        self.installEventFilter(self)
        line.installEventFilter(self)

    def account_id(self) -> int | None:
        """The chosen account: the name in the field must be an account's name (a fragment is not)."""
        text = self.currentText()
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != text:
            index = self.findText(text, Qt.MatchFlag.MatchExactly)
        return None if index < 0 else int(self.itemData(index))

    def pick_account(self) -> bool:
        """Make the typed fragment the account it best matches; False when it was a whole name or no match."""
        text = self.currentText()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return False
        index = best_match(self._names, text)
        if index < 0:
            return False
        completer = self.completer()
        popup = completer.popup() if completer is not None else None  # Qt makes the popup when asked
        if popup is not None:
            popup.hide()
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))  # the index may already have been current
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in ENTER:
                return self.pick_account() or self.account_id() is None  # a picked fragment: not yet saved
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.pick_account()
        return super().eventFilter(watched, event)
