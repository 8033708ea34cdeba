"""Finding names as people type them: case and accents do not count, German spellings meet (ä = ae, ö = oe,
ü = ue, ß = ss, both ways), and when nothing matches the closest names are offered (rapidfuzz).

"Muller" and "muller" find "Müller"; "Mueller" finds "Müller" and "Müller" finds "Mueller"; "Mülelr" finds
nothing exactly, then "Müller" as a similar name. A filter keeps one `searchable(text)` per row (prepared
once) and asks `matching(needles(typed), ...)` per keystroke: a plain `in` (two for a typed umlaut). On
100,000 accounts a keystroke takes 10-25 ms (before: 7-19 ms, case only); the first search that finds
nothing 0.3 s (the names prepared, rapidfuzz loaded), later ones 30-80 ms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
SIMILAR_SCORE = 80  # rapidfuzz partial_ratio, 0..100: "mulelr" in "muller gmbh" scores 83, "mulxyz" 50
SIMILAR_NAMES = 20  # the closest names offered (every row with one of them is shown)
SIMILAR_FROM = 3  # characters typed before similar names are looked for


_MARKS = re.compile("[\u0300-\u036f]+")  # the combining accents that NFD splits off é, ü, ñ, å ...


def _without_accents(folded: str) -> str:
    decomposed = unicodedata.normalize("NFD", folded)
    stripped = decomposed.encode("ascii", "ignore").decode("ascii")
    if len(stripped) == len(folded):  # each letter was ASCII or an ASCII letter with accents: the fast way
        return stripped
    return unicodedata.normalize("NFC", _MARKS.sub("", decomposed))  # ø, ł, Cyrillic ... stay


def plain(text: str) -> str:
    """Case-folded, accents off: "Müller" -> "muller", "Straße" -> "strasse", "Søren" -> "søren"."""
    folded = text.casefold()
    return folded if folded.isascii() else _without_accents(folded)


def _spellings(text: str) -> tuple[str, ...]:
    folded = text.casefold()
    if folded.isascii():
        return (folded,)
    base = _without_accents(folded)
    if "ä" not in folded and "ö" not in folded and "ü" not in folded:  # after casefold: Ä -> ä, ẞ -> ss
        return (base,)
    return (base, _without_accents(folded.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")))


def searchable(text: str) -> str:
    """What a filter looks in: the plain text, and its German spelling when it has umlauts
    ("Müller" -> "muller\\nmueller"). A typed needle never holds a line break, so never spans both."""
    return "\n".join(_spellings(text))


def needles(typed: str) -> tuple[str, ...]:
    """The spellings of what was typed ("Müller" -> ("muller", "mueller")), one when it finds all the other
    finds ("Mü" -> ("mu",)); () for nothing typed."""
    typed = typed.strip()
    if not typed:
        return ()
    spellings = _spellings(typed)
    if len(spellings) == 2 and spellings[0] in spellings[1]:  # "mü": what holds "mue" holds "mu"
        return spellings[:1]
    return spellings


def found(wanted: tuple[str, ...], haystack: str) -> bool:
    """A haystack from `searchable` matches when it holds one of the `needles`; every row for none."""
    return not wanted or any(n in haystack for n in wanted)


def matching(wanted: tuple[str, ...], haystacks: Sequence[str], positions: Iterable[int]) -> list[int]:
    """The positions whose haystack holds a needle, in the order given."""
    if not wanted:
        return list(positions)
    if len(wanted) == 1:
        needle = wanted[0]
        return [i for i in positions if needle in haystacks[i]]
    first, second = wanted[0], wanted[1]
    return [i for i in positions if first in haystacks[i] or second in haystacks[i]]


class Names:
    """Names to look for similar ones in, each distinct name once (a list keeps one, made when needed)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.positions: dict[str, list[int]] = {}  # plain name -> the positions with it
        for position, name in enumerate(names):
            self.positions.setdefault(plain(name), []).append(position)
        self.choices = list(self.positions)

    def similar(self, typed: str) -> list[int]:
        """The positions of the names closest to `typed` (a typo: "Mülelr" -> "Müller GmbH"), closest first:
        at most SIMILAR_NAMES distinct names scoring SIMILAR_SCORE or more."""
        wanted = plain(typed.strip())
        if len(wanted) < SIMILAR_FROM or not self.choices:
            return []
        from rapidfuzz import fuzz, process  # loaded on the first filter that finds nothing

        best = process.extract(
            wanted, self.choices, scorer=fuzz.partial_ratio, score_cutoff=SIMILAR_SCORE, limit=SIMILAR_NAMES
        )
        return [position for _, _, index in best for position in self.positions[self.choices[index]]]


def similar(typed: str, names: Sequence[str]) -> list[int]:
    """The positions of the names closest to `typed`, closest first (see `Names.similar`)."""
    return Names(names).similar(typed)


def find(
    typed: str, haystacks: Sequence[str], positions: Iterable[int], name: Callable[[int], str]
) -> tuple[list[int], bool]:
    """The positions (of those given) whose haystack holds what was typed, and False; when none does, the
    positions whose `name(position)` is similar, and True (say so: `similar_note`)."""
    positions = list(positions)
    wanted = needles(typed)
    hits = matching(wanted, haystacks, positions)
    if hits or not wanted:
        return hits, False
    close = set(similar(typed, [name(position) for position in positions]))
    return [position for n, position in enumerate(positions) if n in close], bool(close)


def similar_note() -> str:
    """Said beside a filter that shows similar names because nothing matched exactly."""
    return translate("Finding", "No exact match — showing similar names")
