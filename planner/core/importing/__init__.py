"""Importing what CRMs, Excel and product analytics export: read, recognise, map, plan, write, undo.

layout = sniff(path)                      # encoding, delimiter, decimal comma, date order
sheet = read(path, layout)                # text cells, or ImportFileError naming file, row, column
kind, mapping = detect_kind(sheet.headers)
plan = plan_import(store, sheet, kind, mapping)   # creates, updates, unchanged, rejections
record = write_import(store, plan)        # one transaction; undo_import(store, record.id)
"""

from planner.core.importing.history import (
    ImportRecord,
    ImportRefused,
    history,
    recognise,
    record,
    refuse_portfolio,
    remembered,
    write_import,
)
from planner.core.importing.kinds import KINDS, Kind, Target, detect_kind, missing_targets, suggest_mapping
from planner.core.importing.plan import Plan, Rejection, plan_import
from planner.core.importing.reading import SUFFIXES, ImportFileError, Layout, Sheet, read, sniff
from planner.core.importing.undo import redo_import, undo_import
from planner.core.importing.unused import Unused

__all__ = [
    "KINDS", "SUFFIXES", "ImportFileError", "ImportRecord", "ImportRefused", "Kind", "Layout", "Plan",
    "Rejection", "Sheet", "Target", "detect_kind", "history", "missing_targets", "plan_import", "read",
    "recognise", "record", "redo_import", "refuse_portfolio", "remembered", "sniff", "suggest_mapping",
    "undo_import", "Unused", "write_import",
]  # fmt: skip
