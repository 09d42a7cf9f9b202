"""The accessible HTML copy of a report and of the crisis card: valid, headed, described, chosen.

Qt writes untagged PDF, so the share and crisis card dialogs also save the same content as one
standalone HTML5 file (report/accessible_html.py), only where the person chooses.
"""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from recovery_journal.model import Helpline, PlanSectionKey, Supporter
from recovery_journal.report.crisis_card import CardContent
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.plan.crisis_card import CrisisCardDialog
from recovery_journal.ui.region import help_for
from recovery_journal.ui.share.dialog import ShareReportDialog

TODAY = date(2025, 3, 10)
BODY = "PRIVATEJOURNALMARKER"
VOID = {"meta", "img", "br", "hr", "link", "input"}


class _Reader(HTMLParser):
    """Checks nesting as it reads, and keeps what an accessibility check looks at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
        else:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read(path: Path) -> _Reader:
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    assert reader.doctype.lower() == "doctype html"
    assert not reader.problems and not reader.open, (reader.problems, reader.open)
    html = [attrs for tag, attrs in reader.tags if tag == "html"]
    assert html and html[0].get("lang")
    assert [tag for tag, _ in reader.tags].count("h1") == 1
    images = [attrs for tag, attrs in reader.tags if tag == "img"]
    assert all(str(a.get("alt") or "").strip() for a in images), images
    assert all(str(a.get("src", "")).startswith("data:image/") for a in images)
    return reader


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    repos = Repositories.from_vault(vault)
    for day in range(1, 10):
        repos.checkins.add(recorded_at=datetime(2025, 3, day, 9, tzinfo=UTC),
                           values={"mood": 4 + day % 4, "hope": 5})
    repos.journal.add(written_at=datetime(2025, 3, 9, 20, tzinfo=UTC), title="Sunday",
                      body=BODY)
    repos.plan.save(PlanSectionKey.DAILY, "DAILYMARKER")
    repos.plan.save(PlanSectionKey.TOOLBOX, "TOOLBOXMARKER")
    return repos


def test_the_report_copy_is_the_chosen_report_as_accessible_html(
    qtbot: QtBot, repos: Repositories, tmp_path: Path
) -> None:
    asked: list[Path] = []
    out = tmp_path / "out"
    out.mkdir()
    target = out / "report.html"
    dialog = ShareReportDialog(repos, TODAY, choose_path=lambda _p, suggested: (
        asked.append(suggested) or None))
    qtbot.addWidget(dialog)
    dialog.show()
    for key, box in dialog.boxes.items():
        box.setChecked(key in ("mood-hope", "checkins", "journal", "plan:daily"))
    # Nothing is written until the person chooses where.
    assert dialog.save_accessible() is None and asked[-1].suffix == ".html"
    assert not dialog.busy and list(out.iterdir()) == []
    dialog._choose_path = lambda _p, _s: target  # the same seam, now with a choice
    assert dialog.save_accessible() == target
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert "accessible copy" in dialog.status.text() and "not encrypted" in dialog.status.text()

    reader = _read(target)
    headings = {tag: [] for tag in ("h1", "h2", "h3")}
    text = " ".join(reader.text)
    for tag, _ in reader.tags:
        if tag in headings:
            headings[tag].append(tag)
    assert "My recovery report" in text
    # The chosen sections, and nothing else: the plan section's words, not the toolbox's;
    # journal titles, not their text.
    assert "DAILYMARKER" in text and "Sunday" in text
    assert "TOOLBOXMARKER" not in text and BODY not in text
    assert len(headings["h2"]) >= 4
    images = [attrs for tag, attrs in reader.tags if tag == "img"]
    assert len(images) == 1 and "mood" in str(images[0]["alt"]).lower()
    headers = [attrs for tag, attrs in reader.tags if tag == "th"]
    assert headers and all(attrs.get("scope") in ("col", "row") for attrs in headers)
    assert list(out.iterdir()) == [target]  # no temporary file left


def test_the_crisis_card_copy_lists_the_plan_people_and_help(
    qtbot: QtBot, tmp_path: Path
) -> None:
    tom = Supporter(1, "Tom <Ellery>", "Brother", "07700 900783", "", "", (), True, False, 0)
    content = CardContent("Call Tom first.\n\nThe window open", (tom,),
                          (Helpline(1, "My GP", "01632 960214", "", 0),), help_for("GB"),
                          date(2026, 3, 1))
    target = tmp_path / "card.html"
    refused = CrisisCardDialog(content, choose_path=lambda _p, _s: None)
    qtbot.addWidget(refused)
    assert refused.save_accessible() is None and list(tmp_path.iterdir()) == []
    dialog = CrisisCardDialog(content, choose_path=lambda _p, suggested: (
        target if suggested.suffix == ".html" else None))
    qtbot.addWidget(dialog)
    assert dialog.save_accessible() == target
    assert "not encrypted" in dialog.status.text()
    reader = _read(target)
    text = " ".join(reader.text)
    for words in ("My crisis card", "Call Tom first.", "Tom <Ellery> (Brother)",
                  "07700 900783", "My GP", "Samaritans", "116 123"):
        assert words in text, words
    tags = [tag for tag, _ in reader.tags]
    assert tags.count("h2") >= 3 and tags.count("li") >= 3
