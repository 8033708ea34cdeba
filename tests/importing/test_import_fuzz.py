"""Malformed files of every sort: the import either works (and its undo gives back the portfolio as it was)
or stops with ImportFileError or ImportRefused, having written nothing. Never any other exception."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.importing import (
    KINDS,
    ImportFileError,
    ImportRefused,
    detect_kind,
    plan_import,
    read,
    sniff,
    undo_import,
    write_import,
)
from planner.core.store.store import open_portfolio
from tests.importing_support import dump, full_dump, small_book, write_xlsx

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", 100)),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

HEADERS = [
    ["Kunde", "Produkt", "Monat", "Nutzung", "Erwartet", "Aktive Nutzer"],
    ["Kundennummer", "Firma", "Website", "Land", "Mitarbeiter", "Umsatz"],
    ["First Name", "Last Name", "Email", "Job Title", "Associated Company"],
    ["E-Mail", "Datum", "NPS", "Kommentar"],
    ["Kunde", "Art", "Datum", "Dauer", "Betreff"],
    ["Kunde", "Quartal", "Umsatz"],
    ["Kunde", "Produkt", "Status", "Lizenzen", "Verlängerung"],
    ["key", "name", "price", "unit"],
]
CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "ACC-00001",
            "acc-00002",
            "Schmidt AG",
            "mueller.de",
            "P-CONNECT",
            "P-CONNECT-PRO",
            "11/2026",
            "2026-13",
            "Okt 2026",
            "Q1 2026",
            "Q5 2026",
            "31.12.2026",
            "12/31/2026",
            "2026-02-30",
            "1.234.567,89 €",
            "1,5",
            "1.5",
            "-3",
            "(1.234,50)",
            "1.234,50-",
            "inf",
            "nan",
            "1e400",
            "99999999999999999999",
            "0",
            "10",
            "11",
            "aktiv",
            "Anruf",
            "Brieftaube",
            "eva.mueller@mueller.de",
            "x@y",
            '"',
            '""',
            "a\nb",
            "a;b",
            "=1+2",
            "\u00a0",
            "München",
            "\x1a",
        ]
    ),
    st.text(max_size=12),
)


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    store = open_portfolio(tmp_path_factory.mktemp("fuzz") / "portfolio.sqlite", create=True)
    small_book(store)
    yield store
    store.close()


def attempt(store, path, forced_kind=None):
    """Import `path` the way the dialog does; an error must leave the portfolio as it was; an import that
    goes through is undone again, which must give back the portfolio as it was."""
    before = full_dump(store)
    try:
        sheet = read(path, sniff(path))
        kind, mapping = detect_kind(sheet.headers)
        if forced_kind is not None:  # the user assigns the columns in order, whatever they hold
            kind = KINDS[forced_kind]
            mapping = {t.name: h for t, h in zip(kind.targets, sheet.headers, strict=False)}
        if kind is None:
            return
        plan = plan_import(store, sheet, kind, mapping)
        data = dump(store)
        record = write_import(store, plan, skip_rejected=len(plan.rejections) % 2 == 0)
    except (ImportFileError, ImportRefused):
        assert full_dump(store) == before
        return
    undo_import(store, record.id)
    assert dump(store) == data


def _encode(text, encoding):
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8")


@FUZZ
@given(content=st.binary(max_size=3000))
def test_random_bytes(book, tmp_path, content):
    path = tmp_path / "random.csv"
    path.write_bytes(content)
    attempt(book, path)


@FUZZ
@given(
    text=st.text(alphabet=st.sampled_from(list(';,\t|"\r\n 0123456789.,-€äöüßKkAaPp@/:')), max_size=400),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    kind=st.sampled_from([None, *KINDS]),
)
def test_random_text_with_delimiters_quotes_and_newlines(book, tmp_path, text, encoding, kind):
    path = tmp_path / "text.csv"
    path.write_bytes(_encode(text, encoding))
    attempt(book, path, kind)


@st.composite
def tables(draw):
    """A header a kind recognises and rows of odd cells, some with a value too many or too few."""
    headers = draw(st.sampled_from(HEADERS))
    width = len(headers)
    row = st.lists(CELLS, min_size=width, max_size=width)
    ragged = st.lists(CELLS, min_size=width - 1, max_size=width + 1)
    rows = draw(st.lists(st.one_of(row, row, row, row, ragged), min_size=1, max_size=8))
    return [headers, *rows]


@FUZZ
@given(
    rows=tables(),
    delimiter=st.sampled_from([";", ",", "\t", "|"]),
    quoted=st.booleans(),
    newline=st.sampled_from(["\r\n", "\n", "\r"]),
    encoding=st.sampled_from(["utf-8-sig", "cp1252", "utf-16"]),
)
def test_valid_header_with_garbage_rows(book, tmp_path, rows, delimiter, quoted, newline, encoding):
    buffer = io.StringIO()
    for row in rows:
        cells = ['"' + c.replace('"', '""') + '"' if quoted else c for c in row]
        buffer.write(delimiter.join(cells) + newline)
    path = tmp_path / "table.csv"
    path.write_bytes(_encode(buffer.getvalue(), encoding))
    attempt(book, path)


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    rows = [HEADERS[0]] + [
        ["ACC-00001", "P-CONNECT", f"{month:02d}/2027", month * 1.5, 100, month] for month in range(1, 13)
    ]
    return write_xlsx(tmp_path_factory.mktemp("xlsx") / "Nutzung.xlsx", rows).read_bytes()


@FUZZ
@given(
    cut=st.floats(min_value=0, max_value=1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=3),
)
def test_truncated_or_damaged_workbook(book, tmp_path, workbook, cut, flips):
    content = bytearray(workbook[: int(len(workbook) * cut)] if cut < 1 else workbook)
    for where, value in flips:
        if content:
            content[int(where * (len(content) - 1))] = value
    path = tmp_path / "Nutzung.xlsx"
    path.write_bytes(bytes(content))
    attempt(book, path)
