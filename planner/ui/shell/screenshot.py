"""Render every workspace of the main window to PNG files, offscreen, so the UI can be looked at."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from planner.core.store.store import Store
from planner.ui.importing.import_dialog import ImportDialog
from planner.ui.shell.app import application
from planner.ui.shell.main_window import MainWindow

SAMPLE_IMPORT = (  # what German Excel saves from a CRM list: Windows-1252, semicolons, decimal comma
    "Kundennummer;Firma;Webseite;Land;Ort;Mitarbeiter;Umsatz;Betreuer\r\n"
    "ACC-00001;Schütz Pharma KG;schuetz-pharma.de;DE;München;740;1.432.720,00 €;Jonas Behrendt\r\n"
    "ACC-00002;Privatbank Bodensee GmbH;privatbank-bodensee.at;AT;Bregenz;1.200;845.000,00 €;Anna Groß\r\n"
    "NEU-0001;Gärtnerei Müller & Söhne;gaertnerei-mueller.de;DE;Köln;85;12.500,00 €;Anna Groß\r\n"
    "NEU-0002;Rheinland Logistik AG;rheinland-logistik.de;DE;Düsseldorf;viele;38.000,00 €;Jonas Behrendt\r\n"
)


def render_workspaces(
    store: Store,
    out: Path,
    *,
    lang: str | None = None,
    theme: str | None = None,
    size: tuple[int, int] = (1280, 800),
) -> list[Path]:
    """PNG files of each workspace and its tabs, in `lang` and `theme` ("light", "dark"; None: the
    system's), the window `size` (logical pixels: at QT_SCALE_FACTOR=1.5, 911x512 fills 1366x768)."""
    application(lang, theme=theme)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(store)
    window.resize(*size)
    window.show()
    written: list[Path] = []

    def shoot(name: str, widget: QWidget | None = None) -> None:
        for _ in range(3):  # views built on show add widgets that show on the next turn of the loop
            QApplication.processEvents()
        path = out / f"{len(written) + 1:02d}-{name}.png"
        if not (widget or window).grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    for key in window.workspaces:
        window.show_workspace(key)
        shoot(key)
        for name, extra in _extras(window).get(key, ()):
            widget = extra()
            shoot(name, widget)
            if widget is not None:
                widget.close()
    window.close()
    return written


def _extras(window: MainWindow) -> dict[str, list[tuple[str, Callable[[], QWidget | None]]]]:
    """More views of a workspace worth looking at: the other tabs, an account page, a form."""
    view = window.portfolio

    def tab(index: int) -> None:
        view.tabs.setCurrentIndex(index)

    def account_page() -> None:
        biggest = max(
            range(view.accounts.model.rowCount()),
            key=lambda r: view.accounts.model.row_at(r).revenue_cents,
            default=None,
        )
        if biggest is not None:
            view.open_account(view.accounts.model.row_at(biggest).id)

    def account_form() -> QWidget | None:
        page = view.tabs.currentWidget()
        account_id = getattr(page, "account_id", None)
        if account_id is None:
            return None
        form = view.open_form("accounts", account_id)
        form.adjustSize()
        return form

    def import_preview() -> QWidget:
        sample = Path(tempfile.mkdtemp()) / "CRM-Export Kunden.csv"
        sample.write_bytes(SAMPLE_IMPORT.encode("cp1252"))
        dialog = ImportDialog(window.editor, sample, window)
        loop = QEventLoop()
        dialog.planned.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        dialog.show()
        dialog.start()
        loop.exec()
        dialog.tabs.setCurrentIndex(0)
        return dialog

    def board() -> None:
        window.matrix.tabs.setCurrentWidget(window.matrix.board)

    def coverage_section(name: str) -> Callable[[], None]:
        return lambda: window.coverage.show_section(name)

    def growth_tab(tab: str) -> Callable[[], None]:
        def show() -> None:
            window.growth.show_tab(tab)

        return show

    def qbr_open() -> None:
        rows = window.qbrs.rows()
        if rows:
            window.qbrs.open_qbr(rows[0].qbr_id)

    def moments_tab(index: int) -> Callable[[], None]:
        def show() -> None:
            window.moments.tabs.setCurrentIndex(index)
            if index == 2:  # the journey map with the timeline of its largest account
                window.moments.journey.select_first()

        return show

    return {
        "matrix": [("matrix-board", board)],
        "coverage": [
            (f"coverage-{name}", coverage_section(name)) for name in ("due", "time", "single", "retention")
        ],
        "qbrs": [("qbrs-open", qbr_open)],
        "growth": [(f"growth-{tab}", growth_tab(tab)) for tab in ("segments", "lists", "goals")],
        "moments": [
            ("moments-opportunities", moments_tab(1)),
            ("moments-journey", moments_tab(2)),
            ("moments-nps", moments_tab(3)),
        ],  # fmt: skip
        "portfolio": [
            ("import-preview", import_preview),
            ("portfolio-products", lambda: tab(1)),
            ("portfolio-contacts", lambda: tab(2)),
            ("portfolio-account", account_page),
            ("portfolio-account-form", account_form),
        ],
    }
