"""The only module that names icon files."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from planner.core.store.paths import resources_dir

_FILES = {
    "app": "app.svg",
    "portfolio": "portfolio.svg",
    "matrix": "matrix.svg",
    "moments": "moments.svg",
    "coverage": "coverage.svg",
    "qbrs": "qbrs.svg",
    "growth": "growth.svg",
    "team": "team.svg",
}


def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / _FILES[name]))
