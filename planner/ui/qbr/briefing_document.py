"""The briefing as a printable document: HTML in a QTextDocument with the matrix picture as a resource,
painted page by page onto a QPrinter (PDF or a printer, A4 or Letter) with a footer and page numbers."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from planner.core.matrix.chart_style import INK, MUTED
from planner.core.qbr.briefing import Briefing
from planner.ui.qbr import briefing_details as details
from planner.ui.qbr import briefing_sections as sections
from planner.ui.qbr.briefing_chart import matrix_png

translate = QCoreApplication.translate
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(16, 14, 16, 10)  # left, top, right, bottom; the footer sits inside the bottom one
FOOTER_MM = 9.0
LAYOUT_DPI = 96  # the document is laid out at this resolution and scaled to the printer's
ACCENT = "#17365d"
STYLE = f"""
body {{ color: {INK}; }}
h1 {{ font-size: 20pt; font-weight: 600; color: {INK}; margin-top: 0px; margin-bottom: 2px; }}
h2 {{ font-size: 12pt; font-weight: 600; color: {ACCENT}; margin-top: 16px; margin-bottom: 6px; }}
p {{ margin-top: 0px; margin-bottom: 4px; }}
ul, ol {{ margin-top: 0px; margin-bottom: 4px; }}
li {{ margin-bottom: 2px; }}
.kicker {{ color: {MUTED}; font-size: 8pt; font-weight: 600; margin-bottom: 4px; }}
.facts {{ color: {MUTED}; margin-bottom: 10px; }}
.muted {{ color: {MUTED}; }}
.caption {{ color: {MUTED}; font-weight: 600; margin-top: 8px; margin-bottom: 2px; }}
.play {{ margin-top: 6px; }}
.total {{ font-weight: 600; margin-top: 4px; }}
.gap {{ color: #9a3412; margin-top: 4px; }}
table.grid {{ border-collapse: collapse; }}
table.grid th {{ background-color: #e8eef5; font-weight: 600; border-bottom: 1px solid #9db4cc; }}
table.grid td {{ border-bottom: 1px solid #d9e2ec; vertical-align: top; }}
table.box {{ background-color: #f3f6f9; border-collapse: collapse; }}
table.box td {{ vertical-align: top; }}
table.figures {{ border-collapse: collapse; }}
table.figures td {{ border-bottom: 1px solid #d9e2ec; }}
td.label {{ color: {MUTED}; font-weight: 600; }}
td.value {{ font-weight: 600; }}
td.when {{ font-size: 11pt; font-weight: 600; color: {ACCENT}; }}
table.notes td.line {{ border-bottom: 1px solid #c5ced8; }}
"""


def default_paper() -> str:
    """The paper chosen in the settings; else Letter where the locale measures in US units, else A4."""
    from planner.ui.widgets.settings import Settings, chosen_paper

    chosen = chosen_paper(Settings.user(read_only=True))
    if chosen in ("a4", "letter"):
        return chosen
    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def briefing_html(briefing: Briefing) -> str:
    parts = (
        sections.header(briefing),
        sections.profile(briefing),
        details.agenda(briefing),
        sections.key_figures(briefing),
        sections.since_last(briefing),
        details.matrix(briefing),
        details.holdings(briefing),
        details.whitespace(briefing),
        details.moments(briefing),
        details.stakeholders(briefing),
        details.actions(briefing),
        details.touches(briefing),
        details.outcomes(briefing),
        details.notes(),
    )
    return "<html><body>" + "".join(parts) + "</body></html>"


class BriefingDocument:
    """A briefing ready to print: `print_to(printer)` paints it and returns the number of pages."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.document = QTextDocument()
        self._device = QImage(1, 1, QImage.Format.Format_RGB32)  # lays the text out at LAYOUT_DPI
        dots = round(LAYOUT_DPI / 0.0254)
        self._device.setDotsPerMeterX(dots)
        self._device.setDotsPerMeterY(dots)
        self.document.documentLayout().setPaintDevice(self._device)
        font = QFont(QGuiApplication.font().family())
        font.setPointSizeF(9.0)
        self.document.setDefaultFont(font)
        self.document.setDocumentMargin(0)
        self.document.setDefaultStyleSheet(STYLE)
        picture = QImage.fromData(matrix_png(briefing))
        self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(details.MATRIX_URL), picture)
        self.document.setHtml(briefing_html(briefing))

    @property
    def title(self) -> str:
        """The document's name: "QBR briefing Müller GmbH 2026-11-24"."""
        b = self.briefing
        text = translate("Briefing", "QBR briefing %1 %2")
        return (
            text.replace("%1", b.account.name).replace("%2", b.qbr.held_on[:10] if b.qbr.id else "").strip()
        )

    def footer(self) -> str:
        b = self.briefing
        parts = [b.account.name]
        if b.qbr.id is not None:
            parts.append(translate("Briefing", "QBR %1").replace("%1", sections.day(b.qbr.held_on)))
        parts.append(translate("Briefing", "prepared %1").replace("%1", sections.day(b.today.isoformat())))
        return " · ".join(parts)

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page onto the printer (already set up); returns the page count."""
        resolution = printer.resolution()
        area = printer.pageLayout().paintRectPixels(resolution)
        footer = FOOTER_MM / 25.4 * resolution
        scale = resolution / LAYOUT_DPI
        page = QSizeF(area.width() / scale, (area.height() - footer) / scale)
        self.document.setPageSize(page)
        keep_headings_with_next(self.document, page.height())
        pages = self.document.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(translate("Briefing", "The printer or file cannot be written."))
        try:
            small = QFont(self.document.defaultFont())
            small.setPointSizeF(7.5)
            for n in range(pages):
                if n:
                    printer.newPage()
                painter.save()
                painter.scale(scale, scale)
                painter.translate(0, -n * page.height())
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = QRectF(0, n * page.height(), page.width(), page.height())
                painter.setClipRect(context.clip)
                self.document.documentLayout().draw(painter, context)
                painter.restore()
                self._paint_footer(painter, small, area.width(), area.height() - footer, footer, n + 1, pages)
        finally:
            painter.end()
        return pages

    def _paint_footer(
        self, painter: QPainter, font: QFont, width: float, top: float, height: float, number: int, pages: int
    ) -> None:
        painter.save()
        painter.setFont(font)
        painter.setPen(QPen(Qt.GlobalColor.lightGray, 0))
        line_y = top + height * 0.3
        painter.drawLine(QPointF(0, line_y), QPointF(width, line_y))
        painter.setPen(QPen(Qt.GlobalColor.darkGray))
        box = QRectF(0, line_y, width, height - (line_y - top))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.footer())
        text = translate("Briefing", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(pages))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()


def keep_headings_with_next(document: QTextDocument, page_height: float) -> None:
    """A heading left alone at the foot of a page starts the next page instead (with what it heads)."""
    layout = document.documentLayout()
    for _ in range(20):  # each move shifts what follows: look again from the top
        document.markContentsDirty(0, document.characterCount())  # lay all of it out again, not lazily
        layout.documentSize()
        block = document.begin()
        while block.isValid():
            following = block.next()
            if block.blockFormat().headingLevel() and following.isValid():
                top = layout.blockBoundingRect(block).top()
                below = layout.blockBoundingRect(following).bottom()
                if int(top // page_height) != int(below // page_height):
                    _break_before([block])
                    break
            block = following
        else:
            return


def _break_before(blocks: list[QTextBlock]) -> None:
    for block in blocks:
        shape = block.blockFormat()
        shape.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(shape)


def set_up_printer(printer: QPrinter, paper: str) -> None:
    layout = QPageLayout(
        QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )
    printer.setPageLayout(layout)


def write_pdf(briefing: Briefing, path: Path, paper: str = "a4") -> int:
    """The briefing as a PDF file; returns its page count. Written whole and owner-only (see
    file_safety.written_whole): a full disk raises OSError and leaves the file that was there as it was."""
    from planner.core.store.file_safety import written_whole

    with written_whole(path) as partial:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(partial))
        set_up_printer(printer, paper)
        document = BriefingDocument(briefing)
        printer.setDocName(document.title)
        printer.setCreator("Account Planner")
        pages = document.print_to(printer)
        with partial.open("rb") as written:  # Qt does not report a failed write: a whole PDF ends in %%EOF
            written.seek(max(0, written.seek(0, 2) - 64))
            if b"%%EOF" not in written.read():
                raise OSError(
                    errno.EIO, translate("Briefing", "The PDF file was not written whole."), str(path)
                )
    return pages
