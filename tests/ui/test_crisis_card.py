"""The crisis card: one A6 page with the plan, chosen people and helplines; 0600; not encrypted."""

from __future__ import annotations

import shutil
import stat
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from recovery_journal.model import Helpline, Supporter
from recovery_journal.report.crisis_card import MORE_IN_APP, CardContent, card_pdf, write_card
from recovery_journal.ui.plan.crisis_card import CrisisCardDialog
from recovery_journal.ui.region import help_for
from tests.pdf_boxes import pdf_pages

PLAN = "Call Tom first.\n- What helps: quiet, the window open\n- Not: lots of questions"
TOM = Supporter(1, "Tom Ellery", "Brother", "07700 900783", "", "", (), True, False, 0)


def _content(plan: str = PLAN) -> CardContent:
    return CardContent(plan, (TOM,), (Helpline(1, "My GP", "01632 960214", "", 0),),
                       help_for("GB"), date(2026, 3, 1))


def _pages(data: bytes) -> int:
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page\r") + data.count(
        b"/Type /Page ") + data.count(b"/Type /Page>")


def _pdftotext(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", text)  # "ﬁ" ligatures back to letters


def test_card_holds_the_essentials_on_one_page(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "card.pdf"
    document = write_card(_content(), path)
    text = document.toPlainText()
    for words in ("My crisis plan", "Call Tom first.", "Tom Ellery (Brother)", "07700 900783",
                  "My GP", "01632 960214", "Samaritans", "116 123", "85258"):
        assert words in text
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and _pages(data) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p != path]  # no temporary file left
    extracted = _pdftotext(path)
    if extracted is not None:
        for words in ("Call Tom first.", "07700 900783", "116 123"):
            assert words in extracted


def test_a_long_plan_still_fits_one_page(qtbot: QtBot) -> None:
    long_plan = "\n".join(f"- Line {n} of a very long crisis plan" for n in range(200))
    data, document = card_pdf(_content(long_plan))
    assert _pages(data) == 1
    text = document.toPlainText()
    assert MORE_IN_APP in text and "- Line 0 of" in text
    assert "116 123" in text  # the helplines always make it onto the card


def test_text_is_never_markup(qtbot: QtBot) -> None:
    _, document = card_pdf(_content("<b>not bold</b> & <a href='x'>no link</a>"))
    assert "<b>not bold</b> & <a href='x'>no link</a>" in document.toPlainText()


def test_dialog_says_not_encrypted_and_saves(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "mine.pdf"
    dialog = CrisisCardDialog(_content(), choose_path=lambda _parent, _suggested: target)
    qtbot.addWidget(dialog)
    assert "not encrypted" in dialog.note.text()
    assert "Call Tom first." in dialog.preview.toPlainText()
    assert dialog.save() == target
    assert target.exists() and "not encrypted" in dialog.status.text()
    cancelled = CrisisCardDialog(_content(), choose_path=lambda _parent, _suggested: None)
    qtbot.addWidget(cancelled)
    assert cancelled.save() is None


def test_card_carries_no_metadata_but_its_title(qtbot: QtBot) -> None:
    """Bug: the card named the app as its creator and kept Qt's version, dates and file id."""
    data, _document = card_pdf(_content())
    assert b"Recovery Journal" not in data
    for stamp in (b"/Producer (Qt", b"/CreationDate (D:", b"xmp:CreateDate=\"2", b"uuid:"):
        assert stamp not in data
    assert card_pdf(_content())[0] == data  # the same card gives the same bytes


@pytest.mark.parametrize(("paper", "least_mm"), [("a6", 6.0), ("a4", 10.0), ("letter", 10.0)])
def test_card_sits_inside_even_margins(qtbot: QtBot, tmp_path: Path, paper: str,
                                       least_mm: float) -> None:
    """Bug: the margin was added twice, so on A6 the text ran from 14 mm to 0.4 mm off the
    right edge and ~4 mm off the bottom."""
    path = tmp_path / f"card-{paper}.pdf"
    # Long paragraphs wrap, so the text reaches across the whole width of the page.
    long_plan = "\n".join(f"{n}. " + "Ring Tom, sit by the open window, breathe slowly. " * 6
                          for n in range(40))
    write_card(replace(_content(long_plan), paper=paper), path)
    (page,) = pdf_pages(path)
    least = least_mm / 25.4 * 72
    left, top, right, bottom = page.box()
    gaps = {"left": left, "top": top, "right": page.width - right,
            "bottom": page.height - bottom}
    assert all(gap >= least for gap in gaps.values()), gaps
    # Even: left and top gaps agree, and the right one is no wider than a wrapped word more.
    assert abs(gaps["left"] - gaps["top"]) < 1, gaps
    assert gaps["right"] < gaps["left"] + 25, gaps


def test_card_says_its_date_in_words(qtbot: QtBot) -> None:
    _, document = card_pdf(_content())
    assert "Made on Sun 1 Mar 2026." in document.toPlainText()


def test_dialog_saves_on_the_paper_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "a4.pdf"
    dialog = CrisisCardDialog(_content(), choose_path=lambda _parent, _suggested: target)
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    assert dialog.save() == target
    (page,) = pdf_pages(target)
    assert (round(page.width), round(page.height)) == (595, 842)


def test_preview_text_keeps_clear_of_its_frame(qtbot: QtBot) -> None:
    """Bug: the preview's text touched its frame."""
    dialog = CrisisCardDialog(_content())
    qtbot.addWidget(dialog)
    assert dialog.preview.document().documentMargin() >= 12
