"""A workbook's sheet as text cells, read by python-calamine (Rust, about ten times openpyxl's speed), each
cell the text a CSV of the same table would hold: a date cell 2026-03-04, a number in point style without
a trailing .0 (a key typed as the number 12345 is "12345"), a time 08:30:00.

Calamine holds the whole sheet in memory as one block from A1 to the last cell: workbook.py lets it read
only sheets whose extent it has checked (sheet_extent), and streams all others with openpyxl.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.core.importing.limits import (
    MAX_CELL,
    MAX_CELLS,
    MAX_ROWS,
    ImportFileError,
    column_letter,
    too_many_cells,
)

if TYPE_CHECKING:
    import pandas as pd


def read_sheet(path: Path, sheet_name: str) -> pd.DataFrame:
    """The sheet's non-blank rows as text cells, indexed by Excel's row number - 1, as wide as the header (the
    first non-blank row); the first worksheet when the workbook has no sheet of that name. ImportFileError
    when a row holds a value beyond the header (ragged), a cell is longer than Excel allows, or the workbook
    cannot be read."""
    from python_calamine import CalamineWorkbook, SheetTypeEnum

    try:
        with CalamineWorkbook.from_path(str(path)) as book:
            names = [m.name for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
            if not names:
                raise ImportFileError(path, "binary", detail="no worksheet in the workbook")
            name = sheet_name if sheet_name in names else names[0]
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except ImportFileError:
        raise
    except Exception as error:  # calamine's errors: a damaged zip or XML part, a password
        raise ImportFileError(path, "binary", detail=str(error)) from error
    except BaseException as error:  # a panic in calamine's Rust code (pyo3's PanicException)
        if type(error).__name__ != "PanicException":
            raise
        raise ImportFileError(path, "binary", detail=str(error)) from error
    return _table(path, rows)


def _table(path: Path, rows: list[list[Any]]) -> pd.DataFrame:
    import pandas as pd

    if len(rows) > MAX_ROWS:  # the extent was checked: only a sheet that lied about it comes here
        raise ImportFileError(path, "too_many_rows", row=MAX_ROWS + 1)
    columns = [_texts(column) for column in zip(*rows, strict=True)]
    _check_lengths(path, columns)
    frame = pd.DataFrame(dict(enumerate(columns)), dtype=str)
    del columns
    filled = (frame != "").to_numpy()
    blank = ~filled.any(axis=1)
    if blank.all():
        raise ImportFileError(path, "empty")
    first = int(blank.argmin())  # the header's row
    header = frame.iloc[first].tolist()
    width = max((c + 1 for c, text in enumerate(header) if text.strip()), default=0)
    if not width:  # a header of blanks: read() names it
        return pd.DataFrame([[text for text in header if text]], dtype=str)
    beyond = filled[first + 1 :, width:].any(axis=1)
    if beyond.any():
        row = first + 1 + int(beyond.argmax())
        last = int(filled[row].nonzero()[0][-1]) + 1
        raise ImportFileError(path, "ragged", row=row + 1, detail=str(last), expected=width)
    kept = frame.iloc[~blank, :width]  # the rows above the header are blank
    if len(kept) * width > MAX_CELLS:
        raise too_many_cells(path)
    return kept


def _check_lengths(path: Path, columns: list[list[str]]) -> None:
    """Refuse the first cell (by row, then column) longer than Excel's 32,767 characters."""
    long = [
        (next(r for r, text in enumerate(column) if len(text) > MAX_CELL), c)
        for c, column in enumerate(columns)
        if max(map(len, column), default=0) > MAX_CELL
    ]
    if long:
        row, column = min(long)
        raise ImportFileError(path, "cell_too_long", row=row + 1, column=column_letter(column + 1))


def _texts(column: tuple[Any, ...]) -> list[str]:
    kinds = set(map(type, column)) - {str}
    if not kinds:
        return list(column)
    if len(kinds) > 1:  # 1 == 1.0 == True: one text per distinct value only for values of one kind
        return [value if value.__class__ is str else cell_text(value) for value in column]
    convert = _TEXT.get(kinds.pop(), cell_text)
    texts = {value: convert(value) for value in set(column) if value.__class__ is not str}
    return list(map(texts.get, column, column))  # a text stands for itself


def cell_text(value: Any) -> str:
    """An Excel cell as the text a CSV would hold, with numbers in point style (the layout says so)."""
    if isinstance(value, str):
        return value
    for kind in (datetime, date, float):  # subclasses of these (bool is an int: str(True))
        if isinstance(value, kind):
            return _TEXT[kind](value)
    return str(value)  # a time 08:30:00, a duration, a whole number, True


def _number_text(value: float) -> str:
    text = repr(value)
    if text.endswith(".0"):
        return text[:-2]  # 12345.0 as 12345: a key or a count
    if "e" in text or "n" in text:  # 1e-05, 1e+16, inf, nan
        import numpy as np

        return np.format_float_positional(value, trim="-")  # 1e-05 as 0.00001
    return text


def _datetime_text(value: datetime) -> str:
    return value.date().isoformat() if value.time() == _MIDNIGHT else value.isoformat(" ")


_MIDNIGHT = time()
_TEXT: dict[type, Callable[[Any], str]] = {
    float: _number_text, datetime: _datetime_text, date: date.isoformat, int: str, bool: str, time: str,
    timedelta: str,
}  # fmt: skip
