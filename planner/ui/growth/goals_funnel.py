"""The goal funnel: a revenue target back to the opportunities won, in sales, at a marketing-qualified
need and raised that it needs (the readiness board's stages), the rates behind each step (history or
typed in), what the opportunities closing inside the goal's period cover (won ones, and open ones weighted
by the stage weights), those left out for want of a close date, the gap, and the forecast of the period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.growth.goals import (
    LEVELS,
    Funnel,
    GoalPlan,
    default_rates,
    delete_goal,
    edit_goal,
    goals,
    history,
    new_goal,
    plan,
)
from planner.core.moments.stage_weights import stage_weights
from planner.core.portfolio.records import distinct_values
from planner.ui.growth.goals_form import GoalDialog
from planner.ui.growth.segments_steps import push_step
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.forecast_strip import ForecastStrip
from planner.ui.widgets.formatting import compact_money
from planner.ui.widgets.moment_labels import stage_label
from planner.ui.widgets.palette_colours import ink, muted, outline, readable, tint, warning
from planner.ui.widgets.reading import ReadsWhenShown
from planner.ui.widgets.record_table import localised

translate = QCoreApplication.translate
BOX = "QFrame#level {{ background: {fill}; border: 1px solid {line}; border-radius: 6px; }}"
LEVEL, SHORT = "#eef3f9", "#fdf0d5"  # the tints of a funnel level, and of the one still short (amber)


def level_names() -> tuple[str, ...]:
    """The target, then each level named as the readiness board names its stage."""
    raised = translate("GoalFunnel", "Raised (any stage)")
    return (
        translate("GoalFunnel", "Revenue target"),
        *(raised if level == "raised" else stage_label(level) for level in LEVELS),
    )


def level_values(funnel: Funnel | None) -> tuple[str, ...]:
    if funnel is None:
        return (formatting.money(0),) + ("–",) * len(LEVELS)
    numbers = tuple(getattr(funnel, level) for level in LEVELS)
    target = funnel.target_cents
    shown = compact_money(target) if target >= 1_000_000_000 else formatting.money(target)  # from 10 m €
    return (shown, *(localised(n) for n in numbers))


class GoalsView(ReadsWhenShown, QWidget):
    """Goals made, edited and deleted as undo steps; the chosen goal's funnel and pipeline cover."""

    account_opened = Signal(int)
    RELOAD_ON = frozenset({"goals", "opportunities", "accounts", "meta"})

    def __init__(self, editor: Editor, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.editor, self.today = editor, today
        self.plan: GoalPlan | None = None
        self.goal_box = QComboBox(self)
        self.goal_box.setMinimumWidth(260)
        self.goal_box.currentIndexChanged.connect(self._show)
        self.new_button = QPushButton(self.tr("&New goal…"), self)
        self.new_button.clicked.connect(self.new_goal)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_goal)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.clicked.connect(self.delete_goal)
        title = QLabel(self.tr("Goal"), self)
        title.setStyleSheet(f"font-size: 15px; font-weight: 600; color: {ink()};")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.goal_box)
        top.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(not editor.store.readonly)
            top.addWidget(button)
        self.period = QLabel(self)
        self.period.setStyleSheet(f"color: {muted()};")
        self.levels, self.steps = [], []
        funnel_row = QHBoxLayout()
        for n, name in enumerate(level_names()):
            box = QFrame(self)
            box.setObjectName("level")
            fill = tint(LEVEL if n else SHORT)
            box.setStyleSheet(BOX.format(fill=fill, line=outline()))
            inner = QVBoxLayout(box)
            caption, value = QLabel(name, box), QLabel(box)
            caption.setStyleSheet(f"color: {readable(muted(), fill)};")
            value.setStyleSheet(f"font-size: 20px; font-weight: 600; color: {ink()};")
            inner.addWidget(caption)
            inner.addWidget(value)
            self.levels.append(value)
            if n:
                step = QLabel(self)
                step.setAlignment(Qt.AlignmentFlag.AlignCenter)
                step.setWordWrap(True)
                step.setMinimumWidth(96)
                step.setStyleSheet(f"color: {muted()};")
                self.steps.append(step)
                funnel_row.addWidget(step)
            funnel_row.addWidget(box, 1)
        self.cover = QLabel(self)
        self.cover.setWordWrap(True)
        self.cover.setStyleSheet(f"font-size: 14px; font-weight: 600; color: {ink()};")
        self.gap = QLabel(self)
        self.gap.setWordWrap(True)
        self.pipeline = QGridLayout()
        self.left_out = QLabel(self)  # without a close date, or closing outside the period: not counted
        self.left_out.setWordWrap(True)
        self.basis = QLabel(self)
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet(f"color: {muted()};")
        self.forecast = ForecastStrip(editor, self, today=today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.period)
        layout.addSpacing(8)
        layout.addLayout(funnel_row)
        layout.addSpacing(14)
        layout.addWidget(self.cover)
        layout.addWidget(self.gap)
        layout.addSpacing(8)
        layout.addLayout(self.pipeline)
        layout.addWidget(self.left_out)
        layout.addWidget(self.basis)
        layout.addSpacing(8)
        layout.addWidget(self.forecast)
        layout.addStretch(1)
        self.watch(editor)

    def load(self) -> None:
        self.stale = False
        current = self.goal_box.currentData()
        self.goal_box.blockSignals(True)
        self.goal_box.clear()
        for goal in goals(self.editor.store):
            self.goal_box.addItem(goal.name, goal)
            if current is not None and goal.id == current.id:
                self.goal_box.setCurrentIndex(self.goal_box.count() - 1)
        self.goal_box.blockSignals(False)
        self._show()

    def _show(self) -> None:
        goal = self.goal_box.currentData()
        self.edit_button.setEnabled(goal is not None and not self.editor.store.readonly)
        self.delete_button.setEnabled(goal is not None and not self.editor.store.readonly)
        self.plan = plan(self.editor.store, goal) if goal else None
        for level, text in zip(
            self.levels, level_values(self.plan.needed if self.plan else None), strict=True
        ):
            level.setText(text)
        while self.pipeline.count():
            item = self.pipeline.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, deleted on the next turn of the loop
                widget.deleteLater()
        if self.plan is None:
            self.period.setText(self.tr("Set a goal: a revenue target for a period, and see what it takes."))
            for step in self.steps:
                step.setText("")
            self.cover.setText("")
            self.gap.setText("")
            self.left_out.setText("")
            self.basis.setText("")
            self.forecast.hide()
            return
        p = self.plan
        self.period.setText(
            self.tr("%1 to %2 · accounts of %3")
            .replace("%1", formatting.iso_date(p.goal.period_start))
            .replace("%2", formatting.iso_date(p.goal.period_end))
            .replace("%3", p.goal.owner or self.tr("everyone"))
        )  # fmt: skip
        typed = p.goal.typed
        rates = (
            (p.rates.deal_size_cents, typed.deal_size_cents, self.tr("÷ deal size %1")),
            (p.rates.win_rate, typed.win_rate, self.tr("÷ win rate %1")),
            (p.rates.sql_to_opportunity, typed.sql_to_opportunity, self.tr("÷ need to sales %1")),
            (p.rates.mql_to_sql, typed.mql_to_sql, self.tr("÷ raised to need %1")),
        )
        for n, (step, (value, own, text)) in enumerate(zip(self.steps, rates, strict=True)):
            if value is None:
                shown = self.tr("unknown: type it in")
            else:
                shown = formatting.money(int(value)) if n == 0 else formatting.percent(float(value))
                shown = shown.replace(" ", "\u00a0")  # "76 %" never breaks before its sign
            source = self.tr("typed in") if own else self.tr("stage weight") if n == 1 else self.tr("history")
            step.setText(f"→\n{text.replace('%1', shown)}\n({source})")
        won = sum(c.expected_cents for c in p.pipeline if c.stage == "won")
        self.cover.setText(
            self.tr("Closing inside the period: %1 won and %2 expected from the open pipeline, together %3 of the target.")  # noqa: E501
            .replace("%1", formatting.money(won)).replace("%2", formatting.money(p.covered_cents - won))
            .replace("%3", formatting.percent(p.coverage))
        )  # fmt: skip
        left_out = []
        for tally, text in (
            (
                p.undated,
                self.tr("Opportunities without a close date: %1, worth %2. Not counted until they have one."),
            ),
            (p.outside, self.tr("Opportunities closing outside the period: %1, worth %2.")),
        ):
            if tally.count:
                money = formatting.money(tally.value_cents)
                left_out.append(text.replace("%1", localised(tally.count)).replace("%2", money))
        self.left_out.setText(" ".join(left_out))
        self.left_out.setStyleSheet(f"color: {warning() if p.undated.count else muted()};")
        if p.gap is None:
            self.gap.setText(self.tr("Type in the missing rates under Edit… to see what the gap needs."))
        elif p.gap_cents == 0:
            self.gap.setText(self.tr("No gap: the open pipeline covers the target."))
        else:
            self.gap.setText(
                self.tr("Gap %1: it needs %2 more won, %3 in sales, %4 at a marketing-qualified need and %5 raised.")  # noqa: E501
                .replace("%1", formatting.money(p.gap_cents)).replace("%2", localised(p.gap.won))
                .replace("%3", localised(p.gap.in_sales)).replace("%4", localised(p.gap.mqn))
                .replace("%5", localised(p.gap.raised))
            )  # fmt: skip
        headers = (self.tr("Stage"), self.tr("Opportunities"), self.tr("Value"),
                   self.tr("Chance to win"), self.tr("Expected"))  # fmt: skip
        for column, header in enumerate(headers):
            label = QLabel(header, self)
            if column == 3:
                label.setToolTip(self.tr("The stage weights, as in the forecast: change them under Weights…"))
            label.setStyleSheet(f"color: {muted()}; font-weight: 600;")
            self.pipeline.addWidget(
                label, 0, column, Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft
            )
        for row, cover in enumerate(p.pipeline, start=1):
            cells = (stage_label(cover.stage), localised(cover.count), formatting.money(cover.value_cents),
                     formatting.percent(cover.probability),
                     formatting.money(cover.expected_cents))  # fmt: skip
            for column, text in enumerate(cells):
                align = Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft
                self.pipeline.addWidget(QLabel(text, self), row, column, align)
        h = p.history
        self.basis.setText(
            self.tr("History: %1 opportunities raised, %2 reached a marketing-qualified need, %3 went to sales, %4 won and %5 lost. A lost one counts as lost in sales.")  # noqa: E501
            .replace("%1", localised(h.raised)).replace("%2", localised(h.mqn))
            .replace("%3", localised(h.in_sales))
            .replace("%4", localised(h.won)).replace("%5", localised(h.lost))
        )  # fmt: skip
        start, end = date.fromisoformat(p.goal.period_start), date.fromisoformat(p.goal.period_end)
        self.forecast.set_days(start, end, p.goal.owner)
        self.forecast.show()

    def _dialog(self, goal: object = None) -> GoalDialog:
        store = self.editor.store
        owners = [o for o in distinct_values(store, "accounts", "owner") if o.strip()]
        owner = getattr(goal, "owner", None)
        defaults = default_rates(history(store, owner), stage_weights(store))
        return GoalDialog(self, owners, defaults, goal,  # type: ignore[arg-type]
                          today=self.today or date.today())  # fmt: skip

    def new_goal(self) -> None:
        dialog = self._dialog()
        if dialog.exec() == GoalDialog.DialogCode.Accepted:
            change = new_goal(self.editor.store, dialog.values(), today=self.today)
            push_step(self.editor, change)
            box = self.goal_box  # goals sort by period: the new one is not always last
            made = [i for i in range(box.count()) if getattr(box.itemData(i), "id", None) in change.ids]
            box.setCurrentIndex(made[0] if made else box.count() - 1)

    def edit_goal(self) -> None:
        goal = self.goal_box.currentData()
        if goal is None:
            return
        dialog = self._dialog(goal)
        if dialog.exec() == GoalDialog.DialogCode.Accepted:
            push_step(self.editor, edit_goal(self.editor.store, goal.id, dialog.values()))

    def delete_goal(self) -> None:
        goal = self.goal_box.currentData()
        if goal is not None:
            push_step(self.editor, delete_goal(self.editor.store, goal.id))
