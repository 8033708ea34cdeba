"""Printing briefings: print preview, the printer, a PDF file, and the briefings of every QBR in the next
days into one folder off the UI thread."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from planner.core.qbr.briefing import Briefing, build_briefing
from planner.core.qbr.briefing_figures import BookFacts
from planner.core.qbr.qbr_calendar import due_within
from planner.core.store.store import Store
from planner.ui.qbr.briefing_document import BriefingDocument, default_paper, set_up_printer, write_pdf
from planner.ui.widgets import file_dialogs

translate = QCoreApplication.translate


def file_name(briefing: Briefing) -> str:
    """ "2026-11-24 Müller GmbH.pdf": sorts by date, and no character a file system refuses."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", briefing.account.name).strip(" .") or briefing.account.key
    day = briefing.qbr.held_on[:10] if briefing.qbr.id is not None else briefing.today.isoformat()
    return f"{day} {name}.pdf"


def printer_for(paper: str | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    set_up_printer(printer, paper or default_paper())
    return printer


class BriefingPreview(QPrintPreviewDialog):
    """A print preview that keeps its document and printer as long as it lives."""

    def __init__(self, document: BriefingDocument, printer: QPrinter, parent: QWidget) -> None:
        super().__init__(printer, parent)
        self.document = document
        self._printer = printer  # not `printer`: that is the dialog's method


def preview(parent: QWidget, briefing: Briefing, paper: str | None = None) -> QPrintPreviewDialog:
    """The print preview (opened, not waited for); it can print or change the paper from there."""
    document = BriefingDocument(briefing)
    printer = printer_for(paper)
    printer.setDocName(document.title)
    dialog = BriefingPreview(document, printer, parent)
    dialog.setWindowTitle(document.title)
    dialog.paintRequested.connect(document.print_to)
    dialog.resize(900, 1000)
    dialog.open()
    return dialog


def print_briefing(parent: QWidget, briefing: Briefing, paper: str | None = None) -> bool:
    """The system's print dialog, then the printer; False when cancelled."""
    document = BriefingDocument(briefing)
    printer = printer_for(paper)
    printer.setDocName(document.title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_to(printer)
    return True


def ask_pdf_path(parent: QWidget, briefing: Briefing) -> Path | None:
    path = file_dialogs.save_file(
        parent, "briefings", translate("Briefing", "Save the briefing as PDF"), file_name(briefing),
        translate("Briefing", "PDF files (*.pdf)"),
    )  # fmt: skip
    if path is None:
        return None
    return path if path.name.lower().endswith(".pdf") else path.with_name(path.name + ".pdf")


def write_briefings(
    store: Store,
    qbr_ids: list[int],
    folder: Path,
    *,
    today: date,
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """One PDF per QBR into `folder`, the book read once; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    book = BookFacts(store, today)
    written = []
    for n, qbr_id in enumerate(qbr_ids):
        if progress is not None:
            progress(n, len(qbr_ids))
        briefing = build_briefing(store, qbr_id=qbr_id, book=book)
        path = folder / file_name(briefing)
        write_pdf(briefing, path, paper)
        written.append(path)
    if progress is not None:
        progress(len(qbr_ids), len(qbr_ids))
    return written


def briefings_due(store: Store, folder: Path, days: int, *, today: date, paper: str = "a4",
                  progress: Callable[[int, int], None] | None = None,
                  owner: str | None = None) -> list[Path]:  # fmt: skip
    """The briefings of every planned QBR from today to `days` ahead (of `owner`'s accounts, when given)."""
    due = due_within(store, today, days, owner)
    return write_briefings(store, due, folder, today=today, paper=paper, progress=progress)
