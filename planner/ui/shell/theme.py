"""The theme the app is drawn in: the system's (the default), or a light or dark Fusion palette chosen with
`--theme` (the screenshots of both, and a dark look on a system that has none)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark")

_DARK = {  # Fusion's dark look: grey window, darker lists, white text, blue selection
    "Window": "#2d2f33",
    "WindowText": "#eceff1",
    "Base": "#232528",
    "AlternateBase": "#2b2e32",
    "ToolTipBase": "#3a3d42",
    "ToolTipText": "#eceff1",
    "PlaceholderText": "#9aa3ad",
    "Text": "#eceff1",
    "Button": "#383b40",
    "ButtonText": "#eceff1",
    "BrightText": "#ff6b6b",
    "Light": "#4a4e54",
    "Midlight": "#40444a",
    "Mid": "#5c626a",
    "Dark": "#1c1e21",
    "Shadow": "#111214",
    "Highlight": "#2f6db5",
    "HighlightedText": "#ffffff",
    "Link": "#7ab4f5",
    "LinkVisited": "#b39ddb",
}
_DARK_DISABLED = {"WindowText": "#80868e", "Text": "#80868e", "ButtonText": "#80868e", "Base": "#2a2c30"}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


def apply_theme(app: QApplication, theme: str | None) -> None:
    """ "dark" or "light": the Fusion style with that palette; None leaves the system's look."""
    if theme is None:
        return
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}: light or dark")
    app.setStyle("Fusion")
    style = app.style()
    app.setPalette(dark_palette() if theme == "dark" else style.standardPalette())
