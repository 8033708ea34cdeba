"""Third-party licence notices for the bundle, gathered by build/planner.spec at build time.

`write_notices` copies the licence files of every bundled Python distribution (from its installed
.dist-info) into `<out>/<distribution>/`, Python's own licence into `<out>/Python/`, the LGPL and GPL
texts for Qt and PySide6 (their wheels carry none) into `<out>/Qt/`, on Debian and Ubuntu the copyright
files of the system libraries PyInstaller copied in, and writes `<out>/THIRD-PARTY-NOTICES.txt` naming
each with its version and licence. Nothing here is committed as a copy: every build takes the files of the
versions it bundles.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from importlib.metadata import Distribution, packages_distributions
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWN = "account-planner"
LICENCE_FILE = re.compile(r"(?i)(licen[cs]e|copying|notice|authors|copyright)")
QT_DISTRIBUTIONS = ("pyside6-essentials", "shiboken6")
QT_NOTICE = """\
Qt and Qt for Python (PySide6, shiboken6): LGPL-3.0
----------------------------------------------------
Account Planner uses Qt {qt} (Copyright (C) The Qt Company Ltd. and other contributors) through
PySide6 {pyside} and shiboken6 {pyside} (Qt for Python), unmodified, under the GNU Lesser General Public
License version 3 (LGPL-3.0-only). Its text is in licenses/Qt/LGPL-3.0.txt; the LGPL adds to the GNU
General Public License version 3, in licenses/Qt/GPL-3.0.txt.

Qt and PySide6 are not linked into the program: they are separate shared libraries in the folder
_internal/PySide6 of the app, as the PySide6-Essentials wheel ships them -
  Linux:   _internal/PySide6/Qt/lib/libQt6*.so.6 (with links to them in _internal), the Qt plugins in
           _internal/PySide6/Qt/plugins, the bindings _internal/PySide6/*.abi3.so and
           _internal/shiboken6/libshiboken6*.so*
  Windows: _internal/PySide6/Qt6*.dll, _internal/PySide6/plugins, _internal/PySide6/*.pyd
  macOS:   Contents/Frameworks/PySide6/Qt/lib/Qt*.framework, .../Qt/plugins, .../PySide6/*.abi3.so
You may replace them with your own build (modified or not) of the same version, Qt {qt} and
PySide6 {pyside}, built with the same configuration: copy your libraries over the ones of the same
name and start the app as before. Or install your own PySide6 build into a Python environment and
build the app from its source yourself (README: "Building on Windows and macOS"; on Linux `make dist`).

The sources of these versions:
  Qt {qt}:      https://download.qt.io/official_releases/qt/{qt_minor}/{qt}/single/
                (qt-everywhere-src-{qt}), or https://code.qt.io/cgit/qt/ (tag v{qt})
  PySide6 {pyside}: https://download.qt.io/official_releases/QtForPython/pyside6/
                (PySide6-{pyside}-src), or https://code.qt.io/cgit/pyside/pyside-setup.git (tag v{pyside})
"""


def licence_of(dist: Distribution) -> str:
    """The licence as the distribution declares it: its SPDX expression, a short License field, or the
    classifiers; a License field that holds the whole text is named by its first line."""
    metadata = dist.metadata
    if metadata.get("License-Expression"):
        return str(metadata["License-Expression"])
    field = (metadata.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 80:
        return field
    classifiers = metadata.get_all("Classifier") or []
    classifiers = [c.split(" :: ")[-1] for c in classifiers if c.startswith("License ::")]
    if classifiers:
        return " / ".join(classifiers)
    return field.splitlines()[0].strip(" =") if field else "see its licence files"


def licence_files(dist: Distribution) -> list[tuple[Path, str]]:
    """(installed file, name under the distribution's folder) of its licence, notice and authors files."""
    found = []
    for file in dist.files or []:
        parts = Path(str(file)).parts
        if not parts or not parts[0].endswith(".dist-info") or not LICENCE_FILE.search(str(file)):
            continue
        inside = parts[2:] if len(parts) > 2 and parts[1] == "licenses" else parts[1:]
        found.append((Path(str(dist.locate_file(file))), "/".join(inside)))
    return found


def bundled_distributions(top_level_names: Iterable[str]) -> list[Distribution]:
    """The installed distributions that provide the bundled top-level modules, the app's own left out."""
    from importlib.metadata import distribution

    owners = packages_distributions()
    names = {owner for top in top_level_names for owner in owners.get(top, [])}
    dists = {}
    for name in names:
        dist = distribution(name)
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key != OWN:
            dists[key] = dist
    return [dists[key] for key in sorted(dists)]


def python_licence() -> Path | None:
    for folder in (Path(sysconfig.get_paths()["stdlib"]), Path(sys.base_prefix)):
        if (folder / "LICENSE.txt").is_file():
            return folder / "LICENSE.txt"
    return None


def debian_packages(libraries: Iterable[str]) -> dict[str, list[str]]:
    """Debian package -> the bundled system libraries it installed (empty where dpkg is missing)."""
    if shutil.which("dpkg-query") is None:
        return {}
    packages: dict[str, list[str]] = {}
    for library in libraries:
        path = Path(library)
        candidates = {str(path), str(path.resolve())}
        candidates |= {c[4:] if c.startswith("/usr/") else "/usr" + c for c in set(candidates)}
        result = subprocess.run(["dpkg-query", "-S", *sorted(candidates)], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            package = line.split(":")[0].strip()
            packages.setdefault(package, [])
            if path.name not in packages[package]:
                packages[package].append(path.name)
            break
    return packages


def write_notices(
    out: Path, top_level_names: Iterable[str], system_libraries: Iterable[str] = (), qt_version: str = ""
) -> Path:
    """Fill `out` (the bundle's licenses folder, made afresh) and return its THIRD-PARTY-NOTICES.txt."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    dists = bundled_distributions(top_level_names)
    rows = []
    for dist in dists:
        name = dist.metadata["Name"]
        files = licence_files(dist)
        for source, inside in files:
            target = out / name / inside
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        key = name.lower().replace("_", "-")
        where = f"licenses/{name}/" if files else "no licence file"
        if not files and key in QT_DISTRIBUTIONS:
            where = "licenses/Qt/"
        rows.append((name, dist.version, licence_of(dist), where))
    qt_dir = out / "Qt"
    qt_dir.mkdir()
    for text in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        shutil.copyfile(HERE / "licenses" / text, qt_dir / text)

    versions = {d.metadata["Name"].lower().replace("_", "-"): d.version for d in dists}
    pyside = versions.get("pyside6-essentials", "")
    qt = qt_version or pyside
    lines = [
        "Account Planner: third-party notices",
        "====================================",
        "",
        "The app bundles the third-party software below, each under its own licence. The licence texts are",
        "in the app's folder _internal/licenses (macOS: AccountPlanner.app/Contents/Resources/licenses), one",
        "folder per name; the paths below are relative to _internal.",
        "",
    ]
    if pyside:
        lines += [QT_NOTICE.format(qt=qt, qt_minor=".".join(qt.split(".")[:2]), pyside=pyside), ""]
    lines += ["Python distributions", "--------------------"]
    width = max((len(row[0]) for row in rows), default=10) + 2
    for name, version, licence, where in rows:
        lines.append(f"{name:<{width}}{version:<14}{licence}  ({where})")
    python = python_licence()
    if python is not None:
        (out / "Python").mkdir()
        shutil.copyfile(python, out / "Python" / "LICENSE.txt")
    version = ".".join(map(str, sys.version_info[:3]))
    lines += ["", "Python", "------", f"Python {version}: PSF-2.0 (licenses/Python/LICENSE.txt)"]

    libraries = sorted(set(system_libraries))
    if libraries:
        lines += [
            "",
            "System libraries",
            "----------------",
            "Copied from the system the app was built on; each is under the licence of its package there.",
        ]
        packaged = debian_packages(libraries)
        named = set()
        for package, names in sorted(packaged.items()):
            copyright_file = Path("/usr/share/doc") / package / "copyright"
            where = ""
            if copyright_file.is_file():
                target = out / "system" / package / "copyright"
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(copyright_file, target)
                where = f"  (licenses/system/{package}/copyright)"
            lines.append(f"{package}: {', '.join(sorted(names))}{where}")
            named.update(names)
        for library in libraries:
            if Path(library).name not in named:
                lines.append(f"{Path(library).name}: from {Path(library).parent}")
    notices = out / "THIRD-PARTY-NOTICES.txt"
    notices.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return notices
