"""Opening a file the way Excel and CRMs write it: encoding, delimiter, number and date style.

`sniff` looks at the start of the file and proposes a `Layout`; the user may correct it in the preview;
`read` then reads the whole file as text cells (a pandas DataFrame of str, one column per header).
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from planner.core.importing.encodings import by_rule, decoded, detect
from planner.core.importing.limits import ImportFileError, Progress, describe_file_error
from planner.core.importing.text_file import read_records, scan, value_counts
from planner.core.importing.workbook import first_sheet, read_workbook

if TYPE_CHECKING:
    from collections.abc import Callable

    import pandas as pd

__all__ = [
    "SUFFIXES", "ImportFileError", "Layout", "Progress", "Sheet", "describe_file_error", "read", "sniff",
]  # fmt: skip

SNIFF_BYTES = 256 * 1024
DELIMITERS = (";", ",", "\t", "|")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
SUFFIXES = TEXT_SUFFIXES + EXCEL_SUFFIXES


@dataclass(frozen=True)
class Layout:
    """How the file is written; everything the preview shows and lets the user correct."""

    encoding: str = "utf-8-sig"  # for text files
    guessed: bool = False  # neither UTF-8 nor Windows-1252 read the file: the encoding is a guess (encodings)
    delimiter: str = ";"
    decimal: str = ","  # "," (1.234,50) or "." (1,234.50)
    day_first: bool = (
        True  # 03/04/2026 is 3 April (True) or March 4 (False); dotted dates are always day first
    )
    excel: bool = False
    sheet: str = ""


@dataclass
class Sheet:
    """The cells of a file as text: headers and a DataFrame of str ("" for blank), a row per record below
    the header; its index counts the records after the header (blank records are left out)."""

    path: Path
    layout: Layout
    headers: list[str]
    frame: pd.DataFrame
    header_row: int = 1  # the row the header is on in Excel (blank rows may come before it)

    def row_number(self, position: int) -> int:
        """The row a user sees in Excel for the frame's row at `position` (the header is row 1)."""
        return position + self.header_row + 1

    def __len__(self) -> int:
        return len(self.frame)


def sniff(path: Path) -> Layout:
    """Propose the layout from the first part of the file; raise ImportFileError for files we cannot read."""
    head = _head(path)
    if path.suffix.lower() in EXCEL_SUFFIXES or head.startswith(b"PK\x03\x04"):
        return Layout(decimal=".", day_first=True, excel=True, sheet=_first_sheet(path))
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise ImportFileError(path, "suffix")
    encoding, guessed = _encoding(path, head)
    text = decoded(head, encoding)
    if text is None:  # not whole UTF-16 characters
        raise ImportFileError(path, "binary")
    if "\x00" in text:
        raise ImportFileError(path, "binary")
    if not text.strip():
        raise ImportFileError(path, "empty")
    if len(head) == SNIFF_BYTES:  # the last line may be cut
        text = text[: text.rfind("\n") + 1] or text
    delimiter = _delimiter(text)
    decimal, day_first = _number_style(text, delimiter)
    return Layout(
        encoding=encoding, guessed=guessed, delimiter=delimiter, decimal=decimal, day_first=day_first
    )


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except FileNotFoundError as error:
        raise ImportFileError(path, "missing") from error
    except OSError as error:
        raise ImportFileError(path, "unreadable", detail=str(error)) from error
    if not head:
        raise ImportFileError(path, "empty")
    return head


def _encoding(path: Path, head: bytes) -> tuple[str, bool]:
    """(encoding, guessed): UTF-16, else (unless the file is binary) UTF-8, Windows-1252 or a guess."""
    rule = by_rule(head)
    if rule.startswith("utf-16"):
        return rule, False
    if _binary(head):
        raise ImportFileError(path, "binary")
    return detect(head)


def _binary(head: bytes) -> bool:
    sample = head[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 12))
    return control > len(sample) // 100 + 1


def _split(text: str, delimiter: str) -> list[list[str]]:
    """The records of (the start of) a file, for sniffing; a file the csv module refuses is split plainly."""
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:  # a field beyond the csv module's size limit, a quote left open
        return [line.split(delimiter) for line in text.splitlines()]


def _delimiter(text: str) -> str:
    """The candidate that splits the first records into the same number (>1) of columns most often."""
    lines = "\n".join(text.splitlines()[:50])
    best, best_score = ";", (-1, 0)
    for delimiter in DELIMITERS:
        rows = _split(lines, delimiter)
        widths = Counter(len(r) for r in rows if any(cell.strip() for cell in r))
        if not widths:
            continue
        width, count = widths.most_common(1)[0]
        header_width = next((len(r) for r in rows if any(cell.strip() for cell in r)), 0)
        score = (count if width > 1 and width == header_width else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


_COMMA_DECIMAL = re.compile(
    r"(?<![\d.,])-?\d{1,3}(\.\d{3})+,\d+(?![\d.,])|(?<![\d.,])-?\d+,\d{1,2}(?![\d.,])"
    r"|(?<![\d.,])-?\d{1,3}(\.\d{3}){2,}(?![\d.,])"  # 1.234.567: only thousands can come twice
)
_POINT_DECIMAL = re.compile(
    r"(?<![\d.,])-?\d{1,3}(,\d{3})+\.\d+(?![\d.,])|(?<![\d.,])-?\d+\.\d{1,2}(?![\d.,])"
    r"|(?<![\d.,])-?\d{1,3}(,\d{3}){2,}(?![\d.,])"
)
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/\d{2,4}\b")


def _number_style(text: str, delimiter: str) -> tuple[str, bool]:
    """Decimal comma or point, and whether slashed dates put the day first, from evidence in the cells."""
    cells = [c for row in _split(text, delimiter) for c in row[:200]][:20000]
    comma = sum(1 for c in cells if _COMMA_DECIMAL.fullmatch(c.strip()))
    point = sum(1 for c in cells if _POINT_DECIMAL.fullmatch(c.strip()) and not _looks_dotted_date(c))
    decimal = "," if comma > point or (comma == point and delimiter == ";") else "."
    day_first = decimal == ","
    for cell in cells:
        if match := _SLASH_DATE.search(cell):
            first, second = int(match.group(1)), int(match.group(2))
            if first > 12:
                return decimal, True
            if second > 12:
                return decimal, False
    return decimal, day_first


def _looks_dotted_date(cell: str) -> bool:
    return cell.count(".") == 2


def _first_sheet(path: Path) -> str:
    return first_sheet(path)


def read(path: Path, layout: Layout | None = None, progress: Progress | None = None) -> Sheet:
    """The whole file as text cells; ImportFileError naming the file (and row) when it is not a table.

    The header is the first record that is not blank; blank records are left out (row numbers stay as Excel
    shows them). A text file that is not in the layout's UTF-8 is read as Windows-1252, one that is not in
    Windows-1252 either in a guessed encoding (the sheet's layout says which). Nothing beyond Excel's limits
    (rows, columns, characters in a cell) or the import's budget is expanded: such a file is refused first.
    `progress(done, total)` is called as the file streams by and may raise to cancel."""
    layout = layout or sniff(path)
    counted: Callable[[], list[int] | None] | None = None  # the values of each record, when needed
    if layout.excel:
        records = read_workbook(path, layout.sheet, progress)
    else:
        scanned = scan(path, layout.encoding, layout.delimiter, progress)
        guessed = scanned.guessed or (layout.guessed and scanned.encoding == layout.encoding)
        layout = replace(layout, encoding=scanned.encoding, guessed=guessed)
        records = read_records(path, scanned, layout.delimiter, progress)
        counted = partial(value_counts, path, scanned, layout.delimiter, int(records.index[-1]) + 1)

    blank = records.iloc[:, 0] == ""  # a blank record has a blank first cell: look at those only
    if blank.any():
        blank[blank] = (records[blank] == "").all(axis=1)
    if blank.all():
        raise ImportFileError(path, "empty")
    first = int(blank.to_numpy().argmin())
    top = int(records.index[first])  # the header's record (the index counts records from 0)
    headers = [str(h).strip() for h in records.iloc[first]]
    while headers and not headers[-1]:  # Excel writes "a;b;c;;" when cells beyond the table were touched
        headers.pop()
    _check_headers(path, headers)
    body = records.iloc[first + 1 :]
    if blank.iloc[first + 1 :].any():
        body = body[~blank.iloc[first + 1 :]]
    if body.empty:
        raise ImportFileError(path, "header_only")
    _check_width(path, body, len(headers), counted)
    frame = body.iloc[:, : len(headers)].set_axis(headers, axis=1)
    frame.index = frame.index - (top + 1)
    return Sheet(path, layout, headers, frame, header_row=top + 1)


def _check_headers(path: Path, headers: list[str]) -> None:
    if not headers:
        raise ImportFileError(path, "blank_header", detail="1")
    seen: set[str] = set()
    for position, header in enumerate(headers, 1):
        if not header:
            raise ImportFileError(path, "blank_header", detail=str(position))
        if header.lower() in seen:
            raise ImportFileError(path, "duplicate_header", column=header)
        seen.add(header.lower())


def _check_width(
    path: Path, body: pd.DataFrame, width: int, counted: Callable[[], list[int] | None] | None
) -> None:
    """A row must have as many values as the header: more (beyond its last name), or fewer in a text file,
    make a broken file. pandas pads a short row with blanks (Excel never writes one), so the records whose
    last cell is blank are counted again by `counted` (the number of values of each record in a text file)."""
    import numpy as np

    filled = (body.iloc[:, width:] != "").to_numpy()
    longer = filled.any(axis=1)
    if longer.any():
        row = int(longer.argmax())
        count = width + int(np.flatnonzero(filled[row])[-1]) + 1
        raise ImportFileError(path, "ragged", row=int(body.index[row]) + 1, detail=str(count), expected=width)
    last = body.iloc[:, width - 1] == ""
    counts = counted() if counted and last.any() else None
    if counts is None:
        return
    for record in body.index[last]:
        if counts[record] < width:
            raise ImportFileError(
                path, "ragged", row=int(record) + 1, detail=str(counts[record]), expected=width
            )
