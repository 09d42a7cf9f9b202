"""Turn a `ReportContent` into a PDF: charts drawn to PNG, one QTextDocument, pages painted.

Safe on a worker thread (QtGui and matplotlib only, no widgets). `make_report` checks
`cancelled()` between steps and raises `Cancelled`; `write_report` writes the file whole or
not at all (temporary name, then rename; mode 0600), so a cancel leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QImage, QTextDocument

from recovery_journal.charts import ChartData, ChartTheme
from recovery_journal.charts.gentle import sweeping
from recovery_journal.files import write_atomically
from recovery_journal.report.content import ReportContent
from recovery_journal.report.html import CHART_ASPECT, STYLE, report_html, report_title
from recovery_journal.report.pdf import Cancelled, PagePreviews, document_pdf, text_width_px96

TITLE = "My recovery report"
CHART_DPI = 170
BODY_POINTS = 10.5

# Called with (steps done, steps in all, what is happening now).
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ReportOutput:
    """The finished report: PDF bytes, its text as laid out, and small page images."""

    pdf: bytes
    plain_text: str
    pages: PagePreviews


@contextlib.contextmanager
def offscreen_gui() -> Iterator[None]:
    """A QGuiApplication for drawing PDFs outside the app (the command line); with no display,
    Qt draws offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([])
    try:
        yield
    finally:
        del app


def _drawn_chart(data: ChartData, width_in: float) -> tuple[tuple[int, int], bytes]:
    """One chart drawn once at CHART_DPI, light colours for paper: its size and RGBA pixels."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from recovery_journal.charts import build_figure

    figure = build_figure(data, ChartTheme.named("light"), width_in=width_in,
                          height_in=width_in * CHART_ASPECT)
    # savefig lays a constrained figure out by drawing it whole, then draws it again to
    # print; one draw does both (the layout runs inside it).
    figure.set_dpi(CHART_DPI)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    # A copy the caller owns: the canvas' buffer goes with the figure.
    return canvas.get_width_height(), bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]


def chart_png(data: ChartData, width_in: float) -> bytes:
    """One chart as PNG bytes, light colours for paper, with no metadata."""
    from PIL import Image

    size, pixels = _drawn_chart(data, width_in)
    image = Image.frombuffer("RGBA", size, pixels, "raw", "RGBA", 0, 1)
    out = io.BytesIO()
    image.save(out, format="png", dpi=(CHART_DPI, CHART_DPI))  # no metadata is written
    return out.getvalue()


def chart_image(data: ChartData, width_in: float) -> QImage:
    """One chart as a QImage, the pixels `chart_png` would hold (the PDF needs no PNG between)."""
    (width, height), pixels = _drawn_chart(data, width_in)
    # ARGB32 (a copy owning its pixels) is what QImage.fromData made of the PNG, so the PDF
    # embeds the same image as before.
    image = QImage(pixels, width, height, width * 4, QImage.Format.Format_RGBA8888)
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    dots_per_metre = round(CHART_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


class ReportDocument(QTextDocument):
    """The report's text, whose charts are drawn when a page showing one is painted.

    Drawn all at once beforehand, a year's eleven charts at print resolution (28 MiB) were held
    through the layout and the painting of every page; now one is held at a time. The layout
    needs none (each image's size is in the HTML). With `previews`, a copy of each at half the
    resolution stays for the pages' preview images, painted later on the GUI thread.
    """

    def __init__(self, charts: dict[str, ChartData], width_in: float, *,
                 previews: bool = False, sweep: Callable[[], None] = lambda: None) -> None:
        super().__init__()
        self._charts = charts
        # Called after each chart is drawn: its figure goes before the next one is made.
        self._sweep = sweep
        self._width_in = width_in
        self._previews: dict[str, QImage] | None = {} if previews else None
        self._printing: tuple[str, QImage] | None = None
        self.printed = False  # the PDF is done: only the preview copies are shown
        self.failure: Exception | None = None  # a chart that could not be drawn

    def loadResource(self, kind: int, name: QUrl | str, /) -> object:  # noqa: N802 (Qt API)
        """A chart for `chart:<key>`; anything else as QTextDocument finds it."""
        url = QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource.value and url.scheme() == "chart":
            return self._chart(url.path())
        return super().loadResource(kind, name)

    def _chart(self, key: str) -> QImage:
        if self.printed:
            return QImage() if self._previews is None else self._previews.get(key, QImage())
        if self._printing is not None and self._printing[0] == key:
            return self._printing[1]  # the same chart again, at a page's edge
        data = self._charts.get(key)
        if data is None:
            return QImage()
        try:
            image = chart_image(data, self._width_in)
        except Exception as error:  # noqa: BLE001 (Qt called us: raised after the page)
            self.failure = error
            return QImage()
        finally:
            self._sweep()
        self._printing = (key, image)
        if self._previews is not None:
            self._previews[key] = image.scaled(
                image.width() // 2, image.height() // 2,
                Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        return image

    def finish_printing(self) -> None:
        """The PDF is painted: let the last chart go; previews use their copies."""
        self.printed = True
        self._printing = None


def build_document(content: ReportContent, document: QTextDocument | None = None,
                   ) -> QTextDocument:
    """The report's text in `document` (a new one by default); its charts are `chart:<key>`
    images, which a `ReportDocument` draws itself."""
    document = QTextDocument() if document is None else document
    # Nobody edits the report: an undo history would only record each page break made.
    document.setUndoRedoEnabled(False)
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(STYLE)
    for section in content.sections:
        for name, data in section.pictures:
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                                 QImage.fromData(data))
    document.setHtml(report_html(content, text_width_px96(content.choice.paper)))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                                report_title(content.choice.language))
    return document


def make_report(
    content: ReportContent, progress: Progress = lambda done, total, what: None,
    cancelled: Callable[[], bool] = lambda: False, want_images: bool = False,
) -> ReportOutput:
    """Lay out the pages and paint the PDF, each chart drawn as its page is painted; raises
    Cancelled when asked."""
    lang = content.choice.language
    charts = {s.key: s.chart for s in content.sections if s.chart is not None}
    width_in = text_width_px96(content.choice.paper) / 96
    if cancelled():
        raise Cancelled()
    # Steps: the layout, then the pages (counted once their number is known).
    progress(0, 2, lang.translate("Report", "Laying out the pages"))
    # A drawn figure lasts until a pass of the cycle collector, which comes seldom: unswept,
    # a year's charts piled up to 27 MiB more at the report's peak (249 MiB, 222 swept).
    with sweeping() as sweep:
        document = ReportDocument(charts, width_in, previews=want_images, sweep=sweep)
        build_document(content, document)

        def on_page(done: int, pages: int) -> None:
            if document.failure is not None:
                raise document.failure
            if cancelled():
                raise Cancelled()
            progress(1 + done, 1 + pages, lang.translate("Report", "Page %1 of %2", done, pages))

        try:
            pdf, pages = document_pdf(document, content.choice.paper, report_title(lang),
                                      content.footer_text, on_page, want_images)
        finally:
            document.finish_printing()
    return ReportOutput(pdf, document.toPlainText(), pages)


def write_report(
    content: ReportContent, path: Path, progress: Progress = lambda done, total, what: None,
    cancelled: Callable[[], bool] = lambda: False, want_images: bool = False,
) -> ReportOutput:
    """Make the report and write it to `path` whole or not at all (mode 0600)."""
    output = make_report(content, progress, cancelled, want_images)
    if cancelled():
        raise Cancelled()

    def fill(handle: BinaryIO) -> None:
        handle.write(output.pdf)

    write_atomically(path, fill)
    return output
