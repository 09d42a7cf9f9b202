"""A one-page crisis card (A6, pocket or wallet size) as PDF: the person's crisis plan, the
people they chose, their own numbers and the bundled helplines.

The PDF is drawn on exactly one page: the text shrinks to fit, and if the plan is still too long
its last lines give way to a pointer back to the app. The file is written whole or not at all,
mode 0600, and the person is told it is not encrypted.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QStandardPaths
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.files import write_atomically
from recovery_journal.model import Helpline, Supporter
from recovery_journal.report.pdf import strip_stamps
from recovery_journal.ui.announce import announce
from recovery_journal.ui.help import BundledHelplines

PAGE = QPageSize.PageSizeId.A6
MARGIN_MM = 7.0
RESOLUTION = 300
_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5)
MORE_IN_APP = "… (the whole plan is in the app)"


@dataclass(frozen=True, slots=True)
class CardContent:
    """Everything on the card, as plain values."""

    plan: str
    contacts: tuple[Supporter, ...]
    own_numbers: tuple[Helpline, ...]
    bundled: BundledHelplines | None
    made_on: date


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.strip().splitlines())


def _contact(person: Supporter) -> str:
    name = html.escape(person.name)
    if person.relationship:
        name += f" ({html.escape(person.relationship)})"
    reach = " · ".join(html.escape(x) for x in (person.phone, person.email) if x)
    return f"<b>{name}</b>{': ' + reach if reach else ''}"


def card_html(content: CardContent, plan: str | None = None) -> str:
    """The card as simple HTML; every piece of the person's text is escaped."""
    plan_text = content.plan if plan is None else plan
    parts = ["<h2>My crisis card</h2>"]
    if plan_text.strip():
        parts += ["<h3>My crisis plan</h3>", f"<p>{_lines(plan_text)}</p>"]
    if content.contacts:
        people = "<br>".join(_contact(p) for p in content.contacts)
        parts += ["<h3>People I'd like contacted</h3>", f"<p>{people}</p>"]
    if content.own_numbers:
        own = "<br>".join(
            f"<b>{html.escape(n.name)}</b>: {html.escape(n.contact)}" for n in content.own_numbers
        )
        parts += ["<h3>My own numbers</h3>", f"<p>{own}</p>"]
    if content.bundled is not None:
        region = html.escape(content.bundled.region)
        lines = "<br>".join(
            f"<b>{html.escape(line.name)}</b>: {html.escape(line.contact)}"
            + (f" – {html.escape(line.details)}" if line.details else "")
            for line in content.bundled.lines
        )
        parts += [f"<h3>Helplines ({region})</h3>", f"<p>{lines}</p>"]
    else:
        parts += ["<h3>Helplines</h3>", "<p>In an emergency call 999 (UK) or go to A&amp;E.</p>"]
    parts.append(f"<p><small>Made on {content.made_on.isoformat()}.</small></p>")
    return "\n".join(parts)


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(PAGE), QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter,
    )


def _document(text: str, size: float) -> QTextDocument:
    document = QTextDocument()
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(size)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(text)
    return document


def _fits(document: QTextDocument, writer: QPdfWriter) -> bool:
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    document.documentLayout().setPaintDevice(writer)
    document.setTextWidth(area.width())
    return document.size().height() <= area.height()


def _with_lines(content: CardContent, lines: list[str], keep: int) -> str:
    plan = "\n".join(lines[:keep])
    if keep < len(lines):
        plan += f"\n{MORE_IN_APP}"
    return card_html(content, plan)


def build_card(content: CardContent, writer: QPdfWriter) -> QTextDocument:
    """The card laid out for `writer`'s page: the largest text size that fits one page, and
    if even the smallest doesn't fit, as many of the plan's first lines as do."""
    for size in _SIZES:
        document = _document(card_html(content), size)
        if _fits(document, writer):
            return document
    lines = content.plan.strip().splitlines()
    smallest = _SIZES[-1]
    low, high = 0, len(lines) - 1  # the most lines that fit lies in [low, high]
    while low < high:
        middle = (low + high + 1) // 2
        if _fits(_document(_with_lines(content, lines, middle), smallest), writer):
            low = middle
        else:
            high = middle - 1
    # With no plan lines left, the helplines are drawn as far as the page goes.
    document = _document(_with_lines(content, lines, low), smallest)
    _fits(document, writer)
    return document


def card_pdf(content: CardContent) -> tuple[bytes, QTextDocument]:
    """The card as PDF bytes (one page) and the document that was drawn."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(_page_layout())
    writer.setTitle("Crisis card")
    writer.setCreator("")  # the title is the only metadata a shared file carries
    document = build_card(content, writer)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    painter = QPainter(writer)
    painter.translate(area.topLeft())
    document.drawContents(painter)
    painter.end()
    data: QByteArray = buffer.data()
    buffer.close()
    return strip_stamps(bytes(data.data())), document


def write_card(content: CardContent, path: Path) -> QTextDocument:
    """Write the card to `path` whole or not at all (mode 0600); returns what was drawn."""
    data, document = card_pdf(content)

    def fill(handle: BinaryIO) -> None:
        handle.write(data)

    write_atomically(path, fill)
    return document


def _default_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / "crisis-card.pdf"


class CrisisCardDialog(QDialog):
    """A preview of the card, a plain note that the PDF is not encrypted, and Save as PDF…"""

    def __init__(
        self, content: CardContent,
        choose_path: Callable[[QWidget, Path], Path | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._choose_path = choose_path or _ask_path
        self.setWindowTitle(self.tr("Crisis card"))
        self.resize(560, 640)
        intro = QLabel(self.tr(
            "A one-page card (A6, pocket size) with your crisis plan, the people you chose "
            "and the helplines. Print it, fold it, keep it in a wallet or by the phone."
        ))
        intro.setWordWrap(True)
        self.note = QLabel(self.tr(
            "The PDF is not encrypted: anyone who has the file or the paper can read it. "
            "Keep it somewhere you trust."
        ))
        self.note.setWordWrap(True)
        self.preview = QTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("Preview of the crisis card"))
        self.preview.setHtml(card_html(content))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the crisis card as a PDF file"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the crisis card"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def save(self) -> Path | None:
        """Ask where, then write the card; returns the path written, if any."""
        path = self._choose_path(self, _default_path())
        if path is None:
            return None
        try:
            write_card(self._content, path)
        except OSError:
            announce(self, self.tr(
                "The card couldn't be saved there. Please try another folder."), self.status)
            return None
        announce(self, self.tr("Saved the crisis card as %s. It is not encrypted.")
                 % path.name, self.status)
        return path


def _ask_path(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Save the crisis card"), str(suggested), parent.tr("PDF (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def load_card_content(
    plan: str, contacts: Sequence[Supporter], own: Sequence[Helpline],
    bundled: BundledHelplines | None, today: date,
) -> CardContent:
    """Bundle what goes on the card (kept separate so tests need no dialog)."""
    return CardContent(plan, tuple(contacts), tuple(own), bundled, today)
