"""The UI reaches the portfolio only through planner.core: no SQL and no queries on a store or connection.

import-linter keeps sqlite3 out of planner/ui; this also catches `store.query("SELECT …")`, which passes it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "planner" / "ui"
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA\s+\w+)\b", re.S)
QUERYING = {"query", "scalar", "execute", "executemany", "executescript", "conn"}


def offences(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append(f"{path.name}:{node.lineno}: SQL text {node.value[:40]!r}")
        if isinstance(node, ast.Attribute) and node.attr in QUERYING:
            found.append(f"{path.name}:{node.lineno}: .{node.attr}")
    return found


def test_the_ui_runs_no_sql() -> None:
    assert [o for path in sorted(UI.rglob("*.py")) for o in offences(path)] == []
