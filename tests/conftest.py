"""Shared fixtures: offscreen Qt, fresh portfolios, and one demo book per test session."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.core.store import Store, open_portfolio  # noqa: E402

TODAY = date(2026, 11, 23)


@pytest.fixture
def store(tmp_path: Path):
    s = open_portfolio(tmp_path / "portfolio.sqlite", create=True)
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 300-account demo book, generated once; copy it before writing to it."""
    from planner.core.demo import generate

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    s = open_portfolio(path, create=True)
    generate(s, accounts=300, seed=7, today=TODAY)
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    return path


@pytest.fixture
def demo_store(demo_file: Path, tmp_path: Path):
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    s: Store = open_portfolio(copy)
    yield s
    s.close()


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """Tests see the app as an English user does, with its translations installed."""
    from planner.ui.i18n import install_language

    install_language(qapp, "en")
    return qapp
