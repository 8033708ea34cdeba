"""Where things live on disk: the default portfolio file and the shipped resources."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "AccountPlanner"
PORTFOLIO_FILE = "portfolio.sqlite"


def default_portfolio_path() -> Path:
    """The portfolio in the user's data folder (as QStandardPaths.AppDataLocation would place it)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / PORTFOLIO_FILE


def resources_dir() -> Path:
    """`resources/` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"  # planner/core/store/paths.py
