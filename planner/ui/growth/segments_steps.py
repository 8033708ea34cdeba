"""Undo steps for segments, smart lists, goals and product relevance, named in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.core.portfolio.changes import Change
from planner.ui.widgets.editing import Editor

translate = QCoreApplication.translate


def step_text(change: Change) -> str:
    """ "new smart list Connect without Analytics", "delete goal 2027", "edit relevant products of KMU"."""
    nouns = {
        "segments": translate("GrowthSteps", "segment"),
        "smart_lists": translate("GrowthSteps", "smart list"),
        "goals": translate("GrowthSteps", "goal"),
    }
    if change.table == "segment_products":
        return translate("GrowthSteps", "edit relevant products of %1").replace("%1", change.name)
    noun = nouns.get(change.table, change.table)
    text = {
        "create": translate("GrowthSteps", "new %1 %2"),
        "delete": translate("GrowthSteps", "delete %1 %2"),
    }.get(change.kind, translate("GrowthSteps", "edit %1 %2"))
    return text.replace("%1", noun).replace("%2", change.name)


def push_step(editor: Editor, change: Change) -> bool:
    """Make the change as one step of Edit > Undo; an empty change is no step. A failure raises."""
    return editor.push(change, step_text(change))
