"""The README documents what a user types and drops: every import column of every kind is named there."""

from __future__ import annotations

from pathlib import Path

from planner.core.importing import KINDS

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_import_column_is_documented() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Columns per kind of file") :]
    rows = {line.split("|")[1].strip(): line for line in section.splitlines() if line.startswith("| ")}
    for kind in KINDS.values():
        assert kind.name in rows, f"README has no row for {kind.name}"
        for target in kind.targets:
            assert f"`{target.name}`" in rows[kind.name], f"README does not name {kind.name}.{target.name}"
