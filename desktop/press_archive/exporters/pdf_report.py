"""The PDF report, rendered by Qt (QTextDocument onto a QPdfWriter, both QtGui: no widgets needed).

Qt is already the program's toolkit, it embeds the fonts it uses (so Russian prints on any machine)
and its rich text engine reads the same report HTML the browser export writes: no second renderer
or library to install. Pages are painted here rather than by `QTextDocument.print_` so that the
contents can list the page each item starts on: the document is laid out, the pages of the item
headings are read off the layout, and the contents are filled in and laid out again until the
numbers no longer move.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from press_archive.exporters.errors import ExportError
from press_archive.exporters.records import ExportMeta, ExportRecord
from press_archive.exporters.report import REPORT_TITLE, report_html

PDF_STYLE = """\
h1 { font-family: sans-serif; font-size: 20pt; }
h1.title { font-size: 26pt; }
h2 { font-family: sans-serif; font-size: 13pt; margin-top: 18pt; }
h1.contents, h2.first { page-break-before: always; }
table.meta th { text-align: left; padding-right: 12pt; }
table.contents td { padding-bottom: 3pt; }
td.date { padding-right: 10pt; }
td.page { padding-left: 10pt; }
td.date, td.page, p.details { color: #555555; font-family: sans-serif; font-size: 9pt; }
td.page { text-align: right; }
p.label { font-family: sans-serif; font-weight: bold; margin-bottom: 0; }
p.user { font-family: sans-serif; color: #8a5a00; }
div.note { background-color: #fff8dc; }
"""
PAGE_MARGINS_MM = QMarginsF(20, 18, 20, 15)
FOOTER_POINTS = 8
#: Laying out again stops here even if a number still moves (it never has needed more than two).
MAX_LAYOUTS = 4
BOTTOM_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
BOTTOM_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom

_application: QGuiApplication | None = None


def _ensure_application() -> None:
    """Qt needs an application object for fonts; the command line has none, the window has its own."""
    global _application
    if QGuiApplication.instance() is None:
        _application = QGuiApplication(["press-archive", "-platform", "offscreen"])


def _item_pages(document: QTextDocument, page_height: float) -> list[int]:
    """The 1-based page on which each item's heading (every `<h2>`, in order) was laid out."""
    layout = document.documentLayout()
    pages = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            pages.append(int(layout.blockBoundingRect(block).top() // page_height) + 1)
        block = block.next()
    return pages


def _lay_out(
    document: QTextDocument, records: Sequence[ExportRecord], meta: ExportMeta, page_height: float
) -> None:
    numbers: list[int] = [0] * len(records)
    for _ in range(MAX_LAYOUTS):
        document.setHtml(report_html(records, meta, PDF_STYLE, numbers))
        found = _item_pages(document, page_height)
        if found == numbers:
            return
        numbers = found


def _paint(document: QTextDocument, writer: QPdfWriter, page_size: QSizeF, target: Path) -> None:
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(str(target), "cannot write the PDF file")
    width, height = page_size.width(), page_size.height()
    footer = QFont("sans-serif", FOOTER_POINTS)
    pages = document.pageCount()
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * height)
        context = QAbstractTextDocumentLayout.PaintContext()
        # Qt draws every block touching the clip, so one starting exactly at the next page's top edge
        # would be drawn (clipped, but still in the PDF's text) here too: stop the clip just short.
        context.clip = QRectF(0, page * height, width, height - 1)
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
        if page:
            painter.setFont(footer)
            area = QRectF(0, height, width, writer.height() - height)
            painter.drawText(area, BOTTOM_LEFT, REPORT_TITLE)
            painter.drawText(area, BOTTOM_RIGHT, f"{page + 1} / {pages}")
    painter.end()


def write_pdf_report(records: Iterable[ExportRecord], meta: ExportMeta, path: Path) -> None:
    """Qt's writer does not report a failed write (a full disk gave a truncated file and success), so
    the PDF is rendered into memory and written by Python, which raises on every failed write."""
    _ensure_application()
    items = list(records)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{REPORT_TITLE}: {meta.selection}")
    writer.setCreator(meta.generator)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    footer_height = FOOTER_POINTS * 3 * writer.resolution() / 72
    page_size = QSizeF(writer.width(), writer.height() - footer_height)
    document.setPageSize(page_size)
    _lay_out(document, items, meta, page_size.height())
    _paint(document, writer, page_size, path)
    del writer  # the writer completes the file when it is deleted
    buffer.close()
    path.write_bytes(buffer.data().data())
