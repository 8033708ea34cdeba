"""Hostile files, small by construction, are refused within seconds and a bounded memory, naming the file and
Excel's limit; legal files at the edges of those limits still read.

Each file is read in a child process with its address space capped (RLIMIT_AS) and a time limit, so a
reader that expands a file runs out of memory or time there, not in the test run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from planner.core.importing.limits import MAX_CELL, MAX_CELLS, MAX_COLUMNS, MAX_ROWS, column_letter

MEMORY_CAP = 1 << 30  # address space of the child: the whole interpreter with pandas takes about 0.25 GB
TIME_LIMIT = 60  # seconds; a refusal takes well under 5
CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
from pathlib import Path
from planner.core.importing import ImportFileError, read
try:
    sheet = read(Path(sys.argv[1]))
except ImportFileError as error:
    print(json.dumps({"code": error.code, "row": error.row, "column": error.column, "message": str(error)}))
else:
    last = sheet.row_number(int(sheet.frame.index[-1]))
    print(json.dumps({"code": None, "rows": len(sheet), "width": len(sheet.headers), "last_row": last,
                      "longest": int(sheet.frame.iloc[:, -1].str.len().max())}))
"""


def read_capped(path: Path, cap: int = MEMORY_CAP) -> dict[str, Any]:
    """What reading `path` gives in a child process with at most `cap` bytes of address space."""
    try:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), str(cap)],
            capture_output=True, text=True, timeout=TIME_LIMIT, env={**os.environ},
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading {path.name} did not end within {TIME_LIMIT} s")
    assert result.returncode == 0, f"reading {path.name} crashed:\n{result.stderr[-2000:]}"
    outcome: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return outcome


def refused(path: Path, code: str, *words: str) -> dict[str, Any]:
    outcome = read_capped(path)
    assert outcome["code"] == code, outcome
    assert outcome["message"].startswith(f"{path.name}: "), outcome
    for word in words:
        assert word in outcome["message"], outcome
    return outcome


# --- workbooks written by hand: a few parts, the sheet as compact XML -------------------------------------
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Kunden" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)


def text(reference: str, value: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{value}</t></is></c>'


def shared(reference: str, index: int) -> str:
    return f'<c r="{reference}" t="s"><v>{index}</v></c>'


def workbook(
    path: Path,
    rows: Iterable[str],
    *,
    dimension: str = "",
    strings: Iterable[str] = ("key", "name"),
    more_strings: Iterable[bytes] = (),
) -> Path:
    """An .xlsx whose sheet holds `rows` (the XML of each <row>) and whose shared strings are `strings` and
    then `more_strings` (blocks of <si> elements), streamed into the zip."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode())
            for value in strings:
                part.write(f"<si><t>{value}</t></si>".encode())
            for block in more_strings:
                part.write(block)
            part.write(b"</sst>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'.encode())
            if dimension:
                part.write(f'<dimension ref="{dimension}"/>'.encode())
            part.write(b"<sheetData>")
            batch: list[str] = []
            for row in rows:
                batch.append(row)
                if len(batch) == 10_000:
                    part.write("".join(batch).encode())
                    batch.clear()
            part.write("".join(batch).encode())
            part.write(b"</sheetData></worksheet>")
    return path


HEADER = f'<row r="1">{shared("A1", 0)}{shared("B1", 1)}</row>'


def numbered_rows(count: int) -> Iterable[str]:
    """The header and `count` - 1 rows of two cells, without row or cell references (Excel may omit them)."""
    yield '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>'
    for number in range(2, count + 1):
        yield f'<row><c><v>{number}</v></c><c t="inlineStr"><is><t>n</t></is></c></row>'


# --- workbooks ---------------------------------------------------------------------------------------------
def test_a1_and_the_far_corner_is_refused_by_the_row_that_holds_the_far_cell(tmp_path):
    """Case 10: 1.5 KB with cells at A1 and XFD1048576 grew the import to 24 GB."""
    path = workbook(
        tmp_path / "Ecke.xlsx",
        [f'<row r="1">{shared("A1", 0)}</row>', f'<row r="1048576">{text("XFD1048576", "x")}</row>'],
        dimension="A1:XFD1048576",
    )
    assert path.stat().st_size < 2000
    outcome = refused(path, "ragged", "row 1048576")
    assert outcome["row"] == MAX_ROWS


def test_a_declared_far_corner_with_a_small_table_reads_only_the_cells_it_holds(tmp_path):
    path = workbook(
        tmp_path / "Kunden.xlsx",
        [HEADER, f'<row r="2">{text("A2", "K-1")}{text("B2", "Müller")}</row>'],
        dimension="A1:XFD1048576",
    )
    assert read_capped(path) == {"code": None, "rows": 1, "width": 2, "last_row": 2, "longest": 6}


def test_a_cell_in_the_last_row_excel_has_is_read_with_its_row_number(tmp_path):
    path = workbook(
        tmp_path / "Kunden.xlsx", [HEADER, f'<row r="{MAX_ROWS}">{text(f"A{MAX_ROWS}", "K-1")}</row>']
    )
    outcome = read_capped(path)
    assert outcome["code"] is None and outcome["rows"] == 1 and outcome["last_row"] == MAX_ROWS


def test_a_sheet_with_one_row_more_than_excel_is_refused(tmp_path):
    """Case 10: a 5,000,001-row workbook created 5 million accounts."""
    path = workbook(tmp_path / "Nutzung.xlsx", numbered_rows(MAX_ROWS + 1))
    assert path.stat().st_size < 4_000_000
    outcome = refused(path, "too_many_rows", "1,048,576 rows")
    assert outcome["row"] == MAX_ROWS + 1


def test_a_dimension_beyond_excel_is_refused_before_any_row_is_read(tmp_path):
    rows = workbook(tmp_path / "Zeilen.xlsx", [HEADER], dimension=f"A1:B{MAX_ROWS + 1}")
    refused(rows, "too_many_rows", "1,048,576 rows")
    columns = workbook(tmp_path / "Spalten.xlsx", [HEADER], dimension="A1:XFE2")
    refused(columns, "too_many_columns", "XFE", "16,384 columns")


def test_a_cell_beyond_column_xfd_is_refused(tmp_path):
    path = workbook(tmp_path / "Breit.xlsx", [HEADER, f'<row r="2">{text("XFE2", "x")}</row>'])
    outcome = refused(path, "too_many_columns", "row 2", "XFE")
    assert outcome["column"] == "XFE"


def test_a_shared_string_longer_than_a_cell_is_refused_with_its_row_and_column(tmp_path):
    path = workbook(
        tmp_path / "Notizen.xlsx",
        [HEADER, f'<row r="2">{text("A2", "K-1")}{shared("B2", 2)}</row>'],
        strings=("key", "name", "x" * (MAX_CELL + 1)),
    )
    outcome = refused(path, "cell_too_long", "row 2, column B", "32,767 characters")
    assert (outcome["row"], outcome["column"]) == (2, "B")


def test_a_shared_string_of_excels_length_is_read(tmp_path):
    path = workbook(
        tmp_path / "Notizen.xlsx",
        [HEADER, f'<row r="2">{text("A2", "K-1")}{shared("B2", 2)}</row>'],
        strings=("key", "name", "ä" * MAX_CELL),
    )
    assert read_capped(path)["longest"] == MAX_CELL


def test_a_huge_shared_string_is_refused_before_openpyxl_reads_it(tmp_path):
    """Case 10: a 1.5 GB shared string took 4.5 GB; here 64 MB, far beyond the cap with openpyxl's copies."""
    path = workbook(tmp_path / "Riesig.xlsx", [HEADER], strings=("key", "name", "x" * (64 << 20)))
    assert path.stat().st_size < 200_000
    refused(path, "text_too_long", "32,767 characters")


def test_more_shared_strings_than_an_import_holds_are_refused_as_they_stream_by(tmp_path):
    """Case 10: 30 million shared strings ran over 10 minutes."""
    block, blocks = b"<si><t>1</t></si>" * 100_000, MAX_CELLS // 100_000 + 2
    path = workbook(tmp_path / "Viele.xlsx", [HEADER], more_strings=[block] * blocks)
    assert path.stat().st_size < 2_000_000
    refused(path, "too_many_cells", f"{MAX_CELLS:,} cells")


def test_a_part_declaring_more_than_the_budget_unpacked_is_refused_from_the_zip_directory(tmp_path):
    """A zip bomb: the central directory says how big each part unpacks; nothing is unpacked to find out."""
    path = workbook(tmp_path / "Bombe.xlsx", [HEADER])
    data = bytearray(path.read_bytes())
    name = b"xl/sharedStrings.xml"
    for signature, size_at in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = data.find(signature)
        while start >= 0:
            name_at = start + (46 if signature == b"PK\x01\x02" else 30)
            if data[name_at : name_at + len(name)] == name:
                data[start + size_at : start + size_at + 4] = (3 << 30).to_bytes(4, "little")
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))
    refused(path, "too_large", "MB")


# --- text files --------------------------------------------------------------------------------------------
def test_a_cell_longer_than_excel_allows_is_refused_with_its_row_and_column(tmp_path):
    path = tmp_path / "Notizen.csv"
    path.write_text("key;name\r\nK-1;Müller\r\nK-2;" + "x" * 40_000 + "\r\n", encoding="utf-8")
    outcome = refused(path, "cell_too_long", "row 3, column B", "32,767 characters")
    assert (outcome["row"], outcome["column"]) == (3, "B")


def test_a_quoted_cell_over_several_lines_longer_than_excel_allows_is_refused(tmp_path):
    path = tmp_path / "Notizen.csv"
    long = "\r\n".join(["y" * 99] * 400)  # 40,000 characters in 400 lines
    path.write_text(f'key;name\r\nK-1;"{long}"\r\n', encoding="utf-8")
    outcome = refused(path, "cell_too_long", "column B", "32,767 characters")
    assert outcome["row"] == 2


def test_cells_of_excels_length_are_read_quoted_or_not(tmp_path):
    path = tmp_path / "Notizen.csv"
    quoted = '"' + ("a;b" + '""') * (MAX_CELL // 4) + "abc" + '"'  # delimiters and quotes inside
    path.write_text(f"key;name\r\nK-1;{'ö' * MAX_CELL}\r\nK-2;{quoted}\r\n", encoding="utf-8")
    outcome = read_capped(path)
    assert outcome["code"] is None and outcome["rows"] == 2 and outcome["longest"] == MAX_CELL


def test_a_line_of_more_columns_than_excel_is_refused(tmp_path):
    path = tmp_path / "Breit.csv"
    path.write_text(";".join(f"c{i}" for i in range(MAX_COLUMNS + 1)) + "\r\n" + "1;" * MAX_COLUMNS + "1\r\n")
    outcome = refused(path, "too_many_columns", "row 1", "XFE", "16,384 columns")
    assert outcome["column"] == column_letter(MAX_COLUMNS + 1) == "XFE"


def test_one_long_line_of_delimiters_is_refused_without_expanding_it(tmp_path):
    """Case 10: a 30 MB CSV of one line passed 13 GB in 10 minutes; here 8 MB of values."""
    path = tmp_path / "Eine Zeile.csv"
    path.write_text("key;name;" + "1;" * (4 << 20) + "\r\n")
    refused(path, "too_many_columns", "row 1", "16,384 columns")


def test_a_table_of_excels_width_is_read(tmp_path):
    path = tmp_path / "Breit.csv"
    path.write_text(
        ";".join(f"c{i}" for i in range(MAX_COLUMNS)) + "\r\n" + "1;" * (MAX_COLUMNS - 1) + "1\r\n"
    )
    outcome = read_capped(path)
    assert outcome["code"] is None and outcome["width"] == MAX_COLUMNS


def test_a_text_file_with_one_row_more_than_excel_is_refused(tmp_path):
    path = tmp_path / "Nutzung.csv"
    path.write_text("key\r\n" + "K\r\n" * MAX_ROWS)
    outcome = refused(path, "too_many_rows", "row 1048577", "1,048,576 rows")
    assert outcome["row"] == MAX_ROWS + 1


def test_a_text_file_of_excels_rows_is_read(tmp_path):
    path = tmp_path / "Nutzung.csv"
    path.write_text('key;"name"\r\n' + "K;n\r\n" * (MAX_ROWS - 1))
    outcome = read_capped(path)
    assert outcome["code"] is None and outcome["rows"] == MAX_ROWS - 1 and outcome["last_row"] == MAX_ROWS


def test_a_table_of_more_cells_than_an_import_holds_is_refused(tmp_path):
    path = tmp_path / "Gross.csv"
    width = 64
    path.write_text(
        ";".join(f"c{i}" for i in range(width)) + "\n" + (";" * (width - 1) + "1\n") * (MAX_CELLS // width)
    )
    refused(path, "too_many_cells", f"{MAX_CELLS:,} cells")


def test_the_preview_can_cancel_while_the_file_is_read(store, tmp_path):
    from planner.core.importing import recognise

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    rows = "".join(f"K-{n};Firma {n} GmbH;{'x' * 200}\n" for n in range(20_000))  # about 4.4 MB
    path = tmp_path / "Kunden.csv"
    path.write_text("Kundennummer;Firma;Notizen\n" + rows, encoding="utf-8")
    with pytest.raises(Cancelled):
        recognise(store, path, progress=cancel)
