"""What ships beside the bundle: the desktop entry `make install-desktop` puts into the user's menu (no root,
XDG_DATA_HOME respected) and the third-party notices build/notices.py writes into the bundle."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def build_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"build_{name}", ROOT / "build" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make(target: str, data_home: Path, *variables: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    command = ["make", "--no-print-directory", target, f"PYTHON={sys.executable}", *variables]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def desktop_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


LINUX_WITH_MAKE = sys.platform.startswith("linux") and shutil.which("make") is not None


@pytest.mark.skipif(not LINUX_WITH_MAKE, reason="the desktop entry is for Linux; the target needs make")
def test_install_desktop_puts_entry_and_icon_under_xdg_data_home_and_uninstall_removes_them(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    program = tmp_path / "my apps" / "AccountPlanner"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)

    result = make("install-desktop", data, f"DESKTOP_EXEC={program}")
    assert result.returncode == 0, result.stdout + result.stderr
    entry = data / "applications" / "account-planner.desktop"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "account-planner.svg"
    assert entry.is_file() and icon.is_file()
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()
    keys = desktop_keys(entry)
    assert keys["Exec"] == f'"{program}"'  # quoted: the folder's name has a space
    assert keys["TryExec"] == str(program)
    assert keys["Icon"] == icon.stem and keys["Type"] == "Application" and keys["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        for path in (entry, ROOT / "resources" / "linux" / "account-planner.desktop"):
            check = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
            assert check.returncode == 0 and not check.stdout.strip(), check.stdout + check.stderr

    result = make("uninstall-desktop", data)
    assert result.returncode == 0, result.stderr
    assert not entry.exists() and not icon.exists()


def test_install_desktop_refuses_a_program_that_is_not_there(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    installer = build_module("install_desktop")
    assert installer.main(["--exec", str(tmp_path / "missing")]) == 2
    assert not (tmp_path / "data").exists()


def test_exec_value_follows_the_desktop_entry_quoting_rules() -> None:
    installer = build_module("install_desktop")
    assert installer.exec_value(Path("/opt/planner/AccountPlanner")) == "/opt/planner/AccountPlanner"
    assert installer.exec_value(Path("/a b/x")) == '"/a b/x"'
    # inside quotes " ` $ \ take a backslash, then every backslash is doubled as in any string value
    assert installer.exec_value(Path('/a"$b/100%')) == '"/a\\\\"\\\\$b/100%%"'


def test_notices_name_qt_and_pyside6_under_the_lgpl_and_copy_each_licence(tmp_path: Path) -> None:
    notices = build_module("notices")
    out = tmp_path / "licenses"
    text = notices.write_notices(out, ["PySide6", "shiboken6", "numpy", "planner", "os"], qt_version="6.8.0")
    notes = text.read_text(encoding="utf-8")
    assert "Qt 6.8.0" in notes and "PySide6" in notes and "LGPL-3.0" in notes
    assert "replace them with your own build" in notes and "download.qt.io" in notes
    assert "PySide6_Essentials" in notes and "numpy" in notes and "account-planner" not in notes
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (out / "Qt" / "LGPL-3.0.txt").read_text()
    assert (out / "Qt" / "GPL-3.0.txt").is_file()
    assert any(p.name.startswith("LICENSE") for p in (out / "numpy").iterdir())
