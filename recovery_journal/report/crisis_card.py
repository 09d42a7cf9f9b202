"""A one-page crisis card (A6 pocket size, or on A4 or Letter) as PDF: the person's crisis plan, the
people they chose, their own numbers and the helplines of their region (or, for a region without
bundled helplines, its emergency number where known).

The PDF is drawn on exactly one page: the text shrinks to fit, and if the plan is still too long
its last lines give way to a pointer back to the app. The file is written whole or not at all,
mode 0600. QtGui only, no widgets: the preview dialog is in ui/plan/crisis_card.py. The card is
only made in the app, so its words go through the app's translator (context "CrisisCard").
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
)
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from recovery_journal.files import write_atomically
from recovery_journal.insights.language import fill
from recovery_journal.insights.safety_plan import (
    STEP_HEADINGS,
    SafetyPlan,
    is_step_plan,
    parse_plan,
)
from recovery_journal.model import BundledHelplines, Helpline, Supporter
from recovery_journal.report.dates import friendly_day
from recovery_journal.report.pdf import strip_stamps

# Each paper with an even margin on all four sides, inside what home printers can reach.
CARD_PAPERS: dict[str, tuple[QPageSize.PageSizeId, float]] = {
    "a6": (QPageSize.PageSizeId.A6, 8.0),
    "a4": (QPageSize.PageSizeId.A4, 15.0),
    "letter": (QPageSize.PageSizeId.Letter, 15.0),
}
RESOLUTION = 300
_SIZES = (12.0, 11.0, 10.0, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5)
# Ends a plan cut short to fit (in English inside the card's plan text; shown translated).
MORE_IN_APP = str(QT_TRANSLATE_NOOP("CrisisCard", "… (the whole plan is in the app)"))


def _tr(text: str, *args: str) -> str:
    return fill(QCoreApplication.translate("CrisisCard", text), *args)


def step_title(index: int) -> str:
    """A safety plan step's heading as the plan page words it, in the app's language."""
    heading = QCoreApplication.translate("SafetyPlan", STEP_HEADINGS[index])
    return heading if index == 0 else fill(QCoreApplication.translate("SafetyPlan", "%1. %2"),
                                           index, heading)


def safety_plan_html(plan: SafetyPlan) -> str:
    """The safety plan's non-empty steps as numbered paragraphs, then notes; all escaped."""
    blocks = []
    for index, items in enumerate(plan.steps):
        if items:
            lines = "<br>".join(f"• {html.escape(item)}" for item in items)
            blocks.append(f"<p><b>{html.escape(step_title(index))}</b><br>{lines}</p>")
    if plan.notes.strip():
        blocks.append(f"<p><b>{html.escape(_tr('My notes'))}</b><br>{_lines(plan.notes)}</p>")
    return "".join(blocks)


@dataclass(frozen=True, slots=True)
class CardContent:
    """Everything on the card, as plain values."""

    plan: str
    contacts: tuple[Supporter, ...]
    own_numbers: tuple[Helpline, ...]
    bundled: BundledHelplines | None
    made_on: date
    paper: str = "a6"
    hope: tuple[str, ...] = ()  # words from the hope box, only when the person adds them


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.strip().splitlines())


def _contact(person: Supporter) -> str:
    name = html.escape(person.name)
    if person.relationship:
        name += f" ({html.escape(person.relationship)})"
    reach = " · ".join(html.escape(x) for x in (person.phone, person.email) if x)
    return f"<b>{name}</b>{': ' + reach if reach else ''}"


def _region_help(bundled: BundledHelplines | None) -> list[str]:
    """The region's helplines; for a region without them, its emergency number where known."""
    if bundled is not None and bundled.lines:
        region = html.escape(bundled.region)
        lines = "<br>".join(
            f"<b>{html.escape(line.name)}</b>: {html.escape(line.contact)}"
            + (f" – {html.escape(line.details)}" if line.details else "")
            for line in bundled.lines
        )
        return [f"<h3>{_tr('Helplines (%1)', region)}</h3>", f"<p>{lines}</p>"]
    if bundled is not None and bundled.emergency_text:
        return [f"<h3>{_tr('Help in %1', html.escape(bundled.region))}</h3>",
                f"<p>{_tr('In an emergency call %1.', html.escape(bundled.emergency_text))}</p>"]
    return [f"<h3>{_tr('Helplines')}</h3>",
            f"<p>{_tr('In an emergency call your local emergency number.')}</p>"]


def _plan_parts(plan_text: str) -> list[str]:
    """The plan: free text as written, or the safety plan step by step (empty steps left out)."""
    more = plan_text.rstrip().endswith(MORE_IN_APP)
    text = plan_text.rstrip().removesuffix(MORE_IN_APP) if more else plan_text
    if is_step_plan(text):
        parts = [f"<h3>{_tr('My safety plan')}</h3>{safety_plan_html(parse_plan(text))}"]
    elif text.strip():
        parts = [f"<h3>{_tr('My crisis plan')}</h3>", f"<p>{_lines(text)}</p>"]
    else:
        parts = []
    if more:
        parts.append(f"<p>{html.escape(_tr(MORE_IN_APP))}</p>")
    return parts


def card_html(content: CardContent, plan: str | None = None) -> str:
    """The card as simple HTML; every piece of the person's text is escaped."""
    plan_text = content.plan if plan is None else plan
    parts = [f"<h2>{_tr('My crisis card')}</h2>"]
    parts += _plan_parts(plan_text)
    if content.hope:
        hope = "<br>".join("• " + html.escape(" ".join(words.split())) for words in content.hope)
        parts += [f"<h3>{_tr('What keeps me going')}</h3>", f"<p>{hope}</p>"]
    if content.contacts:
        people = "<br>".join(_contact(p) for p in content.contacts)
        heading = _tr("People I'd like contacted")
        parts += [f"<h3>{heading}</h3>", f"<p>{people}</p>"]
    if content.own_numbers:
        own = "<br>".join(
            f"<b>{html.escape(n.name)}</b>: {html.escape(n.contact)}" for n in content.own_numbers
        )
        parts += [f"<h3>{_tr('My own numbers')}</h3>", f"<p>{own}</p>"]
    parts += _region_help(content.bundled)
    made = _tr("Made on %1.", html.escape(friendly_day(content.made_on)))
    parts.append(f"<p><small>{made}</small></p>")
    return "\n".join(parts)


def page_layout(paper: str) -> QPageLayout:
    """The card's page on `paper` ("a6", "a4" or "letter"), with its even margins."""
    size, margin = CARD_PAPERS[paper]
    return QPageLayout(
        QPageSize(size), QPageLayout.Orientation.Portrait,
        QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter,
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
    writer.setPageLayout(page_layout(content.paper))
    writer.setTitle(_tr("Crisis card"))
    writer.setCreator("")  # the title is the only metadata a shared file carries
    document = build_card(content, writer)
    painter = QPainter(writer)
    # A PDF writer's painter starts at the page's margins already: moving it by them again
    # pushed the card off the right and bottom edges.
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


def load_card_content(
    plan: str, contacts: Sequence[Supporter], own: Sequence[Helpline],
    bundled: BundledHelplines | None, today: date, paper: str = "a6",
) -> CardContent:
    """Bundle what goes on the card (kept separate so tests need no dialog)."""
    return CardContent(plan, tuple(contacts), tuple(own), bundled, today, paper)
