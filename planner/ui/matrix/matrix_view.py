"""The Customer-Performance-Matrix workspace: every scored account as a bubble in its quadrant, with filters,
search, live thresholds, a rubber-band selection with its trajectories, and export as PNG or SVG."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.matrix import chart_style, charts
from planner.core.matrix.matrix import MatrixPoint, Position
from planner.core.matrix.scoring import Quadrant
from planner.core.portfolio.catalog import product_rows
from planner.core.store.owners import one_spelling_each
from planner.ui.matrix.matrix_display import Display
from planner.ui.matrix.matrix_filters import FILTERS, distinct, fill, filter_test
from planner.ui.matrix.matrix_panels import (
    MovementPanel,
    SelectionPanel,
    UnscoredPanel,
    ask_export_path,
    bubble_tooltip,
    matrix_row,
)
from planner.ui.matrix.matrix_selection import Selection
from planner.ui.widgets import formatting, matrix_labels
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.export_view import written_or_told
from planner.ui.widgets.finding import find, searchable, similar_note
from planner.ui.widgets.formatting import compact_money
from planner.ui.widgets.owner_choice import choose_owner, owner_index
from planner.ui.widgets.palette_colours import warning
from planner.ui.widgets.record_model import text_key
from planner.ui.widgets.shared_points import shared_points

if TYPE_CHECKING:  # matplotlib and numpy load when the matrix is first shown
    import numpy as np

    from planner.ui.matrix.matrix_canvas import MatrixCanvas

translate = QCoreApplication.translate
MAX_NAMES = 8  # a search that finds more accounts highlights them without their names


class MatrixView(Selection, Display, QWidget):
    """`account_opened(id)` when a bubble is clicked or a listed account opened; `thresholds_changed(breadth,
    intensity)` (fractions 0..1) whenever a threshold moves. Reads the portfolio when first shown, and
    again after a change while shown (or when next shown)."""

    account_opened = Signal(int)
    thresholds_changed = Signal(float, float)
    side: QTabWidget  # made below the buttons that bring its panels to the front
    unscored_panel: UnscoredPanel

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores = shared_points(editor)  # before connecting to editor.changed: see SharedPoints
        self.editor = editor
        self.points: list[MatrixPoint] = []
        self.scored: list[MatrixPoint] = []  # drawn as bubbles when they pass the filters
        self.unscored: list[MatrixPoint] = []
        self.selected: list[int] = []
        self.plot: MatrixCanvas | None = None  # made when first shown
        self.chart: charts.MatrixChart | None = None
        self._stale = True
        self._arrays: dict[str, Any] = {}
        self._colours: Any = None
        self._largest = 0
        self._shown: Any = None  # bool array over self.scored: passes the filters
        self._found: set[int] = set()
        self._all_paths: dict[int, list[Position]] | None = None  # every account's, for the movements
        self._paths: dict[int, list[Position]] = {}  # the selected accounts' read so far

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Find accounts by name or key"))
        self.search_edit.setToolTip(self.tr("Highlights the accounts found; Enter selects them"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_changed)
        self.search_edit.returnPressed.connect(lambda: self.select_ids(sorted(self.highlighted_ids())))
        self.found_label = QLabel(self)
        tips = {
            "owner": self.tr("Only the accounts of this owner"),
            "segment": self.tr("Only the accounts of this segment"),
            "tier": self.tr("Only the accounts of this tier"),
            "region": self.tr("Only the accounts active in this region"),
            "product": self.tr("Only the accounts that hold this product"),
        }
        self.filters = {name: self._filter_box(tips[name]) for name in FILTERS}
        self.owner: str | None = None  # "Only my accounts" (the shell sets it)
        self.colour_box = QComboBox(self)
        self.colour_box.addItem(self.tr("Colour by tier"), "tier")
        self.colour_box.addItem(self.tr("Colour by NPS"), "nps")
        self.colour_box.addItem(self.tr("Colour by owner"), "owner")
        self.colour_box.currentIndexChanged.connect(lambda _: self._colours_changed())
        self.breadth_box = self._threshold_box(self.tr("Breadth counts as high from this share of products"))
        self.intensity_box = self._threshold_box(self.tr("Intensity counts as high from this share of use"))
        self.shown_label = QLabel(self)
        self.unscored_button = QPushButton(self)
        self.unscored_button.setFlat(True)
        self.unscored_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.unscored_button.setStyleSheet(
            f"QPushButton {{ color: {warning()}; text-decoration: underline; }}"
        )
        self.unscored_button.clicked.connect(lambda: self.side.setCurrentWidget(self.unscored_panel))
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for suffix, text in (("png", self.tr("PNG image…")), ("svg", self.tr("SVG vector graphic…"))):
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, s=suffix: self.choose_export(s))
            menu.addAction(action)
        self.export_button.setMenu(menu)
        # the arrow of an instant popup is drawn over the text unless the button is made wider for it
        self.export_button.setMinimumWidth(self.export_button.sizeHint().width() + 14)

        self.chart_area = QWidget(self)
        self.chart_layout = QVBoxLayout(self.chart_area)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.selection = SelectionPanel(self)
        self.selection.opened.connect(self.account_opened)
        self.selection.cleared.connect(lambda: self.select_ids([]))
        self.movement = MovementPanel(self)
        self.unscored_panel = UnscoredPanel(self)
        self.unscored_panel.opened.connect(self.account_opened)
        self.unscored_list = self.unscored_panel.list
        self.side = QTabWidget(self)
        self.side.setDocumentMode(True)
        self.side.addTab(self.selection, self.tr("Selection"))
        self.side.addTab(self.movement, self.tr("Movements"))
        self.side.addTab(self.unscored_panel, self.tr("Not scored"))
        self.side.currentChanged.connect(lambda _: self._update_movements())
        self._lay_out()
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, lambda: self.select_ids([]))
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        editor.changed.connect(self._editor_changed)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 4)
        top.addWidget(self.found_label)
        for box in self.filters.values():
            top.addWidget(box, 2)
        top.addWidget(self.export_button)  # up here, where the filters can give it room
        second = QHBoxLayout()
        second.addWidget(self.colour_box)
        second.addSpacing(16)
        for text, spin in ((self.tr("&Breadth high from"), self.breadth_box),
                           (self.tr("&Intensity high from"), self.intensity_box)):  # fmt: skip
            label = QLabel(text, self)
            label.setBuddy(spin)
            second.addWidget(label)
            second.addWidget(spin)
        second.addSpacing(16)
        second.addWidget(self.shown_label)
        second.addWidget(self.unscored_button)
        second.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.chart_area)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([940, 310])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(splitter, 1)

    def _filter_box(self, tip: str) -> QComboBox:
        box = QComboBox(self)
        box.setToolTip(tip)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        box.currentIndexChanged.connect(lambda _: self.refresh())
        return box

    def _threshold_box(self, tip: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(1, 99)
        box.setSingleStep(5)
        box.setValue(50)
        box.setSuffix(formatting.percent_suffix())
        box.setToolTip(tip + "\n" + self.tr("You can also drag the dashed line in the matrix."))
        box.valueChanged.connect(lambda _: self._thresholds_moved())
        return box

    def _ensure_canvas(self) -> None:
        """The chart is made when the matrix is first needed (matplotlib takes a second to load)."""
        if self.plot is not None:
            return
        from planner.ui.matrix.matrix_canvas import MatrixCanvas

        words = chart_style.MatrixWords(
            self.tr("Product breadth"),
            self.tr("Usage intensity"),
            {q: matrix_labels.quadrant_name(q) for q in Quadrant},
            {q: matrix_labels.play(q) for q in Quadrant},
            matrix_labels.QUADRANT_COLOURS,
            formatting.percent,
        )
        self.plot = MatrixCanvas(words, self.tooltip, self.chart_area)
        self.chart_layout.addWidget(self.plot)
        self.chart = self.plot.chart
        self.chart.set_thresholds(*self.thresholds())
        self.plot.clicked.connect(self.account_opened)
        self.plot.clicked_empty.connect(self._clicked_beside)
        self.plot.band_selected.connect(self.select_rect)
        self.plot.thresholds_dragged.connect(self.set_thresholds)

    def _clicked_beside(self) -> None:
        """A click beside the bubbles ends the selection."""
        if self.selected:
            self.select_ids([])

    # --- data ------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure_canvas()
        if self._stale:
            self.load()

    def _editor_changed(self, _tables: frozenset[str]) -> None:
        self._stale = True
        if self.isVisible():
            self.load()

    def load(self) -> None:
        """Read the scores from the portfolio; filters, thresholds, search and selection stay."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            points = self._scores.get()
            products = [(p.id, p.name) for p in product_rows(self.editor.store)]
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.set_points(points, products)

    def set_points(self, points: Sequence[MatrixPoint], products: Sequence[tuple[int, str]] = ()) -> None:
        """Show these accounts, and offer these products (id, name) to filter by."""
        import numpy as np

        self._ensure_canvas()
        self._stale = False
        self._all_paths = None
        self._paths = {}
        self.points = list(points)
        self.scored = [p for p in self.points if p.reason is None]
        self.unscored = [p for p in self.points if p.reason is not None]
        owners = sorted({p.owner for p in self.points}, key=text_key)
        self._owner_colours = {
            o: chart_style.OWNER_COLOURS[n % len(chart_style.OWNER_COLOURS)] for n, o in enumerate(owners)
        }
        segments = distinct(p.segment for p in points)
        regions = distinct(r for p in points for r in p.regions)
        spellings = sorted(one_spelling_each(owners), key=text_key)  # one per owner
        choices: dict[str, tuple[str, list[tuple[Any, str]]]] = {
            "owner": (
                self.tr("All owners"),
                [(o, o or self.tr("(no owner)")) for o in spellings],
            ),
            "segment": (self.tr("All segments"), [(s, s) for s in segments]),
            "tier": (self.tr("All tiers"), [(t, self.tr("Tier %1").replace("%1", t)) for t in "ABC"]),
            "region": (self.tr("All regions"), [(r, r) for r in regions]),
            "product": (
                self.tr("Any product"),
                [(i, self.tr("With %1").replace("%1", n)) for i, n in products],
            ),
        }
        for name, (everything, items) in choices.items():
            fill(self.filters[name], everything, items)
        if self.owner is not None:  # "Only my accounts" chose the owner before the points came
            self.filters["owner"].setCurrentIndex(owner_index(self.filters["owner"], self.owner))
        scored = self.scored
        self._largest = max((p.potential_cents for p in scored), default=0)
        potential = [p.potential_cents for p in scored]
        self._arrays = {
            "x": np.array([p.breadth for p in scored], dtype=float),
            "y": np.array([p.intensity for p in scored], dtype=float),
            "ids": np.array([p.account_id for p in scored], dtype=np.int64),
            "potential": np.array(potential, dtype=np.int64),
            "areas": chart_style.bubble_areas(
                potential, self._largest, chart_style.largest_area(len(scored))
            ),
        }
        self._haystacks = [searchable(f"{p.name} {p.key}") for p in scored]
        self._index = {p.account_id: n for n, p in enumerate(scored)}
        known = {p.account_id for p in self.points}
        self.selected = [i for i in self.selected if i in known]
        self._colours_changed(redraw=False)
        self.refresh()
        self._update_selection()

    # --- filters and what is shown ---------------------------------------------------------------------
    def set_filter(self, name: str, value: Any) -> None:
        """Filter by owner, segment, tier, region (names) or product (id); None shows all."""
        box = self.filters[name]
        box.setCurrentIndex(0 if value is None else box.findData(value))

    def show_owner(self, owner: str | None) -> None:
        """ "Only my accounts": the owner filter set to `owner` (None: all owners), now and after a reload."""
        self.owner = owner
        choose_owner(self.filters["owner"], owner)

    def passes(self, point: MatrixPoint) -> bool:
        """Whether an account passes the owner, segment, tier, region and product filters."""
        return self._test()(point)

    def _test(self) -> Callable[[MatrixPoint], bool]:
        return filter_test(self.filters)

    def refresh(self) -> None:
        """Apply the filters: the bubbles, the figures per field, the not-scored list and the movements."""
        import numpy as np

        if self.chart is None:
            return
        passes = self._test()
        if all(box.currentIndex() <= 0 for box in self.filters.values()):
            self._shown = np.ones(len(self.scored), dtype=bool)
        else:
            self._shown = np.fromiter(map(passes, self.scored), dtype=bool, count=len(self.scored))
        unscored = [p for p in self.unscored if passes(p)]
        self.unscored_panel.set_rows([matrix_row(p, self.thresholds()) for p in unscored], bool(self.points))
        self.unscored_button.setText(self.tr("%Ln account(s) not scored", "", len(unscored)))
        self.unscored_button.setVisible(bool(unscored))
        names = [f"{p.name}: {matrix_labels.not_scored(p)}" for p in unscored[:15]]
        if len(unscored) > 15:
            names.append(self.tr("… and %Ln more", "", len(unscored) - 15))
        self.unscored_button.setToolTip("\n".join(names))
        self._search_changed(self.search_edit.text(), redraw=False)
        if self.selected:
            self._draw_paths()
        self._draw_bubbles()
        self._update_fields()
        self._update_movements()
        assert self.plot is not None  # made with the chart
        self.plot.redraw()

    def _draw_bubbles(self) -> None:
        assert self.chart is not None
        a, shown = self._arrays, self._shown
        ids = a["ids"][shown]
        rings = self._among(ids, self.selected)
        found = self._among(ids, self._found) if self.search_edit.text().strip() else None
        self.chart.set_bubbles(
            a["x"][shown], a["y"][shown], a["areas"][shown], self._colours[shown], ids, rings, found
        )
        named = [self.scored[self._index[i]] for i in self.highlighted_ids()]
        names = [(p.breadth or 0.0, p.intensity or 0.0, p.name) for p in named]
        self.chart.set_labels(names if len(names) <= MAX_NAMES else [])
        if not self.scored:
            self.chart.set_message(
                self.tr("No account can be placed yet: the matrix needs holdings and usage.")
            )
        elif not shown.any():
            self.chart.set_message(self.tr("No scored account matches the filters."))
        else:
            self.chart.set_message("")

    @staticmethod
    def _among(ids: np.ndarray, chosen: Any) -> np.ndarray:
        import numpy as np

        return np.isin(ids, np.fromiter(chosen, dtype=np.int64, count=len(chosen)))

    def _update_fields(self) -> None:
        """The figures in each field and the line of what is shown."""
        assert self.chart is not None
        counts, potential = self._per_quadrant()
        words = {}
        for q in Quadrant:
            words[q] = self.tr("%Ln account(s)", "", counts[q])
            if counts[q]:
                words[q] += " · " + self.tr("%1 potential").replace("%1", compact_money(potential[q]))
        self.chart.set_figures(words)
        self.shown_label.setText(
            self.tr("%Ln account(s) in the matrix", "", sum(counts.values()))
            + " · "
            + self.tr("%1 potential").replace("%1", compact_money(sum(potential.values())))
        )

    def _per_quadrant(self) -> tuple[dict[Quadrant, int], dict[Quadrant, int]]:
        a, shown = self._arrays, self._shown
        bt, it = self.thresholds()
        wide, intense = a["x"][shown] >= bt, a["y"][shown] >= it
        potential = a["potential"][shown]
        masks = {
            Quadrant.SAMPLER: ~wide & ~intense,
            Quadrant.NICHE: ~wide & intense,
            Quadrant.UNDERPERFORMER: wide & ~intense,
            Quadrant.POWER_USER: wide & intense,
        }
        return {q: int(m.sum()) for q, m in masks.items()}, {
            q: int(potential[m].sum()) for q, m in masks.items()
        }

    def quadrant_counts(self) -> dict[Quadrant, int]:
        """How many bubbles each field shows now."""
        return self._per_quadrant()[0] if self._shown is not None else dict.fromkeys(Quadrant, 0)

    def shown_ids(self) -> set[int]:
        """The accounts drawn as bubbles."""
        return set() if self._shown is None else {int(i) for i in self._arrays["ids"][self._shown]}

    def unscored_ids(self) -> list[int]:
        """The accounts listed as not scored (those passing the filters)."""
        model = self.unscored_list.model
        return [model.row_at(r).id for r in range(model.rowCount())]

    # --- search ------------------------------------------------------------------------------------------
    def _search_changed(self, text: str, redraw: bool = True) -> None:
        needle = text.strip()
        scored = self.scored
        positions, similar = find(text, self._haystacks, range(len(scored)), lambda i: scored[i].name)
        self._found = {scored[i].account_id for i in positions} if needle else set()
        count = self.tr("%Ln found", "", len(self.highlighted_ids())) if needle else ""
        self.found_label.setText(f"{similar_note()} · {count}" if similar else count)
        if redraw and self._shown is not None:
            self._draw_bubbles()
            assert self.plot is not None  # made with the chart
            self.plot.redraw()

    def highlighted_ids(self) -> set[int]:
        """The bubbles the search highlights: found and shown."""
        return self._found & self.shown_ids() if self._found else set()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- mouse -------------------------------------------------------------------------------------------
    def tooltip(self, account_id: int) -> str:
        """What hovering a bubble shows: name, quadrant, tier, owner, NPS, and the scores explained."""
        return bubble_tooltip(self.scored[self._index[account_id]], self.thresholds())

    def account_at(self, x: float, y: float) -> int | None:
        """The account whose bubble is on top at scores (x, y): the one a click there opens."""
        return self.plot.account_at(x, y) if self.plot else None

    # --- export ------------------------------------------------------------------------------------------
    def export(self, path: Path) -> Path:
        """Write the matrix as shown (filters, search, selection) as a 16:9 picture; PNG, SVG or PDF by the
        file's suffix."""
        self._ensure_canvas()
        assert self.plot is not None
        return self.plot.export(path)

    def choose_export(self, suffix: str) -> Path | None:
        """Ask where, then export as PNG or SVG; None when cancelled or not written (the user is told why)."""
        path = ask_export_path(self, suffix)
        title = self.tr("Export the matrix")
        return written_or_told(self, title, path, lambda: self.export(path)) if path else None
