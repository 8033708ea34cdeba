"""Reading what Excel and CRMs write: encodings, delimiters, number and date styles, quoted line breaks,
workbooks; and the files that cannot be imported, named in the error with their row and column."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.importing import ImportFileError, Layout, plan_import, read, sniff
from planner.core.importing.kinds import KINDS, suggest_mapping
from tests.importing_support import dump, import_file, plan_file, small_book, write_csv, write_xlsx

GERMAN_ACCOUNTS = [
    ["Kundennummer", "Firma", "Ort", "Land", "Mitarbeiter", "Umsatz"],
    ["K-100", "Müller GmbH", "München", "DE", "1.200", "1.234.567,89 €"],
    ["K-101", "Bäckerei Groß", "Köln", "DE", "12", "980,50"],
]


def _accounts(store, keys=("K-100", "K-101")):
    marks = ", ".join("?" * len(keys))
    return store.query(
        f"SELECT key, name, city, employees, revenue_cents FROM accounts WHERE key IN ({marks}) ORDER BY key",
        tuple(keys),
    )


GERMAN_STORED = [
    ("K-100", "Müller GmbH", "München", 1200, 123456789),
    ("K-101", "Bäckerei Groß", "Köln", 12, 98050),
]


# --- encodings ----------------------------------------------------------------------------------------------
def test_windows_1252_from_german_excel_keeps_the_umlauts(store, tmp_path):
    path = write_csv(tmp_path / "Kunden.csv", GERMAN_ACCOUNTS, encoding="cp1252")
    assert sniff(path) == Layout(encoding="cp1252", delimiter=";", decimal=",", day_first=True)
    sheet = read(path)
    assert sheet.headers == GERMAN_ACCOUNTS[0]
    assert list(sheet.frame["Ort"]) == ["München", "Köln"]
    import_file(store, path)
    assert _accounts(store) == GERMAN_STORED


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_with_or_without_bom(store, tmp_path, encoding):
    path = write_csv(tmp_path / "Kunden.csv", GERMAN_ACCOUNTS, encoding=encoding)
    assert sniff(path).encoding == "utf-8-sig"
    assert read(path).headers[0] == "Kundennummer"  # no BOM left in front of the first header
    import_file(store, path)
    assert _accounts(store) == GERMAN_STORED


def test_utf16_unicode_text_with_tabs(store, tmp_path):
    """Excel's "Unicode text": UTF-16 with a BOM, tab-separated."""
    path = write_csv(tmp_path / "Kunden.txt", GERMAN_ACCOUNTS, delimiter="\t", encoding="utf-16")
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    layout = sniff(path)
    assert (layout.encoding, layout.delimiter, layout.decimal) == ("utf-16", "\t", ",")
    import_file(store, path)
    assert _accounts(store) == GERMAN_STORED


def test_a_file_utf8_at_the_start_and_windows_1252_further_down_is_read_as_windows_1252(store, tmp_path):
    filler = [
        [f"K-{i}", f"Firma {i}", "Berlin", "DE", "10", "1,00"] for i in range(8000)
    ]  # > 256 KB of ASCII
    path = write_csv(
        tmp_path / "Kunden.csv", [GERMAN_ACCOUNTS[0], *filler, GERMAN_ACCOUNTS[1]], encoding="cp1252"
    )
    assert path.stat().st_size > 256 * 1024
    assert sniff(path).encoding == "utf-8-sig"
    sheet = read(path)
    assert sheet.layout.encoding == "cp1252"
    assert sheet.frame["Ort"].iloc[-1] == "München"


# --- delimiters, quotes, line breaks ------------------------------------------------------------------------
@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_each_delimiter_is_recognised(store, tmp_path, delimiter):
    rows = [
        ["key", "name", "city", "employees"],
        ["K-1", "Müller GmbH", "München", "1200"],
        ["K-2", "Groß KG", "Köln", "7"],
    ]
    path = write_csv(tmp_path / "accounts.csv", rows, delimiter=delimiter)
    assert sniff(path).delimiter == delimiter
    import_file(store, path)
    assert store.query("SELECT key, name, city, employees FROM accounts ORDER BY key") == [
        ("K-1", "Müller GmbH", "München", 1200),
        ("K-2", "Groß KG", "Köln", 7),
    ]


def test_quoted_fields_keep_line_breaks_delimiters_and_quotes_and_rows_are_numbered_as_excel_shows(
    store, tmp_path
):
    small_book(store)
    path = tmp_path / "accounts.csv"
    path.write_bytes(
        b"key;name;notes;employees\r\n"
        b'ACC-00001;M\xc3\xbcller GmbH;"Zeile 1\r\nZeile 2; mit ""Zitat""";120\r\n'
        b"ACC-00002;Schmidt AG;kurz;viele\r\n"
    )
    plan = plan_file(store, path)
    assert plan.rejected == 1
    (rejection,) = plan.rejections
    assert (rejection.row, rejection.column, rejection.code, rejection.value) == (
        3,
        "employees",
        "number",
        "viele",
    )
    assert plan.updates["notes"].tolist() == ['Zeile 1\r\nZeile 2; mit "Zitat"']


def test_blank_lines_are_left_out_but_count_for_the_row_numbers(store, tmp_path):
    small_book(store)
    path = tmp_path / "accounts.csv"
    path.write_bytes(
        "key;name;employees\r\n\r\nACC-00001;Müller GmbH;120\r\n;;\r\nACC-00002;Schmidt AG;x\r\n".encode()
    )
    plan = plan_file(store, path)
    assert len(plan.sheet) == 2
    assert [(r.row, r.code) for r in plan.rejections] == [(5, "number")]


def test_blank_lines_above_the_header_are_skipped(store, tmp_path):
    small_book(store)
    path = tmp_path / "accounts.csv"
    path.write_bytes("\n\nkey;name;employees\nACC-00001;Müller GmbH;x\n".encode())
    plan = plan_file(store, path)
    assert plan.sheet.headers == ["key", "name", "employees"]
    assert [(r.row, r.code) for r in plan.rejections] == [(4, "number")]


def test_old_mac_line_ends(store, tmp_path):
    path = tmp_path / "accounts.csv"
    path.write_bytes("key;name;employees\rK-1;Müller GmbH;3\rK-2;Groß KG;4\r".encode())
    import_file(store, path)
    assert store.query("SELECT key, employees FROM accounts ORDER BY key") == [("K-1", 3), ("K-2", 4)]


# --- numbers and dates --------------------------------------------------------------------------------------
def test_german_numbers_and_dates(store, tmp_path):
    small_book(store)
    path = write_csv(
        tmp_path / "Verträge.csv",
        [
            ["Kunde", "Produkt", "Seit", "Verlängerung", "Umsatz", "Lizenzen"],
            ["ACC-00002", "P-CONNECT", "31.12.2026", "2027-12-31", "1.234.567,89 €", "1.200"],
            ["ACC-00002", "P-CONNECT-PRO", "2026-12-31 14:05:00", "31.12.2027 09:30", "€ 1.234,50", "7"],
            ["ACC-00003", "P-CONNECT", "31/12/2026", "1.2.27", "EUR 12.000", ""],
            ["ACC-00003", "P-CONNECT-PRO", "30.06.2026", "", "(1.234,50)", ""],
        ],
    )
    layout = sniff(path)
    assert (layout.decimal, layout.day_first) == (",", True)
    plan = plan_file(store, path)
    assert plan.kind.name == "holdings"
    assert [(r.row, r.column, r.code) for r in plan.rejections] == [(5, "Umsatz", "negative")]
    import_file(store, path, skip_rejected=True)
    assert store.query(
        "SELECT account_id, product_id, since, renewal_date, revenue_cents, seats_licensed FROM holdings "
        "WHERE account_id > 1 ORDER BY account_id, product_id"
    ) == [
        (2, 1, "2026-12-31", "2027-12-31", 123456789, 1200),
        (2, 2, "2026-12-31", "2027-12-31", 123450, 7),
        (3, 1, "2026-12-31", "2027-02-01", 1200000, None),
    ]


def test_american_numbers_and_dates(store, tmp_path):
    small_book(store)
    path = write_csv(
        tmp_path / "contracts.csv",
        [
            ["Account", "Product", "Since", "Renewal Date", "Revenue"],
            ["ACC-00002", "P-CONNECT-PRO", "12/31/2026", "12/31/2027 2:05 PM", '"$1,234,567.89"'],
            ["ACC-00003", "P-CONNECT", "2026-12-31T14:05:00Z", "1/2/2027", '"1,234.50"'],
            ["ACC-00003", "P-CONNECT-PRO", "13/31/2026", "2027-02-30", "12.5.0"],
        ],
        delimiter=",",
        newline="\n",
    )
    layout = sniff(path)
    assert (layout.delimiter, layout.decimal, layout.day_first) == (",", ".", False)
    plan = plan_file(store, path)
    assert [(r.row, r.column, r.code, r.value) for r in plan.rejections] == [
        (4, "Since", "date", "13/31/2026"),
        (4, "Renewal Date", "date", "2027-02-30"),
        (4, "Revenue", "number", "12.5.0"),
    ]
    import_file(store, path, skip_rejected=True)
    assert store.query(
        "SELECT account_id, product_id, since, renewal_date, revenue_cents FROM holdings WHERE account_id > 1"
    ) == [(2, 2, "2026-12-31", "2027-12-31", 123456789), (3, 1, "2026-12-31", "2027-01-02", 123450)]


def test_a_point_in_a_file_with_decimal_commas_is_no_thousands_separator(store, tmp_path):
    """ "1.5" in a German file is not 15 (the fast reader would take the point for a thousands separator)."""
    small_book(store)
    path = write_csv(
        tmp_path / "Nutzung.csv",
        [
            ["Kunde", "Produkt", "Monat", "Nutzung"],
            ["ACC-00001", "P-CONNECT", "11/2026", "1,5"],
            ["ACC-00001", "P-CONNECT-PRO", "11/2026", "1.5"],
            ["ACC-00002", "P-CONNECT", "11/2026", "1.500"],
        ],
    )
    plan = plan_file(store, path)
    assert [(r.row, r.code, r.value) for r in plan.rejections] == [(3, "number", "1.5")]
    assert plan.creates["usage_value"].tolist() == [1.5, 1500.0]


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("inf", "number"),
        ("nan", "number"),
        ("1e400", "number"),
        ("12 Stück", "number"),
        ("99999999999999999999", "too_large"),
        ("-3", "negative"),
        ("2,5", "whole_number"),
    ],
)
def test_numbers_that_cannot_be_stored_are_rejected(store, tmp_path, cell, code):
    path = write_csv(tmp_path / "accounts.csv", [["key", "name", "employees"], ["K-1", "Müller", cell]])
    plan = plan_file(store, path)
    assert [(r.row, r.column, r.code, r.value) for r in plan.rejections] == [(2, "employees", code, cell)]


# --- Layout (what the preview lets the user correct) --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "layout"),
    [
        ("a;b\n1.234.567,89;x\n", Layout(delimiter=";", decimal=",", day_first=True)),
        ('a,b\n"1,234,567.89",x\n', Layout(delimiter=",", decimal=".", day_first=False)),
        ("a;b\n1.234.567;x\n", Layout(delimiter=";", decimal=",", day_first=True)),
        ('a,b\n"1,234,567",x\n', Layout(delimiter=",", decimal=".", day_first=False)),
        ("a|b\n12/31/2026|3,5\n", Layout(delimiter="|", decimal=",", day_first=False)),
        ("a\tb\n31/12/2026\t3.5\n", Layout(delimiter="\t", decimal=".", day_first=True)),
        ("a,b\n31.12.2026,x\n", Layout(delimiter=",", decimal=".", day_first=False)),
    ],
)
def test_layout_detection(tmp_path, text, layout):
    path = tmp_path / "file.csv"
    path.write_bytes(text.encode())
    assert sniff(path) == layout


def test_a_corrected_layout_reads_the_file_again(store, tmp_path):
    """1.500 is 1500 in a German file; the user tells the preview this one has decimal points after all."""
    path = write_csv(tmp_path / "accounts.csv", [["key", "name", "revenue"], ["K-1", "Müller", "1.500"]])
    kind = KINDS["accounts"]
    for layout, cents in ((sniff(path), 150_000), (Layout(delimiter=";", decimal="."), 150)):
        sheet = read(path, layout)
        plan = plan_import(store, sheet, kind, suggest_mapping(kind, sheet.headers))
        assert plan.creates["revenue_cents"].tolist() == [cents]


# --- workbooks ----------------------------------------------------------------------------------------------
def test_xlsx_with_typed_numbers_and_dates_and_a_blank_row(store, tmp_path):
    small_book(store)
    path = write_xlsx(
        tmp_path / "Nutzung.xlsx",
        [
            ["Kunde", "Produkt", "Monat", "Nutzung", "Erwartet", "Aktive Nutzer", None],
            ["ACC-00001", "P-CONNECT", datetime(2026, 11, 1), 712.5, 1000, 40],
            [],
            ["ACC-00002", "P-CONNECT", date(2026, 11, 30), 0.00001, None, 3],
            ["ACC-00003", "P-CONNECT", "2026-11", 5, 10, 2.5],
        ],
        title="Nutzung Nov",
    )
    assert sniff(path) == Layout(decimal=".", day_first=True, excel=True, sheet="Nutzung Nov")
    plan = plan_file(store, path)
    assert plan.kind.name == "usage"
    assert [(r.row, r.column, r.code, r.value) for r in plan.rejections] == [
        (5, "Aktive Nutzer", "whole_number", "2.5")
    ]
    import_file(store, path, skip_rejected=True)
    assert store.query("SELECT * FROM usage_snapshots WHERE period = '2026-11' ORDER BY account_id") == [
        (1, 1, "2026-11", 712.5, 1000.0, 40),
        (2, 1, "2026-11", 0.00001, None, 3),
    ]


def test_xlsx_dates_with_times_and_a_header_further_down(store, tmp_path):
    small_book(store)
    path = write_xlsx(
        tmp_path / "Aktivitäten.xlsx",
        [
            [],
            [],
            ["Kunde", "Art", "Datum", "Dauer", "Betreff"],
            ["ACC-00002", "Telefonat", datetime(2026, 11, 3, 14, 5), 25, "Verlängerung"],
            ["ACC-00003", "Besuch", "gestern", 60, "Werk"],
        ],
    )
    plan = plan_file(store, path)
    assert plan.sheet.header_row == 3
    assert [(r.row, r.column, r.code) for r in plan.rejections] == [(5, "Datum", "date")]
    import_file(store, path, skip_rejected=True)
    assert store.query("SELECT account_id, kind, touched_on, minutes, summary FROM touches WHERE id > 1") == [
        (2, "call", "2026-11-03", 25, "Verlängerung")
    ]


def test_xlsx_value_beyond_the_header_is_a_ragged_row(tmp_path):
    path = write_xlsx(
        tmp_path / "Kunden.xlsx", [["key", "name"], ["K-1", "Müller"], ["K-2", "Groß", "extra"]]
    )
    with pytest.raises(ImportFileError) as caught:
        read(path)
    assert (caught.value.code, caught.value.row, caught.value.detail, caught.value.expected) == (
        "ragged",
        3,
        "3",
        2,
    )


# --- files that cannot be imported --------------------------------------------------------------------------
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


@pytest.mark.parametrize(
    ("name", "content", "code", "row"),
    [
        ("empty.csv", b"", "empty", None),
        ("blank.csv", b"\r\n \r\n\r\n", "empty", None),
        ("header.csv", b"key;name\r\n", "header_only", None),
        ("header_blank_rows.csv", b"key;name\r\n;\r\n\r\n", "header_only", None),
        ("picture.csv", PNG + bytes(range(256)) * 4, "binary", None),
        ("noise.csv", bytes((i * 167 + 13) % 256 for i in range(4096)), "binary", None),
        ("picture.xlsx", PNG, "binary", None),
        ("text.xlsx", b"key;name\r\nK-1;x\r\n", "binary", None),
        ("too_many.csv", b"key;name\r\nK-1;a\r\nK-2;b;c\r\n", "ragged", 3),
        ("too_few.csv", b"key;name;city\r\nK-1;a;b\r\nK-2;b\r\n", "ragged", 3),
        ("too_few_quoted.csv", b'key;name;city\r\n"K-1";"a\r\nb";c\r\n"K-2";"b"\r\n', "ragged", 3),
        ("open_quote.csv", b'key;name\r\nK-1;a\r\nK-2;"b\r\nK-3;c\r\n', "malformed", 3),
        ("same_header.csv", b"key;Name;name\r\nK-1;a;b\r\n", "duplicate_header", None),
        ("blank_header.csv", b"key;;name\r\nK-1;a;b\r\n", "blank_header", None),
        ("report.pdf", b"%PDF-1.7", "suffix", None),
    ],
)
def test_bad_files_are_named_in_the_error(tmp_path, name, content, code, row):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read(path)
    assert (caught.value.code, caught.value.row) == (code, row)
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{name}: ")


def test_ragged_rows_say_how_many_values_they_have(tmp_path):
    path = tmp_path / "Kunden.csv"
    path.write_bytes(b"key;name;city\r\nK-1;a;b\r\nK-2;b\r\n")
    with pytest.raises(ImportFileError) as caught:
        read(path)
    assert str(caught.value) == "Kunden.csv: row 3 has 2 values, the header has 3 columns"


def test_missing_and_truncated_files(tmp_path):
    with pytest.raises(ImportFileError) as caught:
        sniff(tmp_path / "gone.csv")
    assert caught.value.code == "missing"
    whole = write_xlsx(
        tmp_path / "whole.xlsx", [["key", "name"]] + [[f"K-{i}", f"Firma {i}"] for i in range(500)]
    )
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(ImportFileError) as caught:
        read(cut)
    assert (caught.value.code, caught.value.path) == ("binary", cut)


def test_a_required_column_missing_is_named_and_nothing_is_written(store, tmp_path):
    small_book(store)
    before = dump(store)
    path = write_csv(tmp_path / "Nutzung.csv", [["Kunde", "Monat", "Nutzung"], ["ACC-00001", "11/2026", "3"]])
    sheet = read(path)
    with pytest.raises(ImportFileError) as caught:
        plan_import(store, sheet, KINDS["usage"], suggest_mapping(KINDS["usage"], sheet.headers))
    assert (caught.value.code, caught.value.column) == ("missing_column", "product")
    assert str(caught.value) == "Nutzung.csv: the required column product is missing"
    assert dump(store) == before
