"""Choosing an owner in a view's owner box by name, however the files spell it ("Only my accounts")."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from planner.core.store.owners import owner_key


def owner_index(box: QComboBox, owner: str | None) -> int:
    """The item of `owner` in an owner box whose first item is "all owners" (0 for None or not found)."""
    if owner is None:
        return 0
    wanted = owner_key(owner)
    return next(
        (
            i
            for i in range(1, box.count())
            if isinstance(box.itemData(i), str) and owner_key(box.itemData(i)) == wanted
        ),
        0,
    )


def choose_owner(box: QComboBox, owner: str | None) -> None:
    """Set the box to `owner` (None: all owners); the box tells its views as when the user chooses."""
    box.setCurrentIndex(owner_index(box, owner))
