"""Help > Keyboard shortcuts: every shortcut of the window's menus, read from their actions (so the list
never goes stale), then the keys of the tables and boards, which no menu shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.ui.shell.focus_keys import menu_actions

NATIVE = QKeySequence.SequenceFormat.NativeText


translate = QCoreApplication.translate


def fixed_keys() -> list[tuple[str, str]]:
    """The keys of tables, boards and fields, as (keys, what they do)."""
    return [
        (
            translate("ShortcutsDialog", "Enter"),
            translate("ShortcutsDialog", "Open the selected row or card"),
        ),
        (
            translate("ShortcutsDialog", "Ctrl+Enter"),
            translate("ShortcutsDialog", "On the opportunity board: open the card's account"),
        ),
        (
            translate("ShortcutsDialog", "Delete"),
            translate("ShortcutsDialog", "Delete the selected rows or card (asks first)"),
        ),
        (
            translate("ShortcutsDialog", "Left / Right"),
            translate("ShortcutsDialog", "On a board: the card in the next column"),
        ),
        (
            translate("ShortcutsDialog", "Ctrl+Left / Ctrl+Right"),
            translate(
                "ShortcutsDialog", "On the opportunity board: move the card to the previous / next stage"
            ),
        ),
        (
            translate("ShortcutsDialog", "Down"),
            translate("ShortcutsDialog", "From a filter field into the list below it"),
        ),
        (
            translate("ShortcutsDialog", "Alt+Left / Alt+Right"),
            translate("ShortcutsDialog", "Back / forward to the workspace or account page you were in"),
        ),
        (
            translate("ShortcutsDialog", "Ctrl+Tab / Ctrl+Shift+Tab"),
            translate("ShortcutsDialog", "Out of a table to the next / previous field; elsewhere: next tab"),
        ),
        (
            translate("ShortcutsDialog", "Ctrl+PgDown / Ctrl+PgUp"),
            translate("ShortcutsDialog", "The next / previous tab, also from a table"),
        ),
        (
            translate("ShortcutsDialog", "Ctrl+Z in a text field"),
            translate("ShortcutsDialog", "Undo the typing in the field (elsewhere: undo the last change)"),
        ),
    ]


def plain(text: str) -> str:
    """A menu text without its mnemonic, its "…" and what follows a colon ("Undo: edit account")."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.split(":", 1)[0].rstrip("…").strip()


def key_text(keys: list[QKeySequence]) -> str:
    shown: list[str] = []
    for key in keys:
        text = key.toString(NATIVE)
        if text and text not in shown:
            shown.append(text)
    return ", ".join(shown)


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """Per menu of the menu bar (its title): (entry, keys) of each entry that has a shortcut."""
    found: list[tuple[str, list[tuple[str, str]]]] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        rows = [
            (plain(a.text()), key_text(a.shortcuts())) for a in menu_actions(menu) if key_text(a.shortcuts())
        ]
        if rows:
            found.append((plain(top.text()), rows))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        sections = [(title, [(keys, name) for name, keys in rows]) for title, rows in menu_shortcuts(window)]
        sections.append((self.tr("Tables, boards and fields"), fixed_keys()))
        for title, rows in sections:
            head = QTreeWidgetItem(self.tree, [title])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for keys, what in rows:
                QTreeWidgetItem(self.tree, [keys, what])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) of every row shown, the section titles left out."""
        items = (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items if item is not None and item.text(1)]
