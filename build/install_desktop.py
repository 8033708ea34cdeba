"""Put Account Planner into the Linux desktop's application menu, for this user only (no root).

    python3 build/install_desktop.py [--exec PROGRAM]      # `make install-desktop`
    python3 build/install_desktop.py --uninstall           # `make uninstall-desktop`

Installs resources/linux/account-planner.desktop, its Exec and TryExec pointing at PROGRAM (default: the
bundle `make dist` builds, build/dist/AccountPlanner/AccountPlanner; `.venv/bin/planner` starts the
development install instead), into $XDG_DATA_HOME/applications and the app icon (resources/icons/app.svg)
into $XDG_DATA_HOME/icons/hicolor/scalable/apps; XDG_DATA_HOME defaults to ~/.local/share. Only the
standard library: it runs before any virtual environment exists.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "account-planner"
DESKTOP_FILE = ROOT / "resources" / "linux" / f"{APP_ID}.desktop"
ICON = ROOT / "resources" / "icons" / "app.svg"
BUNDLE = ROOT / "build" / "dist" / "AccountPlanner" / "AccountPlanner"
RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def data_home() -> Path:
    """$XDG_DATA_HOME when it is an absolute path (the XDG rule), else ~/.local/share."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def targets() -> tuple[Path, Path]:
    home = data_home()
    icons = home / "icons" / "hicolor" / "scalable" / "apps"
    return home / "applications" / f"{APP_ID}.desktop", icons / f"{APP_ID}.svg"


def string_value(text: str) -> str:
    """A desktop-entry string: backslash and line breaks escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def exec_value(program: Path) -> str:
    """The Exec key's value for one program path: quoted when it has reserved characters, `%` doubled."""
    argument = str(program).replace("%", "%%")
    if RESERVED.search(argument):
        argument = '"' + re.sub(r'([`"$\\])', r"\\\1", argument) + '"'
    return string_value(argument)


def desktop_entry(program: Path) -> str:
    lines = []
    for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_value(program)}"
        elif line.startswith("TryExec="):
            line = f"TryExec={string_value(str(program))}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def invalid(text: str) -> str:
    """desktop-file-validate's complaints about the entry `text` ("" when valid or the tool is missing)."""
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        return ""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{APP_ID}.desktop"
        path.write_text(text, encoding="utf-8")
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
    return result.stdout + result.stderr if result.returncode != 0 else ""


def install(program: Path) -> int:
    program = program.expanduser().absolute()
    if not (program.is_file() and os.access(program, os.X_OK)):
        hint = "build the app with `make dist` first" if program == BUNDLE else "name an executable file"
        print(f"install-desktop: {program} is not an executable program: {hint}", file=sys.stderr)
        return 2
    text = desktop_entry(program)
    problems = invalid(text)
    if problems:
        print(f"install-desktop: the entry is not valid:\n{problems}", file=sys.stderr)
        return 1
    entry, icon = targets()
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICON, icon)
    partial = entry.with_name(f".{entry.name}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.chmod(0o644)
    partial.replace(entry)
    os.utime(icon.parents[2])  # hicolor/: a newer folder tells icon caches to look again
    print(f"installed {entry}\n      and {icon}\nstarting {program}")
    return 0


def uninstall() -> int:
    for path in targets():
        if path.exists():
            path.unlink()
            print(f"removed {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exec", dest="program", type=Path, default=BUNDLE, help="the program to start")
    parser.add_argument("--uninstall", action="store_true", help="remove the entry and the icon")
    args = parser.parse_args(argv)
    return uninstall() if args.uninstall else install(args.program)


if __name__ == "__main__":
    sys.exit(main())
