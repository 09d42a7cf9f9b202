"""Settings → Questionnaires and the offer on Today: none on at first, the person's own
interval, an offer only when due, and "Not now" rests it for the day."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from recovery_journal.questionnaires import PHQ9
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.questionnaires.offer import QuestionnaireOffer
from recovery_journal.ui.sections import SectionKey
from recovery_journal.ui.settings.questionnaires import QuestionnairesCard

TODAY = date(2026, 3, 15)


def _card(qtbot: QtBot, repos: Repositories) -> QuestionnairesCard:
    card = QuestionnairesCard(repos)
    qtbot.addWidget(card)
    card.show()
    return card


def test_none_is_on_at_first(qtbot: QtBot, repos: Repositories) -> None:
    card = _card(qtbot, repos)
    assert set(card.rows) == {"ons4", "phq9", "gad7", "qpr15"}
    for row in card.rows.values():
        assert not row.on.isChecked() and not row.every.isEnabled()
        assert row.on.accessibleName() and row.every.accessibleName()
        assert row.unit.accessibleName() and row.answer.accessibleName()


def test_switching_on_and_choosing_how_often_is_saved(
    qtbot: QtBot, repos: Repositories,
) -> None:
    card = _card(qtbot, repos)
    row = card.rows["phq9"]
    with qtbot.waitSignal(card.saved):
        row.on.setChecked(True)
    assert repos.settings.get("questionnaire_phq9_days") == 14  # 2 weeks at first
    row.every.setValue(3)
    assert repos.settings.get("questionnaire_phq9_days") == 21
    row.unit.setCurrentIndex(0)  # days
    assert repos.settings.get("questionnaire_phq9_days") == 3
    row.on.setChecked(False)
    assert repos.settings.get("questionnaire_phq9_days") == 0
    # A fresh card shows what was stored.
    repos.settings.set("questionnaire_qpr15_days", 10)
    again = _card(qtbot, repos).rows["qpr15"]
    assert again.on.isChecked() and again.every.value() == 10
    assert again.unit.currentIndex() == 0


def test_answer_now_opens_the_questionnaire(qtbot: QtBot, repos: Repositories) -> None:
    card = _card(qtbot, repos)
    card.rows["gad7"].answer.click()
    assert card.dialog is not None and card.dialog.instrument.key == "gad7"
    card.dialog.reject()


def _offer(qtbot: QtBot, repos: Repositories, today: date = TODAY) -> QuestionnaireOffer:
    offer = QuestionnaireOffer(repos, today=lambda: today)
    qtbot.addWidget(offer)
    offer.show()
    return offer


def test_no_offer_while_nothing_is_on(qtbot: QtBot, repos: Repositories) -> None:
    assert not _offer(qtbot, repos).card.isVisible()


def test_offer_when_due_then_not_now_rests_it_for_the_day(
    qtbot: QtBot, repos: Repositories,
) -> None:
    repos.settings.set("questionnaire_phq9_days", 14)
    offer = _offer(qtbot, repos)
    assert offer.card.isVisible() and offer.keys == ["phq9"]
    assert PHQ9.title in offer.words.text()
    assert "missed" not in offer.words.text()
    offer.not_now_button.click()
    assert not offer.card.isVisible()
    offer.refresh()
    assert not offer.card.isVisible()
    assert _offer(qtbot, repos, date(2026, 3, 16)).card.isVisible()


def test_answering_puts_the_offer_away_until_next_time(
    qtbot: QtBot, repos: Repositories,
) -> None:
    repos.settings.set("questionnaire_gad7_days", 7)
    offer = _offer(qtbot, repos)
    offer.answer_button.click()
    dialog = offer.dialog
    assert dialog is not None and dialog.instrument.key == "gad7"
    repos.questionnaires.add("gad7", [0] * 7,
                             taken_at=datetime(2026, 3, 15, 9, tzinfo=UTC))
    dialog.accept()
    assert not offer.card.isVisible()
    assert _offer(qtbot, repos, date(2026, 3, 22)).card.isVisible()


def test_today_carries_the_offer_once_one_is_switched_on(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack, tmp_path: Path,
) -> None:
    from recovery_journal.ui.pages import PageContext, build_page

    settings = AppSettings(QSettings(str(tmp_path / "look.ini"), QSettings.Format.IniFormat))
    context = PageContext(repos, undo_stack, settings, lambda _key: None, lambda _m: None)
    repos.settings.set("questionnaire_ons4_days", 7)
    page = build_page(SectionKey.TODAY, context)
    qtbot.addWidget(page)
    page.show()
    [offer] = page.findChildren(QuestionnaireOffer)
    assert offer.card.isVisible() and offer.keys == ["ons4"]
