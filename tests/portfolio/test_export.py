"""Export to CSV and XLSX: formula injection, encodings and styles, typed workbooks, every portfolio table."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from planner.core.importing.export_back import export_kind, export_table
from planner.core.portfolio.exporting import neutralise, restore, write_table

TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "\n"]


def read_csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_neutralise_prefixes_an_apostrophe(trigger: str) -> None:
    assert neutralise(f"{trigger}1+2") == f"'{trigger}1+2"
    assert restore(f"'{trigger}1+2") == f"{trigger}1+2"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Schütz Pharma", "Schütz Pharma"),
        ("", ""),
        ("a=b", "a=b"),
        ("'t Hooft", "'t Hooft"),
        ("'", "'"),
        ("'=1+2", "''=1+2"),  # one more apostrophe, so that restore gives back the apostrophe it had
        ("''-1", "'''-1"),
    ],
)
def test_neutralise_leaves_harmless_text_and_restore_inverts_it(text: str, written: str) -> None:
    assert neutralise(text) == written
    assert restore(written) == text


def test_csv_neutralises_text_columns_but_not_numbers(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [(f"{t}cmd", -12.5, -3, -1250) for t in TRIGGERS]
    assert write_table(path, ["text", "real", "int", "money"], ["text", "real", "int", "money"], rows) == 7
    assert read_csv(path)[1:] == [
        ["'=cmd", "-12.5", "-3", "-12.50"],
        ["'+cmd", "-12.5", "-3", "-12.50"],
        ["'-cmd", "-12.5", "-3", "-12.50"],
        ["'@cmd", "-12.5", "-3", "-12.50"],
        ["'\tcmd", "-12.5", "-3", "-12.50"],
        ["'\rcmd", "-12.5", "-3", "-12.50"],
        ["'\ncmd", "-12.5", "-3", "-12.50"],
    ]


def test_csv_is_utf8_with_bom_comma_and_decimal_point(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [("Yılmaz, Müller", 123450, 2.5, 7, "2026-03-01"), ("=HYPERLINK()", 5, 40.0, None, None)]
    kinds = ["text", "money", "real", "int", "date"]
    write_table(path, ["name", "revenue", "score", "n", "since"], kinds, rows)
    assert path.read_bytes() == (
        b"\xef\xbb\xbf"
        + 'name,revenue,score,n,since\r\n"Yılmaz, Müller",1234.50,2.5,7,2026-03-01\r\n'
        "'=HYPERLINK(),0.05,40,,\r\n".encode()
    )


def test_excel_de_has_semicolons_and_decimal_comma(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [("Yılmaz; GmbH", 123450, 2.5, -7, "2026-03-01"), ("-", -5, 0.25, 1234567, None)]
    kinds = ["text", "money", "real", "int", "date"]
    write_table(path, ["name", "revenue", "score", "n", "since"], kinds, rows, style="excel_de")
    assert path.read_bytes() == (
        b"\xef\xbb\xbf"  # UTF-8, not cp1252: "ı" has no place there
        + 'name;revenue;score;n;since\r\n"Yılmaz; GmbH";1234,50;2,5;-7;2026-03-01\r\n'
        "'-;-0,05;0,25;1234567;\r\n".encode()
    )


@pytest.mark.parametrize(("style", "delimiter"), [("csv", ","), ("excel_de", ";")])
def test_quotes_delimiters_and_line_breaks_survive(tmp_path: Path, style: str, delimiter: str) -> None:
    path = tmp_path / "out.csv"
    tricky = 'Said "yes"; then, next line\nand\r\nlast'
    write_table(path, ["a", "b"], ["text", "text"], [(tricky, "plain")], style=style)  # type: ignore[arg-type]
    assert read_csv(path, delimiter) == [["a", "b"], [tricky, "plain"]]


def test_xlsx_has_typed_cells_and_a_bold_frozen_header(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    headers = ["name", "revenue", "score", "n", "since", "phone"]
    kinds = ["text", "money", "real", "int", "date", "text"]
    rows = [("=1+2", 123450, -12.5, 7, "2026-03-01", "+49 30 1234"), ("#N/A", None, None, None, None, "")]
    assert write_table(path, headers, kinds, rows, style="excel_de") == 2  # the suffix wins over the style

    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.title == "out"
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == headers
    assert all(c.font.b for c in sheet[1])
    name, revenue, score, n, since, phone = sheet[2]
    assert (name.value, name.data_type, name.quotePrefix) == ("=1+2", "s", True)  # text, not a formula
    assert (revenue.value, revenue.number_format) == (1234.5, "#,##0.00")
    assert (score.value, n.value) == (-12.5, 7)
    assert isinstance(n.value, int)
    assert since.value == datetime(2026, 3, 1)
    assert since.is_date
    assert (phone.value, phone.data_type) == ("+49 30 1234", "s")
    error_text, blank = sheet[3][:2]
    assert (error_text.value, error_text.data_type, blank.value) == ("#N/A", "s", None)  # text, not an error


EXPECTED_HEADERS = {
    "accounts": ["key", "name", "domain", "industry", "segment", "country", "city", "regions", "employees",
                 "potential_users", "revenue", "wallet", "owner", "tier", "notes"],
    "products": ["key", "name", "family", "price", "unit", "usage_metric", "expected_usage"],
    "holdings": ["account", "product", "status", "since", "seats_licensed", "seats_in_use", "revenue",
                 "renewal_date", "usage_limit", "region"],
    "usage": ["account", "product", "month", "usage", "expected", "active_users"],
    "revenue": ["account", "quarter", "revenue"],
    "contacts": ["account", "name", "email", "role", "department", "region", "phone", "influence"],
    "nps": ["contact", "date", "score", "comment"],
    "touches": ["account", "kind", "date", "minutes", "summary", "next_step", "next_step_due"],
}  # fmt: skip
TABLES = {"usage": "usage_snapshots", "revenue": "revenue_by_period", "nps": "nps_answers"}


@pytest.mark.parametrize("name", EXPECTED_HEADERS)
def test_every_table_exports_with_the_import_headers(demo_store, tmp_path: Path, name: str) -> None:
    table = TABLES.get(name, name)
    count = demo_store.scalar(f"SELECT count(*) FROM {table}")
    assert count > 0
    for alias in {name, table}:
        path = tmp_path / f"{alias}.csv"
        assert export_table(demo_store, alias, path) == count
        rows = read_csv(path)
        assert rows[0] == EXPECTED_HEADERS[name]
        assert len(rows) == count + 1
        assert all(len(row) == len(rows[0]) for row in rows)


def test_export_writes_references_as_keys_and_emails(demo_store, tmp_path: Path) -> None:
    holding = demo_store.query(
        "SELECT a.key, p.key, h.revenue_cents FROM holdings h JOIN accounts a ON a.id = h.account_id "
        "JOIN products p ON p.id = h.product_id ORDER BY h.id LIMIT 1"
    )[0]
    export_table(demo_store, "holdings", tmp_path / "h.csv", style="excel_de")
    first = read_csv(tmp_path / "h.csv", ";")[1]
    assert first[:2] == [holding[0], holding[1]]
    assert first[6] == f"{holding[2] // 100},{holding[2] % 100:02d}"

    email = demo_store.scalar(
        "SELECT c.email FROM nps_answers n JOIN contacts c ON c.id = n.contact_id ORDER BY n.id LIMIT 1"
    )
    headers, kinds, rows = export_kind(demo_store, "nps_answers")
    assert (headers, kinds) == (["contact", "date", "score", "comment"], ["text", "date", "int", "text"])
    assert next(iter(rows))[0] == email


def test_export_neutralises_phone_numbers_in_csv_only(demo_store, tmp_path: Path) -> None:
    phone = demo_store.scalar("SELECT phone FROM contacts ORDER BY id LIMIT 1")
    assert phone.startswith("+")
    export_table(demo_store, "contacts", tmp_path / "c.csv")
    assert read_csv(tmp_path / "c.csv")[1][6] == f"'{phone}"
    assert export_table(demo_store, "contacts", tmp_path / "c.xlsx") == demo_store.count("contacts")
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx", read_only=True).worksheets[0]
    assert next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))[6] == phone


def test_unknown_table_is_refused(demo_store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="import_rows"):
        export_table(demo_store, "import_rows", tmp_path / "i.csv")
    assert not (tmp_path / "i.csv").exists()


def test_headers_and_kinds_must_match(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_table(tmp_path / "x.csv", ["a", "b"], ["text"], [])
    with pytest.raises(ValueError):
        write_table(tmp_path / "x.csv", ["a"], ["percent"], [])
