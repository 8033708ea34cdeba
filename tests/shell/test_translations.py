"""German and English are complete: every tr() string of the UI has a finished translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def refreshed(ts: Path, tmp_path: Path, *extra: str) -> ET.Element:
    """The .ts as lupdate would make it from today's sources, keeping the translations we have."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    sources = sorted(str(p) for p in (ROOT / "planner" / "ui").rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-ts", str(copy), *extra], check=True, capture_output=True)
    return ET.parse(copy).getroot()


def unfinished(root: ET.Element) -> list[str]:
    return [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished")
    ]


def test_every_german_string_is_translated(tmp_path: Path) -> None:
    assert unfinished(refreshed(ROOT / "resources/translations/planner_de.ts", tmp_path)) == []


def test_every_english_plural_has_its_forms(tmp_path: Path) -> None:
    root = refreshed(ROOT / "resources/translations/planner_en.ts", tmp_path, "-pluralonly")
    assert unfinished(root) == []
