"""Which encoding a text file is in: a predictable rule first, a guess only where the rule fails.

The rule: a BOM or UTF-16's zero bytes say so; text that is UTF-8 throughout is UTF-8; anything else is
Windows-1252, what German Excel saves as "CSV (Trennzeichen-getrennt)". The guess is for the files the rule
cannot read or reads as mojibake: bytes Windows-1252 does not have (0x81 0x8D 0x8F 0x90 0x9D: a DOS export's
ü, Å, É, ...), or symbols and capitals inside words ("M„ller", "Zak³ady", "MŸller": CP850, Windows-1250 and
Mac Roman read as Windows-1252). Of the single-byte encodings the preview offers, the one that reads the bytes
with the fewest such letters wins; Windows-1252 wins a tie, charset-normalizer's order of likelihood breaks
the others. charset-normalizer is imported only then: opening a UTF-8 or Windows-1252 file never loads it.
"""

from __future__ import annotations

import codecs
import re

RULE = ("utf-8-sig", "utf-8", "cp1252")  # what the rule reads: encodings that may fall back to a guess
SINGLE_BYTE = ("cp1252", "cp1250", "iso8859-15", "cp850", "mac-roman")  # the guesses, Windows-1252 first
SAMPLE_BYTES = 64 * 1024  # what charset-normalizer looks at


def canonical(encoding: str) -> str:
    """Python's own name for an encoding ("mac_roman" and "macroman" are "mac-roman"); unknown names as
    given."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def decoded(data: bytes, encoding: str) -> str | None:
    """The start of a file as text, or None when the encoding cannot read it (a character cut at the end of
    `data` is no error)."""
    try:
        return codecs.getincrementaldecoder(encoding)(errors="strict").decode(data, final=False)
    except (UnicodeDecodeError, LookupError):
        return None


def by_rule(head: bytes) -> str:
    """The rule's encoding for the start of a file: UTF-16 (by its BOM or its zero bytes), UTF-8 (with or
    without a BOM) when it reads as such, else Windows-1252."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if len(head) > 3 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4):
        return "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
    return "utf-8-sig" if decoded(head, "utf-8-sig") is not None else "cp1252"


def detect(head: bytes) -> tuple[str, bool]:
    """(encoding, guessed) for the start of a file: the rule's, unless it reads Windows-1252 with odd letters
    inside words and another single-byte encoding reads fewer; then the best guess (`guesses`)."""
    encoding = by_rule(head)
    if encoding != "cp1252":
        return encoding, False
    text = decoded(head, "cp1252")
    if text is not None and not odd_letters(text):
        return "cp1252", False
    best = guesses(head)
    return (best[0], best[0] != "cp1252") if best else ("cp1252", False)


def guesses(sample: bytes) -> list[str]:
    """The single-byte encodings that read `sample`, the likeliest first: fewest odd letters inside words,
    Windows-1252 before the others on a tie, then in charset-normalizer's order."""
    texts = {name: text for name in SINGLE_BYTE if (text := decoded(sample, name)) is not None}
    if len(texts) < 2:
        return list(texts)
    order = {name: rank for rank, name in enumerate(_normalizer_order(sample, list(texts)))}
    return sorted(
        texts, key=lambda name: (odd_letters(texts[name]), name != "cp1252", order.get(name, len(order)))
    )


def _normalizer_order(sample: bytes, names: list[str]) -> list[str]:
    """The encodings in charset-normalizer's order of likelihood for the sample (those it rules out left
    out)."""
    from charset_normalizer import from_bytes

    found = from_bytes(sample[:SAMPLE_BYTES], cp_isolation=names)
    return [canonical(match.encoding) for match in found]


_INSIDE = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")  # a non-ASCII character between two letters
_CONTROL = re.compile(r"[\x80-\x9f]")  # ISO-8859's control characters where Windows-1252 has letters
_TYPED = frozenset("’‘´`ʼ·–—")  # typed inside words on purpose: don’t, geht´s, col·lecció, Baden–Baden
_RARE = frozenset("ƒ")  # a letter no European word holds: CP850's and Mac Roman's bytes read wrongly


def odd_letters(text: str) -> int:
    """How many characters no text holds: control characters anywhere, and inside words symbols ("M„ller",
    "Zak³ady", "Gro§e") and capitals followed by a small letter ("MŸller", "MÑller"); a typed apostrophe or
    dash counts for nothing."""
    count = len(_CONTROL.findall(text))
    for match in _INSIDE.finditer(text):
        char = match.group()
        if char in _TYPED:
            continue
        if not char.isalpha() or char in _RARE or (char.isupper() and text[match.end()].islower()):
            count += 1
    return count
