"""The report's treatments and supports: only when chosen (default off), on the charts too."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.model import SupportEventKind, SupportKind
from recovery_journal.report.build import make_report
from recovery_journal.report.content import ReportChoice, gather
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.test_report import CHOSEN, DAY, repos  # noqa: F401 (the fixture)

MEDICINE = "SUPPORTNAMEMARKER"
NOTE = "EFFECTSNOTEMARKER"


def _choice(sections: tuple[str, ...]) -> ReportChoice:
    return ReportChoice(start=date(2025, 3, 1), end=DAY, sections=sections, made_on=DAY)


def test_the_log_reaches_the_report_only_when_chosen(
    qapp: QApplication, repos: Repositories  # noqa: F811
) -> None:
    med = repos.supports.add(SupportKind.MEDICINE, MEDICINE, dose="50 mg",
                             started=date(2025, 3, 6))
    repos.supports.record(med.id, date(2025, 3, 8), SupportEventKind.NOTE, note=NOTE)
    repos.supports.record(med.id, date(2025, 1, 8), SupportEventKind.PAUSED)  # before
    without = gather(repos, _choice(CHOSEN))
    text = make_report(without).plain_text
    # Not chosen: neither the section nor the marks on the charts (nor their sentence).
    assert MEDICINE not in text and NOTE not in text and "supports" not in text.lower()
    assert all(MEDICINE not in s.summary for s in without.sections)
    chosen = gather(repos, _choice((*CHOSEN, "supports")))
    text = make_report(chosen).plain_text
    assert "Treatments and supports" in text and NOTE in text
    mood = next(s for s in chosen.sections if s.key == "mood-hope")
    assert mood.summary.endswith(f"1. Started {MEDICINE} on 6 Mar 2025.")
    section = chosen.sections[-1]
    assert section.key == "supports"
    assert section.entries[0].lines == (
        "Medicine", "Now: 50 mg", f"Thu 6 Mar 2025: Started {MEDICINE}",
        f"Sat 8 Mar 2025: Noted effects of {MEDICINE} — {NOTE}")


def test_the_share_dialog_offers_the_log_unticked(qtbot: QtBot, vault: Vault) -> None:
    from recovery_journal.ui.share.dialog import ShareReportDialog

    dialog = ShareReportDialog(Repositories.from_vault(vault), DAY)
    qtbot.addWidget(dialog)
    box = dialog.boxes["supports"]
    assert not box.isChecked() and "Treatments and supports" in box.text()
