"""The report's Feelings section: absent unless chosen, with its words and table when it is."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtWidgets import QApplication

from recovery_journal.report.build import make_report
from recovery_journal.report.content import SECTION_ORDER, ReportChoice, gather, parse_include
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

DAY = date(2025, 3, 10)
WORD = "glimmery"  # a word of the person's own, to find in (or not in) the report


def test_feelings_reach_the_report_only_when_chosen(qapp: QApplication, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    for n in range(4):
        repos.checkins.add(recorded_at=datetime(2025, 3, 5 + n, 9, tzinfo=UTC),
                           values={"mood": 5 + n, "hope": 6}, feelings=[WORD, "calm"])
    assert "feelings" in SECTION_ORDER and parse_include("feelings") == ("feelings",)

    def report(sections: tuple[str, ...]) -> str:
        choice = ReportChoice(start=date(2025, 3, 1), end=DAY, sections=sections, made_on=DAY)
        return make_report(gather(repos, choice)).plain_text

    without = report(("checkins", "mood-hope"))
    assert WORD not in without and "Feelings" not in without
    with_ = report(("checkins", "feelings"))
    assert "Feelings" in with_ and WORD in with_
    assert "mood averaged" in with_  # the sentence, in words, beside the chart and table
