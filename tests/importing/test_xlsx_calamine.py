"""Workbooks read by python-calamine: typed cells (dates, decimal numbers, whole numbers, keys with leading
zeros) and blank rows import the same records as the CSV German Excel saves of the same table; a sheet
calamine may not hold at once is streamed by openpyxl into the same cells."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.importing import read
from planner.core.importing.sheet_extent import CellsCheck
from planner.core.store.store import open_portfolio
from tests.importing_support import dump, import_file, write_csv, write_xlsx

ACCOUNTS_XLSX = [
    ["Kundennummer", "Firma", "Ort", "Mitarbeiter", "Umsatz"],
    ["00123", "Müller GmbH", "München", 120, 1234567.89],  # a key with leading zeros is a text cell
    [],  # a blank row: row 3 in Excel, left out
    [12345, "Bäckerei Groß", "Köln", 12.0, 980.5],  # a key typed as a number: 12345, not 12345.0
    ["K-7", "Schmidt AG", "Wien", None, 0.1],
    ["K-8", "Falsch KG", "Graz", 5, "viel"],  # rejected in row 6 from either file
]
ACCOUNTS_CSV = [
    ["Kundennummer", "Firma", "Ort", "Mitarbeiter", "Umsatz"],
    ["00123", "Müller GmbH", "München", "120", "1.234.567,89"],
    ["", "", "", "", ""],
    ["12345", "Bäckerei Groß", "Köln", "12", "980,5"],
    ["K-7", "Schmidt AG", "Wien", "", "0,1"],
    ["K-8", "Falsch KG", "Graz", "5", "viel"],
]
TOUCHES_XLSX = [
    [],
    ["Kunde", "Art", "Datum", "Dauer", "Betreff"],  # the header in row 2
    ["00123", "Telefonat", datetime(2026, 11, 3, 14, 5), 25, "Verlängerung"],  # a date cell with a time
    [None, None, None, None, None],
    [12345, "Besuch", date(2026, 11, 4), 60.0, "Werk"],  # a date cell, a key typed as a number
]
TOUCHES_CSV = [
    ["", "", "", "", ""],
    ["Kunde", "Art", "Datum", "Dauer", "Betreff"],
    ["00123", "Telefonat", "03.11.2026 14:05", "25", "Verlängerung"],
    ["", "", "", "", ""],
    ["12345", "Besuch", "04.11.2026", "60", "Werk"],
]
TABLES = ("accounts", "touches")


def imported(store, files) -> dict:
    """The accounts and touches after importing the files (rejected rows left out), and the rejections."""
    rejections = []
    for path in files:
        plan, _ = import_file(store, path, skip_rejected=True)
        rejections += [(path.suffix, r.row, r.column, r.value) for r in plan.rejections]
    return {"tables": dump(store, TABLES), "rejections": rejections}


def test_a_workbook_imports_the_same_records_as_the_csv_of_the_same_table(store, tmp_path, monkeypatch):
    import openpyxl

    monkeypatch.setattr(openpyxl, "load_workbook", None)  # calamine reads these sheets, not openpyxl
    workbooks = [
        write_xlsx(tmp_path / "Kunden.xlsx", ACCOUNTS_XLSX),
        write_xlsx(tmp_path / "Aktivitäten.xlsx", TOUCHES_XLSX),
    ]
    texts = [
        write_csv(tmp_path / "Kunden.csv", ACCOUNTS_CSV, encoding="cp1252"),
        write_csv(tmp_path / "Aktivitäten.csv", TOUCHES_CSV, encoding="cp1252"),
    ]
    other = open_portfolio(tmp_path / "other.sqlite", create=True)
    try:
        from_workbooks, from_texts = imported(store, workbooks), imported(other, texts)
    finally:
        other.close()
    assert from_workbooks["tables"] == from_texts["tables"]
    assert (
        [r[1:] for r in from_workbooks["rejections"]]
        == [r[1:] for r in from_texts["rejections"]]
        == [(6, "Umsatz", "viel")]
    )
    assert store.query("SELECT key, name, city, employees, revenue_cents FROM accounts ORDER BY key") == [
        ("00123", "Müller GmbH", "München", 120, 123456789),  # 1,234,567.89 in cents
        ("12345", "Bäckerei Groß", "Köln", 12, 98050),
        ("K-7", "Schmidt AG", "Wien", None, 10),
    ]
    assert store.query(
        "SELECT a.key, t.kind, t.touched_on, t.minutes FROM touches t JOIN accounts a ON a.id = t.account_id "
        "ORDER BY t.touched_on"
    ) == [("00123", "call", "2026-11-03", 25), ("12345", "visit", "2026-11-04", 60)]


def test_cells_read_as_the_text_a_csv_holds(tmp_path):
    path = write_xlsx(
        tmp_path / "Zellen.xlsx",
        [
            ["key", "number", "date", "time"],
            ["00123", 12345.0, date(2026, 3, 4), datetime(2026, 3, 4, 8, 30)],
            ["K-2", 0.00001, datetime(2026, 3, 5), 1e22],
            ["K-3", -2.5, "31.12.2026", True],
        ],
    )
    sheet = read(path)
    assert sheet.frame.to_dict("list") == {
        "key": ["00123", "K-2", "K-3"],
        "number": ["12345", "0.00001", "-2.5"],  # point style, never 1e-05 or 12345.0
        "date": ["2026-03-04", "2026-03-05", "31.12.2026"],  # a date cell at midnight is a date
        "time": ["2026-03-04 08:30:00", "10000000000000000000000", "True"],
    }
    assert list(sheet.frame.index) == [0, 1, 2] and sheet.header_row == 1


def test_a_sheet_too_big_for_calamine_is_streamed_by_openpyxl_into_the_same_cells(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "Kunden.xlsx", [*ACCOUNTS_XLSX, [], ["K-9", "Letzte GmbH", "Linz", 1, 2.5]])
    by_calamine = read(path)
    monkeypatch.setattr("planner.core.importing.sheet_extent.CALAMINE_CELLS", 1)
    by_openpyxl = read(path)
    assert by_openpyxl.frame.equals(by_calamine.frame)
    assert list(by_calamine.frame.index) == [0, 2, 3, 4, 6]  # rows 2, 4, 5, 6 and 8 below the header in row 1
    assert by_calamine.frame["Umsatz"].tolist() == ["1234567.89", "980.5", "0.1", "viel", "2.5"]


@pytest.mark.parametrize(
    ("cells", "fits"),
    [
        ('<c r="A2" t="s"><v>0</v></c><c r="D2"><v>1</v></c>', True),
        ('<c r="A2"><v>1</v></c><c r="XFD1000"><v>1</v></c>', False),  # 1,000 rows of 16,384 columns
        ('<c r="A2"><v>1</v></c><c><v>1</v></c>', False),  # a cell without its place
        ('<c s="1" r="A2"><v>1</v></c>', False),  # its place not first: openpyxl reads it
        ('<x:c r="A2"><x:v>1</x:v></x:c>', False),  # a prefixed cell
        ('<c r="A1048577"><v>1</v></c>', False),  # beyond Excel's last row
        ('<c r="D1000001"><v>1</v></c>', False),  # 1,000,001 rows of 4 columns: more than calamine holds
        ('<c r="D1000000"><v>1</v></c>', True),  # 4,000,000 cells from A1
    ],
)
def test_calamine_gets_only_sheets_whose_cells_it_can_hold(cells, fits):
    header = "".join(f'<c r="{column}1" t="s"><v>0</v></c>' for column in "ABCD")
    head = f'<worksheet><sheetData><row r="1">{header}</row>'.encode()
    sheet = head + f'<row r="2">{cells}</row></sheetData></worksheet>'.encode()
    for cut in range(len(head) - 4, len(sheet)):  # each place a chunk may end, within a tag or between
        check = CellsCheck()
        for chunk in (sheet[:cut], sheet[cut:], b""):
            check(chunk)
        assert check.fits is fits, (cut, sheet[:cut][-20:])


def test_a_sheet_in_a_part_not_named_xml_is_left_to_openpyxl(tmp_path, monkeypatch):
    """Only the .xml parts are looked through before calamine reads: a relationship naming another part as
    a sheet sends the workbook to openpyxl's stream, which reads the same cells."""
    import zipfile

    plain = write_xlsx(tmp_path / "Kunden.xlsx", ACCOUNTS_XLSX)
    renamed = tmp_path / "Umbenannt.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(renamed, "w") as target:
        for info in source.infolist():
            data = source.read(info).replace(b"worksheets/sheet1.xml", b"worksheets/sheet1.bin")
            target.writestr(info.filename.replace("worksheets/sheet1.xml", "worksheets/sheet1.bin"), data)
    expected = read(plain).frame

    def refuse(*args: object) -> None:
        raise AssertionError("calamine was given a part nobody looked through")

    monkeypatch.setattr("planner.core.importing.workbook.read_sheet", refuse)
    assert read(renamed).frame.equals(expected)
