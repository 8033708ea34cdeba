"""Text files in the encodings German and Central European offices export: the UTF-8/Windows-1252 rule reads
most of them; a DOS (CP850), Windows-1250 or Mac Roman file, which that rule cannot read or reads as
mojibake, is read in a guessed encoding that the layout names; and any of them reads right when chosen."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from planner.core.importing import ImportFileError, Layout, read, sniff
from planner.core.importing.encodings import SINGLE_BYTE, guesses, odd_letters
from tests.importing_support import import_file, write_csv

GERMAN = [
    ["Kundennummer", "Firma", "Ort", "Land"],
    ["K-100", "Müller GmbH", "München", "DE"],
    ["K-101", "Bäckerei Groß", "Köln", "DE"],
    ["K-102", "Jörg Übel & Söhne", "Düsseldorf", "DE"],
    ["K-103", "Ähre Straße", "Öhringen", "DE"],
]
WITHOUT_UE = [row for row in GERMAN if "ü" not in "".join(row) and "Ü" not in "".join(row)]  # K-101, K-103
POLISH = [
    ["Kundennummer", "Firma", "Ort", "Land"],
    ["K-200", "Łódzkie Zakłady Przemysłowe", "Łódź", "PL"],
    ["K-201", "Spółka Wrocław", "Wrocław", "PL"],
    ["K-202", "Müller Polska", "Gdańsk", "PL"],
]


def names(sheet) -> list[str]:
    return list(sheet.frame["Firma"])


def stored(store) -> list[tuple[str, str, str]]:
    return store.query("SELECT key, name, city FROM accounts ORDER BY key")


# --- what the rule reads stays as it was --------------------------------------------------------------------
FRENCH = [
    ["Kundennummer", "Firma", "Ort", "Land"],
    ["K-300", "Société Générale – Paris", "Paris", "FR"],
    ["K-301", "L’Oréal", "Clichy", "FR"],
    ["K-302", "Dušan d.o.o.", "Žilina", "SK"],
    ["K-303", "Baden–Württemberg Invest", "Stuttgart", "DE"],  # a dash between letters, CP850's û
]


@pytest.mark.parametrize(
    ("rows", "encoding", "expected"),
    [
        (GERMAN, "utf-8", "utf-8-sig"),
        (GERMAN, "cp1252", "cp1252"),
        (FRENCH, "cp1252", "cp1252"),  # Windows-1252's own letters and typed punctuation raise no doubt
    ],
)
def test_utf8_and_windows_1252_files_are_read_by_the_rule_not_guessed(tmp_path, rows, encoding, expected):
    path = write_csv(tmp_path / "Kunden.csv", rows, encoding=encoding)
    sheet = read(path)
    assert (sheet.layout.encoding, sheet.layout.guessed) == (expected, False)
    assert names(sheet) == [row[1] for row in rows[1:]]


# --- what the rule cannot read or reads as mojibake is guessed ----------------------------------------------
@pytest.mark.parametrize(
    ("rows", "encoding", "guessed"),
    [
        (GERMAN, "cp850", "cp850"),  # ü is 0x81, a byte Windows-1252 does not have
        (WITHOUT_UE, "cp850", "cp850"),  # Windows-1252 reads "B„ckerei Groá": a quote inside a word
        (GERMAN, "mac_roman", "mac-roman"),  # Windows-1252 reads "MŸller": a capital inside a word
        (POLISH, "cp1250", "cp1250"),  # Windows-1252 reads "Zak³ady": a superscript inside a word
    ],
)
def test_a_dos_mac_or_central_european_file_is_guessed_and_reads_right(
    store, tmp_path, rows, encoding, guessed
):
    path = write_csv(tmp_path / "Kunden.csv", rows, encoding=encoding)
    assert (sniff(path).encoding, sniff(path).guessed) == (guessed, True)
    sheet = read(path)
    assert (sheet.layout.encoding, sheet.layout.guessed) == (guessed, True)
    assert names(sheet) == [row[1] for row in rows[1:]]
    import_file(store, path)
    assert stored(store) == [(row[0], row[1], row[2]) for row in rows[1:]]


@pytest.mark.parametrize(
    ("rows", "encoding", "chosen"),
    [(GERMAN, "cp850", "cp850"), (GERMAN, "mac_roman", "mac-roman"), (POLISH, "cp1250", "cp1250"),
     (GERMAN, "iso8859_15", "iso8859-15")],
)  # fmt: skip
def test_each_encoding_the_preview_offers_reads_its_file_when_chosen(tmp_path, rows, encoding, chosen):
    path = write_csv(tmp_path / "Kunden.csv", rows, encoding=encoding)
    sheet = read(path, replace(sniff(path), encoding=chosen, guessed=False))
    assert (sheet.layout.encoding, sheet.layout.guessed) == (chosen, False)
    assert names(sheet) == [row[1] for row in rows[1:]]
    assert list(sheet.frame["Ort"]) == [row[2] for row in rows[1:]]


def test_a_file_windows_1252_cannot_read_is_decoded_by_the_fallback_not_refused(tmp_path):
    """0x81 0x8D 0x8F 0x90 0x9D have no character in Windows-1252 (the file was refused as binary); in CP850,
    the likeliest of the single-byte encodings that read them, they are ü ì Å É Ø."""
    path = tmp_path / "Kunden.csv"
    path.write_bytes(b"key;name\r\nK-1;\x81\x8d\x8f\x90\x9d\r\n")
    sheet = read(path)
    assert (sheet.layout.encoding, sheet.layout.guessed) == ("cp850", True)
    assert list(sheet.frame["name"]) == ["üìÅÉØ"]


def test_a_dos_row_far_down_a_file_is_guessed_from_where_the_rule_failed(tmp_path):
    """The first 256 KB are ASCII (sniffed as UTF-8); Windows-1252 fails at the DOS ü further down."""
    filler = [[f"K-{i}", f"Firma {i}", "Berlin", "DE"] for i in range(12_000)]
    path = write_csv(tmp_path / "Kunden.csv", [GERMAN[0], *filler, *GERMAN[1:]], encoding="cp850")
    assert path.stat().st_size > 256 * 1024
    assert sniff(path) == Layout(encoding="utf-8-sig", delimiter=";", decimal=",", day_first=True)
    sheet = read(path)
    assert (sheet.layout.encoding, sheet.layout.guessed) == ("cp850", True)
    assert names(sheet)[-4:] == [row[1] for row in GERMAN[1:]]


def test_an_encoding_chosen_by_the_user_that_cannot_read_the_file_is_named(tmp_path):
    """Windows-1250 has no character for 0x81: the user's choice is not replaced by a guess."""
    path = tmp_path / "Kunden.csv"
    path.write_bytes("key;name\r\nK-1;Müller\r\n".encode("cp850"))
    with pytest.raises(ImportFileError) as caught:
        read(path, replace(sniff(path), encoding="cp1250", guessed=False))
    assert (caught.value.code, str(caught.value)) == ("encoding", "Kunden.csv: the text is not in cp1250")


def test_odd_letters_count_what_the_wrong_encoding_makes_of_umlauts():
    assert (
        odd_letters("Müller, Bäckerei Groß, Łódź, L’Oréal, geht´s, col·lecció, Baden–Baden, DÜSSELDORF") == 0
    )
    assert odd_letters("M„ller") == 1  # CP850's ä read as Windows-1252
    assert odd_letters("MŸller, Kšln") == 1  # Mac Roman's ü (a capital inside a word); š is a letter
    assert odd_letters("Zak³ady Przemys³owe") == 2  # Windows-1250's ł read as Windows-1252
    assert odd_letters("Mƒller") == 1  # Mac Roman's ü read as CP850
    assert odd_letters("K-1;\x81\x8d") == 2  # ISO-8859's control characters


def test_guesses_put_windows_1252_first_when_it_reads_as_well_as_any():
    data = "Müller;Köln;Société – Paris\r\n".encode("cp1252")
    assert guesses(data)[0] == "cp1252"
    assert set(guesses(data)) == set(SINGLE_BYTE)


def test_neither_charset_normalizer_nor_calamine_is_loaded_to_read_a_utf8_or_windows_file(tmp_path):
    """They are imported inside the functions that need them: the app and the usual file start as fast."""
    for encoding in ("utf-8-sig", "cp1252"):
        write_csv(tmp_path / f"{encoding}.csv", GERMAN, encoding=encoding)
    code = (
        "import sys\nfrom pathlib import Path\nfrom planner.core.importing import read\n"
        f"for name in ('utf-8-sig', 'cp1252'): read(Path({str(tmp_path)!r}) / f'{{name}}.csv')\n"
        "print(sorted(m for m in ('charset_normalizer', 'python_calamine', 'openpyxl') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
