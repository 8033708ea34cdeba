"""Render every workspace of the main window to PNG files, offscreen, so the UI can be looked at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from planner.core.store import Store
from planner.ui.app import application
from planner.ui.main_window import MainWindow


def render_workspaces(store: Store, out: Path, *, lang: str | None = None) -> list[Path]:
    application(lang)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    written = []
    for number, key in enumerate(window.workspaces, start=1):
        window.show_workspace(key)
        QApplication.processEvents()
        path = out / f"{number:02d}-{key}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    window.close()
    return written
