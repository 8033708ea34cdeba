"""The opportunity board (seed 004): a column per readiness stage, R/U/C cards moved by drag, menu or keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

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
    QKeySequence,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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
from planner.core.moments.readiness import (
    PairRow,
    Readiness,
    move_to_readiness,
    of_opportunities,
    pair_rows,
    readiness_by_pair,
    readiness_values,
    ready_for,
)
from planner.core.portfolio.changes import Change, ChangeFailed
from planner.ui.moments.opportunity_cards import (
    ROW_ROLE,
    CardList,
    CardModel,
    StageHeader,
    kind_letter,
)
from planner.ui.moments.opportunity_list import OpportunityList
from planner.ui.moments.readiness_panel import ReadinessPanel
from planner.ui.moments.readiness_words import move_text
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.finding import find, found, needles, searchable, similar_note
from planner.ui.widgets.forecast_strip import ForecastStrip
from planner.ui.widgets.moment_labels import kind_label, raised_by_label, stage_label
from planner.ui.widgets.opportunity_dialog import (
    OpportunityDialog,
    confirm_delete_opportunity,
    open_opportunity_dialog,
)
from planner.ui.widgets.owner_choice import choose_owner, owner_index
from planner.ui.widgets.palette_colours import muted
from planner.ui.widgets.reading import ReadsWhenShown
from planner.ui.widgets.shared_points import shared_points


class OpportunityBoard(ReadsWhenShown, QWidget):
    """The opportunities as cards in a column per readiness stage, or as a sortable list ("Board | List"). A
    card moves by drag and drop, its context menu or Ctrl+Left/Right; each move is one undo step. "New
    opportunity…", and on a card Enter or a double-click (or "Edit…" in its menu) and Delete, open the
    opportunity dialog or ask before deleting; each save or delete is one undo step. `account_opened(id)`
    from a card's menu ("Open account", Ctrl+Enter; Enter too when the portfolio is read-only). Reads the
    portfolio when first shown and after every change (later, while hidden).

    Readiness (moments/readiness.py) from the signals up to `today`: each card with signals about its product
    shows its score; a card behind its readiness says which stage it is ready for, and its menu and the side
    panel move it there (one undo step; nothing moves by itself). The panel lists every account and product's
    score, its signals on hover, and makes a pair without an open opportunity one."""

    account_opened = Signal(int)
    RELOAD_ON = frozenset({"opportunities", "accounts", "products", "signals"})

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.today = today
        self.points = shared_points(editor)  # before `watch`: it forgets the scores before this view reads
        self.rows: list[OpportunityRow] = []
        self.readiness: dict[int, Readiness] = {}  # by opportunity id
        self.pairs: list[PairRow] = []
        self._haystacks: list[str] = []
        self.stale = True
        self._current: int | None = None  # the opportunity of the selected card, kept over reloads

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by account, product, owner or source"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(200)
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
        self.open_label.setStyleSheet(f"color: {muted()};")
        self.open_label.setWordWrap(True)  # on a 1366-pixel screen it takes two lines, not a wider window

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

        self.panel = ReadinessPanel(self, writable=not editor.store.readonly)
        self.panel.move_requested.connect(self.move_by_readiness)
        self.panel.make_requested.connect(self.make_opportunity)
        self.panel.opportunity_chosen.connect(self._choose)

        self.new_button = QPushButton(self.tr("&New opportunity…"), self)
        self.new_button.setToolTip(self.tr("A new opportunity: account, product, amount, close date, stage"))
        self.new_button.setEnabled(not editor.store.readonly)
        self.new_button.clicked.connect(lambda: self.new_opportunity())
        self.board_button, self.list_button = QToolButton(self), QToolButton(self)
        self.views_group = QButtonGroup(self)
        for n, (button, words) in enumerate(((self.board_button, self.tr("Board")),
                                             (self.list_button, self.tr("List")))):  # fmt: skip
            button.setText(words)
            button.setCheckable(True)
            button.setAutoRaise(True)
            self.views_group.addButton(button, n)
        self.board_button.setToolTip(self.tr("The opportunities as cards, a column per stage"))
        self.list_button.setToolTip(self.tr("The opportunities as a list, sortable by every column"))
        self.board_button.setChecked(True)
        self.views_group.idToggled.connect(self._view_toggled)
        top = self.top_row = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.filter_edit, 2)
        for combo in (self.owner_combo, self.tier_combo, self.kind_combo):
            top.addWidget(combo)
        top.addStretch(1)
        top.addWidget(self.open_label, 1)
        top.addWidget(self.board_button)
        top.addWidget(self.list_button)
        # the readiness panel on demand: beside the seven columns it leaves a card too narrow for its figures
        self.readiness_button = QToolButton(self)
        self.readiness_button.setText(self.tr("Readiness"))
        self.readiness_button.setToolTip(self.tr("Show readiness by account and product, and why"))
        self.readiness_button.setCheckable(True)
        self.readiness_button.toggled.connect(self.panel.setVisible)
        top.addWidget(self.readiness_button)
        columns = QWidget(self)
        columns.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(columns)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([900, 380])
        self.panel.setVisible(False)
        self.listing = OpportunityList(self)
        self.listing.edit_requested.connect(self.edit_opportunity)
        self.listing.delete_requested.connect(self.delete_opportunity)
        self.listing.account_requested.connect(self.account_opened)
        self.listing.writable = not editor.store.readonly
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.listing)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.strip_slot = QVBoxLayout()  # under the top row: the forecast per quarter
        self.forecast = ForecastStrip(editor, self, today=today)
        self.strip_slot.addWidget(self.forecast)
        layout.addLayout(self.strip_slot)
        layout.addSpacing(4)
        layout.addWidget(self.stack, 1)
        self.watch(editor)

    # --- data ------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the opportunities; filters and the selected card stay."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store = self.editor.store
            rows = opportunity_rows(store)
            pairs = readiness_by_pair(store, self.today)
            self.readiness = of_opportunities(rows, pairs)
            self.pairs = pair_rows(store, pairs, rows)
            self.panel.set_rules(store)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.set_rows(rows)

    def set_rows(self, rows: Sequence[OpportunityRow]) -> None:
        self.stale = False
        self.rows = list(rows)
        self._haystacks = [
            searchable("\n".join((r.account_name, r.account_key, r.product_name, r.owner,
                                  raised_by_label(r.raised_by), r.notes)))
            for r in self.rows
        ]  # fmt: skip
        self._fill_owners()
        self._distribute()

    def show_owner(self, owner: str | None) -> None:
        """ "Only my accounts": the owner box and the forecast set to `owner` (None: everyone's)."""
        self.owner = owner
        choose_owner(self.owner_combo, owner)
        self.forecast.set_owner(owner)

    def _fill_owners(self) -> None:
        chosen = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        while self.owner_combo.count() > 1:
            self.owner_combo.removeItem(1)
        for owner in sorted({r.owner for r in self.rows}, key=str.casefold):
            self.owner_combo.addItem(owner or self.tr("(no owner)"), owner)
        found = self.owner_combo.findData(chosen) if chosen is not None else 0
        self.owner_combo.setCurrentIndex(max(found, 0))
        if self.owner is not None:  # "Only my accounts"
            self.owner_combo.setCurrentIndex(owner_index(self.owner_combo, self.owner))
        self.owner_combo.blockSignals(False)

    def _distribute(self) -> None:
        """Deal the opportunities that pass the filters into their columns, largest value first."""
        typed = self.filter_edit.text()
        wanted = needles(typed)
        owner, tier, kind = (c.currentData() for c in (self.owner_combo, self.tier_combo, self.kind_combo))
        filtering = bool(wanted) or any(v is not None for v in (owner, tier, kind))
        passing = (
            i
            for i, row in enumerate(self.rows)
            if (owner is None or row.owner == owner)
            and (tier is None or row.tier == tier)
            and (kind is None or row.kind == kind)
        )
        positions, similar = find(typed, self._haystacks, passing, lambda i: self.rows[i].account_name)
        shown = [self.rows[i] for i in positions]
        similar_names = {row.account_name for row in shown} if similar else set()
        totals = {c.stage: c.size for c in board_columns(self.rows)} if filtering else {}
        empty = (
            self.tr("No opportunity here matches the filters") if filtering else self.tr("None at this stage")
        )
        self.listing.set_rows(shown, self.today or date.today())
        for column in board_columns(shown):
            self.models[column.stage].today = (self.today or date.today()).isoformat()
            self.models[column.stage].set_readiness(self.readiness)
            self.models[column.stage].set_rows(column.rows)
            self.views[column.stage].empty_text = empty
            self.headers[column.stage].set_figures(column.size, column.value_cents, totals.get(column.stage))
        still_open = [r for r in shown if r.stage in OPEN_STAGES]
        self.open_label.setText(
            (similar_note() + " · " if similar else "")
            + self.tr("Open: %Ln opportunity(s)", "", len(still_open))
            + " · "
            + formatting.money(sum(r.value_cents for r in still_open))
        )
        self.panel.set_pairs([
            p for p in self.pairs
            if (p.account_name in similar_names if similar
                else found(wanted, searchable(f"{p.account_name}\n{p.account_key}\n{p.product_name}")))
            and (owner is None or p.owner == owner)
        ])  # fmt: skip
        self.panel.show_card(None, None)
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
        return self._move(opportunity_id, stage, lambda: move(self.editor.store, opportunity_id, stage))

    def move_by_readiness(self, opportunity_id: int, stage: str) -> bool:
        """Move an opportunity to the stage its readiness suggests (`stage`, as the user was shown it), as
        one undo step; a request on the way marks the fast lane. False: its readiness changed meanwhile."""
        found = self.readiness.get(opportunity_id)
        if found is None or found.stage != stage:
            return False
        return self._move(
            opportunity_id, stage, lambda: move_to_readiness(self.editor.store, opportunity_id, found)
        )

    def make_opportunity(self, pair: PairRow) -> OpportunityDialog | None:
        """An account and product ready for interest or more: the opportunity dialog, prefilled at the stage
        its readiness suggests and valued as `readiness_values` says; saved, its card is selected."""
        if self.editor.store.readonly or pair.opportunity is not None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:  # a cross-sell is valued at the product's whitespace value for the account (the matrix's)
            point = next((p for p in self.points.get() if p.account_id == pair.readiness.account_id), None)
            space = next((w for w in point.whitespace if w.product_id == pair.readiness.product_id), None) \
                if point is not None else None  # fmt: skip
            values = readiness_values(self.editor.store, pair, space.value_cents if space else None,
                                      today=self.today)  # fmt: skip
        finally:
            QGuiApplication.restoreOverrideCursor()
        return self._dialog(account_id=pair.readiness.account_id, values=values)

    def new_opportunity(self, account_id: int | None = None) -> OpportunityDialog | None:
        """The dialog for a new opportunity (of `account_id`, else of the account chosen in it)."""
        if self.editor.store.readonly:
            return None
        return self._dialog(account_id=account_id)

    def edit_opportunity(self, opportunity_id: int) -> OpportunityDialog | None:
        """The dialog to edit an opportunity; read-only: nothing."""
        if self.editor.store.readonly:
            return None
        return self._dialog(opportunity_id=opportunity_id)

    def delete_opportunity(self, opportunity_id: int) -> bool:
        """Ask, then delete the opportunity as one undo step (the moment that made it returns)."""
        if self.editor.store.readonly:
            return False
        return confirm_delete_opportunity(self.editor, self, opportunity_id)

    def _dialog(self, **kwargs: object) -> OpportunityDialog:
        dialog = open_opportunity_dialog(self.editor, self, today=self.today, **kwargs)
        dialog.saved.connect(self._saved)
        return dialog

    def _saved(self, opportunity_id: int) -> None:
        self._current = opportunity_id
        if self.stale:
            self.load()
        self.select_opportunity(opportunity_id)

    def _view_toggled(self, button: int, on: bool) -> None:
        if on:
            self.show_list(button == 1)

    def show_list(self, on: bool) -> None:
        """The opportunities as a list (True) or as the board."""
        self.stack.setCurrentWidget(self.listing if on else self.splitter)
        (self.list_button if on else self.board_button).setChecked(True)
        self.readiness_button.setEnabled(not on)

    def _move(self, opportunity_id: int, stage: str, build: Callable[[], Change]) -> bool:
        if self.editor.store.readonly:
            return False
        try:
            moved = self.editor.push(build())
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

        edit = menu.addAction(self.tr("&Edit…"), lambda: self.edit_opportunity(opportunity_id))
        edit.setShortcut("Return")
        edit.setEnabled(writable)
        edit.setData("edit")
        account = menu.addAction(self.tr("Open account"), lambda: self.account_opened.emit(row.account_id))
        account.setShortcut("Ctrl+Return")
        ready = ready_for(row, self.readiness.get(row.id))
        if ready is not None:  # the readiness of its account and product is ahead of it
            action = menu.addAction(move_text(ready), lambda: self.move_by_readiness(opportunity_id, ready))
            action.setData("readiness")
            action.setEnabled(writable)
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
        menu.addSeparator()
        delete = menu.addAction(self.tr("&Delete…"), lambda: self.delete_opportunity(opportunity_id))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setEnabled(writable)
        delete.setData("delete")
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
        row = index.data(ROW_ROLE)
        self._current = row.id
        for other, view in self.views.items():  # one selected card on the whole board
            if other != stage:
                view.selectionModel().clear()
        self.panel.show_card(row, self.readiness.get(row.id))

    def _choose(self, opportunity_id: int) -> None:
        """A row of the readiness table with an opportunity: select its card (clearing hiding filters)."""
        if not self.select_opportunity(opportunity_id):
            self.filter_edit.clear()
            for combo in (self.owner_combo, self.tier_combo, self.kind_combo):
                combo.setCurrentIndex(0)
            self.select_opportunity(opportunity_id)

    def _open_index(self, index: QModelIndex) -> None:
        """Enter or a double-click: edit the opportunity; read-only: open its account."""
        if not index.isValid():
            return
        row = index.data(ROW_ROLE)
        if self.editor.store.readonly:
            self.account_opened.emit(row.account_id)
        else:
            self.edit_opportunity(row.id)

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
                    if ctrl and index.isValid():
                        self.account_opened.emit(index.data(ROW_ROLE).account_id)
                    else:
                        self._open_index(index)
                    return True
                if event.matches(QKeySequence.StandardKey.Delete) and index.isValid():
                    self.delete_opportunity(index.data(ROW_ROLE).id)
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
