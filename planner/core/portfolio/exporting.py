"""Writing a table, or the rows a view shows, to CSV or Excel; and a portfolio table in the columns the
importer reads back.

A CSV is UTF-8 with a BOM (so Excel reads "Yılmaz" right) in one of two styles: "csv" (`,` and a decimal
point) or "excel_de" (`;` and a decimal comma, as German Excel opens it); dates are ISO in both. A path
ending in .xlsx is written as a workbook instead, with numbers as numbers and dates as dates.

Text that a spreadsheet would run as a formula (starting with = + - @, tab, CR or LF) is neutralised
(OWASP "CSV injection"): in a CSV with a leading apostrophe, which `restore` takes off again on import; in a
workbook as a cell that is typed as text and marked with Excel's quote prefix. Leading control characters
(NUL and the like, which a spreadsheet skips) are dropped first, in both. Numbers are never touched.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Literal

from planner.core.store import file_safety

Style = Literal["csv", "excel_de"]
STYLES: dict[str, tuple[str, str]] = {"csv": (",", "."), "excel_de": (";", ",")}  # delimiter, decimal
XLSX_SUFFIX = ".xlsx"
COLUMN_KINDS = ("text", "int", "real", "money", "date")

_TRIGGERS = "=+-@\t\r\n"
# Control characters (Unicode Cc) other than the triggers tab, CR and LF: a spreadsheet skips them before a
# formula ("\x00=1+1" runs as =1+1) and a workbook cannot hold most of them. Leading ones are dropped.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_LEADING_CONTROLS = re.compile(f"^[{_CONTROLS}]+")
# What `restore` takes off: leading control characters, then the apostrophe `neutralise` adds (one before
# any run of apostrophes that leads to a trigger).
NEUTRALISED = re.compile(f"^[{_CONTROLS}]*(?:'(?='*[=+\\-@\t\r\n]))?")


def neutralise(text: str) -> str:
    """`text` without leading control characters, and with a leading apostrophe if a spreadsheet would run
    it as a formula.

    Text that already starts with apostrophes before such a character gets one more, so that `restore`
    gives back exactly what was written: "=1+2" -> "'=1+2", "'=1+2" -> "''=1+2", "'t Hooft" unchanged,
    "\x00=1+2" -> "'=1+2" (which restores to "=1+2": the control characters are gone for good).
    """
    text = _LEADING_CONTROLS.sub("", text)
    first = text.lstrip("'")[:1]
    return f"'{text}" if first and first in _TRIGGERS else text


def restore(text: str) -> str:
    """The inverse of `neutralise`, for a CSV cell; a pandas column: `.str.replace(NEUTRALISED, "")`.

    Leading control characters are dropped first (a hostile file's "\x00=1+1" reads as "=1+1"), then the
    apostrophe: restore(neutralise(text)) is `text` without its leading control characters.
    """
    return NEUTRALISED.sub("", text, count=1)


def write_table(
    path: str | Path,
    headers: Sequence[str],
    kinds: Sequence[str],
    rows: Iterable[Sequence[Any]],
    style: Style = "csv",
) -> int:
    """Write headers and rows to `path` (.xlsx: a workbook, else a CSV in `style`); return the rows written.

    kinds, one per column: "text", "int", "real", "money" (integer cents, written as units with two
    decimals) or "date" (ISO text). None is an empty cell. The UI passes the visible columns of a view.
    """
    path = Path(path)
    if len(headers) != len(kinds) or not set(kinds) <= set(COLUMN_KINDS):
        raise ValueError(f"one kind of {COLUMN_KINDS} per header is needed, got {list(kinds)}")
    with file_safety.written_whole(path) as partial:
        if path.suffix.lower() == XLSX_SUFFIX:
            return _write_xlsx(partial, path.stem, headers, kinds, rows)
        return _write_csv(partial, headers, kinds, rows, style)


def _write_csv(
    path: Path, headers: Sequence[str], kinds: Sequence[str], rows: Iterable[Sequence[Any]], style: Style
) -> int:
    delimiter, decimal = STYLES[style]
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([_text(value, kind, decimal) for value, kind in zip(row, kinds, strict=True)])
            count += 1
    return count


def _text(value: Any, kind: str, decimal: str) -> str:
    if value is None:
        return ""
    if isinstance(value, int | float):
        return (_units(round(value)) if kind == "money" else _number(value)).replace(".", decimal)
    return neutralise(str(value))


def _number(value: int | float) -> str:
    """12 -> "12", 12.0 -> "12", 0.1 -> "0.1": the shortest text that reads back as the same number."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return repr(value)


def _units(cents: int) -> str:
    """-123450 -> "-1234.50", without going through a float."""
    units, rest = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}{units}.{rest:02d}"


def _write_xlsx(
    path: Path, name: str, headers: Sequence[str], kinds: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    title = ILLEGAL_CHARACTERS_RE.sub("", re.sub(r"[\[\]:*?/\\]", "", name))
    sheet = workbook.create_sheet(title[:31] or "Sheet1")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def text(value: str, font: Font | None = None) -> Any:
        # Control characters a workbook cannot hold anywhere, and those a spreadsheet skips at the start.
        value = _LEADING_CONTROLS.sub("", ILLEGAL_CHARACTERS_RE.sub("", value))
        guarded = bool(value) and (value[0] in _TRIGGERS or value in ERROR_CODES)
        if font is None and not guarded:
            return value or None
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"  # not a formula or an error value
        if guarded:
            cell.quotePrefix = True  # and stays text when it is edited in Excel
        if font is not None:
            cell.font = font
        return cell

    def typed(value: Any, kind: str) -> Any:
        if isinstance(value, int | float) and kind == "money":
            cell = WriteOnlyCell(sheet, round(value) / 100)
            cell.number_format = "#,##0.00"
            return cell
        if value is None or isinstance(value, int | float):
            return value
        if kind == "date":
            try:
                return date.fromisoformat(str(value))  # openpyxl gives it a date format
            except ValueError:
                pass
        return text(str(value))

    sheet.append([text(str(header), bold) for header in headers])
    count = 0
    for row in rows:
        sheet.append([typed(v, kind) for v, kind in zip(row, kinds, strict=True)])
        count += 1
    workbook.save(path)
    return count
