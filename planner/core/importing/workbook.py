"""Reading an Excel workbook within Excel's limits: sizes checked in the zip and every XML part streamed once
before anything expands it; then calamine reads a sheet whose extent it may hold (sheet_extent, sheet_cells),
and openpyxl any other, only the cells the sheet really holds, a row at a time."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import iterparse

from planner.core.importing.limits import (
    CHUNK,
    MAX_CELL,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_PART_BYTES,
    MAX_ROWS,
    MAX_SHEET_BYTES,
    MAX_TEXT_BYTES,
    ImportFileError,
    Progress,
    RunCheck,
    Watched,
    column_letter,
    too_large,
    too_many_cells,
)
from planner.core.importing.sheet_cells import cell_text, read_sheet
from planner.core.importing.sheet_extent import CellsCheck, sheets_in_xml_parts

if TYPE_CHECKING:
    import pandas as pd

_WORKBOOK = re.compile(r"\.(sheet|template)\.(macroEnabled\.)?main\+xml$")
_STRINGS = "sharedStrings+xml"
_UNIQUE = re.compile(rb"uniqueCount=[\"'](\d+)")


# What reading a damaged zip part may raise: a bad CRC, a broken deflate stream, a cut file, broken XML.
DAMAGED = (KeyError, SyntaxError, zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError)


def first_sheet(path: Path) -> str:
    """The name of the workbook's first sheet ("" when it has none), from workbook.xml alone."""
    with _open(path) as archive:
        part = _parts(path, archive).get("workbook")
        if part is None:
            raise ImportFileError(path, "binary", detail="no workbook in the zip")
        try:
            with archive.open(part) as source:
                for _, element in iterparse(source):
                    if element.tag.rpartition("}")[2] == "sheet":
                        return str(element.get("name", ""))
        except DAMAGED as error:  # ParseError is a SyntaxError
            raise ImportFileError(path, "binary", detail=str(error)) from error
    return ""


def read_workbook(path: Path, sheet_name: str, progress: Progress | None = None) -> pd.DataFrame:
    """The sheet's non-blank rows as text cells, indexed by Excel's row number - 1, as wide as the header
    (the first non-blank row). ImportFileError when the workbook is beyond Excel's limits or the budget,
    when a row holds a value beyond the header (ragged), or when it is no workbook."""
    with _open(path) as archive:
        try:
            strings = _parts(path, archive).get("strings")
            if strings is not None:
                _check_strings(path, archive, strings, progress)
            fits = sheets_in_xml_parts(archive)  # calamine may read every part that can hold its cells
            for info in archive.infolist():  # unpacked once here, so no part is more than it declares
                if info.filename.lower().endswith(".xml"):
                    fits = _measure(path, archive, info, progress) and fits
        except DAMAGED as error:  # a part that does not unpack (a truncated or altered file)
            raise ImportFileError(path, "binary", detail=str(error)) from error
    if fits:
        return read_sheet(path, sheet_name)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # a damaged or foreign zip, a workbook without sheets
        raise ImportFileError(path, "binary", detail=str(error)) from error
    try:
        names = workbook.sheetnames
        sheet = workbook[sheet_name] if sheet_name in names else workbook.worksheets[0]
        return _rows(path, workbook, sheet, progress)
    except ImportFileError:
        raise
    except Exception as error:  # a truncated sheet, a cell that is no cell
        raise ImportFileError(path, "binary", detail=str(error)) from error
    finally:
        workbook.close()


def _open(path: Path) -> zipfile.ZipFile:
    """The zip, refused when a part declares more than the budget unpacked (what it declares is all that
    zipfile ever unpacks of it)."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as error:
        raise ImportFileError(path, "missing") from error
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise ImportFileError(path, "binary", detail=str(error)) from error
    except OSError as error:
        raise ImportFileError(path, "unreadable", detail=str(error)) from error
    for info in archive.infolist():
        name = info.filename.lower()
        if not name.endswith((".xml", ".rels", ".vml")):
            continue  # pictures and the like: openpyxl reads none of them for reading cells
        limit = MAX_SHEET_BYTES if "worksheets/" in name else MAX_PART_BYTES
        limit = MAX_TEXT_BYTES if name.endswith("sharedstrings.xml") else limit
        if info.file_size > limit:
            archive.close()
            raise too_large(path, limit)
    return archive


def _parts(path: Path, archive: zipfile.ZipFile) -> dict[str, str]:
    """The workbook's and the shared strings' part names, from [Content_Types].xml, as openpyxl finds them."""
    parts: dict[str, str] = {}
    try:
        with archive.open("[Content_Types].xml") as source:
            for _, element in iterparse(source):
                kind = element.get("ContentType", "")
                name = element.get("PartName", "").lstrip("/")
                if _WORKBOOK.search(kind):
                    parts.setdefault("workbook", name)
                elif kind.endswith(_STRINGS):
                    parts.setdefault("strings", name)
                element.clear()
    except DAMAGED as error:
        raise ImportFileError(path, "binary", detail=str(error)) from error
    return parts


def _check_strings(path: Path, archive: zipfile.ZipFile, name: str, progress: Progress | None) -> None:
    """Count the shared strings as bytes stream by (openpyxl keeps them all): no more than one import
    holds cells, none longer than any cell can be (RunCheck; exact lengths are checked per cell)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return  # openpyxl refuses the workbook
    count = 0
    with archive.open(info) as raw:
        stream = Watched(raw, info.file_size, progress, RunCheck(path))
        head = stream.read(CHUNK)
        if (declared := _UNIQUE.search(head[:4096])) and int(declared.group(1)) > MAX_CELLS:
            raise too_many_cells(path)
        data = head
        while data:
            count += data.count(b"si>")  # <si> and </si> (or <x:si>): two a string
            if count > 2 * MAX_CELLS:
                raise too_many_cells(path)
            data = stream.read(CHUNK)


def _rows(path: Path, workbook: Any, sheet: Any, progress: Progress | None) -> pd.DataFrame:
    import pandas as pd
    from openpyxl.worksheet._reader import WorkSheetParser  # what ReadOnlyWorksheet reads rows with

    if sheet.max_row is not None and sheet.max_row > MAX_ROWS:  # the sheet's <dimension ref>
        raise ImportFileError(path, "too_many_rows", row=MAX_ROWS + 1)
    if sheet.max_column is not None and sheet.max_column > MAX_COLUMNS:
        row = sheet.min_row or 1
        raise ImportFileError(path, "too_many_columns", row=row, column=column_letter(MAX_COLUMNS + 1))
    archive = workbook._archive
    info = archive.getinfo(sheet._worksheet_path)
    source = Watched(archive.open(info), info.file_size, progress, RunCheck(path))
    parser = WorkSheetParser(
        source, sheet._shared_strings, data_only=True, epoch=workbook.epoch,
        date_formats=workbook._date_formats, timedelta_formats=workbook._timedelta_formats,
    )  # fmt: skip
    rows: list[list[str]] = []
    index: list[int] = []
    width = 0  # the header's, once it is read
    try:
        for number, cells in parser.parse():
            parser.row_dimensions.clear()  # row heights: not needed, and a dict a row otherwise
            if number > MAX_ROWS:
                raise ImportFileError(path, "too_many_rows", row=number)
            values = _values(path, number, cells)
            if not values:
                continue  # a blank row
            if not rows:  # the header: blanks after its last name are no columns
                width = max((c for c, text in values.items() if text.strip()), default=0)
                if not width:  # a header of blanks: read() names it
                    return pd.DataFrame([[text for _, text in sorted(values.items())]], dtype=str)
            elif (last := max(values)) > width:
                raise ImportFileError(path, "ragged", row=number, detail=str(last), expected=width)
            if (len(rows) + 1) * width > MAX_CELLS:
                raise too_many_cells(path)
            row = [""] * width
            for column, text in values.items():
                if column <= width:
                    row[column - 1] = text
            rows.append(row)
            index.append(number - 1)
    finally:
        source.close()
    if not rows:
        raise ImportFileError(path, "empty")
    return pd.DataFrame(rows, index=index, dtype=str)


def _measure(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, progress: Progress | None) -> bool:
    """A quick pass over an XML part's bytes before calamine or openpyxl parses it; True when calamine may
    read it (sheet_extent). In a sheet it refuses more <row> elements than Excel has rows (row numbers only
    grow, so the count is at most the last row's number), and text or tags longer than any cell (RunCheck).
    Counts only unmistakable start tags ("<row " "<row>" ":row "), each once."""
    sheet = "worksheets/" in info.filename.lower()
    cells = CellsCheck()
    rows, tail = 0, b""
    with archive.open(info) as raw:
        stream = Watched(raw, info.file_size, progress, RunCheck(path)) if sheet else raw
        while data := stream.read(CHUNK):
            cells(data)
            if not sheet:
                continue
            data = tail + data  # a tag cut by the chunk's end; four bytes cannot hold one already counted
            rows += data.count(b"<row ") + data.count(b"<row>") + data.count(b":row ")
            if rows > MAX_ROWS:
                raise ImportFileError(path, "too_many_rows", row=MAX_ROWS + 1)
            tail = data[-4:]
    cells(b"")
    return cells.fits


def _values(path: Path, number: int, cells: list[dict[str, Any]]) -> dict[int, str]:
    """The row's cells that are not blank, by column number."""
    values: dict[int, str] = {}
    for cell in cells:
        column, value = cell["column"], cell["value"]
        if column > MAX_COLUMNS:
            raise ImportFileError(path, "too_many_columns", row=number, column=column_letter(column))
        if value is None:
            continue
        text = cell_text(value)
        if len(text) > MAX_CELL:
            raise ImportFileError(path, "cell_too_long", row=number, column=column_letter(column))
        if text:
            values[column] = text
    return values
