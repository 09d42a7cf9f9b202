"""Drawing a QTextDocument onto PDF pages (and page images for a preview), with no metadata.

QtGui only, no widgets, so it runs on a worker thread as well as on the GUI thread. The
document is laid out for the PDF writer; each page is drawn by clipping the document to that
page, with an optional footer line and the page number underneath.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from recovery_journal.insights.language import fill
from recovery_journal.report.paginate import keep_together

RESOLUTION = 300
MARGIN_MM = 18.0
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
PREVIEW_WIDTH = 620  # pixels of a preview page image
FOOTER_POINTS = 8.5


class Cancelled(Exception):  # noqa: N818 (a request, not an error)
    """The person stopped the report; nothing was written."""


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAPER_SIZES[paper]), QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter,
    )


def text_width_px96(paper: str) -> int:
    """The width of the text area in 96-dpi pixels, the unit HTML image widths use."""
    rect = page_layout(paper).paintRect(QPageLayout.Unit.Inch)
    return int(rect.width() * 96)


def new_writer(buffer: QIODevice, paper: str, title: str) -> QPdfWriter:
    """A PDF writer that records the title and nothing else about the person or the app."""
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(title)
    writer.setCreator("")
    return writer


# What Qt writes about the software, the time and the file's identity, in the info dictionary
# and the XMP stream; each value is blanked in place (same length), so every offset still holds.
_STAMPS = (
    rb"/Producer \(([^)]*)\)",
    rb"/CreationDate \(([^)]*)\)",
    rb"/ModDate \(([^)]*)\)",
    rb'pdf:Producer="([^"]*)"',
    rb'xmp:(?:CreateDate|ModifyDate|MetadataDate)="([^"]*)"',
    rb'xmpMM:DocumentID="([^"]*)"',
)


# The trailer's file identifier is that same document id, hex-encoded; zeros keep it valid.
_TRAILER_ID = re.compile(rb"/ID \[ <([0-9A-Fa-f]*)> <([0-9A-Fa-f]*)> \]")


def strip_stamps(data: bytes) -> bytes:
    """Blank the Qt version, the dates and the document id Qt always writes into a PDF."""
    for pattern in _STAMPS:
        data = re.sub(pattern, _blank_group, data)
    return _TRAILER_ID.sub(
        lambda m: b"/ID [ <" + b"0" * len(m.group(1)) + b"> <" + b"0" * len(m.group(2)) + b"> ]",
        data,
    )


def _blank_group(match: re.Match[bytes]) -> bytes:
    start, end = match.span(1)
    whole = match.group(0)
    offset = match.start(0)
    return whole[:start - offset] + b" " * (end - start) + whole[end - offset:]


def _footer_font(writer: QPdfWriter) -> QFont:
    # In pixels of the PDF page, so a preview image (another device) draws it the same size.
    font = QFont(QGuiApplication.font())
    font.setPixelSize(round(FOOTER_POINTS / 72 * writer.resolution()))
    return font


def _footer_height(writer: QPdfWriter) -> float:
    return FOOTER_POINTS / 72 * writer.resolution() * 2.6


def lay_out(document: QTextDocument, writer: QPdfWriter) -> tuple[float, float]:
    """Lay `document` out in pages for `writer`; returns (page width, page body height)."""
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    document.documentLayout().setPaintDevice(writer)
    body = area.height() - _footer_height(writer)
    document.setPageSize(QSizeF(area.width(), body))
    keep_together(document, body)
    return float(area.width()), float(body)


def paint_page(
    painter: QPainter, document: QTextDocument, index: int, count: int, footer: str,
    size: tuple[float, float], footer_font: QFont,
) -> None:
    """Draw page `index` (0-based) at the painter's origin, with its footer line."""
    width, body = size
    painter.save()
    painter.translate(0, -index * body)
    document.drawContents(painter, QRectF(0, index * body, width, body))
    painter.restore()
    painter.save()
    painter.setFont(footer_font)
    painter.setPen(QColor("#666666"))
    # In the app's language (the report's); the command line installs it while drawing.
    line = fill(QCoreApplication.translate("Report", "Page %1 of %2"), index + 1, count)
    if footer:
        line = f"{footer}  ·  {line}"
    rect = QRectF(0, body, width, footer_font.pixelSize() * 2.6)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter),
                     line)
    painter.restore()


@dataclass(eq=False)
class PagePreviews:
    """The report's pages as small images, each drawn when asked for.

    A year with journal text runs to hundreds of pages: drawn all at once they took ~2 MiB
    each (480 MiB for 222 pages, twice that once shown). Kept instead: the laid-out document,
    which a page is drawn from in a few milliseconds.
    """

    document: QTextDocument | None
    count: int
    footer: str
    size: tuple[float, float]
    font: QFont
    page: tuple[int, int, int, int]  # full page width and height, left and top margin
    # The PDF writer is the document layout's paint device: it must live as long as this.
    keep: tuple[object, ...] = ()

    def __len__(self) -> int:
        return self.count if self.document is not None else 0

    def __getitem__(self, index: int) -> QImage:
        if self.document is None or not 0 <= index < self.count:
            raise IndexError(index)
        width, height, left, top = self.page
        return _page_image(self.document, index, self.count, self.footer, self.size, self.font,
                           width, height, left, top)


def document_pdf(
    document: QTextDocument, paper: str, title: str, footer: str,
    on_page: Callable[[int, int], None] = lambda done, total: None,
    want_images: bool = False,
) -> tuple[bytes, PagePreviews]:
    """The document as PDF bytes, and its pages' previews when asked; `on_page(done, total)`
    is called after each page and may raise Cancelled to stop."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_writer(buffer, paper, title)
    size = lay_out(document, writer)
    count = document.pageCount()
    font = _footer_font(writer)
    painter = QPainter(writer)
    full = writer.pageLayout().fullRectPixels(writer.resolution())
    margin = writer.pageLayout().paintRectPixels(writer.resolution()).topLeft()
    try:
        for index in range(count):
            if index:
                writer.newPage()
            # A PDF writer's painter starts at the page's margins already.
            paint_page(painter, document, index, count, footer, size, font)
            on_page(index + 1, count)
    finally:
        painter.end()
    data: QByteArray = buffer.data()
    buffer.close()
    previews = PagePreviews(None, count, footer, size, font, (0, 0, 0, 0))
    if want_images:
        _hand_to_gui_thread(document, writer, buffer)
        previews = PagePreviews(document, count, footer, size, font,
                                (full.width(), full.height(), margin.x(), margin.y()),
                                (writer, buffer))
    return strip_stamps(bytes(data.data())), previews


def _hand_to_gui_thread(*objects: QObject) -> None:
    """Made on a worker, the previews are drawn on the GUI thread: the objects go there."""
    app = QCoreApplication.instance()
    if app is not None:
        for item in objects:
            item.moveToThread(app.thread())


def _page_image(
    document: QTextDocument, index: int, count: int, footer: str, size: tuple[float, float],
    font: QFont, page_w: int, page_h: int, left: int, top: int,
) -> QImage:
    scale = PREVIEW_WIDTH / page_w
    image = QImage(PREVIEW_WIDTH, round(page_h * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(scale, scale)
    painter.translate(left, top)
    paint_page(painter, document, index, count, footer, size, font)
    painter.end()
    return image
