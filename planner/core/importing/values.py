"""Reading a cell the way a sales person's file writes it: 1.234,50 €, 31.12.2026, 12/31/2026 14:05, Q1 2026.

Each parser returns the stored value or raises ValueError; blank cells are handled by the caller.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_CURRENCY = re.compile(r"(?i)(€|\$|£|eur|usd|chf|gbp|sfr\.?|fr\.)")
_SPACES = re.compile(r"[\s\u00a0\u202f']")  # 1 234,50 · 1'234.50 (Swiss) · non-breaking spaces
_GROUPED_COMMA = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$|^\d+,\d+$|^\d+$")  # 1.234.567,89
_GROUPED_POINT = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+\.\d+$|^\d+$")  # 1,234,567.89
_DATE_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
_DATE_DOTS = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_DATE_SLASH = re.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$"
)
_DOMAIN = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?([^\s/?#:@]+\.[^\s/?#:@]+?)\.?(?::\d+)?(?:[/?#]\S*)?$"
)
_MONTH_NAMES = {
    **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                   "nov", "dec"), 1)},
    **{m: i for i, m in enumerate(("jan", "feb", "mae", "apr", "mai", "jun", "jul", "aug", "sep", "okt",
                                   "nov", "dez"), 1)},
    "mrz": 3, "sept": 9,
}  # fmt: skip
_MONTH_WORD = re.compile(r"^([a-z]+)\.?\s*[-/ ]?\s*(\d{4})$")
_MONTH_NUM = re.compile(r"^(\d{4})[-/.](\d{1,2})$|^(\d{1,2})[-/.](\d{4})$|^(\d{4})(\d{2})$")
_QUARTER = re.compile(
    r"^(?:(\d{4})\s*[-/ ]?\s*q\s*([1-4])|q\s*([1-4])\s*[-/ ]?\s*(\d{4})|([1-4])\.?\s*quartal\s*(\d{4}))$"
)


def fold(text: str) -> str:
    """Lower case without accents or punctuation: "E-Mail-Adresse" -> "emailadresse", "Größe" -> "groesse"."""
    text = text.strip().lower().replace("ß", "ss")
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        text = text.replace(umlaut, plain)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text)


def parse_domain(text: str) -> str:
    """A company's domain as stored: "https://www.Mueller.de/kontakt" (a CRM's website) -> "mueller.de";
    text that is no web address is kept as it is."""
    match = _DOMAIN.match(text.strip().lower())
    return match.group(1) if match else text.strip()


def parse_number(text: str, decimal: str = ",") -> float:
    """A number as Excel or a CRM writes it, with `decimal` the decimal separator ("," or ".")."""
    raw = text
    text = _CURRENCY.sub("", text)
    text = _SPACES.sub("", text)
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text[:1] in "-+\u2212":
        negative, text = text[:1] != "+", text[1:]
    elif text[-1:] == "-":  # SAP writes 1.234,50-
        negative, text = True, text[:-1]
    if decimal == ",":
        if not _GROUPED_COMMA.match(text):
            raise ValueError(raw)
        text = text.replace(".", "").replace(",", ".")
    else:
        if not _GROUPED_POINT.match(text):
            raise ValueError(raw)
        text = text.replace(",", "")
    value = float(text)
    return -value if negative else value


def parse_date(text: str, day_first: bool = True) -> str:
    """A date as ISO text; times are dropped. `day_first` decides 03/04/2026 (slashes only)."""
    text = text.strip()
    if match := _DATE_ISO.match(text):
        y, m, d = (int(g) for g in match.groups())
    elif match := _DATE_DOTS.match(text):
        d, m, y = (int(g) for g in match.groups())
    elif match := _DATE_SLASH.match(text):
        a, b, y = (int(g) for g in match.groups())
        d, m = (a, b) if day_first else (b, a)
    else:
        raise ValueError(text)
    if y < 100:
        y = pivot_year(y)
    return date(y, m, d).isoformat()


def pivot_year(two_digits: int) -> int:
    """A two-digit year as Excel reads it: 00-29 are 2000-2029, 30-99 are 1930-1999 (31.12.99 is 1999)."""
    return two_digits + (2000 if two_digits < 30 else 1900)


def parse_month(text: str, day_first: bool = True) -> str:
    """A month as "2026-01": 2026-01, 01/2026, 01.2026, Jan 2026, Januar 2026, or any date in it."""
    folded = text.strip().lower()
    if match := _MONTH_NUM.match(folded):
        g = match.groups()
        year, month = (g[0], g[1]) if g[0] else (g[3], g[2]) if g[3] else (g[4], g[5])
        return _month(int(year), int(month), text)
    if match := _MONTH_WORD.match(fold_keep_space(folded)):
        name, year = match.groups()
        number = _MONTH_NAMES.get(name[:4]) or _MONTH_NAMES.get(name[:3])
        if number:
            return _month(int(year), number, text)
        raise ValueError(text)
    return parse_date(text, day_first)[:7]


def parse_quarter(text: str, day_first: bool = True) -> str:
    """A quarter as "2026-Q1": 2026-Q1, Q1 2026, Q1/2026, 1. Quartal 2026, or any date in it."""
    if match := _QUARTER.match(text.strip().lower()):
        g = match.groups()
        year, quarter = (g[0], g[1]) if g[0] else (g[3], g[2]) if g[2] else (g[5], g[4])
        return f"{int(year):04d}-Q{quarter}"
    iso = parse_month(text, day_first)
    return f"{iso[:4]}-Q{(int(iso[5:7]) - 1) // 3 + 1}"


def fold_keep_space(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _month(year: int, month: int, text: str) -> str:
    if not 1 <= month <= 12 or not 1900 <= year <= 2200:
        raise ValueError(text)
    return f"{year:04d}-{month:02d}"
