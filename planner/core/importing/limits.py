"""What a file may hold before anything is expanded: Excel's limits, the import's budget, and the error."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import IO

MAX_ROWS = 1_048_576  # Excel's limits
MAX_COLUMNS = 16_384  # XFD
MAX_CELL = 32_767  # characters in a cell
MAX_CELLS = 1 << 24  # what one import holds in memory: 1,048,576 rows of 16 columns, or fewer rows of more
MAX_TEXT_BYTES = 512 << 20  # a text file, or a workbook's shared strings
MAX_SHEET_BYTES = 2 << 30  # a worksheet's XML, unpacked (read as a stream, a row at a time)
MAX_PART_BYTES = 64 << 20  # any other XML part of a workbook, unpacked (parsed whole by openpyxl)
MAX_RUN = 1 << 20  # bytes of XML without a ">": more than a cell can hold (32,767 characters of "&#x10FFFF;")
CHUNK = 1 << 20

Progress = Callable[[int, int], None]  # (done, total); raises to cancel, as plan_import's progress does


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
    "portfolio": "this is the open portfolio (or a file beside it), not a file to import",
    "rejected": "{detail}",
    "too_many_rows": "row {row} is beyond Excel's limit of 1,048,576 rows",
    "too_many_columns": "row {row} reaches column {column}, beyond Excel's limit of 16,384 columns (XFD)",
    "cell_too_long": "the cell in row {row}, column {column} holds more than Excel's 32,767 characters",
    "text_too_long": "the workbook holds a text longer than Excel's 32,767 characters for a cell",
    "too_many_cells": "the table has more than {detail} cells, more than one import takes; split the file",
    "too_large": "the file unpacks to more than {detail} MB, more than one import takes; split the file",
}


def describe_file_error(error: ImportFileError) -> str:
    text = _FILE_ERRORS[error.code].format(
        row=error.row, column=error.column, detail=error.detail, expected=error.expected
    )
    return f"{error.path.name}: {text}"


def column_letter(number: int) -> str:
    """1 -> A, 16384 -> XFD."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def too_large(path: Path, limit: int) -> ImportFileError:
    return ImportFileError(path, "too_large", detail=f"{limit >> 20:,}")


def too_many_cells(path: Path) -> ImportFileError:
    return ImportFileError(path, "too_many_cells", detail=f"{MAX_CELLS:,}")


class Watched(io.RawIOBase):
    """A binary stream read in bounded steps: reports progress (which may cancel) about every CHUNK bytes
    and hands each chunk to `check` (which may refuse it) before the reader sees it."""

    def __init__(
        self, raw: IO[bytes], total: int, progress: Progress | None = None,
        check: Callable[[bytes], None] | None = None,
    ) -> None:  # fmt: skip
        super().__init__()
        self._raw, self.total, self._progress, self._check = raw, total, progress, check
        self.done = self._reported = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        data = self._raw.read(min(len(buffer), CHUNK))
        if self._check is not None and data:
            self._check(data)
        buffer[: len(data)] = data
        self.done += len(data)
        if self._progress is not None and self.done - self._reported >= CHUNK:
            self._reported = self.done
            self._progress(self.done, self.total)
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


class RunCheck:
    """Refuses XML with more than MAX_RUN bytes between two ">": a tag or text no legal cell holds. It bounds
    what an XML parser buffers at once, whatever the file declares."""

    def __init__(self, path: Path) -> None:
        self.path, self.run = path, 0

    def __call__(self, data: bytes) -> None:  # data: at most CHUNK (= MAX_RUN) bytes, see Watched
        last = data.rfind(b">")
        if last < 0:
            self.run += len(data)
        else:
            if self.run + data.find(b">") > MAX_RUN:
                raise ImportFileError(self.path, "text_too_long")
            self.run = len(data) - last - 1
        if self.run > MAX_RUN:
            raise ImportFileError(self.path, "text_too_long")
