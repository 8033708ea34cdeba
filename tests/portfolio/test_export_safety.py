"""Exports under attack and accident: leading control characters before a formula, cells a workbook cannot
hold, owner-only files, and a full disk or an error that leaves the file that was there as it was."""

from __future__ import annotations

import errno
import os
import resource
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from planner.core.portfolio.exporting import neutralise, restore, write_table

HOSTILE = ["\x00=1+1", "\x01\x1f+SUM(A1)", "\x7f\x85@cmd", "\x00\t=2", "\x0b-3", "\x00'=4"]


@pytest.mark.parametrize(
    ("text", "written", "restored"),
    [
        ("\x00=1+1", "'=1+1", "=1+1"),  # LibreOffice skips the NUL and would run =1+1
        ("\x01\x1f+SUM(A1)", "'+SUM(A1)", "+SUM(A1)"),
        ("\x7f\x85@cmd", "'@cmd", "@cmd"),  # DEL and C1 controls too
        ("\x00\t=2", "'\t=2", "\t=2"),  # tab is a trigger itself: kept, and neutralised
        ("\x00'=4", "''=4", "'=4"),  # the apostrophe run rule still holds after the controls
        ("\x00", "", ""),
        ("\x00Müller", "Müller", "Müller"),
        ("'\x00=5", "'\x00=5", "'\x00=5"),  # starts with an apostrophe: text in any spreadsheet, unchanged
        ("a\x00=6", "a\x00=6", "a\x00=6"),  # only leading ones are dropped
    ],
)
def test_leading_control_characters_are_dropped_before_the_formula_check(
    text: str, written: str, restored: str
) -> None:
    assert neutralise(text) == written
    assert restore(written) == restored


@pytest.mark.parametrize(
    ("cell", "read"),
    [("\x00=1+1", "=1+1"), ("\x00'=4", "=4"), ("\x00''=4", "'=4"), ("\x00'x", "'x"), ("\x7f", "")],
)
def test_restore_drops_leading_control_characters_then_reads_the_cell_as_usual(cell: str, read: str) -> None:
    """A hostile file's cell, on import: the controls go, then the apostrophe an export adds."""
    assert restore(cell) == read


def test_a_csv_never_begins_a_cell_with_a_control_character_before_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_table(path, ["\x00=head"], ["text"], [(t,) for t in HOSTILE])
    assert path.read_bytes() == (
        b"\xef\xbb\xbf'=head\r\n'=1+1\r\n'+SUM(A1)\r\n'@cmd\r\n'\t=2\r\n'-3\r\n''=4\r\n"
    )


def test_a_workbook_holds_hostile_text_as_quoted_text(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    rows = [(t, "in\x00side\x1b", 1) for t in HOSTILE]
    assert write_table(path, ["\x00=head", "bell\x07", "n"], ["text", "text", "int"], rows) == 6
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert [c.value for c in sheet[1]] == ["=head", "bell", "n"]
    assert sheet["A1"].data_type == "s" and sheet["A1"].quotePrefix and sheet["A1"].font.b
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in cells] == ["=1+1", "+SUM(A1)", "@cmd", "\t=2", "-3", "'=4"]
    assert all(c.data_type == "s" for c in cells)
    assert [c.quotePrefix for c in cells] == [True, True, True, True, True, False]  # "'=4" starts with '
    assert {row[1].value for row in sheet.iter_rows(min_row=2)} == {"inside"}


def test_a_sheet_named_after_a_file_with_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "a\x01b[1].xlsx"
    write_table(path, ["a"], ["text"], [("x",)])
    assert openpyxl.load_workbook(path).worksheets[0].title == "ab1"


# --- written whole and owner-only --------------------------------------------------------------------------
KINDS = ["text", "money", "int"]


def _rows(n: int):
    return ((f"Account {i} " + "x" * 60, i * 12345, i) for i in range(n))


@pytest.mark.parametrize(("name", "style"), [("a.csv", "csv"), ("a.csv", "excel_de"), ("a.xlsx", "csv")])
def test_an_export_is_owner_only_even_over_a_readable_file(tmp_path: Path, name: str, style: str) -> None:
    path = tmp_path / name
    path.write_text("old")
    path.chmod(0o644)
    umask = os.umask(0o022)
    try:
        write_table(path, ["name", "revenue", "n"], KINDS, _rows(3), style)  # type: ignore[arg-type]
    finally:
        os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_an_error_while_writing_leaves_the_old_file_and_no_partial_file(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"the old export")

    def failing():
        yield ("one", 1, 1)
        raise RuntimeError("the book changed")

    with pytest.raises(RuntimeError):
        write_table(path, ["name", "revenue", "n"], KINDS, failing())
    assert path.read_bytes() == b"the old export"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


# A process whose files may not grow beyond LIMIT bytes: the disk is full after that many (Python ignores
# SIGXFSZ, so the write fails with EFBIG instead of killing the process).
LIMIT = 64 * 1024


def _small_disk() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))


@pytest.mark.parametrize("old", [b"the old export", None])
def test_a_full_disk_leaves_the_csv_as_it_was(tmp_path: Path, old: bytes | None) -> None:
    path = tmp_path / "big.csv"
    if old is not None:
        path.write_bytes(old)
    script = (
        "import sys\nfrom planner.core.portfolio.exporting import write_table\n"
        "rows = ((f'Account {i} ' + 'x' * 60, i * 12345, i) for i in range(5000))\n"
        "try:\n    write_table(sys.argv[1], ['name', 'revenue', 'n'], ['text', 'money', 'int'], rows)\n"
        "except OSError as error:\n    print(error.errno)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], preexec_fn=_small_disk, capture_output=True, text=True
    )
    assert done.stdout.strip() == str(errno.EFBIG), done.stderr
    assert (path.read_bytes() if path.exists() else None) == old
    assert [p.name for p in tmp_path.iterdir()] == ([path.name] if old else [])


def test_a_full_disk_leaves_the_workbook_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl.writer.excel import ExcelWriter

    write_sheet = ExcelWriter.write_worksheet

    def full(self: ExcelWriter, sheet: object) -> None:
        write_sheet(self, sheet)  # the rows got out, the rest of the workbook will not
        raise OSError(errno.ENOSPC, "No space left on device")

    path = tmp_path / "big.xlsx"
    write_table(path, ["name", "revenue", "n"], KINDS, _rows(3))
    old = path.read_bytes()
    monkeypatch.setattr(ExcelWriter, "write_worksheet", full)
    with pytest.raises(OSError, match="No space"):
        write_table(path, ["name", "revenue", "n"], KINDS, _rows(100))
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["big.xlsx"]


@pytest.mark.parametrize(
    ("name", "command"),
    [
        ("usage.csv", ["export", "usage", "--out"]),
        ("usage.xlsx", ["export", "usage", "--out"]),
        # Qt does not report a failed PDF write: the file is checked for its end before it takes the name.
        ("brief.pdf", ["brief", "ACC-00001", "--out"]),
    ],
)
def test_planner_on_a_full_disk_leaves_the_old_file(
    demo_file: Path, tmp_path: Path, name: str, command: list[str]
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    out = tmp_path / "out" / name
    out.parent.mkdir()
    out.write_bytes(b"the old file")
    planner = [sys.executable, "-m", "planner", "--db", str(db), *command, str(out)]
    done = subprocess.run(planner, preexec_fn=_small_disk, capture_output=True, text=True)
    assert done.returncode != 0
    assert out.read_bytes() == b"the old file"
    assert [p.name for p in out.parent.iterdir()] == [name]
    assert subprocess.run(planner, capture_output=True, text=True).returncode == 0  # with room it works
    assert out.stat().st_size > LIMIT


# --- the UI tells, and keeps the old file ------------------------------------------------------------------
def _full_disk(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: shown.append(f"{title}: {text}")
    )
    return shown


def test_export_this_list_on_a_full_disk_tells_and_keeps_the_old_file(
    qtbot, demo_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from planner.core.portfolio import exporting
    from planner.ui.shell.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    path = tmp_path / "accounts.xlsx"
    path.write_bytes(b"the old export")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(path), "Excel workbook (*.xlsx)"))
    monkeypatch.setattr(exporting, "_write_xlsx", _full_disk)
    assert window.export_current() is None
    assert warnings_shown == [f"Export Accounts: {path} could not be written:\nNo space left on device"]
    assert path.read_bytes() == b"the old export"
    assert [p.name for p in tmp_path.iterdir() if "accounts" in p.name] == ["accounts.xlsx"]


def test_the_matrix_picture_on_a_full_disk_tells_and_keeps_the_old_file(
    qtbot, demo_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]
) -> None:
    from matplotlib.figure import Figure

    from planner.ui.matrix import matrix_view
    from planner.ui.widgets.editing import Editor

    view = matrix_view.MatrixView(Editor(demo_store))
    qtbot.addWidget(view)
    path = tmp_path / "matrix.png"
    path.write_bytes(b"the old picture")
    monkeypatch.setattr(matrix_view, "ask_export_path", lambda parent, suffix: path)

    def half_written(figure: Figure, target: Path, **kwargs: object) -> None:
        Path(target).write_bytes(b"\x89PNG half")
        _full_disk()

    monkeypatch.setattr(Figure, "savefig", half_written)
    assert view.choose_export("png") is None
    assert warnings_shown == [f"Export the matrix: {path} could not be written:\nNo space left on device"]
    assert path.read_bytes() == b"the old picture"
    assert sorted(p.name for p in tmp_path.iterdir() if "matrix" in p.name) == ["matrix.png"]


def test_a_missing_folder_is_named_by_the_file_chosen(tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "Kunden.csv"
    with pytest.raises(FileNotFoundError) as raised:
        write_table(path, ["a"], ["text"], [("x",)])
    assert raised.value.filename == str(path)
