"""Segments: the user's saved segments and the built-in ones (account segment, industry, size band, country,
region) with their accounts, revenue and potential; the products relevant per account segment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.growth.segments import (
    SegmentRow,
    account_facts,
    delete_segment,
    edit_segment,
    new_segment,
    relevance,
    segment_rows,
    set_relevance,
)
from planner.core.portfolio.records import ref_choices
from planner.ui.growth.segments_rules import RulesDialog, describe, field_label, size_band_label
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.palette_colours import ink, muted
from planner.ui.widgets.reading import ReadsWhenShown
from planner.ui.widgets.record_model import RIGHT, Column, text_key
from planner.ui.widgets.record_table import RecordTable, localised
from planner.ui.widgets.shared_points import shared_points

translate = QCoreApplication.translate


def segment_name(row: SegmentRow) -> str:
    if row.dimension == "size_band":
        return size_band_label(int(row.value))
    return row.name


def kind_text(row: SegmentRow) -> str:
    return field_label(row.dimension) if row.dimension else translate("SegmentsView", "Saved")


def segment_columns(names: dict[str, dict[int, str]]) -> list[Column]:
    def money(key: str, title: str) -> Column:
        return Column(key, title, lambda r: formatting.money(getattr(r, key)), lambda r: getattr(r, key),
                      RIGHT, 125, kind="money")  # fmt: skip

    def rules(row: SegmentRow) -> str:
        return " · ".join(describe(c, names) for c in row.conditions)

    def kind_key(row: SegmentRow) -> tuple[bool, str]:
        return row.dimension != "", kind_text(row)

    return [
        Column("name", translate("SegmentsView", "Segment"), segment_name,
               lambda r: text_key(segment_name(r)), width=190, tooltip=rules),
        Column("kind", translate("SegmentsView", "Kind"), kind_text, kind_key, width=105),
        Column("accounts", translate("SegmentsView", "Accounts"), lambda r: localised(r.accounts),
               lambda r: r.accounts, RIGHT, 70, kind="int"),
        money("revenue_cents", translate("SegmentsView", "Revenue")),
        money("potential_cents", translate("SegmentsView", "Potential")),
        money("whitespace_cents", translate("SegmentsView", "Whitespace")),
        Column("rules", translate("SegmentsView", "Rules"), rules, rules, width=330),
    ]  # fmt: skip


class SegmentsView(ReadsWhenShown, QWidget):
    """Saved segments (made, edited, deleted as undo steps) and the built-in ones; `account_opened` is not
    used here, the grid and the smart lists open accounts."""

    account_opened = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.editor, self.today = editor, today
        self.names: dict[str, dict[int, str]] = {"products": {}, "segments": {}}
        self.table = RecordTable(
            segment_columns(self.names), lambda r: f"{segment_name(r)} {kind_text(r)}",
            lambda total, shown: self.tr("%1 of %2 segments").replace("%1", localised(shown))
            .replace("%2", localised(total)),
            self.tr("Filter segments (Ctrl+F)"), self,
        )  # fmt: skip
        self.table.sort_by("kind")  # the saved segments first
        self.table.opened.connect(lambda _: self.edit_current())
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New segment…"), self)
        self.new_button.clicked.connect(self.new_segment)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.clicked.connect(self.delete_current)
        title = QLabel(self.tr("Segments"), self)
        title.setStyleSheet(f"font-size: 15px; font-weight: 600; color: {ink()};")
        buttons.addWidget(title)
        buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(not editor.store.readonly)
            buttons.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)

        right = QWidget(self)
        self.segment_box = QComboBox(right)
        self.segment_box.currentIndexChanged.connect(self._show_relevance)
        self.products = QListWidget(right)
        self.save_relevance = QPushButton(self.tr("&Save relevant products"), right)
        self.save_relevance.setEnabled(not editor.store.readonly)
        self.save_relevance.clicked.connect(self.store_relevance)
        heading = QLabel(self.tr("Relevant products"), right)
        heading.setStyleSheet(f"font-size: 15px; font-weight: 600; color: {ink()};")
        hint = QLabel(
            self.tr(
                "The ticked products are what breadth and whitespace count for this segment's accounts; "
                "with none ticked, all products count."
            ),
            right,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {muted()};")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(heading)
        right_layout.addWidget(hint)
        right_layout.addWidget(self.segment_box)
        right_layout.addWidget(self.products, 1)
        right_layout.addWidget(self.save_relevance)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([940, 290])  # names, kinds, counts and the three amounts whole at 1280 px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self._points = shared_points(editor)  # before watching: see SharedPoints
        self.watch(editor)

    def load(self) -> None:
        self.stale = False
        store = self.editor.store
        rows = segment_rows(store, account_facts(store, self._points.get()))
        self.names["products"] = dict(ref_choices(store, "products"))
        self.names["segments"] = {r.id: r.name for r in rows if r.id}
        self.table.set_rows(rows)
        current = self.segment_box.currentData()
        self.segment_box.blockSignals(True)
        self.segment_box.clear()
        for row in rows:
            if row.dimension == "segment":
                self.segment_box.addItem(row.name, row.name)
        self.segment_box.setCurrentIndex(max(self.segment_box.findData(current), 0))
        self.segment_box.blockSignals(False)
        self._show_relevance()

    def _show_relevance(self) -> None:
        segment = self.segment_box.currentData()
        marked = relevance(self.editor.store).get(segment or "", set())
        self.products.clear()
        for product_id, name in sorted(self.names["products"].items(), key=lambda item: item[1].casefold()):
            item = QListWidgetItem(name, self.products)
            item.setData(Qt.ItemDataRole.UserRole, product_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if product_id in marked else Qt.CheckState.Unchecked)

    def store_relevance(self) -> bool:
        segment = self.segment_box.currentData()
        if not segment:
            return False
        ticked = [
            self.products.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.products.count())
            if self.products.item(i).checkState() == Qt.CheckState.Checked
        ]
        from planner.ui.growth.segments_steps import push_step

        return push_step(self.editor, set_relevance(self.editor.store, segment, ticked))

    def _dialog(self, title: str, name: str = "", conditions: tuple = ()) -> RulesDialog:
        products = sorted(self.names["products"].items(), key=lambda item: item[1].casefold())
        return RulesDialog(self, title, products, sorted(self.names["segments"].items()), name=name,
                           conditions=conditions)  # fmt: skip

    def new_segment(self) -> int | None:
        dialog = self._dialog(self.tr("New segment"))
        if dialog.exec() != RulesDialog.DialogCode.Accepted:
            return None
        from planner.ui.growth.segments_steps import push_step

        change = new_segment(self.editor.store, dialog.name(), dialog.conditions(), today=self.today)
        push_step(self.editor, change)
        return change.ids[0]

    def _current(self) -> SegmentRow | None:
        index = self.table.table.currentIndex()
        return self.table.model.row_at(index.row()) if index.isValid() else None

    def edit_current(self) -> None:
        row = self._current()
        if row is None or self.editor.store.readonly:
            return
        if not row.id:  # a built-in segment: save it as the user's own, to refine
            dialog = self._dialog(self.tr("New segment"), segment_name(row), row.conditions)
        else:
            dialog = self._dialog(self.tr("Edit segment"), row.name, row.conditions)
        if dialog.exec() != RulesDialog.DialogCode.Accepted:
            return
        from planner.ui.growth.segments_steps import push_step

        store = self.editor.store
        if row.id:
            push_step(self.editor, edit_segment(store, row.id, dialog.name(), dialog.conditions()))
        else:
            push_step(self.editor, new_segment(store, dialog.name(), dialog.conditions(), today=self.today))

    def delete_current(self) -> None:
        row = self._current()
        if row is not None and row.id and not self.editor.store.readonly:
            from planner.ui.growth.segments_steps import push_step

            push_step(self.editor, delete_segment(self.editor.store, row.id))
