"""Before Qt loads its X11 plugin: the system libraries it needs, and how to install the missing ones."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NamedTuple, TextIO

EXIT_MISSING_LIBRARIES = 2


class Library(NamedTuple):
    soname: str
    debian: str  # the Debian/Ubuntu package
    fedora: str  # the Fedora package


# What the xcb plugin of the PySide6 wheel (libqxcb.so, libQt6XcbQpa.so.6) and QtGui load from the system:
# their NEEDED entries and those of the libraries they link (ldd), without glibc and libstdc++. The Qt
# libraries and ICU come with the wheel. Package names checked with dpkg -S on Debian 12.
XCB_LIBRARIES = (
    Library("libxcb.so.1", "libxcb1", "libxcb"),
    Library("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    Library("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    Library("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    Library("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    Library("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    Library("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    Library("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    Library("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    Library("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    Library("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    Library("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    Library("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    Library("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    Library("libX11.so.6", "libx11-6", "libX11"),
    Library("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    Library("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    Library("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    Library("libGL.so.1", "libgl1", "libglvnd-glx"),
    Library("libEGL.so.1", "libegl1", "libglvnd-egl"),
    Library("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    Library("libfreetype.so.6", "libfreetype6", "freetype"),
    Library("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
    Library("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    Library("libgthread-2.0.so.0", "libglib2.0-0", "glib2"),
)


def uses_xcb(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt would load its xcb plugin: on Linux, QT_QPA_PLATFORM 'xcb' (first in its list), or unset
    outside a Wayland session. Never for offscreen, minimal, wayland or vnc."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def loads(soname: str) -> bool:
    """True when the dynamic loader finds `soname` and everything it links: on the system, or bundled."""
    candidates = [soname]
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle brings some of them along
    if bundle:
        candidates += [str(p) for p in (Path(bundle) / soname, Path(bundle) / "PySide6/Qt/lib" / soname)]
    for candidate in candidates:
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    return False


def missing_libraries(finds: Callable[[str], bool] | None = None) -> list[Library]:
    """The libraries `finds` (default: `loads`) does not find."""
    finds = finds or loads
    return [library for library in XCB_LIBRARIES if not finds(library.soname)]


def unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def message(missing: list[Library]) -> str:
    """What is missing, each with its Debian/Ubuntu and Fedora package, and the lines that install them."""
    width = max(len(library.soname) for library in missing)
    rows = [
        f"  {library.soname:<{width}}  Debian/Ubuntu: {library.debian:<22} Fedora: {library.fedora}"
        for library in missing
    ]
    debian = " ".join(unique([library.debian for library in missing]))
    fedora = " ".join(unique([library.fedora for library in missing]))
    return "\n".join([
        "planner: Account Planner cannot open its window: Qt needs these system libraries for X11 (xcb),",
        "and they are not installed:",
        *rows,
        "Install them (this needs administrator rights), then start Account Planner again:",
        f"  Debian/Ubuntu:  sudo apt install {debian}",
        f"  Fedora:         sudo dnf install {fedora}",
    ])  # fmt: skip


def check_platform(
    *,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    finds: Callable[[str], bool] | None = None,
    err: TextIO | None = None,
) -> int | None:
    """Before the windowed app imports PySide6: None when Qt can load its platform plugin (or the check does
    not apply), else EXIT_MISSING_LIBRARIES after naming the missing libraries on `err` (stderr)."""
    if not uses_xcb(environ, platform):
        return None
    missing = missing_libraries(finds)
    if not missing:
        return None
    print(message(missing), file=err or sys.stderr)
    return EXIT_MISSING_LIBRARIES
