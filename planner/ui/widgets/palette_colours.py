"""Colours read from the application's palette, so a light and a dark theme both read well.

Text and backgrounds come from the palette's roles; the few colours that mean something (amber for a
warning, red for an error, a stage's or quadrant's colour) keep their hue and take the lightness that reads
on the palette's background: WCAG contrast 4.5:1 for text, the contrast of body text itself.
Each function answers a "#rrggbb" name usable in a style sheet and in QColor(...); ask when building or
painting, not at import, so the palette in force is the one used.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

TEXT_CONTRAST = 4.5  # WCAG AA for text
AMBER, RED = "#b45309", "#b3261e"  # on a light background; lightened on a dark one


def palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(p: QPalette | None = None) -> bool:
    """The window's background is darker than its text: a dark theme."""
    p = p or palette()
    return (
        p.color(QPalette.ColorRole.Window).lightnessF() < p.color(QPalette.ColorRole.WindowText).lightnessF()
    )


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 (the same) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    s = share_of_a
    return QColor.fromRgbF(
        a.redF() * s + b.redF() * (1 - s),
        a.greenF() * s + b.greenF() * (1 - s),
        a.blueF() * s + b.blueF() * (1 - s),
    )


def background() -> QColor:
    return palette().color(QPalette.ColorRole.Window)


def readable(colour: str | QColor, on: str | QColor | None = None, least: float = TEXT_CONTRAST) -> str:
    """`colour`'s hue, lightened or darkened just enough to read as text on `on` (the window's background)."""
    on = QColor(on) if on is not None else background()
    c = QColor(colour)
    if contrast(c, on) >= least:
        return c.name()
    hue, saturation, lightness = c.hslHueF(), c.hslSaturationF(), c.lightnessF()
    hue = max(hue, 0.0)  # grey has no hue (-1)
    lighter = luminance(on) < 0.18  # dark background: towards white, else towards black
    for step in range(1, 41):
        shade = lightness + (1 - lightness) * step / 40 if lighter else lightness * (1 - step / 40)
        candidate = QColor.fromHslF(hue, saturation, shade)
        if contrast(candidate, on) >= least:
            return candidate.name()
    return palette().color(QPalette.ColorRole.WindowText).name()


def ink() -> str:
    """Headings and figures: the palette's text colour."""
    return palette().color(QPalette.ColorRole.WindowText).name()


def muted() -> str:
    """Hints, captions, counts: the text colour a third of the way towards the background, and still 4.5:1
    on both the window and a list's base."""
    p = palette()
    text = p.color(QPalette.ColorRole.WindowText)
    grey = mix(text, p.color(QPalette.ColorRole.Window), 0.62)
    return readable(readable(grey, p.color(QPalette.ColorRole.Window)), p.color(QPalette.ColorRole.Base))


def warning() -> str:
    """Amber: needs attention (overdue, never touched, left out)."""
    return readable(readable(AMBER), panel_colour())


def error() -> str:
    """Red: a problem the user must fix."""
    return readable(readable(RED), panel_colour())


def panel_colour() -> QColor:
    return palette().color(QPalette.ColorRole.Base)


def panel() -> str:
    """The background of a card or a box that stands on the window: the palette's base."""
    return panel_colour().name()


def outline() -> str:
    """A card's or box's border: between text and background."""
    p = palette()
    return mix(p.color(QPalette.ColorRole.WindowText), p.color(QPalette.ColorRole.Window), 0.22).name()


def track() -> str:
    """The empty part of a bar."""
    p = palette()
    return mix(p.color(QPalette.ColorRole.WindowText), p.color(QPalette.ColorRole.Base), 0.12).name()


def tint(light: str) -> str:
    """A pale background tint (a quadrant's, a stage's, a phase's) as given on a light theme; on a dark one
    the same hue, dark, so the palette's text reads on it."""
    if not is_dark():
        return light
    c = QColor(light)
    hue, saturation, lightness = c.hslHueF(), c.hslSaturationF(), c.lightnessF()
    return QColor.fromHslF(max(hue, 0.0), min(saturation, 0.45), 0.14 + (1 - lightness) * 0.8).name()
