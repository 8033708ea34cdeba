"""Third-party licence notices for the bundle, gathered by build/planner.spec at build time.

`write_notices` copies the licence files of every bundled Python distribution (from its installed
.dist-info) into `<out>/<distribution>/`, Python's own licence into `<out>/Python/`, the LGPL and GPL
texts for Qt and PySide6 (their wheels carry none) into `<out>/Qt/`, on Debian and Ubuntu the copyright
files of the system libraries PyInstaller copied in, and writes `<out>/THIRD-PARTY-NOTICES.txt` naming
each with its version and licence, psycopg's native libraries (libpq, OpenSSL ...) among them. Nothing
here is committed as a copy: every build takes the files of the versions it bundles.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from collections.abc import Iterable
from importlib.metadata import Distribution, packages_distributions
from pathlib import Path
from typing import NamedTuple

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
PSYCOPG_NOTICE = """\
psycopg, team mode's PostgreSQL driver: LGPL-3.0
------------------------------------------------
Team mode connects to the team's PostgreSQL database through psycopg {psycopg} and psycopg-binary
{binary} (Copyright (C) The Psycopg Team), unmodified, under the GNU Lesser General Public License
version 3 (LGPL-3.0-only, licenses/psycopg/LICENSE.txt; the GPL it adds to: licenses/Qt/GPL-3.0.txt).

psycopg is not linked into the program: it is a separate library in the folders _internal/psycopg (its
Python source files) and _internal/psycopg_binary (its compiled modules), with the native libraries
psycopg-binary brings in
  _internal/{libs}
You may replace them with your own version of psycopg and psycopg-binary (modified or not): copy it over
those folders and start the app as before, or install it into a Python environment and build the app
from its source yourself (README).
Sources: https://github.com/psycopg/psycopg (tag {psycopg}), https://pypi.org/project/psycopg/{psycopg}/
and https://pypi.org/project/psycopg-binary/{binary}/ (sdist).
"""
NATIVE_NOTICE = """
The native libraries of psycopg-binary {binary}, each under its own licence. TLS to the team database is
this OpenSSL, which libpq links (Python's ssl module, which psycopg imports, has the OpenSSL named under
"System libraries"; no connection uses it). Versions from the wheel's SBOM (its .dist-info/sboms) or the
library's own version string, "-" where neither records one:
"""
# The native libraries psycopg-binary's wheels bring (libpq and what it links), by file name. Versions come
# from the wheel's SBOM (a CycloneDX file in its .dist-info/sboms naming the packages auditwheel copied from
# the build system) or, for what psycopg builds from source, from a version string in the library itself.


class Native(NamedTuple):
    pattern: str  # how the library's file name starts
    project: str
    licence: str
    text: str  # where its licence text is
    sbom_name: str = ""  # how the wheel's SBOM names the project (the start of it)
    version_in_file: bytes = b""  # a regular expression with the version as its group


NATIVE_LIBRARIES = (
    Native(r"libpq\b", "libpq (PostgreSQL)", "PostgreSQL License",
           "https://www.postgresql.org/about/licence/"),
    Native(r"lib(ssl|crypto)\b", "OpenSSL", "Apache-2.0", "https://www.openssl.org/source/license.html",
           "openssl", rb"OpenSSL (\d+\.\d+\.\d+[a-z]?) "),
    Native(r"lib(gssapi_krb5|krb5|k5crypto|krb5support)\b|libcom_err.*\.so\.3", "MIT Kerberos", "MIT",
           "https://web.mit.edu/kerberos/krb5-latest/doc/mitK5license.html", "krb5",
           rb"krb5-(\d+\.\d+[.\d]*)-final"),  # its own com_err (.so.3) too
    Native(r"lib(ldap|lber)\b", "OpenLDAP", "OpenLDAP Public License 2.8",
           "https://www.openldap.org/software/release/license.html", "openldap"),
    Native(r"libsasl2\b", "Cyrus SASL", "BSD-style (Carnegie Mellon University)",
           "https://github.com/cyrusimap/cyrus-sasl/blob/master/COPYING", "cyrus-sasl"),
    Native(r"libcom_err\b", "com_err (e2fsprogs)", "MIT-style",
           "https://github.com/tytso/e2fsprogs/blob/master/NOTICE", "libcom_err"),
    Native(r"libkeyutils\b", "keyutils", "LGPL-2.1-or-later",
           "https://www.gnu.org/licenses/old-licenses/lgpl-2.1.txt", "keyutils",
           rb"keyutils-(\d+\.\d+[.\d]*)"),
    Native(r"libcrypt\b", "libcrypt (GNU C Library)", "LGPL-2.1-or-later",
           "https://www.gnu.org/licenses/old-licenses/lgpl-2.1.txt", "glibc"),
)  # fmt: skip
SHARED_LIBRARY = re.compile(r"\.(so(\.\d+)*|dll|dylib)$")


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


def sbom_components(dist: Distribution) -> dict[str, tuple[str, str]]:
    """Name -> (version, licence or "") of the components the wheel's CycloneDX SBOMs list."""
    found: dict[str, tuple[str, str]] = {}
    for file in dist.files or []:
        if "sboms" not in Path(str(file)).parts or not str(file).endswith(".json"):
            continue
        bom = json.loads(Path(str(dist.locate_file(file))).read_text(encoding="utf-8"))
        for component in bom.get("components", []):
            licences = [entry.get("expression") or entry.get("license", {}).get("id", "")
                        for entry in component.get("licenses", [])]  # fmt: skip
            found[component["name"]] = (component.get("version", ""), " AND ".join(filter(None, licences)))
    return found


def sbom_entry(sbom: dict[str, tuple[str, str]], name: str) -> tuple[str, str]:
    """(version, licence) of the SBOM's component whose name starts with `name`; empty when none does."""
    return next((entry for component, entry in sbom.items() if name and component.startswith(name)), ("", ""))


def version_in_files(pattern: bytes, files: list[Path]) -> str:
    for file in files:
        found = re.search(pattern, file.read_bytes())
        if found:
            return found.group(1).decode()
    return ""


def libpq_version() -> str:
    """The version of the libpq psycopg loads here (psycopg-binary's, the one bundled); "" without psycopg."""
    try:
        from psycopg import pq
    except ImportError:
        return ""
    return str(pq.version_pretty(pq.version()))


def native_libraries(dist: Distribution) -> tuple[str, list[str]]:
    """The folder of the native libraries psycopg-binary (`dist`) brings and a table of their projects with
    version, licence and files; a library no entry of NATIVE_LIBRARIES knows is listed under its own name."""
    libraries = sorted(
        Path(str(file)) for file in dist.files or []
        if SHARED_LIBRARY.search(str(file)) and Path(str(file)).parent.name.endswith((".libs", ".dylibs"))
    )  # fmt: skip
    sbom = sbom_components(dist)
    projects: dict[Native, list[Path]] = {native: [] for native in NATIVE_LIBRARIES}  # in this order
    for library in libraries:
        known = next((n for n in NATIVE_LIBRARIES if re.match(n.pattern, library.name)), None)
        projects.setdefault(known or Native("", library.name, "see its project", ""), []).append(library)
    projects = {native: files for native, files in projects.items() if files}
    table = []
    width = max((len(native.project) for native in projects), default=0) + 2
    for native, files in projects.items():
        version, licence = sbom_entry(sbom, native.sbom_name)
        if not version and native.version_in_file:
            version = version_in_files(
                native.version_in_file, [Path(str(dist.locate_file(f))) for f in files]
            )
        if not version and native.project.startswith("libpq"):
            version = libpq_version()
        table.append(f"  {native.project:<{width}}{version or '-':<18}{licence or native.licence}")
        names = textwrap.wrap(", ".join(file.name for file in files), 104 - width, break_on_hyphens=False)
        table += [f"  {'':<{width}}{line}" for line in names]
        if native.text:
            table.append(f"  {'':<{width}}licence: {native.text}")
    return (libraries[0].parent.as_posix() if libraries else ""), table


def psycopg_notice(psycopg: str, binary: Distribution | None) -> list[str]:
    """The LGPL notice of psycopg and the native libraries psycopg-binary brings."""
    folder, table = native_libraries(binary) if binary is not None else ("", [])
    version = binary.version if binary is not None else "-"
    lines = PSYCOPG_NOTICE.format(psycopg=psycopg, binary=version, libs=folder or "psycopg_binary")
    if table:
        lines += NATIVE_NOTICE.format(binary=version) + "\n".join(table) + "\n"
    return lines.splitlines()


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
    if "psycopg" in versions:
        binary = next(
            (d for d in dists if d.metadata["Name"].lower() in ("psycopg-binary", "psycopg_binary")), None
        )
        lines += [*psycopg_notice(versions["psycopg"], binary), ""]
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
