"""Reading a text file within Excel's limits: one streaming pass checks the encoding, rows, columns and cell
lengths before pandas builds anything; pandas then reads the file itself, never a copy of it in memory."""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from planner.core.importing.encodings import RULE, SAMPLE_BYTES, guesses
from planner.core.importing.limits import (
    CHUNK,
    MAX_CELL,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_TEXT_BYTES,
    ImportFileError,
    Progress,
    Watched,
    column_letter,
    too_large,
    too_many_cells,
)

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Scan:
    """What one pass over the text found."""

    encoding: str
    guessed: bool = False  # neither UTF-8 nor Windows-1252 reads the file: the encoding is a guess
    skipped: int = 0  # blank lines above the first record
    width: int = 0  # values in the first record
    quotes: bool = False  # cells may hold line breaks: the records are counted again by pandas
    recheck: bool = False  # a quoted stretch over several lines is longer than a cell: measure the cells


def scan(path: Path, encoding: str, delimiter: str, progress: Progress | None) -> Scan:
    """The text checked in one streaming pass. A UTF-8 file that is not UTF-8 throughout is Windows-1252; one
    that Windows-1252 cannot read either is in the single-byte encoding guessed from its start and from where
    the rule failed (`encodings.guesses`). Any other encoding is taken as given."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportFileError(path, "unreadable", detail=str(error)) from error
    if size > MAX_TEXT_BYTES:
        raise too_large(path, MAX_TEXT_BYTES)
    scanner = _Scanner(path, encoding, delimiter)
    try:
        return scanner.run(size, progress)
    except (UnicodeDecodeError, LookupError) as error:
        if encoding not in RULE:
            raise ImportFileError(path, "encoding", detail=encoding) from error
        failed_at, cause = scanner.failed_at, error
    if encoding != "cp1252":
        scanner = _Scanner(path, "cp1252", delimiter)  # only the start was UTF-8
        try:
            return scanner.run(size, progress)
        except UnicodeDecodeError as error:
            failed_at, cause = scanner.failed_at, error
    for guess in guesses(_sample(path, failed_at)):
        if guess == "cp1252":
            continue
        try:
            found = _Scanner(path, guess, delimiter).run(size, progress)
        except UnicodeDecodeError:
            continue  # a byte further on that the guess has no character for
        found.guessed = True
        return found
    raise ImportFileError(path, "encoding", detail="utf-8") from cause


def _sample(path: Path, failed_at: int) -> bytes:
    """The start of the file and the bytes from just before where decoding failed: what the guess reads."""
    with path.open("rb") as raw:
        head = raw.read(SAMPLE_BYTES // 2)
        raw.seek(max(failed_at - 1024, len(head)))
        return head + raw.read(SAMPLE_BYTES // 2)


class _Scanner:
    def __init__(self, path: Path, encoding: str, delimiter: str) -> None:
        self.path, self.delimiter = path, delimiter
        self.found = Scan(encoding)
        self.failed_at = 0  # the byte the encoding has no character for
        self.lines = 0  # lines finished
        self.lead = re.compile(rf"[ \t{re.escape(delimiter)}]*")
        self.long_run = re.compile(rf"[^{re.escape(delimiter)}\n]{{{MAX_CELL + 1}}}")
        self.started = False  # past the blank lines at the top
        self.open_quote = False  # inside a quoted cell that goes on over the next line
        self.span = 0  # characters since that quote

    def run(self, size: int, progress: Progress | None) -> Scan:
        decoder = codecs.getincrementaldecoder(self.found.encoding)(errors="strict")
        carry, checked = "", 0  # the unfinished last line, and how much of it was checked
        with self.path.open("rb") as raw:
            stream = Watched(raw, size, progress)
            while True:
                position = stream.done
                data = stream.read(CHUNK)
                try:
                    text = carry + decoder.decode(data, final=not data)
                except UnicodeDecodeError as error:
                    self.failed_at = position + error.start
                    raise
                if "\x00" in text:
                    raise ImportFileError(self.path, "binary")
                keep = "\r" if data and text.endswith("\r") else ""  # CR LF may be cut in two
                if keep:
                    text = text[:-1]
                if "\r" in text:
                    text = text.replace("\r\n", "\n").replace("\r", "\n")
                lines = text.split("\n")
                carry = lines.pop() + keep
                self._lines(lines)
                if not data:
                    self._lines([carry] if carry else [])
                    if not self.started:
                        raise ImportFileError(self.path, "empty")
                    return self.found
                if len(carry) - checked > CHUNK:  # a line that does not end: check it as it grows
                    self._line(carry, self.lines + 1)
                    checked = len(carry)
                elif not lines:
                    continue
                else:
                    checked = 0

    def _lines(self, lines: list[str]) -> None:
        if not lines:
            return
        first = self.lines + 1
        self.lines += len(lines)
        quoted = any('"' in line for line in lines)
        self.found.quotes = self.found.quotes or quoted
        if self.lines > MAX_ROWS and not self.found.quotes:  # with quotes, pandas counts the records
            raise ImportFileError(self.path, "too_many_rows", row=MAX_ROWS + 1)
        if not self.started:
            for line in lines:
                if not self.lead.fullmatch(line):
                    self.started = True
                    self.found.width = self._line(line, self.found.skipped + 1)
                    break
                self.found.skipped += 1
        if quoted or self.open_quote:
            self._spans(lines)
        if max(map(len, lines)) >= MAX_COLUMNS:  # a line can be too wide or hold a too long cell
            for number, line in enumerate(lines, first):
                if len(line) >= MAX_COLUMNS:
                    self._line(line, number)

    def _spans(self, lines: list[str]) -> None:
        """Follow quoted cells over line breaks: one longer than a cell is measured after pandas read it."""
        for line in lines:
            if self.open_quote:
                self.span += len(line) + 1
                if self.span > MAX_CELL:
                    self.found.recheck = True
            if line.count('"') % 2:
                self.open_quote, self.span = not self.open_quote, 0

    def _line(self, line: str, number: int) -> int:
        """The number of values in the line (up to one beyond Excel's limit); refuses a line that is wider
        than Excel's limit or has a longer cell."""
        delimiter = self.delimiter
        if '"' not in line:
            count = line.count(delimiter) + 1
            if count > MAX_COLUMNS:
                raise ImportFileError(
                    self.path, "too_many_columns", row=number, column=column_letter(MAX_COLUMNS + 1)
                )
            if len(line) > MAX_CELL and (long := self.long_run.search(line)):
                column = line.count(delimiter, 0, long.start()) + 1
                raise ImportFileError(self.path, "cell_too_long", row=number, column=column_letter(column))
            return count
        return self._quoted_line(line, number)

    def _quoted_line(self, line: str, number: int) -> int:
        field = _FIELD.get(self.delimiter) or _FIELD.setdefault(self.delimiter, _field(self.delimiter))
        position, count = 0, 0
        while True:
            match = field.match(line, position)
            assert match is not None  # the pattern matches the empty string
            count += 1
            if count > MAX_COLUMNS:
                raise ImportFileError(
                    self.path, "too_many_columns", row=number, column=column_letter(MAX_COLUMNS + 1)
                )
            value = match.group()
            length = len(value) - 2 - value.count('""') if value.startswith('"') else len(value)
            if length > MAX_CELL:
                raise ImportFileError(self.path, "cell_too_long", row=number, column=column_letter(count))
            position = match.end() + 1
            if position > len(line):
                return count


_FIELD: dict[str, re.Pattern[str]] = {}


def _field(delimiter: str) -> re.Pattern[str]:
    """A value: quoted (to its closing quote, or to the end of the line when the cell goes on) or plain."""
    d = re.escape(delimiter)
    return re.compile(rf'"(?:[^"]++|"")*+(?:"[^{d}]*+)?|[^{d}]*+')


def read_records(path: Path, scan: Scan, delimiter: str, progress: Progress | None) -> pd.DataFrame:
    """Every record below the blank lines at the top, as text cells, indexed by its record number from the
    top of the file (0 for the first line)."""
    import pandas as pd

    rows = MAX_ROWS - scan.skipped
    with path.open("rb") as raw:
        stream = io.BufferedReader(Watched(raw, path.stat().st_size, progress), CHUNK)
        try:
            records = pd.read_csv(
                stream, encoding=scan.encoding, sep=delimiter, dtype=str, keep_default_na=False,
                na_filter=False, header=None, skip_blank_lines=False, engine="c", quotechar='"',
                doublequote=True, skiprows=scan.skipped, nrows=min(rows, MAX_CELLS // max(scan.width, 1)) + 1,
            )  # fmt: skip
        except ValueError as error:  # ParserError, EmptyDataError
            raise _parser_error(path, str(error)) from error
    if len(records) > rows:
        raise ImportFileError(path, "too_many_rows", row=MAX_ROWS + 1)
    if records.size > MAX_CELLS:
        raise too_many_cells(path)
    records.index += scan.skipped
    if scan.recheck:
        _measure(path, records)
    return records


def _measure(path: Path, records: pd.DataFrame) -> None:
    for position, name in enumerate(records.columns, 1):
        lengths = records[name].str.len()
        if (lengths > MAX_CELL).any():
            row = int(records.index[(lengths > MAX_CELL).to_numpy().argmax()]) + 1
            raise ImportFileError(path, "cell_too_long", row=row, column=column_letter(position))


def value_counts(path: Path, scan: Scan, delimiter: str, records: int) -> list[int] | None:
    """The number of values in each record (by the csv module when there are quotes, else a line each);
    None when that splits the file into other records than pandas did."""
    with path.open(encoding=scan.encoding, newline="") as handle:
        if scan.quotes:
            try:
                counts = [len(r) for r in csv.reader(handle, delimiter=delimiter)]
            except csv.Error:
                return None
        else:  # a record a line; pandas ends one at CR LF, LF or CR
            counts = [line.count(delimiter) + 1 if line.strip() else 0 for line in handle]
    return counts if len(counts) == records else None


_RAGGED = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")
_OPEN_QUOTE = re.compile(r"EOF inside string starting at row (\d+)")


def _parser_error(path: Path, message: str) -> ImportFileError:
    """The error for what pandas reports (its lines and rows count from the top of the file)."""
    if match := _RAGGED.search(message):
        expected, line, count = (int(g) for g in match.groups())
        return ImportFileError(path, "ragged", row=line, detail=str(count), expected=expected)
    quote = _OPEN_QUOTE.search(message)
    row = int(quote.group(1)) + 1 if quote else None  # pandas counts from 0 here
    detail = message.strip().splitlines()[0][:120] if message.strip() else "?"
    return ImportFileError(path, "malformed", row=row, detail=detail)
