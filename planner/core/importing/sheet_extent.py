"""Whether calamine may read a sheet: it holds a sheet as one block of cells from A1 to its last cell, so a
sheet of two cells, A1 and XFD1048576, would take 17 billion. A sheet goes to calamine when every cell names
its place first (<c r="B7" ...>, as Excel, LibreOffice and openpyxl write it), no cell lies right of the
widest row of the first chunk (the header and the rows below it) and the block up to the last row holds at
most CALAMINE_CELLS; all others are streamed by openpyxl, a row at a time (so is one that declares a
<dimension> beyond Excel's limits: openpyxl's path names the limit). The check follows the sheet's
bytes as workbook.py streams them anyway: in each chunk, the last cell's row is the highest so far unless a
cell says otherwise, which one search a chunk finds (about 0.04 s for 100,000 rows of 6 cells)."""

from __future__ import annotations

import re
import zipfile
from xml.etree.ElementTree import iterparse

from planner.core.importing.limits import MAX_COLUMNS, MAX_ROWS

CALAMINE_CELLS = 4_000_000  # from A1 to the last cell: 250,000 rows of 16 columns, under 0.5 GB while read
LETTERS, DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789"
_START = b'<c r="'
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="(?:[^":]*:)?([A-Z]+)(\d+)"')
_REFERENCE = re.compile(rb'<c r="([A-Z]{1,3})([1-9]\d{0,6})"')
_COLUMN = re.compile(rb'<c r="([A-Z]{1,3})[1-9]')
_ANY_CELL = re.compile(rb"<c[\s>/]")
_PREFIXED_CELL = re.compile(rb":c[\s>/]")  # <x:c r="A1">: calamine reads cells of any prefix
TAIL = 32  # bytes kept from one chunk for the next: more than a cell's start tag up to its reference's end


class CellsCheck:
    """Fed a sheet part's bytes chunk by chunk (then b"" at its end); `fits` says whether calamine may read
    it. A part without cells fits."""

    def __init__(self) -> None:
        self.fits = True
        self.columns = ""  # the letters of the widest column in the first chunk with cells
        self.rows = 0  # the highest row so far
        self._tail = b""
        self._started = False  # past the first chunk, which holds the declared <dimension>

    def __call__(self, data: bytes) -> None:
        if not self.fits:
            return
        text = self._tail + data
        self._tail = text[-TAIL:]
        if not self._started:
            self._started = True
            declared = _DIMENSION.search(text)  # beyond Excel: openpyxl says which limit
            if declared and (_number(declared[1].decode()) > MAX_COLUMNS or int(declared[2]) > MAX_ROWS):
                self.fits = False
                return
        if not self.columns:
            found = set(_COLUMN.findall(text))
            self.columns = max(found, key=lambda c: (len(c), c), default=b"").decode()
        self.rows = max(self.rows, _last_row(text))
        outside = _outside(self.columns, self.rows).search(text)
        if outside and data and outside.start() >= len(text) - TAIL:
            outside = None  # a tag cut by the chunk's end: looked at again with the next chunk
        if outside or _PREFIXED_CELL.search(text):
            self.fits = False
        elif not data:
            self.fits = self.rows <= MAX_ROWS and self.rows * _number(self.columns) <= CALAMINE_CELLS


_SHEET_TYPES = ("/worksheet", "/chartsheet", "/dialogsheet")


def sheets_in_xml_parts(archive: zipfile.ZipFile) -> bool:
    """Whether every sheet a relationship names is a part whose name ends in .xml, plainly below the workbook
    (no "..", no backslash): the parts workbook.py streams through CellsCheck, so calamine reads no other."""
    for info in archive.infolist():
        if not info.filename.lower().endswith(".rels"):
            continue
        with archive.open(info) as source:
            for _, element in iterparse(source):
                if element.tag.rpartition("}")[2] != "Relationship":
                    continue
                target = element.get("Target", "")
                sheet = (
                    element.get("Type", "").endswith(_SHEET_TYPES) and element.get("TargetMode") != "External"
                )
                if sheet and (not target.lower().endswith(".xml") or ".." in target or "\\" in target):
                    return False
                element.clear()
    return True


def _last_row(text: bytes) -> int:
    """The row of the last whole cell reference in `text` (0 when it has none)."""
    end = len(text)
    while (start := text.rfind(_START, 0, end)) >= 0:
        if found := _REFERENCE.match(text, start):
            return int(found.group(2))
        end = start
    return 0


def _number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + LETTERS.index(letter) + 1
    return number


def _outside(columns: str, rows: int) -> re.Pattern[bytes]:
    """The start of a cell that calamine must not be given: one without a reference first, or beyond the
    columns and rows; any cell when there are none (nor any beyond Excel's columns)."""
    if not columns or not rows or _number(columns) > MAX_COLUMNS:
        return _ANY_CELL
    within = _up_to(columns, LETTERS, "A") + _up_to(str(rows), DIGITS, "1")
    return re.compile(rf'<c(?:[>/]|\s(?!r="{within}"))'.encode())


def _up_to(word: str, alphabet: str, first: str) -> str:
    """A regex for the words over `alphabet` that begin with `first` or a later character and come at most
    to `word` in the order of column letters and row numbers: shorter words, then alphabetically."""
    low, high = alphabet[0], alphabet[-1]
    shorter = [f"[{first}-{high}][{low}-{high}]{{0,{len(word) - 2}}}"] if len(word) > 1 else []
    same = []
    for position, char in enumerate(word):
        start = first if position == 0 else low
        if char > start:
            rest = len(word) - position - 1
            same.append(f"{word[:position]}[{start}-{chr(ord(char) - 1)}]" + f"[{low}-{high}]{{{rest}}}")
    return "(?:" + "|".join([*shorter, *same, word]) + ")"
