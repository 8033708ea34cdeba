"""The `planner` command end to end, as a user types it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def planner(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "planner", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "book.sqlite"
    result = planner("--db", path, "demo", "--accounts", "120", "--seed", "3", "--today", "2026-11-23")
    assert result.returncode == 0, result.stderr
    assert "120 accounts" in result.stdout
    return path


def test_demo_then_info_counts_every_table(demo_db: Path) -> None:
    result = planner("--db", demo_db, "info", "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["name"] == "Demo-Portfolio"
    counts = info["counts"]
    assert counts["accounts"] == 120 and counts["products"] == 10
    assert all(counts[t] > 0 for t in ("holdings", "usage_snapshots", "contacts", "touches", "qbrs"))


def test_info_as_text_names_the_tables(demo_db: Path) -> None:
    result = planner("--db", demo_db, "info")
    assert result.returncode == 0
    assert "accounts" in result.stdout and "120" in result.stdout


def test_demo_refuses_a_portfolio_that_has_data(demo_db: Path) -> None:
    before = planner("--db", demo_db, "info", "--json").stdout
    result = planner("--db", demo_db, "demo")
    assert result.returncode == 2
    assert "already holds accounts" in result.stderr
    assert planner("--db", demo_db, "demo", "--if-empty").returncode == 0
    assert planner("--db", demo_db, "info", "--json").stdout == before


def test_screenshot_writes_a_png_per_workspace(demo_db: Path, tmp_path: Path) -> None:
    result = planner("--db", demo_db, "--lang", "de", "screenshot", "--out", tmp_path / "shots")
    assert result.returncode == 0, result.stderr
    png = tmp_path / "shots" / "01-portfolio.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000  # a drawn table, not an empty canvas
    widths = {shot.name: int.from_bytes(shot.read_bytes()[16:20], "big") for shot in png.parent.glob("*.png")}
    assert len(widths) > 20 and widths["01-portfolio.png"] == 1280
    assert max(widths.values()) <= 1280, widths  # no German view makes the window wider than a laptop screen


def test_missing_file_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "fehlt.sqlite"
    result = planner("--db", path, "info")
    assert result.returncode == 2
    assert str(path) in result.stderr and "Traceback" not in result.stderr
    assert not path.exists()


def test_corrupt_file_gives_a_message_and_stays_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    content = "Kundennummer;Name;Umsatz\r\n4711;Müller GmbH;1.234,50\r\n".encode("cp1252")
    path.write_bytes(content)
    for command in (["info"], ["demo"], ["screenshot", "--out", str(tmp_path / "s")]):
        result = planner("--db", path, *command)
        assert result.returncode == 2, command
        assert str(path) in result.stderr and "not a portfolio" in result.stderr
        assert "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_the_gui_entry_starts_paints_and_quits(demo_db: Path) -> None:
    result = planner("--db", demo_db, "--quit-after-paint")
    assert result.returncode == 0, result.stderr


def test_the_global_options_may_follow_the_command(demo_db: Path, tmp_path: Path) -> None:
    before = planner("--db", demo_db, "info", "--json")
    after = planner("info", "--json", "--db", demo_db)
    assert after.returncode == 0, after.stderr
    assert json.loads(after.stdout) == json.loads(before.stdout)
    key = json.loads(planner("matrix", "--json", "--db", demo_db).stdout)[0]["key"]
    out = tmp_path / "briefing.pdf"
    brief = planner("brief", key, "--out", out, "--lang", "de", "--db", demo_db, "--today", "2026-11-23")
    assert brief.returncode == 0, brief.stderr
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "vertraulich" in text and "Seite" in text  # in German, as asked after the command
