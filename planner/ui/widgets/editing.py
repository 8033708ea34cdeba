"""Every change to the portfolio goes through here: applied as an undoable step, announced to the views."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.core.portfolio import changes
from planner.core.portfolio.changes import Change
from planner.core.portfolio.privacy import Erasure, erase_everywhere
from planner.core.store.store import Store
from planner.ui.widgets.labels import field_labels, table_noun

if TYPE_CHECKING:  # the importer loads when the first file is dropped, not at start-up
    from planner.core.importing import ImportRecord

translate = QCoreApplication.translate


def describe(change: Change) -> str:
    """The step's name in the Edit menu: "edit Müller GmbH revenue", "delete 3 accounts"."""
    noun = table_noun(change.table)
    if change.table == "moment_decisions":
        decision = change.after[change.table][0]["decision"]
        text = {
            "dismissed": translate("Editing", "dismiss moment %1"),
            "snoozed": translate("Editing", "snooze moment %1"),
        }.get(decision, translate("Editing", "decide on moment %1"))
        return text.replace("%1", change.name)
    if change.table == "opportunities" and "stage" in change.fields:
        from planner.ui.widgets.moment_labels import stage_label

        stage = stage_label(change.after[change.table][0]["stage"])
        return translate("Editing", "move %1 to %2").replace("%1", change.name).replace("%2", stage)
    if change.kind == "create":
        return translate("Editing", "new %1 %2").replace("%1", noun).replace("%2", change.name)
    if change.kind == "delete":
        if len(change.ids) > 1:
            return translate("Editing", "delete %1 records").replace("%1", str(len(change.ids)))
        return translate("Editing", "delete %1").replace("%1", change.name)
    labels = field_labels(change.table)
    fields = ", ".join(labels.get(f, f) for f in change.fields)
    if change.kind == "bulk_edit":
        count = len(change.before.get(change.table, ()))
        return translate("Editing", "edit %1 of %2 records").replace("%1", fields).replace("%2", str(count))
    return translate("Editing", "edit %1 %2").replace("%1", change.name).replace("%2", fields)


class ChangeCommand(QUndoCommand):
    """One change as an undo step. It is pushed already made: its first redo only announces it."""

    def __init__(self, editor: Editor, change: Change, text: str | None = None) -> None:
        super().__init__(text or describe(change))
        self.editor, self.change = editor, change
        self._made = True

    def redo(self) -> None:
        if self._made:
            self._made = False
            self.editor.changed.emit(self.editor.tables(self.change))
            return
        self.editor.apply(self.change, undo=False)

    def undo(self) -> None:
        self.editor.apply(self.change, undo=True)


class ImportCommand(QUndoCommand):
    """A written import as an undo step: undo takes it back (previous values, created rows gone), redo
    carries it out again. `undo_only` steps are the reverse: "undo import #3" chosen in the history."""

    def __init__(self, editor: Editor, record: ImportRecord, *, reverse: bool = False) -> None:
        text = translate("Editing", "import %1").replace("%1", Path(record.file).name)
        if reverse:
            text = translate("Editing", "undo import %1").replace("%1", Path(record.file).name)
        super().__init__(text)
        self.editor, self.record, self.reverse = editor, record, reverse
        self._made = True

    def redo(self) -> None:
        if self._made:
            self._made = False
        else:
            self._run(undo=self.reverse)
        self.editor.changed.emit(frozenset({self.record.table, "accounts"}))

    def undo(self) -> None:
        self._run(undo=not self.reverse)
        self.editor.changed.emit(frozenset({self.record.table, "accounts"}))

    def _run(self, *, undo: bool) -> None:
        from planner.core.importing import redo_import, undo_import

        (undo_import if undo else redo_import)(self.editor.store, self.record.id)


class Editor(QObject):
    """The portfolio's undo stack. `changed` carries the tables a step touched, so views reload; `saved` the
    name of each change made (not undone or redone), so the window can say "Saved: …"."""

    changed = Signal(object)  # frozenset of table names
    saved = Signal(str)  # the step's name: "edit Müller GmbH revenue"
    imported = Signal(object)  # the ImportRecord of an import written

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    def apply(self, change: Change, *, undo: bool) -> None:
        changes.apply(self.store, change, undo=undo)
        self.changed.emit(self.tables(change))

    @staticmethod
    def tables(change: Change) -> frozenset[str]:
        return frozenset(change.before) | frozenset(change.after)

    def push(self, change: Change, text: str | None = None) -> bool:
        """Make the change as one undo step (named `text`, else described); an empty change is no step.
        A failure raises, nothing stored."""
        if change.empty:
            return False
        changes.apply(self.store, change)  # a failure raises here, before anything reaches the stack
        command = ChangeCommand(self, change, text)
        self.undo_stack.push(command)
        self.saved.emit(command.text())
        return True

    def create(self, table: str, values: Mapping[str, Any]) -> int:
        change = changes.create(self.store, table, values)
        self.push(change)
        return change.ids[0]

    def edit(self, table: str, record_id: int, values: Mapping[str, Any]) -> bool:
        return self.push(changes.edit(self.store, table, record_id, values))

    def bulk_edit(self, table: str, ids: Sequence[int], values: Mapping[str, Any]) -> bool:
        return self.push(changes.bulk_edit(self.store, table, ids, values))

    def push_import(self, record: ImportRecord) -> None:
        """An import written (off the UI thread) becomes one undo step."""
        self.undo_stack.push(ImportCommand(self, record))
        self.imported.emit(record)

    def undo_import(self, record: ImportRecord) -> None:
        """Undo an import from the history as a step of its own; ImportRefused if a later one stands."""
        from planner.core.importing import undo_import

        undo_import(self.store, record.id)
        self.undo_stack.push(ImportCommand(self, record, reverse=True))

    def erase_contact(self, contact_id: int) -> Erasure:
        """Erase a person for data protection, also from every backup. Not undoable: the undo history, which
        may hold copies of their data, is emptied too."""
        erasure = erase_everywhere(self.store, contact_id)
        self.undo_stack.clear()
        self.changed.emit(frozenset({"contacts", "touches", "nps_answers", "accounts"}))
        return erasure


def not_saved(error: BaseException) -> str:
    """Why a change was not stored, in the user's words (a read-only team account said so plainly)."""
    from planner.core.team.guard import READ_ONLY

    if READ_ONLY in str(error):
        return QCoreApplication.translate(
            "Editing",
            "This account belongs to another key-account manager of your team: it is read-only here. "
            "Their changes arrive with the next sync.",
        )
    return str(error)
