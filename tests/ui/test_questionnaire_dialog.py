"""The questionnaire dialog: exact words and credit on screen, keyboard answers, skips, the
result in plain words, and the help that opens the moment PHQ-9 item 9 is above 0."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from recovery_journal.model import PlanSectionKey
from recovery_journal.questionnaires import GAD7, ONS4, PHQ9, QPR15, Instrument
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.questionnaires.dialog import FORM, RESULT, SAFETY, QuestionnaireDialog

WHEN = datetime(2026, 3, 1, 9, tzinfo=UTC)
PLAN = "Ring Tom first. Sit somewhere quiet."


@pytest.fixture
def make_dialog(qtbot: QtBot, repos: Repositories) -> Iterator[object]:
    made: list[QuestionnaireDialog] = []

    def make(instrument: Instrument) -> QuestionnaireDialog:
        dialog = QuestionnaireDialog(instrument, repos, clock=lambda: WHEN)
        qtbot.addWidget(dialog)
        dialog.show()
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        if dialog.help_dialog is not None:
            dialog.help_dialog.close()


def _texts(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("instrument", [ONS4, PHQ9, GAD7, QPR15])
def test_the_exact_words_options_and_credit_are_on_screen(
    make_dialog: object, instrument: Instrument,
) -> None:
    dialog = make_dialog(instrument)  # type: ignore[operator]
    texts = _texts(dialog)
    assert any(instrument.credit in t and instrument.licence in t for t in texts)
    assert instrument.instructions in texts
    for number, item in enumerate(instrument.items, start=1):
        assert f"{number}. {item.text}" in texts
    radios = dialog.findChildren(QRadioButton)
    for option in instrument.options:
        assert any(r.text().endswith(option) for r in radios)
    assert all(r.accessibleName() for r in radios)
    assert dialog.answers() == [None] * len(instrument.items)


def test_number_keys_and_arrows_answer(qtbot: QtBot, make_dialog: object) -> None:
    dialog = make_dialog(GAD7)  # type: ignore[operator]
    first = dialog.choices[0]
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    first.buttons[0].setFocus()
    qtbot.waitUntil(first.buttons[0].hasFocus)
    qtbot.keyClick(first.buttons[0], Qt.Key.Key_2)
    assert first.buttons[2].hasFocus()
    assert first.value() == 2
    qtbot.keyClick(first.buttons[2], Qt.Key.Key_Down)
    assert first.value() == 3
    first.clear_button.click()
    assert first.value() is None


def test_skipped_items_save_as_skips_and_the_total_is_withheld(
    make_dialog: object, repos: Repositories,
) -> None:
    dialog = make_dialog(PHQ9)  # type: ignore[operator]
    for choice in dialog.choices[:7]:
        choice.choose(1)
    dialog.extra.choose(1)
    dialog.save_button.click()
    assert dialog.stack.currentIndex() == RESULT
    [kept] = repos.questionnaires.history("phq9")
    assert kept.answers == (1,) * 7 + (None, None)
    assert kept.extra == 1 and kept.taken_at == WHEN
    assert "no total this time" in dialog.result_text.text()
    assert "not a diagnosis" in dialog.result_text.text()


def test_a_full_answer_shows_the_total_and_band_plainly(
    make_dialog: object, repos: Repositories,
) -> None:
    dialog = make_dialog(GAD7)  # type: ignore[operator]
    for choice, value in zip(dialog.choices, (1, 1, 1, 1, 1, 1, 1), strict=True):
        choice.choose(value)
    dialog.save_button.click()
    text = dialog.result_text.text()
    assert "Your total is 7 of 21." in text
    assert "“Mild”" in text and "not a diagnosis" in text


def test_ons4_shows_each_question_with_its_band(make_dialog: object) -> None:
    dialog = make_dialog(ONS4)  # type: ignore[operator]
    for choice, value in zip(dialog.choices, (8, 9, 6, 1), strict=True):
        choice.choose(value)
    dialog.save_button.click()
    text = dialog.result_text.text()
    assert "total" not in text
    assert "you chose 8 (ONS calls this “High”)" in text
    assert "you chose 1 (ONS calls this “Very low”)" in text


def test_not_now_keeps_nothing(make_dialog: object, repos: Repositories) -> None:
    dialog = make_dialog(QPR15)  # type: ignore[operator]
    dialog.choices[0].choose(4)
    dialog.cancel_button.click()
    assert repos.questionnaires.history() == []


def test_item_nine_above_zero_opens_the_plan_people_and_helplines_before_saving(
    qtbot: QtBot, make_dialog: object, repos: Repositories,
) -> None:
    repos.plan.save(PlanSectionKey.CRISIS, PLAN)
    repos.supporters.add("Tom Ellery", "Brother", phone="07700 900783", in_crisis_plan=True)
    dialog = make_dialog(PHQ9)  # type: ignore[operator]
    dialog.choices[0].choose(2)
    dialog.choices[8].choose(0)
    assert dialog.stack.currentIndex() == FORM and dialog.help_dialog is None
    dialog.choices[8].choose(1)
    assert dialog.stack.currentIndex() == SAFETY
    help_dialog = dialog.help_dialog
    assert help_dialog is not None
    qtbot.waitUntil(help_dialog.isVisible)
    shown = _texts(help_dialog)
    assert PLAN in shown and "My crisis plan" in shown
    assert any("Tom Ellery" in t for t in shown)
    assert "you don't have to carry them alone" in dialog.safety.words.text()
    assert repos.questionnaires.history() == []  # nothing saved by this
    help_dialog.close()

    # Back to the questionnaire: every answer as it was, and it can still be saved.
    dialog.safety.back_button.click()
    assert dialog.stack.currentIndex() == FORM
    assert dialog.answers()[:2] == [2, None] and dialog.answers()[8] == 1
    dialog.save_button.click()
    assert repos.questionnaires.history("phq9")[0].answers[8] == 1


def test_leaving_from_the_help_panel_saves_nothing(
    make_dialog: object, repos: Repositories,
) -> None:
    dialog = make_dialog(PHQ9)  # type: ignore[operator]
    dialog.choices[8].choose(3)
    assert dialog.stack.currentIndex() == SAFETY
    dialog.safety.leave_button.click()
    assert not dialog.isVisible()
    assert repos.questionnaires.history() == []
