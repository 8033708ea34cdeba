"""Delivery: `planner --selftest`, the start that loads no dialog it does not show, and the one-folder bundle
built with PyInstaller once per run (build/smoke.py, as `make dist` does) passing its own self-test."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_LIMIT_MIB = 400  # today about 270; a jump means a module or a Qt part came in that nobody asked for


def isolated_env(home: Path) -> dict[str, str]:
    """Offscreen, with HOME and the XDG folders in `home`: the user's settings and data stay untouched."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update({
        "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
    })  # fmt: skip
    return env


def test_selftest_runs_the_app_headless_and_touches_nothing_of_the_user(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--selftest", "--lang", "de"],
        capture_output=True,
        text=True,
        env=isolated_env(home),
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selftest ok" in result.stdout
    for check in ("workspaces and views rendered", "dialogs shown", "briefing PDF", "copy of the portfolio"):
        assert check in result.stdout
    assert "Traceback" not in result.stderr
    assert not list(home.rglob("AccountPlanner*")) and not list(home.rglob("Account Planner*"))


def test_the_window_starts_without_loading_dialogs_it_does_not_show(tmp_path: Path) -> None:
    """Start-up speed: the settings dialog, the manual and About load when asked for, not before."""
    script = (
        "import sys\n"
        "from planner.ui.shell.app import application\n"
        "from planner.ui.shell.main_window import MainWindow\n"
        "from planner.core.store.store import open_portfolio\n"
        "application('en')\n"
        f"window = MainWindow(open_portfolio({str(tmp_path / 'p.sqlite')!r}, create=True))\n"
        "window.show()\n"
        "print(sorted(m for m in sys.modules if m.startswith('planner.ui.')))\n"
    )
    command = [sys.executable, "-c", script]
    result = subprocess.run(command, capture_output=True, text=True, env=isolated_env(tmp_path), timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = result.stdout
    assert "planner.ui.widgets.settings'" in loaded and "planner.ui.shell.view_state" in loaded
    for later in ("settings_dialog", "manual", "about", "selftest", "import_dialog"):
        assert f"planner.ui.{later}'" not in loaded, later


@pytest.mark.slow
@pytest.mark.bundle
def test_the_one_folder_bundle_builds_and_passes_its_selftest(tmp_path: Path) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is missing: it comes with the test extra (pip install -e '.[test]')")
    dist, work = tmp_path / "dist", tmp_path / "work"
    result = subprocess.run(
        [sys.executable, str(ROOT / "build" / "smoke.py"), "--dist", str(dist), "--work", str(work)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-5000:]
    assert "self-test of the bundle passed" in result.stdout
    size = re.search(r"bundle: .*: (\d+) MiB in ([\d,]+) files", result.stdout)
    assert size, result.stdout
    print(result.stdout)  # the size and times, for `pytest -s`
    assert int(size.group(1)) < BUNDLE_LIMIT_MIB

    internal = dist / "AccountPlanner" / "_internal"
    shipped = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    assert {"resources/manual/manual_de.html", "resources/manual/manual_en.html"} <= shipped
    assert {"resources/icons/app.svg", "resources/translations/planner_de.qm"} <= shipped
    assert not any(name.endswith(".ts") for name in shipped)
    qt_modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.*")}
    assert qt_modules == {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"}
    assert not any(name.split("/")[0] in ("PyQt5", "PyQt6", "PySide2", "tkinter") for name in shipped)
    qt_translations = {p.name for p in internal.rglob("translations/qt*.qm")}
    assert qt_translations == {"qtbase_de.qm", "qtbase_en.qm"}

    # left out on purpose (build/planner.spec): Qt's GTK3 theme with the GTK stack it links, image formats
    # and Pillow codecs the app never uses; and no link points at something left out
    bundle = dist / "AccountPlanner"
    assert not any("platformthemes/libqgtk3" in name for name in shipped)
    assert not [name for name in shipped if re.match(r"lib(gtk-3|gdk-3|atk-1|pango|cairo|gdk_pixbuf)", name)]
    plugins = {name.rsplit("/", 1)[-1] for name in shipped if "/plugins/imageformats/" in name}
    assert not [name for name in plugins if re.search(r"q(tiff|webp|icns|tga|wbmp)\.", name)]
    assert any("qsvg" in name for name in plugins), plugins
    assert not [name for name in shipped if re.match(r"PIL/_(avif|webp)", name)]
    # team mode: psycopg as files a user can replace, psycopg-binary with libpq and the OpenSSL libpq links;
    # besides those only Python's _ssl and its libssl and libcrypto (psycopg-binary imports ssl): two
    # OpenSSLs, no third (Qt's TLS plugins stay out)
    assert {"psycopg/__init__.py", "psycopg/pq/__init__.py", "psycopg_binary/__init__.py"} <= shipped
    assert any(re.match(r"psycopg_binary/pq\.", name) for name in shipped)
    assert any(name.startswith("psycopg_binary.libs/libpq") for name in shipped)
    openssl = [
        p for p in internal.rglob("lib*") if re.match(r"lib(ssl|crypto)\b", p.name) and not p.is_symlink()
    ]
    libpqs = [p.name for p in openssl if p.parent.name == "psycopg_binary.libs"]
    pythons = [p.name for p in openssl if p.parent == internal]
    assert len(libpqs) == 2 and len(pythons) == 2 and len(openssl) == 4, openssl
    assert [str(p) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()] == []

    # third-party notices, written by the spec at build time
    notices = (bundle / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert notices == (internal / "licenses" / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert "PySide6" in notices and "Qt " in notices and "LGPL-3.0" in notices
    assert "replace them with your own build" in notices
    assert re.search(r"psycopg +\d+\.\d+.*LGPL-3\.0-only", notices), "psycopg under the LGPL"
    assert "_internal/psycopg_binary.libs" in notices and "separate library" in notices
    assert re.search(r"OpenSSL +\d+\.\d+\.\d+ +Apache-2\.0", notices), "psycopg-binary's OpenSSL"
    assert re.search(r"libpq \(PostgreSQL\) +\d+\.\d+ +PostgreSQL License", notices)
    for name in ("licenses/Qt/LGPL-3.0.txt", "licenses/Qt/GPL-3.0.txt", "licenses/Python/LICENSE.txt"):
        assert name in shipped, name
    distributions = ("numpy", "pandas", "matplotlib", "pillow", "sqlite-utils", "openpyxl", "platformdirs")
    for each in (*distributions, "psycopg", "psycopg-binary"):
        assert each in notices and any(name.startswith(f"licenses/{each}/") for name in shipped), each
