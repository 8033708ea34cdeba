"""The columns of a file an import leaves out, each with why: it is empty, it holds a field another column
already fills, its field was left unassigned, or it matches no field of the kind."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.core.importing.fields import Kind
from planner.core.importing.values import fold

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Unused:
    """A column not imported. reason: empty, duplicate (`detail`: the column that fills the field),
    unassigned (`detail`: the field it could fill), no_field."""

    header: str
    reason: str
    detail: str = ""


def unused_columns(
    kind: Kind, headers: Sequence[str], frame: pd.DataFrame, mapping: Mapping[str, str]
) -> list[Unused]:
    """The file's columns `mapping` (target name -> header) does not import, in the file's order."""
    used = set(mapping.values())
    unused = []
    for header in headers:
        if header in used:
            continue
        if header in frame and not frame[header].str.strip().astype(bool).any():
            unused.append(Unused(header, "empty"))
            continue
        target = _field(kind, header)
        if target is None:
            unused.append(Unused(header, "no_field"))
        elif target in mapping:
            unused.append(Unused(header, "duplicate", mapping[target]))
        else:
            unused.append(Unused(header, "unassigned", target))
    return unused


def _field(kind: Kind, header: str) -> str | None:
    """The target a header names (by its name first, then by a synonym), None if none."""
    folded = fold(header)
    for exact in (True, False):
        for target in kind.targets:
            words = (target.name,) if exact else target.synonyms
            if any(fold(word) == folded for word in words):
                return target.name
    return None
