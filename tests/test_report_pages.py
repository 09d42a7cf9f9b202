"""The report's pages: headings stay with what follows them and no page holds a few stray lines.

Measured in the PDF itself (word boxes from poppler's pdftotext) for a report of the demo
journal, and on small documents made to fall badly at a page's end.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from recovery_journal.demo import fill_demo
from recovery_journal.report.build import write_report
from recovery_journal.report.content import PLAN_SECTIONS, SECTION_ORDER, ReportChoice, gather
from recovery_journal.report.paginate import MIN_ROWS, keep_together
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.pdf_boxes import PageText, pages_with_images, pdf_pages

END = date(2026, 12, 1)
PAGE = 300.0  # page height of the small documents, in their pixels
FEW_LINES = 6


def _headings(content_titles: list[str]) -> set[str]:
    return {" ".join(t.split()) for t in content_titles if t.strip()}


def _body_lines(page: PageText) -> list[str]:
    """The page's lines without its footer ("Shared by me on … · Page 2 of 9")."""
    return [line for line in page.lines() if "Page " not in line or " of " not in line]


@pytest.mark.parametrize(("paper", "days"), [("a4", 183), ("letter", 365)])
def test_demo_report_pages_fall_well(
    qapp: QApplication, vault: Vault, tmp_path: Path, paper: str, days: int,
) -> None:
    """Bug: headings alone at a page's foot, pages of 2–3 leftover rows, page 1 mostly blank."""
    repos = Repositories.from_vault(vault)
    fill_demo(repos, end=END)
    choice = ReportChoice(start=END - timedelta(days=days - 1), end=END,
                          sections=SECTION_ORDER, made_on=END, with_contacts=True,
                          with_journal_text=True, paper=paper, footer=True)
    content = gather(repos, choice)
    path = tmp_path / "report.pdf"
    write_report(content, path)
    titles = ["My recovery report", "My wellness plan"]
    for section in content.sections:
        titles += [section.title, section.entries_title, *(e.heading for e in section.entries)]
    headings = _headings(titles)
    pages = pdf_pages(path)
    charts = pages_with_images(path)  # a chart fills a page as well as lines of text do
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        lines = _body_lines(page)
        if number < len(pages) and number not in charts:
            assert len(lines) >= FEW_LINES, (number, lines)
        assert lines[-1] not in headings, (number, lines[-3:])
        if len(lines) > 1:
            assert " ".join(lines[-2:]) not in headings, (number, lines[-3:])
    # Page 1 is full: the first chart follows the check-in summary instead of the next page.
    assert 1 in charts and len(_body_lines(pages[0])) > 12
    assert all(key in SECTION_ORDER for key in PLAN_SECTIONS)


def _laid_out(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(QSizeF(400, PAGE))
    return document


def _page_of(document: QTextDocument, text: str) -> int:
    block = document.find(text).block()
    return int(document.documentLayout().blockBoundingRect(block).top() // PAGE)


def _filler(height_lines: int) -> str:
    return "".join(f"<p>Filler line {n}</p>" for n in range(height_lines))


def test_a_heading_at_a_page_foot_moves_to_the_next_page(qapp: QApplication) -> None:
    for lines in range(8, 20):
        document = _laid_out(_filler(lines) + "<h2>HEADING</h2><p>WHAT IT HEADS</p>"
                             + _filler(5))
        keep_together(document, PAGE)
        assert _page_of(document, "HEADING") == _page_of(document, "WHAT IT HEADS"), lines


def test_a_table_leaves_no_few_rows_on_either_side(qapp: QApplication) -> None:
    table = ("<p>NOTE above the table</p><table><thead><tr><th>Day</th></tr></thead><tbody>"
             + "".join(f"<tr><td>ROW {n}</td></tr>" for n in range(10)) + "</tbody></table>")
    for lines in range(2, 20):
        document = _laid_out(_filler(lines) + table + "<p>after</p>")
        keep_together(document, PAGE)
        pages = [_page_of(document, f"ROW {n}") for n in range(10)]
        assert _page_of(document, "NOTE above") == pages[0], lines
        for page in set(pages):
            assert pages.count(page) >= MIN_ROWS, (lines, pages)


def test_no_break_adds_a_blank_page(qapp: QApplication) -> None:
    """A heading already at a page's top, heading a little less than a page, stays put."""
    document = _laid_out("<h2>TOP</h2>" + _filler(30))
    pages = document.pageCount()
    assert keep_together(document, PAGE) == 0 and document.pageCount() == pages


def _long_report_like(qapp: QApplication) -> QTextDocument:
    """Headings, paragraphs of every length and tables, over many pages, falling every way."""
    table = ("<p>The numbers</p><table><thead><tr><th>Day</th></tr></thead><tbody>{}"
             "</tbody></table>")
    parts = []
    for n in range(60):
        parts.append(f"<h2>SECTION {n}</h2>" + _filler(n % 7))
        if n % 5 == 2:
            parts.append(table.format("".join(f"<tr><td>R{n}.{r}</td></tr>"
                                              for r in range(3 + n % 9))))
        parts.append(f"<h3>ENTRY {n}</h3><p>{'word ' * (20 + 17 * (n % 11))}</p>")
    return _laid_out("".join(parts))


def _block_pages(document: QTextDocument) -> list[int]:
    """The page each block starts on (a hidden block: -1)."""
    block, pages = document.begin(), []
    while block.isValid():
        top = document.documentLayout().blockBoundingRect(block).top()
        pages.append(int(top // PAGE) if block.isVisible() else -1)
        block = block.next()
    return pages


def test_showing_the_document_a_little_at_a_time_breaks_it_as_the_whole_would(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Paginating with most of the document hidden (only what the walk reached shown, so a
    break re-lays a few pages) puts every break where laying out the whole document would."""
    from recovery_journal.report import paginate

    documents = [_long_report_like(qapp), _long_report_like(qapp)]
    for document in documents:
        document.findBlockByNumber(3).setVisible(False)  # hidden beforehand: stays hidden
        document.markContentsDirty(0, document.characterCount())
    monkeypatch.setattr(paginate, "REVEAL_STEP", 10**9)  # all shown at once: the reference
    whole, stepwise = documents
    expected = keep_together(whole, PAGE)
    monkeypatch.setattr(paginate, "REVEAL_STEP", 1)  # the least shown at each step
    assert keep_together(stepwise, PAGE) == expected > 5
    assert _block_pages(stepwise) == _block_pages(whole)
    assert stepwise.pageCount() == whole.pageCount() > 20
    assert [block_page == -1 for block_page in _block_pages(stepwise)].count(True) == 1
