"""The matrix's filters: owner, segment, tier, region and product boxes, and the test they make together."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox

from planner.core.matrix.matrix import MatrixPoint
from planner.core.store.owners import owner_key
from planner.ui.widgets.record_model import text_key

FILTERS = ("owner", "segment", "tier", "region", "product")


def chosen(box: QComboBox) -> Any:
    """The data of the item chosen; None for the first item, "all". (In PySide6 6.12 on Python 3.11 each
    `currentData()` that answers None takes a reference from None, until Python aborts: ask only items
    that carry data.)"""
    return None if box.currentIndex() <= 0 else box.currentData()


def distinct(values: Any) -> list[str]:
    return sorted({v for v in values if v}, key=text_key)


def fill(box: QComboBox, everything: str, items: Sequence[tuple[Any, str]]) -> None:
    """New items; the current choice stays when it is still offered."""
    current = chosen(box)
    box.blockSignals(True)
    box.clear()
    box.addItem(everything)
    for data, text in items:
        box.addItem(text, data)
    box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
    box.blockSignals(False)


def filter_test(filters: Mapping[str, QComboBox]) -> Callable[[MatrixPoint], bool]:
    """Whether an account passes the owner, segment, tier, region and product filters as they are set."""
    owner, segment, tier, region, product = (chosen(filters[n]) for n in FILTERS)

    def passes(point: MatrixPoint) -> bool:
        return (
            (owner is None or owner_key(point.owner) == owner_key(owner))
            and (segment is None or point.segment == segment)
            and (tier is None or point.tier == tier)
            and (region is None or region in point.regions)
            and (product is None or product in point.products)
        )

    return passes
