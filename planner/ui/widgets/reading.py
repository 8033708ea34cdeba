"""Views that read the portfolio when first shown, and again after each change while they are visible."""

from __future__ import annotations

from typing import Any

from planner.ui.widgets.editing import Editor


class ReadsWhenShown:
    """Mixin for a QWidget view (list it before the Qt class): `load()` runs when the view is shown while
    stale and after every change of the tables in RELOAD_ON (None: any) while it is visible; a change while it
    is hidden only marks it stale. `load()` sets `stale = False`."""

    stale = True
    RELOAD_ON: frozenset[str] | None = None
    owner: str | None = None  # "Only my accounts": the owner whose accounts the view shows (None: everyone's)

    def watch(self, editor: Editor) -> None:
        editor.changed.connect(self._editor_changed)

    def load(self) -> None:
        raise NotImplementedError

    def show_owner(self, owner: str | None) -> None:
        """Show only `owner`'s accounts (None: everyone's): read again, now if shown, else when shown."""
        if owner != self.owner:
            self.owner = owner
            self.stale = True
            if self.isVisible():  # type: ignore[attr-defined]
                self.load()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self.stale:
            self.load()

    def _editor_changed(self, tables: frozenset[str]) -> None:
        if self.RELOAD_ON is not None and not tables & self.RELOAD_ON:
            return
        self.stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.load()
