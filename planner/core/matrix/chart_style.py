"""The matrix chart's look: colours, bubble sizes, margins, and its words as the UI hands them over."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.core.matrix.scoring import Quadrant

if TYPE_CHECKING:  # matplotlib and numpy load with the first chart, not at start-up
    import numpy as np


TIER_COLOURS = {"A": "#17365d", "B": "#3c7fc1", "C": "#9db4cc"}
NPS_BANDS = ("negative", "neutral", "positive", "none")  # below 0, 0-49, 50 and above, no answers
NPS_COLOURS = {"negative": "#c8423b", "neutral": "#e3a33b", "positive": "#3f9a5a", "none": "#b9c0c8"}
OWNER_COLOURS = (  # Tableau 10
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)  # fmt: skip
INK, MUTED, LINE = "#1f2933", "#52606d", "#7b8794"
ACCENT = (0.91, 0.35, 0.05, 1.0)  # the outline of accounts found by a search
AREA_MIN, AREA_MAX = 14.0, 620.0  # bubble area in points², smallest and largest potential
AREA_MAX_MANY = 90.0  # ... when thousands of bubbles share the field
FONT = 9.0
# Space around the 0-100 % square, in points: tick labels and axis titles, the bands above and below the
# square that carry the quadrant names, and room for bubbles on the edges.
LEFT, RIGHT_MIN, TOP, BOTTOM = 64.0, 12.0, 8.0, 44.0
BAND = 66.0
EDGE = 13.0


def nps_band(nps: float | None) -> str:
    if nps is None:
        return "none"
    return "negative" if nps < 0 else "neutral" if nps < 50 else "positive"


def largest_area(count: int) -> float:
    """Bubbles shrink as the field fills: 620 pt² up to 300 bubbles, 90 pt² from about 15,000."""
    if count <= 300:
        return AREA_MAX
    return max(AREA_MAX_MANY, AREA_MAX * math.sqrt(300 / count))


def bubble_areas(potentials: Sequence[int], largest: int, biggest_area: float = AREA_MAX) -> np.ndarray:
    """Area grows with the square root of the potential, so small accounts stay visible next to the
    largest (whose potential is `largest`)."""
    import numpy as np

    values = np.asarray(potentials, dtype=float)
    share = np.sqrt(np.clip(values, 0, None) / largest) if largest > 0 else np.zeros_like(values)
    return AREA_MIN + (biggest_area - AREA_MIN) * share


def size_steps(largest: int) -> list[int]:
    """Round reference values for the size legend: 1, 2 or 5 times a power of ten at or below `largest`,
    with a tenth and a hundredth of it."""
    if largest <= 0:
        return []
    power = 10 ** int(math.floor(math.log10(largest)))
    top = max(s * power for s in (1, 2, 5) if s * power <= largest)
    return [v for v in (top // 100, top // 10, top) if v > 0]


@dataclass(frozen=True)
class MatrixWords:
    """The chart's words in the user's language (the UI translates them), and the fields' tints."""

    breadth: str  # x axis title
    intensity: str  # y axis title
    names: Mapping[Quadrant, str]
    plays: Mapping[Quadrant, str]
    tints: Mapping[Quadrant, str]  # background colour of each field
    percent: Callable[[float], str] | None = None  # a share as the user writes it ("50 %"); else "50%"


def rgba(colours: Sequence[str]) -> np.ndarray:
    """Colour names or #hex as an (n, 4) array."""
    from matplotlib.colors import to_rgba_array

    return to_rgba_array(list(colours))
