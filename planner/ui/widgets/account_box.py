"""An account chosen by type-ahead: part of the name, Tab or Enter picks the account it most likely means.
Case, accents and the German spelling do not count ("muller" and "Mueller" offer "Müller GmbH"), and a typo
picks the closest name ("Mülelr" + Tab: "Müller GmbH")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from planner.core.portfolio.records import ref_choices
from planner.core.store.store import Store
from planner.ui.widgets.finding import needles, plain, searchable, similar

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SEARCHABLE_ROLE = Qt.ItemDataRole.UserRole + 7  # the name as `searchable` gives it, for the completer


def best_match(names: list[str], text: str) -> int:
    """The index of the name the typed fragment most likely means: the same name, one that starts with it, one
    with a word that starts with it, one that contains it, else the closest (`names` as `plain` gives them;
    case and accents do not count); -1 when none does."""
    wanted = plain(text.strip())
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
    close = similar(wanted, names)
    return close[0] if close else -1


class FoldingCompleter(QCompleter):
    """Offers the names that contain the typed text, case, accents and the German spelling aside: it matches
    the typed text's spelling against SEARCHABLE_ROLE and puts the name itself into the field."""

    def splitPath(self, path: str) -> list[str]:
        spellings = needles(path)
        return [spellings[-1] if spellings else ""]  # the German spelling when it differs: both are searched

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


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
            self.setItemData(self.count() - 1, searchable(name), SEARCHABLE_ROLE)
        self._names = [plain(self.itemText(i)) for i in range(self.count())]
        completer = FoldingCompleter(self.model(), self)
        completer.setCompletionRole(SEARCHABLE_ROLE)
        self.setCompleter(completer)
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
