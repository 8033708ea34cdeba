"""The opportunity board (seed 004): a column per readiness stage, R/U/C cards moved by drag, menu or keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.matrix.chart_style import MUTED
from planner.core.moments.opportunities import (
    KINDS,
    OPEN_STAGES,
    STAGES,
    OpportunityRow,
    board_columns,
    move,
    neighbour,
    opportunity_rows,
)
from planner.core.portfolio.changes import ChangeFailed
from planner.ui.moments.opportunity_cards import (
    ROW_ROLE,
    CardList,
    CardModel,
    StageHeader,
    kind_letter,
)
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.moment_labels import kind_label, raised_by_label, stage_label
from planner.ui.widgets.reading import ReadsWhenShown


class OpportunityBoard(ReadsWhenShown, QWidget):
    """The opportunities as cards in a column per readiness stage. A card moves by drag and drop, its
    context menu or Ctrl+Left/Right; each move is one undo step. `account_opened(id)` on a double-click or
    Enter. Reads the portfolio when first shown and after every change (later, while hidden)."""

    account_opened = Signal(int)
    RELOAD_ON = frozenset({"opportunities", "accounts", "products"})

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.rows: list[OpportunityRow] = []
        self._haystacks: list[str] = []
        self.stale = True
        self._current: int | None = None  # the opportunity of the selected card, kept over reloads

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by account, product, owner or source"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(260)
        self.filter_edit.textChanged.connect(lambda _: self._distribute())
        self.filter_edit.installEventFilter(self)
        self.owner_combo, self.tier_combo, self.kind_combo = QComboBox(self), QComboBox(self), QComboBox(self)
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        self.owner_combo.addItem(self.tr("All owners"), None)
        self.tier_combo.setAccessibleName(self.tr("Tier"))
        self.tier_combo.addItem(self.tr("All tiers"), None)
        for tier in "ABC":
            self.tier_combo.addItem(self.tr("Tier %1").replace("%1", tier), tier)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind_combo.addItem(f"{kind_letter(kind)} · {kind_label(kind)}", kind)
        for combo in (self.owner_combo, self.tier_combo, self.kind_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _: self._distribute())
        self.open_label = QLabel(self)
        self.open_label.setStyleSheet(f"color: {MUTED};")

        self.headers: dict[str, StageHeader] = {}
        self.models: dict[str, CardModel] = {}
        self.views: dict[str, CardList] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        for column, stage in enumerate(STAGES):
            header, model, view = StageHeader(stage, self), CardModel(self), CardList(stage, self)
            view.setModel(model)
            view.setDragEnabled(not editor.store.readonly)
            view.setAccessibleName(stage_label(stage))
            view.doubleClicked.connect(self._open_index)
            view.installEventFilter(self)
            view.selectionModel().currentChanged.connect(
                lambda index, _previous, s=stage: self._card_chosen(s, index)
            )
            view.dropped.connect(self.move_card)
            header.dropped.connect(self.move_card)
            view.menu_requested.connect(lambda pos, v=view: self._show_menu(v, pos))
            self.headers[stage], self.models[stage], self.views[stage] = header, model, view
            if stage in OPEN_STAGES:
                grid.addWidget(header, 0, column)
                grid.addWidget(view, 1, column, 4, 1)
                grid.setColumnStretch(column, 1)
            else:  # won and lost share the last column, one above the other
                grid.addWidget(header, 0 if stage == "won" else 3, len(OPEN_STAGES))
                grid.addWidget(view, 1 if stage == "won" else 4, len(OPEN_STAGES))
        grid.setColumnStretch(len(OPEN_STAGES), 1)
        grid.setRowMinimumHeight(2, 10)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(4, 1)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 2)
        for combo in (self.owner_combo, self.tier_combo, self.kind_combo):
            top.addWidget(combo)
        top.addStretch(1)
        top.addWidget(self.open_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addLayout(grid, 1)
        self.watch(editor)

    # --- data ------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the opportunities; filters and the selected card stay."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rows = opportunity_rows(self.editor.store)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.set_rows(rows)

    def set_rows(self, rows: Sequence[OpportunityRow]) -> None:
        self.stale = False
        self.rows = list(rows)
        self._haystacks = [
            "\n".join((r.account_name, r.account_key, r.product_name, r.owner, raised_by_label(r.raised_by),
                       r.notes)).casefold()
            for r in self.rows
        ]  # fmt: skip
        self._fill_owners()
        self._distribute()

    def _fill_owners(self) -> None:
        chosen = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        while self.owner_combo.count() > 1:
            self.owner_combo.removeItem(1)
        for owner in sorted({r.owner for r in self.rows}, key=str.casefold):
            self.owner_combo.addItem(owner or self.tr("(no owner)"), owner)
        found = self.owner_combo.findData(chosen) if chosen is not None else 0
        self.owner_combo.setCurrentIndex(max(found, 0))
        self.owner_combo.blockSignals(False)

    def _distribute(self) -> None:
        """Deal the opportunities that pass the filters into their columns, largest value first."""
        needle = self.filter_edit.text().strip().casefold()
        owner, tier, kind = (c.currentData() for c in (self.owner_combo, self.tier_combo, self.kind_combo))
        filtering = bool(needle) or any(v is not None for v in (owner, tier, kind))
        shown = [
            row
            for row, haystack in zip(self.rows, self._haystacks, strict=True)
            if (not needle or needle in haystack)
            and (owner is None or row.owner == owner)
            and (tier is None or row.tier == tier)
            and (kind is None or row.kind == kind)
        ]
        totals = {c.stage: c.size for c in board_columns(self.rows)} if filtering else {}
        empty = (
            self.tr("No opportunity here matches the filters") if filtering else self.tr("None at this stage")
        )
        for column in board_columns(shown):
            self.models[column.stage].set_rows(column.rows)
            self.views[column.stage].empty_text = empty
            self.headers[column.stage].set_figures(column.size, column.value_cents, totals.get(column.stage))
        still_open = [r for r in shown if r.stage in OPEN_STAGES]
        self.open_label.setText(
            self.tr("Open: %Ln opportunity(s)", "", len(still_open))
            + " · "
            + formatting.money(sum(r.value_cents for r in still_open))
        )
        if self._current is not None:
            self.select_opportunity(self._current)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- cards -----------------------------------------------------------------------------------------
    def opportunity_ids(self, stage: str) -> list[int]:
        """The opportunities of a column, top to bottom."""
        return [r.id for r in self.models[stage].rows]

    def current_id(self) -> int | None:
        return self._current

    def select_opportunity(self, opportunity_id: int) -> bool:
        """Select the card and scroll to it; False when it is not on the board (or filtered out)."""
        for stage in STAGES:
            row = self.models[stage].row_of(opportunity_id)
            if row is not None:
                view, index = self.views[stage], self.models[stage].index(row)
                view.setCurrentIndex(index)
                view.scrollTo(index)
                return True
        return False

    def move_card(self, opportunity_id: int, stage: str) -> bool:
        """Move an opportunity to `stage` as one undo step; its card stays selected. False: it was there."""
        if self.editor.store.readonly:
            return False
        try:
            moved = self.editor.push(move(self.editor.store, opportunity_id, stage))
        except (ChangeFailed, KeyError) as error:  # changed elsewhere meanwhile: nothing was stored
            QMessageBox.warning(
                self, self.tr("Opportunities"), self.tr("Not moved: %1").replace("%1", str(error))
            )
            self.load()
            return False
        self._current = opportunity_id
        if self.stale:  # hidden: nothing read; read now, so the card can be found
            self.load()
        if self.select_opportunity(opportunity_id) and self.isVisible():
            self.views[stage].setFocus(Qt.FocusReason.OtherFocusReason)
        return moved

    def card_menu(self, opportunity_id: int) -> QMenu:
        """The card's context menu: open the account, move to a stage (the current one ticked)."""
        row = next(r for r in self.rows if r.id == opportunity_id)
        menu, writable = QMenu(self), not self.editor.store.readonly

        def move_to(stage: str) -> Callable[[], bool]:
            return lambda: self.move_card(opportunity_id, stage)

        menu.addAction(self.tr("Open account"), lambda: self.account_opened.emit(row.account_id))
        menu.addSeparator()
        for step, words, keys in ((1, self.tr("Next stage"), "Ctrl+Right"), (-1, self.tr("Previous stage"),
                                                                             "Ctrl+Left")):  # fmt: skip
            target = neighbour(row.stage, step)
            action = menu.addAction(words)
            if target is not None:  # else the action is disabled: there is no stage to move to
                action.triggered.connect(move_to(target))
            action.setShortcut(keys)
            action.setEnabled(target is not None and writable)
        moves = menu.addMenu(self.tr("Move to"))
        for stage in STAGES:
            action = moves.addAction(stage_label(stage), move_to(stage))
            action.setData(stage)
            action.setCheckable(True)
            action.setChecked(stage == row.stage)
            action.setEnabled(stage != row.stage and writable)
        return menu

    def _show_menu(self, view: CardList, pos: QPoint) -> None:
        index = view.currentIndex()
        if index.isValid():
            menu = self.card_menu(index.data(ROW_ROLE).id)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(pos)

    def _card_chosen(self, stage: str, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._current = index.data(ROW_ROLE).id
        for other, view in self.views.items():  # one selected card on the whole board
            if other != stage:
                view.selectionModel().clear()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.account_opened.emit(index.data(ROW_ROLE).account_id)

    def _step(self, column: int, direction: int) -> None:
        """Left and Right select the card at the same height in the next column that has cards."""
        row = max(self.views[STAGES[column]].currentIndex().row(), 0) if column >= 0 else 0
        target = column + direction
        while 0 <= target < len(STAGES):
            model = self.models[STAGES[target]]
            if model.rowCount():
                view = self.views[STAGES[target]]
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                view.setCurrentIndex(model.index(min(row, model.rowCount() - 1)))
                return
            target += direction

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if watched is self.filter_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._step(-1, 1)  # from the filter to the first card
                return True
            for column, stage in enumerate(STAGES):
                if watched is not self.views[stage]:
                    continue
                index = self.views[stage].currentIndex()
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._open_index(index)
                    return True
                if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                    step = -1 if key == Qt.Key.Key_Left else 1
                    target = neighbour(stage, step)
                    if not ctrl:
                        self._step(column, step)
                    elif index.isValid() and target is not None:
                        self.move_card(index.data(ROW_ROLE).id, target)
                    return True
        return super().eventFilter(watched, event)
