"""The stage weights dialog: the chance to win per open stage as a percentage, the history's beside it, a
reset to the history; saving is one undo step (planner.core.moments.stage_weights says what a weight is)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.moments.opportunities import OPEN_STAGES
from planner.core.moments.stage_weights import (
    CLOSED_WEIGHTS,
    history_weights,
    save_stage_weights,
    stage_weights,
    typed_weights,
)
from planner.ui.widgets import formatting
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.moment_labels import stage_label

translate = QCoreApplication.translate


def weights_text(weights: dict[str, float]) -> str:
    """ "Signal 44 %, …, In sales 67 %; won 100 %, lost 0 %": every stage's chance to win in one line."""
    shown = ", ".join(f"{stage_label(s)} {formatting.percent(weights.get(s, 0.0))}" for s in OPEN_STAGES)
    closed = ", ".join(f"{stage_label(s)} {formatting.percent(w)}" for s, w in CLOSED_WEIGHTS.items())
    return f"{shown}; {closed}"


class WeightsCommand(QUndoCommand):
    """Typed stage weights changed, as an undo step (the weights live in the portfolio's meta table)."""

    def __init__(self, editor: Editor, before: dict[str, float], after: dict[str, float]) -> None:
        super().__init__(translate("StageWeights", "change the stage weights"))
        self.editor, self.before, self.after = editor, before, after

    def _save(self, weights: dict[str, float]) -> None:
        save_stage_weights(self.editor.store, weights)
        self.editor.changed.emit(frozenset({"meta"}))

    def redo(self) -> None:
        self._save(self.after)

    def undo(self) -> None:
        self._save(self.before)


class StageWeightsDialog(QDialog):
    """A percent box per open stage; a weight left at the history's (rounded) keeps following it."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        store = editor.store
        self.history, self.typed = history_weights(store), typed_weights(store)
        current = stage_weights(store)
        self.setWindowTitle(self.tr("Stage weights"))
        intro = QLabel(
            self.tr(
                "The chance that an opportunity at each stage is won. The forecast weights each open "
                "opportunity's value by it, and so does a goal's cover. Unless you type one in, a weight "
                "comes from the history of the whole portfolio: how many opportunities went on from "
                "each stage and were won."
            ),  # fmt: skip
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.spins: dict[str, QSpinBox] = {}
        self.sources: dict[str, QLabel] = {}
        for row, stage in enumerate(OPEN_STAGES):
            spin = QSpinBox(self)
            spin.setRange(0, 100)
            spin.setSuffix(formatting.percent_suffix())
            spin.setValue(round(current[stage] * 100))
            spin.valueChanged.connect(self._mark)
            label = QLabel(stage_label(stage), self)
            label.setBuddy(spin)
            source = QLabel(self)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(source, row, 2)
            self.spins[stage], self.sources[stage] = spin, source
        for row, (stage, weight) in enumerate(CLOSED_WEIGHTS.items(), start=len(OPEN_STAGES)):
            grid.addWidget(QLabel(stage_label(stage), self), row, 0)
            grid.addWidget(QLabel(formatting.percent(weight), self), row, 1)
            grid.addWidget(QLabel(self.tr("always"), self), row, 2)
        grid.setColumnStretch(2, 1)
        self.reset_button = QPushButton(self.tr("&Reset to the history"), self)
        self.reset_button.clicked.connect(self.reset)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not store.readonly)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._mark()

    def _follows_history(self, stage: str) -> bool:
        return self.spins[stage].value() == round(self.history[stage] * 100)

    def _mark(self) -> None:
        for stage, source in self.sources.items():
            history = formatting.percent(self.history[stage])
            text = self.tr("history") if self._follows_history(stage) else self.tr("typed in; history %1")
            source.setText(text.replace("%1", history))

    def reset(self) -> None:
        for stage, spin in self.spins.items():
            spin.setValue(round(self.history[stage] * 100))

    def weights(self) -> dict[str, float]:
        """The typed weights to store: those that differ from the history's (as shown, whole percent)."""
        return {
            stage: spin.value() / 100
            for stage, spin in self.spins.items()
            if not self._follows_history(stage)
        }

    def accept(self) -> None:
        after = self.weights()
        if after != self.typed and not self.editor.store.readonly:
            command = WeightsCommand(self.editor, self.typed, after)
            self.editor.undo_stack.push(command)
            self.editor.saved.emit(command.text())
        super().accept()
