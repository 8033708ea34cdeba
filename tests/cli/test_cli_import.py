"""`planner import`, `undo-import`, `imports` and `export` end to end, as a user types them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import planner


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli_import") / "book.sqlite"
    result = planner("--db", path, "demo", "--accounts", "40", "--seed", "5", "--today", "2026-11-23")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def db(book: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.sqlite"
    shutil.copy(book, copy)
    return copy


def _accounts_file(tmp_path: Path) -> Path:
    """What German Excel writes: Windows-1252, semicolons, decimal comma, a euro sign."""
    path = tmp_path / "Kunden.csv"
    path.write_bytes(
        "Kundennummer;Firma;Land;Umsatz;Betreuer\r\n"
        "ACC-00001;Schütz Pharma KG;DE;1.234,50 €;Anna Groß\r\n"
        "NEU-1;Neue Mühle GmbH;DE;99,00;Bob\r\n".encode("cp1252")
    )
    return path


def _count(db: Path, table: str) -> int:
    info = json.loads(planner("--db", db, "info", "--json").stdout)
    return int(info["counts"][table])


def test_import_prints_the_summary_and_twice_changes_nothing(db: Path, tmp_path: Path) -> None:
    accounts = _count(db, "accounts")
    path = _accounts_file(tmp_path)
    first = planner("--db", db, "import", path)
    assert first.returncode == 0, first.stderr
    assert "Kunden.csv: created 1, updated 1, unchanged 0, rejected 0" in first.stdout
    again = planner("--db", db, "import", path)
    assert "created 0, updated 0, unchanged 2, rejected 0" in again.stdout
    assert _count(db, "accounts") == accounts + 1


def test_dry_run_writes_nothing(db: Path, tmp_path: Path) -> None:
    result = planner("--db", db, "import", "--dry-run", _accounts_file(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "would be created 1, updated 1, unchanged 0, rejected 0" in result.stdout
    assert planner("--db", db, "imports", "--json").stdout.strip() == "[]"


def test_rejected_rows_name_row_and_column_and_block_the_file(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "usage.csv"
    path.write_text(
        "Kunde;Produkt;Monat;Nutzung\nACC-00001;P-CONNECT;2020-01;12,5\nACC-00001;P-CONNECT;2020-02;viel\n"
    )
    result = planner("--db", db, "import", path)
    assert result.returncode == 1
    assert "row 3, column Nutzung: 'viel' is not a number" in result.stderr
    assert "rejected 1 (nothing written)" in result.stdout
    skipped = planner("--db", db, "import", "--skip-rejected", path)
    assert "created 1, updated 0, unchanged 0, rejected 1" in skipped.stdout


def test_a_broken_file_is_named_and_exits_non_zero(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "leer.csv"
    path.write_text("")
    result = planner("--db", db, "import", path)
    assert result.returncode == 1
    assert "leer.csv: the file is empty" in result.stderr


def test_undo_import_restores_the_previous_values(db: Path, tmp_path: Path) -> None:
    before = planner("--db", db, "export", "accounts", "--out", tmp_path / "before.csv")
    assert before.returncode == 0, before.stderr
    planner("--db", db, "import", _accounts_file(tmp_path))
    history = json.loads(planner("--db", db, "imports", "--json").stdout)
    assert [(h["kind"], h["created"], h["updated"]) for h in history] == [("accounts", 1, 1)]
    undo = planner("--db", db, "undo-import", str(history[0]["id"]))
    assert undo.returncode == 0, undo.stderr
    planner("--db", db, "export", "accounts", "--out", tmp_path / "after.csv")
    assert (tmp_path / "after.csv").read_bytes() == (tmp_path / "before.csv").read_bytes()
    twice = planner("--db", db, "undo-import", str(history[0]["id"]))
    assert twice.returncode == 1 and "already undone" in twice.stderr


def test_export_then_import_changes_nothing(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "holdings.csv"
    result = planner("--db", db, "export", "holdings", "--out", out, "--style", "excel_de")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbfaccount;product;")
    back = planner("--db", db, "import", out)
    assert "created 0, updated 0," in back.stdout and "rejected 0" in back.stdout


def test_exported_contacts_with_phone_numbers_import_back_unchanged(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "contacts.csv"
    planner("--db", db, "export", "contacts", "--out", out)
    assert ",'+49 " in out.read_text(encoding="utf-8-sig"), "a phone number is neutralised in the CSV"
    back = planner("--db", db, "import", out)
    assert "created 0, updated 0," in back.stdout and "rejected 0" in back.stdout


def test_encoding_delimiter_and_decimal_override_what_is_detected(db: Path, tmp_path: Path) -> None:
    """1.234 reads either way (sniffed with ";": decimal comma, 1234); the user says it is 1.234."""
    path = tmp_path / "Nutzung.txt"
    path.write_bytes("Kunde;Produkt;Monat;Nutzung\r\nACC-00001;P-CONNECT;01.2020;1.234\r\n".encode("cp1252"))
    result = planner(
        "--db", db, "import", "--decimal", ".", "--encoding", "windows-1252", "--delimiter", ";", path
    )
    assert result.returncode == 0, result.stderr
    assert "Nutzung.txt: usage, cp1252, delimiter ';', decimal '.'" in result.stderr
    out = tmp_path / "usage.csv"
    planner("--db", db, "export", "usage", "--out", out)
    assert "ACC-00001,P-CONNECT,2020-01,1.234," in out.read_text(encoding="utf-8-sig")
    tabs = tmp_path / "tabs.csv"
    tabs.write_text("Kunde\tProdukt\tMonat\tNutzung\nACC-00001\tP-CONNECT\t02.2020\t5\n", encoding="utf-8")
    wrong = planner("--db", db, "import", "--delimiter", "|", tabs)
    assert wrong.returncode == 1 and "do not match any kind of import" in wrong.stderr
    right = planner("--db", db, "import", "--delimiter", "tab", tabs)
    assert "tabs.csv: created 1, updated 0, unchanged 0, rejected 0" in right.stdout, right.stderr


def test_a_guessed_encoding_is_said_to_be_a_guess(db: Path, tmp_path: Path) -> None:
    """A DOS export (CP850): Windows-1252 would read "Müller" as "Mller"; the guess is named as one."""
    path = tmp_path / "Kunden_DOS.csv"
    path.write_bytes("Kundennummer;Firma;Ort\r\nK1;Müller GmbH;München\r\n".encode("cp850"))
    result = planner("--db", db, "import", path)
    assert result.returncode == 0, result.stderr
    assert "Kunden_DOS.csv: accounts, cp850 (guessed: check the names, or give --encoding)" in result.stderr
    out = tmp_path / "accounts.csv"
    planner("--db", db, "export", "accounts", "--out", out)
    assert "Müller GmbH" in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--encoding", "klingonisch", "--encoding 'klingonisch' is not a text encoding"),
        ("--encoding", "rot13", "--encoding 'rot13' is not a text encoding"),
        ("--delimiter", ":", "argument --delimiter: invalid choice: ':'"),
        ("--decimal", ";", "argument --decimal: invalid choice: ';'"),
    ],
)
def test_a_wrong_layout_option_is_named_and_nothing_is_written(
    db: Path, tmp_path: Path, option, value, message
):
    result = planner("--db", db, "import", option, value, _accounts_file(tmp_path))
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert planner("--db", db, "imports", "--json").stdout.strip() == "[]"
