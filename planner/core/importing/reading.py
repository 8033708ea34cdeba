"""Opening a file the way Excel and CRMs write it: encoding, delimiter, number and date style.

`sniff` looks at the start of the file and proposes a `Layout`; the user may correct it in the preview;
`read` then reads the whole file as text cells (a pandas DataFrame of str, one column per header).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

SNIFF_BYTES = 256 * 1024
DELIMITERS = (";", ",", "\t", "|")
ENCODINGS = ("utf-8-sig", "utf-16", "cp1252")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
SUFFIXES = TEXT_SUFFIXES + EXCEL_SUFFIXES


class ImportFileError(Exception):
    """A file that cannot be imported; nothing was written. `code` says why, for the UI to word."""

    def __init__(
        self, path: Path, code: str, *, row: int | None = None, column: str = "", detail: str = "",
        expected: int = 0,
    ) -> None:  # fmt: skip
        self.path, self.code, self.row, self.column, self.detail = path, code, row, column, detail
        self.expected = expected
        super().__init__(describe_file_error(self))


_FILE_ERRORS = {
    "missing": "the file does not exist",
    "unreadable": "the file cannot be read",
    "empty": "the file is empty",
    "header_only": "the file has a header but no rows",
    "binary": "this is not a text file or Excel workbook",
    "encoding": "the text is not in {detail}",
    "ragged": "row {row} has {detail} values, the header has {expected} columns",
    "malformed": "the file cannot be split into columns ({detail})",
    "duplicate_header": "the column {column} appears twice in the header",
    "blank_header": "column {detail} of the header has no name",
    "unknown_kind": "the columns do not match any kind of import ({detail})",
    "missing_column": "the required column {column} is missing",
    "suffix": "only .csv, .txt and .xlsx files can be imported",
    "rejected": "{detail}",
}


def describe_file_error(error: ImportFileError) -> str:
    text = _FILE_ERRORS[error.code].format(
        row=error.row, column=error.column, detail=error.detail, expected=error.expected
    )
    return f"{error.path.name}: {text}"


@dataclass(frozen=True)
class Layout:
    """How the file is written; everything the preview shows and lets the user correct."""

    encoding: str = "utf-8-sig"  # for text files
    delimiter: str = ";"
    decimal: str = ","  # "," (1.234,50) or "." (1,234.50)
    day_first: bool = (
        True  # 03/04/2026 is 3 April (True) or March 4 (False); dotted dates are always day first
    )
    excel: bool = False
    sheet: str = ""


@dataclass
class Sheet:
    """The cells of a file as text: headers and a DataFrame of str ("" for blank), row 2 is the first row."""

    path: Path
    layout: Layout
    headers: list[str]
    frame: pd.DataFrame

    def row_number(self, position: int) -> int:
        """The row a user sees in Excel for the frame's row at `position` (the header is row 1)."""
        return position + 2

    def __len__(self) -> int:
        return len(self.frame)


def sniff(path: Path) -> Layout:
    """Propose the layout from the first part of the file; raise ImportFileError for files we cannot read."""
    head = _head(path)
    if path.suffix.lower() in EXCEL_SUFFIXES or head.startswith(b"PK\x03\x04"):
        return Layout(decimal=".", day_first=True, excel=True, sheet=_first_sheet(path))
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise ImportFileError(path, "suffix")
    encoding = _encoding(path, head)
    text = _decode_head(head, encoding)
    if not text.strip():
        raise ImportFileError(path, "empty")
    delimiter = _delimiter(text)
    decimal, day_first = _number_style(text, delimiter)
    return Layout(encoding=encoding, delimiter=delimiter, decimal=decimal, day_first=day_first)


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


def _encoding(path: Path, head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if len(head) > 3 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4):
        return "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
    if _binary(head):
        raise ImportFileError(path, "binary")
    try:
        _decode_head(head, "utf-8-sig")
    except UnicodeDecodeError:
        return "cp1252"  # German Excel's "CSV (Trennzeichen-getrennt)"
    return "utf-8-sig"


def _binary(head: bytes) -> bool:
    sample = head[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 12))
    return control > len(sample) // 100 + 1


def _decode_head(head: bytes, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    return decoder.decode(head, final=False)  # the cut may split a character: not an error yet


def _delimiter(text: str) -> str:
    """The candidate that splits the first records into the same number (>1) of columns most often."""
    lines = text.splitlines()[:50]
    if len(lines) > 1 and len(text) >= SNIFF_BYTES - 4:
        lines = lines[:-1]  # the last line may be cut
    best, best_score = ";", (-1, 0)
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
        except csv.Error:
            continue
        widths = Counter(len(r) for r in rows if any(cell.strip() for cell in r))
        if not widths:
            continue
        width, count = widths.most_common(1)[0]
        header_width = len(rows[0]) if rows else 0
        score = (count if width > 1 and width == header_width else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


_COMMA_DECIMAL = re.compile(
    r"(?<![\d.,])-?\d{1,3}(\.\d{3})+,\d+(?![\d.,])|(?<![\d.,])-?\d+,\d{1,2}(?![\d.,])"
)
_POINT_DECIMAL = re.compile(
    r"(?<![\d.,])-?\d{1,3}(,\d{3})+\.\d+(?![\d.,])|(?<![\d.,])-?\d+\.\d{1,2}(?![\d.,])"
)
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/\d{2,4}\b")


def _number_style(text: str, delimiter: str) -> tuple[str, bool]:
    """Decimal comma or point, and whether slashed dates put the day first, from evidence in the cells."""
    cells = [c for row in csv.reader(io.StringIO(text), delimiter=delimiter) for c in row[:200]][:20000]
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
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True)
    except Exception as error:  # zipfile.BadZipFile, KeyError, InvalidFileException ...
        raise ImportFileError(path, "binary", detail=str(error)) from error
    try:
        return str(workbook.sheetnames[0]) if workbook.sheetnames else ""
    finally:
        workbook.close()


def read(path: Path, layout: Layout | None = None) -> Sheet:
    """The whole file as text cells; ImportFileError naming the file (and row) when it is not a table."""
    layout = layout or sniff(path)
    headers, frame = _read_excel(path, layout) if layout.excel else _read_text(path, layout)
    headers = [h.strip() for h in headers]
    seen: set[str] = set()
    for position, header in enumerate(headers, 1):
        if not header:
            raise ImportFileError(path, "blank_header", detail=str(position))
        if header.lower() in seen:
            raise ImportFileError(path, "duplicate_header", column=header)
        seen.add(header.lower())
    frame.columns = headers
    blank = (frame == "").all(axis=1)
    if blank.any():
        frame = frame[~blank]
    if frame.empty:
        raise ImportFileError(path, "header_only")
    return Sheet(path, layout, headers, frame)


def _read_text(path: Path, layout: Layout) -> tuple[list[str], pd.DataFrame]:
    import pandas as pd

    try:
        text = path.read_bytes().decode(layout.encoding)
    except UnicodeDecodeError as error:
        raise ImportFileError(path, "encoding", detail=layout.encoding) from error
    except OSError as error:
        raise ImportFileError(path, "unreadable", detail=str(error)) from error
    if "\x00" in text:
        raise ImportFileError(path, "binary")
    if not text.strip():
        raise ImportFileError(path, "empty")
    try:
        frame = pd.read_csv(
            io.StringIO(text), sep=layout.delimiter, dtype=str, keep_default_na=False, na_filter=False,
            header=None, skip_blank_lines=True, engine="c", quotechar='"', doublequote=True,
        )  # fmt: skip
    except pd.errors.EmptyDataError as error:
        raise ImportFileError(path, "empty") from error
    except pd.errors.ParserError as error:
        raise _ragged(path, str(error)) from error
    headers = [str(h) for h in frame.iloc[0]]
    frame = frame.iloc[1:].reset_index(drop=True)
    frame = _drop_empty_tail_columns(frame, headers)
    _check_short_rows(path, text, layout.delimiter, len(headers))
    return headers, frame


def _check_short_rows(path: Path, text: str, delimiter: str, width: int) -> None:
    """pandas pads a row with fewer values than the header; Excel never writes one, so it is a broken file."""
    if '"' in text:
        records: Iterable[list[str]] = csv.reader(io.StringIO(text), delimiter=delimiter)
        widths = (len(r) if r else width for r in records)
    else:
        widths = (line.count(delimiter) + 1 if line.strip() else width for line in text.splitlines())
    for number, count in enumerate(widths, 1):
        if count < width:
            raise ImportFileError(path, "ragged", row=number, detail=str(count), expected=width)


def _drop_empty_tail_columns(frame: pd.DataFrame, headers: list[str]) -> pd.DataFrame:
    """Excel writes "a;b;c;;" when cells beyond the table were touched: drop unnamed, empty columns."""
    while headers and not headers[-1].strip():
        column = frame.iloc[:, len(headers) - 1]
        if (column.fillna("") != "").any():
            break
        headers.pop()
        frame = frame.iloc[:, : len(headers)]
    return frame


_RAGGED = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


def _ragged(path: Path, message: str) -> ImportFileError:
    if match := _RAGGED.search(message):
        expected, row, count = (int(g) for g in match.groups())
        return ImportFileError(path, "ragged", row=row, detail=str(count), expected=expected)
    return ImportFileError(path, "malformed", detail=message.strip().splitlines()[0][:120])


def _read_excel(path: Path, layout: Layout) -> tuple[list[str], pd.DataFrame]:
    import openpyxl
    import pandas as pd

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # a damaged or foreign zip
        raise ImportFileError(path, "binary", detail=str(error)) from error
    try:
        sheet = workbook[layout.sheet] if layout.sheet in workbook.sheetnames else workbook.worksheets[0]
        rows = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    rows = [r for r in rows if any(r)]
    if not rows:
        raise ImportFileError(path, "empty")
    headers = rows[0]
    while headers and not headers[-1]:
        headers = headers[:-1]
    width = len(headers)
    for number, row in enumerate(rows[1:], 2):
        if any(row[width:]):
            count = len(row) - next(i for i, c in enumerate(reversed(row)) if c)
            raise ImportFileError(path, "ragged", row=number, detail=str(count), expected=width)
    body = [(r + [""] * width)[:width] for r in rows[1:]]
    return headers, pd.DataFrame(body, columns=range(width), dtype=str)


def _cell_text(value: Any) -> str:
    """Excel cells as the text a CSV would hold, with numbers in point style (the layout says so)."""
    from datetime import date, datetime

    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() else repr(value)
    return str(value)


def with_layout(layout: Layout, **changes: Any) -> Layout:
    return replace(layout, **changes)
