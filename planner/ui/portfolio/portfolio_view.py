"""The Portfolio workspace: accounts, products and contacts tables, and a closable page per opened account."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from planner.core.portfolio.accounts import account_rows, owned_account_ids
from planner.core.portfolio.catalog import contact_rows, product_rows
from planner.core.portfolio.changes import delete as planned_delete
from planner.core.portfolio.privacy import erasure_preview
from planner.core.store.owners import owner_key
from planner.ui.portfolio.bulk_edit import BulkEditDialog
from planner.ui.portfolio.record_form import RecordForm
from planner.ui.widgets import columns
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.labels import table_noun
from planner.ui.widgets.record_table import RecordTable, localised

if TYPE_CHECKING:
    from planner.core.store.store import Store
    from planner.ui.portfolio.account_page import AccountPage

RELOADS = {  # which list shows data of which tables
    "accounts": {"accounts", "touches", "holdings"},
    "products": {"products", "holdings"},
    "contacts": {"contacts", "accounts", "nps_answers"},
}


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    )
    return answer == QMessageBox.StandardButton.Yes


def as_account_page(widget: QWidget | None) -> AccountPage | None:
    """`widget` when it is an account page, else None. The page's module (with the forms and lists it brings)
    loads when the first page opens, not before the window's first paint."""
    module = sys.modules.get("planner.ui.portfolio.account_page")
    is_page = module is not None and isinstance(widget, module.AccountPage)
    return cast("AccountPage", widget) if is_page else None


class PortfolioView(QWidget):
    """`first_painted` fires once the accounts table has been drawn."""

    first_painted = Signal()
    counts_changed = Signal()
    qbr_requested = Signal(int)  # an account page asks to open this QBR (the shell shows the QBR workspace)
    new_qbr_requested = Signal(int)  # an account page asks to plan a QBR for this account

    def __init__(
        self, editor: Editor, parent: QWidget | None = None, *, tiers_after_paint: bool = False
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        # the app's start: the accounts are painted first, their computed tiers follow (account_rows)
        self._tiers_later = tiers_after_paint
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask(self, title, text)
        self.accounts = RecordTable(
            columns.account_columns(),
            columns.account_haystack,
            self._counter("accounts"),
            self.tr("Filter by name, key, city, owner or segment  (Ctrl+F)"),
            self,
        )
        self.products = RecordTable(
            columns.product_columns(),
            columns.product_haystack,
            self._counter("products"),
            self.tr("Filter by name, key or family  (Ctrl+F)"),
            self,
        )
        self.contacts = RecordTable(
            columns.contact_columns(),
            columns.contact_haystack,
            self._counter("contacts"),
            self.tr("Filter by name, account, role, department or e-mail  (Ctrl+F)"),
            self,
        )
        self.accounts.first_painted.connect(self.first_painted)
        self.accounts.first_painted.connect(self._tiers_now)
        for view in (self.accounts, self.products, self.contacts):
            view.sort_by("name")
        self.lists = {"accounts": self.accounts, "products": self.products, "contacts": self.contacts}
        self.accounts.opened.connect(self.open_account)
        self.products.opened.connect(lambda i: self.open_form("products", i))
        self.contacts.opened.connect(lambda i: self.open_form("contacts", i))
        for table, view in self.lists.items():
            view.delete_requested.connect(lambda ids, t=table: self.delete(t, ids))

        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.tabs.addTab(self.products, self.tr("Products"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        for fixed in range(3):
            self.tabs.tabBar().setTabButton(fixed, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self._stale: set[str] = set(self.lists)
        self.owner: str | None = None  # only this owner's accounts and their contacts (None: everyone's)
        self.tabs.currentChanged.connect(self._load_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        editor.changed.connect(self.reload)
        self.reload()

    def _counter(self, table: str) -> Callable[[int, int], str]:
        """The count beside a list's filter: "300 accounts", "12 of 300 accounts", "No accounts yet"."""

        def text(total: int, shown: int) -> str:
            words = {
                "accounts": (self.tr("No accounts yet"), self.tr("%Ln account(s)", "", total)),
                "products": (self.tr("No products yet"), self.tr("%Ln product(s)", "", total)),
                "contacts": (self.tr("No contacts yet"), self.tr("%Ln contact(s)", "", total)),
            }
            none, counted = words[table]
            if total == 0:
                return none
            if shown == total:
                return counted
            return self.tr("%1 of %2").replace("%1", localised(shown)).replace("%2", counted)

        return text

    # --- lists ---------------------------------------------------------------------------------------
    def reload(self, tables: frozenset[str] | None = None) -> None:
        """Read again the lists that show any of `tables` (all when None); lists out of sight are read
        when they come to the front (the contacts of a big book take seconds)."""
        for name in self.lists:
            if tables is None or tables & RELOADS[name]:
                self._stale.add(name)
        self._load_current()
        self.counts_changed.emit()

    def _load_current(self) -> None:
        name = self.current_list()
        if name in self._stale:
            self._stale.discard(name)
            readers: dict[str, Callable[[Store], Sequence[Any]]] = {
                "accounts": account_rows,
                "products": product_rows,
                "contacts": contact_rows,
            }
            if name == "accounts" and self._tiers_later:
                readers["accounts"] = partial(account_rows, with_tiers=False)
            self.lists[name].set_rows(readers[name](self.editor.store))
            if self.owner is not None and name != "products":
                self._scope(name)

    def show_owner(self, owner: str | None) -> None:
        """Only the accounts of `owner` and their contacts ("Only my accounts"); None shows everyone's."""
        self.owner = owner
        for name in ("accounts", "contacts"):
            self._scope(name)

    def _scope(self, name: str) -> None:
        view, owner = self.lists[name], self.owner
        if owner is None:
            view.set_scope(None)
        elif name == "accounts":
            wanted = owner_key(owner)
            view.set_scope(lambda row: owner_key(row.owner) == wanted)
        else:
            mine = owned_account_ids(self.editor.store, owner)
            view.set_scope(lambda row: row.account_id in mine)

    def _tiers_now(self) -> None:
        """Once the accounts are painted: their tiers, read right after (a tier needs the matrix)."""
        if self._tiers_later:
            self._tiers_later = False
            QTimer.singleShot(0, self, self._fill_tiers)  # not once this view is gone

    def _fill_tiers(self) -> None:
        if self.isVisible():
            self.reload(frozenset({"accounts"}))
        else:  # its window closed (another portfolio opened): read when shown again, if ever
            self._stale.add("accounts")

    def current_list(self) -> str | None:
        widget = self.tabs.currentWidget()
        return next((name for name, view in self.lists.items() if view is widget), None)

    def focus_filter(self) -> None:
        table = self.current_list() or "accounts"
        self.tabs.setCurrentWidget(self.lists[table])
        self.lists[table].focus_filter()

    # --- opening -------------------------------------------------------------------------------------
    def open_account(self, account_id: int) -> AccountPage:
        from planner.ui.portfolio.account_page import AccountPage

        for index in range(3, self.tabs.count()):
            found = as_account_page(self.tabs.widget(index))
            if found is not None and found.account_id == account_id:
                self.tabs.setCurrentIndex(index)
                return found
        page = AccountPage(self.editor, account_id, self)
        page.closed.connect(lambda: self._close_page(page))
        page.edit_requested.connect(self._edit_from_page)
        page.delete_requested.connect(self.delete)
        page.qbr_requested.connect(self.qbr_requested)
        page.new_qbr_requested.connect(self.new_qbr_requested)
        index = self.tabs.addTab(page, page.title.text().replace("&", "&&"))  # "&" would mark a shortcut
        self.tabs.setTabToolTip(index, page.title.text())
        self.tabs.setCurrentIndex(index)
        return page

    def _edit_from_page(self, table: str, record_id: int, fixed: dict) -> None:
        self.open_form(table, record_id or None, fixed)

    def open_form(self, table: str, record_id: int | None = None, fixed: dict | None = None) -> RecordForm:
        form = RecordForm(self.editor, table, record_id, fixed, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if table == "accounts" and record_id is None:
            form.accepted.connect(lambda: form.saved_id and self.open_account(form.saved_id))
        form.open()
        return form

    def new_record(self) -> QWidget:
        """Ctrl+N: a new record of the table in front (on an account page: a product, contact or touch)."""
        page = as_account_page(self.tabs.currentWidget())
        if page is not None and page.tabs.currentWidget() is page.timeline:
            return page.log_touch()
        if page is not None:
            table = "contacts" if page.tabs.currentWidget() is page.contacts else "holdings"
            return self.open_form(table, None, {"account_id": page.account_id})
        return self.open_form(self.current_list() or "accounts")

    def _close_tab(self, index: int) -> None:
        if index >= 3:
            widget = self.tabs.widget(index)
            self.tabs.removeTab(index)
            assert widget is not None  # the tab asked to be closed
            widget.deleteLater()

    def _close_page(self, page: AccountPage) -> None:
        index = self.tabs.indexOf(page)
        if index >= 0:
            self._close_tab(index)

    # --- acting on the selection -----------------------------------------------------------------------
    def selection(self) -> tuple[str, list[int]] | None:
        """The table and ids the Delete key would act on, in the tab in front."""
        page = as_account_page(self.tabs.currentWidget())
        if page is not None:
            return page.chosen_records() or ("accounts", [page.account_id])
        name = self.current_list()
        if name and self.lists[name].selected_ids():
            return name, self.lists[name].selected_ids()
        return None

    def delete_selection(self) -> bool:
        chosen = self.selection()
        return self.delete(*chosen) if chosen else False

    def delete(self, table: str, ids: list[int]) -> bool:
        """Ask, naming what goes with it, then delete as one undo step."""
        change = planned_delete(self.editor.store, table, ids)
        what = change.name if len(ids) == 1 else self.tr("%1 records").replace("%1", localised(len(ids)))
        removed = change.removed()
        removed.pop(table, None)
        parts = [
            self.tr("%1 %2").replace("%1", localised(n)).replace("%2", _plural_noun(t))
            for t, n in removed.items()
            if t in ("holdings", "contacts", "touches", "qbrs", "opportunities")
        ]
        text = self.tr("Delete %1?").replace("%1", what)
        if parts:
            text += "\n" + self.tr("With it go: %1.").replace("%1", ", ".join(parts))
        text += "\n\n" + self.tr("You can undo this with Ctrl+Z.")
        if not self.confirm(self.tr("Delete %1").replace("%1", table_noun(table)), text):
            return False
        return self.editor.push(change)

    def bulk_edit(self) -> BulkEditDialog | None:
        ids = self.accounts.selected_ids()
        if self.current_list() != "accounts" or not ids:
            return None
        dialog = BulkEditDialog(self.editor, ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def erase_contact(self) -> bool:
        """Data protection: remove one person's data everywhere, after one confirmation. Not undoable."""
        chosen = self.selection()
        if not chosen or chosen[0] != "contacts" or len(chosen[1]) != 1:
            return False
        preview = erasure_preview(self.editor.store, chosen[1][0])
        text = (
            self.tr(
                "Erase %1 for data protection?\n\nTheir name, e-mail, phone, %2 NPS answers and survey "
                "responses are removed everywhere, also from notes, touch summaries and backups. The %3 "
                "touches with them stay, without their name.\n\nThis cannot be undone, and the undo history "
                "is cleared."
            )
            .replace("%1", preview.name)
            .replace("%2", localised(preview.nps_answers))
            .replace("%3", localised(preview.touches_kept))
        )
        if not self.confirm(self.tr("Erase contact"), text):
            return False
        self.editor.erase_contact(chosen[1][0])
        return True


def _plural_noun(table: str) -> str:
    words = {
        "holdings": QCoreApplication.translate("PortfolioView", "holdings"),
        "contacts": QCoreApplication.translate("PortfolioView", "contacts"),
        "touches": QCoreApplication.translate("PortfolioView", "touches"),
        "qbrs": QCoreApplication.translate("PortfolioView", "QBRs"),
        "opportunities": QCoreApplication.translate("PortfolioView", "opportunities"),
    }
    return words[table]
