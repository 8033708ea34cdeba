"""Build the one-folder app with PyInstaller and smoke-test it: the bundle's own --selftest, headless.

    python build/smoke.py [--dist DIR] [--work DIR] [--no-build]

Prints the bundle's size and the times; exits 0 only when the build and the self-test both passed. The
self-test runs with HOME and the XDG folders in a temporary folder, so it never sees the user's settings.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build" / "planner.spec"
NAME = "AccountPlanner"
SELFTEST_TIMEOUT = 300


def executable(dist: Path) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / NAME / f"{NAME}{suffix}"


def translations() -> None:
    """The .qm files the bundle ships, built from the .ts sources when missing or older."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def qt_bindings() -> list[str]:
    """The Qt bindings installed where PyInstaller runs: it must find PySide6-Essentials and no other."""
    from importlib.metadata import distributions

    names = {(d.metadata["Name"] or "").lower().replace("_", "-") for d in distributions()}
    return sorted(names & {"pyqt5", "pyqt6", "pyside2", "pyside6", "pyside6-addons", "pyside6-essentials"})


def build(dist: Path, work: Path) -> float:
    bindings = qt_bindings()
    if bindings != ["pyside6-essentials"]:
        raise RuntimeError(f"build with PySide6-Essentials as the only Qt binding; installed: {bindings}")
    translations()
    start = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    return time.perf_counter() - start


def selftest(dist: Path) -> tuple[float, str]:
    """Run the bundle's --selftest offscreen, in a home of its own; its output, or raise on failure."""
    with tempfile.TemporaryDirectory(prefix="planner-smoke-") as home:
        env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "PYTHON"))}
        env.update({
            "QT_QPA_PLATFORM": "offscreen", "HOME": home, "USERPROFILE": home, "APPDATA": home,
            "XDG_CONFIG_HOME": f"{home}/config", "XDG_DATA_HOME": f"{home}/data",
            "XDG_CACHE_HOME": f"{home}/cache", "MPLCONFIGDIR": f"{home}/matplotlib",
        })  # fmt: skip
        start = time.perf_counter()
        result = subprocess.run(
            [str(executable(dist)), "--selftest"],
            capture_output=True,
            text=True,
            env=env,
            cwd=home,
            timeout=SELFTEST_TIMEOUT,
        )
        elapsed = time.perf_counter() - start
        leftovers = sorted(p.name for p in Path(home).iterdir() if p.name not in ("cache", "matplotlib"))
    windowed = sys.platform == "win32"  # a windowed .exe has no stdout: its exit code says it all
    if result.returncode != 0 or not (windowed or "selftest ok" in result.stdout):
        raise RuntimeError(
            f"the bundle's self-test failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    if leftovers:
        raise RuntimeError(f"the self-test wrote outside its temporary folder: {leftovers}")
    return elapsed, result.stdout


def size(folder: Path) -> tuple[int, int]:
    """Bytes and files of the bundle as it lies on disk (links counted once, not followed)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "build" / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "work", help="PyInstaller's scratch")
    parser.add_argument("--no-build", action="store_true", help="only smoke-test the bundle already built")
    args = parser.parse_args(argv)
    if not args.no_build:
        if shutil.which("strip") is None and sys.platform.startswith("linux"):
            print("note: `strip` not found; the bundle keeps its debug symbols", file=sys.stderr)
        built = build(args.dist, args.work)
        print(f"built {args.dist / NAME} in {built:.0f} s")
    elapsed, output = selftest(args.dist)
    print(output, end="")
    total, files = size(args.dist / NAME)
    print(f"self-test of the bundle passed in {elapsed:.1f} s")
    print(f"bundle: {args.dist / NAME}: {total / 2**20:.0f} MiB in {files:,} files")
    print(f"start it with {executable(args.dist)}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, subprocess.CalledProcessError) as error:
        print(f"smoke: {error}", file=sys.stderr)
        sys.exit(1)
