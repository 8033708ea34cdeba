"""Render every workspace of the main window to PNG files, offscreen, so the UI can be looked at."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from planner.core.store import Store
from planner.ui.app import application
from planner.ui.main_window import MainWindow


def render_workspaces(store: Store, out: Path, *, lang: str | None = None) -> list[Path]:
    application(lang)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    written: list[Path] = []

    def shoot(name: str, widget: QWidget | None = None) -> None:
        QApplication.processEvents()
        path = out / f"{len(written) + 1:02d}-{name}.png"
        if not (widget or window).grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    for key in window.workspaces:
        window.show_workspace(key)
        shoot(key)
        for name, extra in _extras(window).get(key, ()):
            widget = extra()
            shoot(name, widget)
            if widget is not None:
                widget.close()
    window.close()
    return written


def _extras(window: MainWindow) -> dict[str, list[tuple[str, Callable[[], QWidget | None]]]]:
    """More views of a workspace worth looking at: the other tabs, an account page, a form."""
    view = window.portfolio

    def tab(index: int) -> None:
        view.tabs.setCurrentIndex(index)

    def account_page() -> None:
        biggest = max(
            range(view.accounts.model.rowCount()),
            key=lambda r: view.accounts.model.row_at(r).revenue_cents,
            default=None,
        )
        if biggest is not None:
            view.open_account(view.accounts.model.row_at(biggest).id)

    def account_form() -> QWidget | None:
        page = view.tabs.currentWidget()
        account_id = getattr(page, "account_id", None)
        if account_id is None:
            return None
        form = view.open_form("accounts", account_id)
        form.adjustSize()
        return form

    return {
        "portfolio": [
            ("portfolio-products", lambda: tab(1)),
            ("portfolio-contacts", lambda: tab(2)),
            ("portfolio-account", account_page),
            ("portfolio-account-form", account_form),
        ]
    }
