"""The hope box reaches a report or the crisis card only when the person chooses it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.report.build import build_document
from recovery_journal.report.content import ReportChoice, gather
from recovery_journal.report.crisis_card import card_html
from recovery_journal.storage.hope_box import HopeKind
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.plan.crisis_card import open_crisis_card
from recovery_journal.ui.share.dialog import ShareReportDialog
from tests.ui.test_hope_pictures import _jpeg

TODAY = date(2026, 6, 1)
REASON = "HOPEREASONMARKER"
CAPTION = "HOPECAPTIONMARKER"


def _repos(vault: Vault) -> Repositories:
    from recovery_journal.report.pictures import safe_picture

    repos = Repositories.from_vault(vault)
    repos.hope_box.add(HopeKind.REASON, REASON)
    repos.hope_box.add(HopeKind.WORDS, "Keep going", who_said="Gran")
    repos.hope_box.add(HopeKind.PICTURE, CAPTION, image=safe_picture(_jpeg(300, 200)))
    return repos


def test_the_report_has_the_hope_box_only_when_chosen_and_pictures_only_when_asked(
    qtbot: QtBot, vault: Vault,
) -> None:
    repos = _repos(vault)
    dialog = ShareReportDialog(repos, TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.boxes["hope_box"].isChecked()
    assert not dialog.with_hope_pictures.isChecked() and not dialog.with_hope_pictures.isEnabled()
    dialog.boxes["hope_box"].setChecked(True)
    assert dialog.with_hope_pictures.isEnabled() and not dialog.with_hope_pictures.isChecked()
    assert "hope_box" in dialog.choice().sections and not dialog.choice().with_hope_pictures
    dialog.boxes["hope_box"].setChecked(False)
    default = gather(repos, dialog.choice())
    assert "hope_box" not in {s.key for s in default.sections}

    words_only = gather(repos, ReportChoice(TODAY, TODAY, ("hope_box",), TODAY))
    (section,) = words_only.sections
    bodies = [e.body for e in section.entries]
    assert bodies == [REASON, "Keep going", CAPTION]
    assert section.pictures == () and all(not e.picture for e in section.entries)
    assert "Pictures are not included" in section.summary
    assert "— Gran" in section.entries[1].lines

    with_pictures = gather(repos, ReportChoice(TODAY, TODAY, ("hope_box",), TODAY,
                                               with_hope_pictures=True))
    (section,) = with_pictures.sections
    ((name, data),) = section.pictures
    assert section.entries[2].picture == name and data[:2] == b"\xff\xd8"
    document = build_document(with_pictures)
    assert REASON in document.toPlainText()
    assert "<img" in document.toHtml() and name in document.toHtml()


def test_the_crisis_card_adds_hope_words_only_when_ticked_and_never_pictures(
    qtbot: QtBot, vault: Vault,
) -> None:
    repos = _repos(vault)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_crisis_card(repos, parent, None)
    assert dialog.with_hope.isEnabled() and not dialog.with_hope.isChecked()
    assert REASON not in dialog.preview.toPlainText()
    assert REASON not in card_html(dialog._content)
    dialog.with_hope.setChecked(True)
    shown = dialog.preview.toPlainText()
    assert REASON in shown and "Keep going — Gran" in shown and "What keeps me going" in shown
    assert CAPTION not in shown and "<img" not in card_html(dialog._content)
    dialog.with_hope.setChecked(False)
    assert REASON not in dialog.preview.toPlainText()
    dialog.reject()
