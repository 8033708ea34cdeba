"""The quadrant board (seed 000's "pipeline"): a column per quadrant with its play, owner and potential, the
scored accounts as cards sorted by potential, and the accounts that cannot be scored counted below."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.core.matrix.matrix import MatrixPoint
from planner.core.matrix.scoring import Quadrant
from planner.core.store.owners import owner_key
from planner.ui.matrix.quadrant_cards import (
    ACCOUNT_ID_ROLE,
    CardList,
    CardModel,
    accent,
    card_order,
)
from planner.ui.widgets import formatting, matrix_labels
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.finding import find, searchable, similar_note
from planner.ui.widgets.matrix_labels import QUADRANTS
from planner.ui.widgets.palette_colours import ink, muted, outline, tint, warning
from planner.ui.widgets.reading import ReadsWhenShown
from planner.ui.widgets.shared_points import shared_points

translate = QCoreApplication.translate
MAX_NAMES = 12  # names listed in the tooltip of the not-scored line


class ColumnHeader(QFrame):
    """A column's head: the quadrant and its count, the play, who should run it, and its potential."""

    def __init__(self, quadrant: Quadrant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quadrant = quadrant
        self.setObjectName("boardHeader")
        self.setStyleSheet(
            f"#boardHeader {{ background: {tint(matrix_labels.QUADRANT_COLOURS[quadrant])};"
            f" border-top: 4px solid {accent(quadrant).name()}; border-bottom: 1px solid {outline()};"
            " border-top-left-radius: 6px; border-top-right-radius: 6px; }"
            f" QLabel {{ background: transparent; color: {ink()}; }}"
        )
        self.title_label = QLabel(matrix_labels.quadrant_name(quadrant), self)
        title_font = self.title_label.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(f"color: {muted()};")
        self.play_label = QLabel(matrix_labels.play(quadrant), self)
        self.play_label.setWordWrap(True)
        owner = translate("QuadrantBoard", "Recommended owner: %1")
        self.owner_label = QLabel(owner.replace("%1", matrix_labels.owner_role(quadrant)), self)
        self.owner_label.setWordWrap(True)
        self.owner_label.setStyleSheet(f"color: {muted()};")
        potential_word = QLabel(translate("QuadrantBoard", "Potential"), self)
        potential_word.setStyleSheet(f"color: {muted()};")
        self.potential_label = QLabel(self)
        self.potential_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.potential_label.setFont(title_font)
        self.potential_label.setToolTip(
            translate("QuadrantBoard", "The revenue potential of the accounts in this column, added up")
        )

        total = QHBoxLayout()
        total.addWidget(potential_word, 0, Qt.AlignmentFlag.AlignBottom)
        total.addStretch(1)
        total.addWidget(self.potential_label, 0, Qt.AlignmentFlag.AlignBottom)
        # the four columns share the width equally, whatever their words
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(3)
        layout.addWidget(self.title_label)
        layout.addWidget(self.count_label)
        layout.addSpacing(2)
        layout.addWidget(self.play_label)
        layout.addStretch(1)  # the owners and totals of the four columns stay on one line
        layout.addSpacing(4)
        layout.addWidget(self.owner_label)
        layout.addLayout(total)

    def set_figures(self, count: int, potential_cents: int, of: int | None = None) -> None:
        """`of`: the column's count without the filter, when a filter is on."""
        if of is None:
            text = self.tr("%Ln account(s)", "", count)
        else:
            text = self.tr("%1 of %Ln account(s)", "", of)
            text = text.replace("%1", formatting.number(count))
        self.count_label.setText(text)
        self.potential_label.setText(formatting.money(potential_cents))


class QuadrantBoard(ReadsWhenShown, QWidget):
    """The scored accounts as cards in a column per quadrant. `account_opened(id)` on a double-click or
    Enter on a card. Reads the portfolio when first shown and after every change (later, while hidden)."""

    account_opened = Signal(int)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores = shared_points(editor)  # before connecting to editor.changed: see SharedPoints
        self.editor = editor
        self.points: list[MatrixPoint] = []
        self._haystacks: list[str] = []
        self._thresholds = (0.5, 0.5)
        self.stale = True
        self._current: int | None = None  # the account of the selected card, kept over reloads
        self.owner: str | None = None  # "Only my accounts" (the shell sets it); None: everyone's

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by account or owner"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(280)
        self.filter_edit.textChanged.connect(lambda _: self._distribute())
        self.filter_edit.installEventFilter(self)
        self.thresholds_label = QLabel(self)
        self.thresholds_label.setStyleSheet(f"color: {muted()};")
        self.thresholds_label.setToolTip(
            self.tr("A score from its threshold on counts as high; the cards move when a threshold moves")
        )
        self.headers: dict[Quadrant, ColumnHeader] = {}
        self.models: dict[Quadrant, CardModel] = {}
        self.views: dict[Quadrant, CardList] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(0)
        for column, quadrant in enumerate(QUADRANTS):
            header, model, view = ColumnHeader(quadrant, self), CardModel(self), CardList(quadrant, self)
            view.setModel(model)
            view.setAccessibleName(matrix_labels.quadrant_name(quadrant))
            view.doubleClicked.connect(self._open_index)
            view.installEventFilter(self)
            view.selectionModel().currentChanged.connect(
                lambda index, _previous, q=quadrant: self._card_chosen(q, index)
            )
            self.headers[quadrant], self.models[quadrant], self.views[quadrant] = header, model, view
            grid.addWidget(header, 0, column)
            grid.addWidget(view, 1, column)
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(1, 1)
        self.unscored_label = QLabel(self)
        self.unscored_label.setStyleSheet(f"color: {warning()};")
        self.unscored_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        self.similar_label = QLabel(similar_note(), self)
        self.similar_label.hide()
        top.addWidget(self.similar_label)
        top.addStretch(2)
        top.addWidget(self.thresholds_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addLayout(grid, 1)
        layout.addWidget(self.unscored_label)
        self._update_thresholds_label()
        self.watch(editor)

    # --- data ------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the scores from the portfolio; thresholds, filter and the selected card stay."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            points = self._scores.get()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.set_points(points)

    def set_points(self, points: Sequence[MatrixPoint]) -> None:
        """Show these accounts (a view that has just read them can share them)."""
        self.stale = False
        self.points = list(points)
        self._haystacks = [searchable(f"{p.name}\n{p.key}\n{p.owner}") for p in self.points]
        self._distribute()

    # --- thresholds and filter -------------------------------------------------------------------------
    def thresholds(self) -> tuple[float, float]:
        return self._thresholds

    def set_thresholds(self, breadth: float, intensity: float) -> None:
        """From which breadth and intensity (fractions 0..1) a score counts as high; re-sorts the cards."""
        if (breadth, intensity) == self._thresholds:
            return
        self._thresholds = (breadth, intensity)
        self._update_thresholds_label()
        if self.points:
            self._distribute()

    def _update_thresholds_label(self) -> None:
        self.thresholds_label.setText(
            self.tr("High from: breadth %1, intensity %2")
            .replace("%1", formatting.percent(self._thresholds[0]))
            .replace("%2", formatting.percent(self._thresholds[1]))
        )

    def show_owner(self, owner: str | None) -> None:
        """Only the cards of `owner`'s accounts ("Only my accounts"); None shows everyone's."""
        self.owner = owner
        if self.points:
            self._distribute()

    def _distribute(self) -> None:
        """Deal the accounts that pass the filter into their columns, largest potential first."""
        typed = self.filter_edit.text()
        needle = typed.strip()
        owner = None if self.owner is None else owner_key(self.owner)
        columns: dict[Quadrant, list[MatrixPoint]] = {q: [] for q in QUADRANTS}
        totals: Counter[Quadrant] = Counter()
        unscored: list[MatrixPoint] = []
        points = self.points
        mine = [i for i, p in enumerate(points) if owner is None or owner_key(p.owner) == owner]
        quadrants = {i: points[i].quadrant(*self._thresholds) for i in mine}
        totals.update(q for q in quadrants.values() if q is not None)
        passing, similar = find(typed, self._haystacks, mine, lambda i: points[i].name)
        self.similar_label.setVisible(similar)
        for i in passing:
            point, quadrant = points[i], quadrants[i]
            if quadrant is None:
                unscored.append(point)
            else:
                columns[quadrant].append(point)
        current = self._current
        empty = self.tr("No accounts in this quadrant")
        if needle:
            empty = self.tr("No account here matches the filter")
        for quadrant in QUADRANTS:
            cards = sorted(columns[quadrant], key=card_order)
            self.models[quadrant].set_rows(cards)
            self.views[quadrant].empty_text = empty
            self.headers[quadrant].set_figures(
                len(cards), sum(p.potential_cents for p in cards), totals[quadrant] if needle else None
            )
        self._show_unscored(unscored)
        if current is not None:
            self.select_account(current)

    def _show_unscored(self, points: Sequence[MatrixPoint]) -> None:
        """Accounts without scores are not on the board (they are not 0 %): counted here, with why."""
        self.unscored_label.setVisible(bool(points))
        if not points:
            return
        reasons = Counter(p.reason or "" for p in points)
        count = self.tr("%Ln account(s) not scored", "", len(points))
        words = {  # reason: (alone, counted)
            "no_holdings": (self.tr("no active product"), self.tr("%1 without an active product")),
            "no_usage": (self.tr("no usage data"), self.tr("%1 without usage data")),
            "no_expected": (self.tr("no expected usage"), self.tr("%1 without expected usage")),
        }
        if len(reasons) == 1:  # "22 accounts not scored: no active product"
            why = words[next(iter(reasons))][0]
        else:  # "30 accounts not scored: 22 without an active product, 8 without usage data"
            why = ", ".join(counted.replace("%1", formatting.number(reasons[reason]))
                            for reason, (_, counted) in words.items() if reasons[reason])  # fmt: skip
        self.unscored_label.setText(count + ": " + why)
        names = sorted(points, key=card_order)[:MAX_NAMES]
        lines = [f"{html.escape(p.name)} – {html.escape(matrix_labels.not_scored(p))}" for p in names]
        if len(points) > len(names):
            lines.append(self.tr("and %Ln more", "", len(points) - len(names)))
        self.unscored_label.setToolTip("<br>".join(lines))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- cards -----------------------------------------------------------------------------------------
    def account_ids(self, quadrant: Quadrant) -> list[int]:
        """The accounts of a column, top to bottom."""
        return [p.account_id for p in self.models[quadrant].rows]

    def current_id(self) -> int | None:
        return self._current

    def select_account(self, account_id: int) -> bool:
        """Select the account's card and scroll to it; False when it is not on the board."""
        for quadrant in QUADRANTS:
            row = self.models[quadrant].row_of(account_id)
            if row is not None:
                view = self.views[quadrant]
                index = self.models[quadrant].index(row)
                view.setCurrentIndex(index)
                view.scrollTo(index)
                return True
        return False

    def _card_chosen(self, quadrant: Quadrant, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._current = int(index.data(ACCOUNT_ID_ROLE))
        for other, view in self.views.items():  # one selected card on the whole board
            if other is not quadrant:
                view.selectionModel().clear()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.account_opened.emit(int(index.data(ACCOUNT_ID_ROLE)))

    def _step(self, column: int, direction: int) -> None:
        """Left and Right move to the card at the same height in the next column that has cards."""
        row = max(self.views[QUADRANTS[column]].currentIndex().row(), 0)
        target = column + direction
        while 0 <= target < len(QUADRANTS):
            model = self.models[QUADRANTS[target]]
            if model.rowCount():
                view = self.views[QUADRANTS[target]]
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                view.setCurrentIndex(model.index(min(row, model.rowCount() - 1)))
                return
            target += direction

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.filter_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._step(-1, 1)  # from the filter to the first card
                return True
            for column, quadrant in enumerate(QUADRANTS):
                if watched is self.views[quadrant]:
                    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                        self._open_index(self.views[quadrant].currentIndex())
                        return True
                    if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                        self._step(column, -1 if key == Qt.Key.Key_Left else 1)
                        return True
        return super().eventFilter(watched, event)
