"""Before Qt loads: missing X11 libraries are named with the packages that bring them, and the app exits 2."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from planner import startup_check
from planner.startup_check import XCB_LIBRARIES, check_platform, uses_xcb

X11 = {"DISPLAY": ":0"}
MISSING = {"libxcb-cursor.so.0", "libxcb-icccm.so.4"}


def without(missing: set[str]):
    return lambda soname: soname not in missing


def test_a_missing_library_is_named_with_its_packages_and_the_app_exits_2() -> None:
    err = io.StringIO()
    code = check_platform(environ=X11, platform="linux", finds=without(MISSING), err=err)
    assert code == 2
    text = err.getvalue()
    assert "libxcb-cursor.so.0" in text and "libxcb-icccm.so.4" in text
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4\n" in text
    assert "sudo dnf install xcb-util-cursor xcb-util-wm\n" in text
    assert "libxcb-randr" not in text  # only what is missing


def test_a_package_with_several_missing_libraries_is_installed_once() -> None:
    err = io.StringIO()
    check_platform(
        environ=X11, platform="linux", finds=without({"libglib-2.0.so.0", "libgthread-2.0.so.0"}), err=err
    )
    assert err.getvalue().count("libglib2.0-0") == 3  # both rows and one apt line
    assert "sudo dnf install glib2\n" in err.getvalue()


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen", **X11}, "linux"),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
        ({"QT_QPA_PLATFORM": "minimal", **X11}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0", **X11}, "linux"),  # Qt takes Wayland in a Wayland session
        (X11, "win32"),
        (X11, "darwin"),
    ],
)
def test_no_check_where_qt_loads_no_xcb(environ: dict[str, str], platform: str) -> None:
    err = io.StringIO()
    assert check_platform(environ=environ, platform=platform, finds=lambda soname: False, err=err) is None
    assert err.getvalue() == ""


def test_xcb_is_checked_when_chosen_or_by_default_on_x11() -> None:
    assert uses_xcb(X11, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb:nomitshm;wayland"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux")
    assert check_platform(environ=X11, platform="linux", finds=lambda soname: True) is None


def test_the_list_names_every_library_once_with_both_packages() -> None:
    sonames = [library.soname for library in XCB_LIBRARIES]
    assert len(sonames) == len(set(sonames))
    assert "libxcb-cursor.so.0" in sonames  # Qt 6.5+ needs it; the machine lacked it
    assert all(library.debian and library.fedora for library in XCB_LIBRARIES)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_list_covers_what_the_wheels_xcb_plugin_links() -> None:
    from pathlib import Path

    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    linked = set()
    for library in (
        qt / "plugins/platforms/libqxcb.so",
        qt / "lib/libQt6XcbQpa.so.6",
        qt / "lib/libQt6Gui.so.6",
    ):
        if not library.exists():
            pytest.skip("no xcb plugin in this PySide6")
        dynamic = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True, check=False)
        if dynamic.returncode != 0:
            pytest.skip("readelf is not installed")
        linked |= {
            line.split("[")[1].rstrip("]") for line in dynamic.stdout.splitlines() if "(NEEDED)" in line
        }
    system = {name for name in linked if not name.startswith(("libQt6", "libicu"))}
    system -= {
        "libc.so.6",
        "libm.so.6",
        "libstdc++.so.6",
        "libgcc_s.so.1",
        "libz.so.1",
        "ld-linux-x86-64.so.2",
    }
    assert system <= {library.soname for library in XCB_LIBRARIES}


def test_the_real_loader_finds_the_c_library_and_not_a_made_up_one() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("sonames are Linux's")
    assert startup_check.loads("libc.so.6")
    assert not startup_check.loads("libno-such-library.so.42")


def test_the_windowed_app_stops_before_qt_loads(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from planner import cli

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(startup_check, "loads", without(MISSING))
    shown = []
    monkeypatch.setattr("planner.ui.shell.app.run_app", lambda *a, **k: shown.append(a) or 0)
    assert cli.main([]) == 2
    assert shown == []
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in capsys.readouterr().err


def test_the_check_runs_without_pyside6() -> None:
    code = "import sys, planner.startup_check as s; s.check_platform(); print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
