"""Smart lists: saved filters that stay live, with their accounts and potential, and the campaign list of
the one chosen, exported by the export rules (CSV UTF-8 with BOM, CSV for German Excel, XLSX)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from planner.core.growth.segments import account_facts, saved_segments
from planner.core.growth.smart_lists import (
    SmartList,
    campaign_rows,
    delete_list,
    edit_list,
    new_list,
    smart_lists,
)
from planner.core.portfolio.records import ref_choices
from planner.ui.growth.segments_rules import RulesDialog, describe
from planner.ui.growth.segments_steps import push_step
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.export_view import export_view, write_view
from planner.ui.widgets.palette_colours import ink, muted
from planner.ui.widgets.reading import ReadsWhenShown
from planner.ui.widgets.record_model import CENTER, RIGHT, Column, text_key
from planner.ui.widgets.record_table import RecordTable, localised
from planner.ui.widgets.shared_points import shared_points

translate = QCoreApplication.translate


def _money(key: str, title: str, width: int = 125) -> Column:
    return Column(key, title, lambda r: formatting.money(getattr(r, key)), lambda r: getattr(r, key), RIGHT,
                  width, kind="money")  # fmt: skip


def _text(key: str, title: str, width: int = 110) -> Column:
    return Column(key, title, lambda r: getattr(r, key), lambda r: text_key(getattr(r, key)), width=width)


def list_columns(names: dict[str, dict[int, str]]) -> list[Column]:
    def rules(row: SmartList) -> str:
        return " · ".join(describe(c, names) for c in row.conditions) or translate(
            "SmartLists", "every account"
        )

    def product(row: SmartList) -> str:
        return row.product or translate("SmartLists", "(all whitespace)")

    return [
        _text("name", translate("SmartLists", "Smart list"), 220),
        Column("product", translate("SmartLists", "Campaign product"), product,
               lambda r: text_key(product(r)), width=150),
        Column("accounts", translate("SmartLists", "Accounts"), lambda r: localised(r.accounts),
               lambda r: r.accounts, RIGHT, 80, kind="int"),
        _money("campaign_cents", translate("SmartLists", "Campaign value")),
        _money("potential_cents", translate("SmartLists", "Potential")),
        Column("rules", translate("SmartLists", "Rules"), rules, rules, width=380, tooltip=rules),
    ]  # fmt: skip


def campaign_columns() -> list[Column]:
    return [
        _text("key", translate("SmartLists", "Key"), 95),
        _text("name", translate("SmartLists", "Account"), 220),
        _text("owner", translate("SmartLists", "Owner"), 125),
        _text("segment", translate("SmartLists", "Segment"), 100),
        Column("tier", translate("SmartLists", "Tier"), lambda r: r.tier, lambda r: r.tier, CENTER, 40),
        _money("revenue_cents", translate("SmartLists", "Revenue")),
        _money("campaign_cents", translate("SmartLists", "Campaign value")),
        _money("potential_cents", translate("SmartLists", "Potential")),
        _text("contact", translate("SmartLists", "Contact"), 150),
        _text("email", translate("SmartLists", "E-mail"), 200),
    ]


class SmartListsView(ReadsWhenShown, QWidget):
    """The saved lists above, the chosen list's campaign list below; `account_opened(id)` from it."""

    account_opened = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.editor, self.today = editor, today
        self.names: dict[str, dict[int, str]] = {"products": {}, "segments": {}}
        self.lists = RecordTable(
            list_columns(self.names), lambda r: r.name,
            lambda total, shown: self.tr("%1 of %2 lists").replace("%1", localised(shown))
            .replace("%2", localised(total)),
            "", self, with_filter=False,
        )  # fmt: skip
        self.lists.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_campaign())
        self.lists.opened.connect(lambda _: self.edit_current())
        self.campaign = RecordTable(
            campaign_columns(), lambda r: f"{r.name} {r.key} {r.owner} {r.contact} {r.email}",
            lambda total, shown: self.tr("%1 of %2 accounts").replace("%1", localised(shown))
            .replace("%2", localised(total)),
            self.tr("Filter the campaign list (Ctrl+F)"), self,
        )  # fmt: skip
        self.campaign.opened.connect(self.account_opened)
        self.campaign.sort_by("campaign_cents", Qt.SortOrder.DescendingOrder)
        title = QLabel(self.tr("Smart lists"), self)
        title.setStyleSheet(f"font-size: 15px; font-weight: 600; color: {ink()};")
        hint = QLabel(
            self.tr("Saved filters that stay live: they count the accounts that meet them now."), self
        )
        hint.setStyleSheet(f"color: {muted()};")
        self.new_button = QPushButton(self.tr("&New smart list…"), self)
        self.new_button.clicked.connect(self.new_list)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button = QPushButton(self.tr("E&xport campaign list…"), self)
        self.export_button.clicked.connect(self.export_campaign)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(hint, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(not editor.store.readonly)
            top.addWidget(button)
        self.campaign_title = QLabel(self)
        self.campaign_title.setStyleSheet(f"font-size: 14px; font-weight: 600; color: {ink()};")
        middle = QHBoxLayout()
        middle.addWidget(self.campaign_title, 1)
        middle.addWidget(self.export_button)
        upper, lower = QWidget(self), QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.lists, 1)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(middle)
        lower_layout.addWidget(self.campaign, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([260, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.facts: list = []
        self._points = shared_points(editor)  # before watching: see SharedPoints
        self.watch(editor)

    def load(self) -> None:
        self.stale = False
        store = self.editor.store
        self.names["products"] = dict(ref_choices(store, "products"))
        self.names["segments"] = {i: name for i, (name, _) in saved_segments(store).items()}
        self.facts = account_facts(store, self._points.get())
        current = self.lists.current_id()
        self.lists.set_rows(smart_lists(store, self.facts))
        if current is not None and self.lists.model.row_of(current) is not None:
            self.lists.select_ids([current])
        elif self.lists.model.rowCount():
            self.lists.table.selectRow(0)
        self._show_campaign()

    def current_list(self) -> SmartList | None:
        index = self.lists.table.currentIndex()
        return self.lists.model.row_at(index.row()) if index.isValid() else None

    def _show_campaign(self) -> None:
        chosen = self.current_list()
        self.export_button.setEnabled(chosen is not None)
        if chosen is None:
            self.campaign.set_rows([])
            self.campaign_title.setText(self.tr("Make a smart list to see its campaign list here."))
            return
        self.campaign.set_rows(campaign_rows(self.editor.store, chosen, self.facts))
        self.campaign_title.setText(
            self.tr("%1: %2 accounts, campaign value %3")
            .replace("%1", chosen.name).replace("%2", localised(chosen.accounts))
            .replace("%3", formatting.money(chosen.campaign_cents))
        )  # fmt: skip

    def _dialog(self, title: str, chosen: SmartList | None = None) -> RulesDialog:
        products = sorted(self.names["products"].items(), key=lambda item: item[1].casefold())
        return RulesDialog(
            self, title, products, sorted(self.names["segments"].items()), campaign=True,
            name=chosen.name if chosen else "", conditions=chosen.conditions if chosen else (),
            product_id=chosen.product_id if chosen else None,
        )  # fmt: skip

    def new_list(self) -> int | None:
        dialog = self._dialog(self.tr("New smart list"))
        if dialog.exec() != RulesDialog.DialogCode.Accepted:
            return None
        store = self.editor.store
        change = new_list(store, dialog.name(), dialog.conditions(), dialog.product_id(), today=self.today)
        push_step(self.editor, change)
        self.lists.select_ids([change.ids[0]])
        self._show_campaign()
        return change.ids[0]

    def edit_current(self) -> None:
        chosen = self.current_list()
        if chosen is None or self.editor.store.readonly:
            return
        dialog = self._dialog(self.tr("Edit smart list"), chosen)
        if dialog.exec() == RulesDialog.DialogCode.Accepted:
            store = self.editor.store
            push_step(
                self.editor,
                edit_list(store, chosen.id, dialog.name(), dialog.conditions(), dialog.product_id()),
            )

    def delete_current(self) -> None:
        chosen = self.current_list()
        if chosen is not None and not self.editor.store.readonly:
            push_step(self.editor, delete_list(self.editor.store, chosen.id))

    def export_campaign(self) -> Path | None:
        """Ask where, then write the campaign list as shown (filtered, sorted, visible columns)."""
        chosen = self.current_list()
        return export_view(self, self.campaign, chosen.name) if chosen else None

    def export_to(self, path: Path, style: str = "csv") -> int:
        """Write the campaign list as shown to `path` without asking (.xlsx: a workbook); rows written."""
        return write_view(self.campaign, path, style)
