"""Saves made in dialogs are heard: a calm sentence reaches the window's status (the same
announce() path as the pages), and never the words or names the person wrote."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.questionnaires import GAD7
from recovery_journal.storage.hope_box import HopeKind
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.hope_box.dialog import HopeBoxDialog
from recovery_journal.ui.life_check.dialog import LifeCheckDialog
from recovery_journal.ui.main_window import MainWindow
from recovery_journal.ui.questionnaires.dialog import QuestionnaireDialog
from recovery_journal.ui.supports.log import SupportsLog

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
PRIVATE = ("Sam", "Saturday", "Sertraline", "Gran")


class Window(QWidget):
    """Stands in for MainWindow: announce_saved looks only for its `show_status`."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[str] = []

    def show_status(self, text: str) -> None:
        self.heard.append(text)


def _private_free(texts: list[str]) -> None:
    assert texts
    for text in texts:
        assert not any(word.lower() in text.lower() for word in PRIVATE), text


def test_life_check_questionnaire_and_next_step_saves_are_announced_without_personal_text(
    qtbot: QtBot, repos: Repositories
) -> None:
    window = Window()
    qtbot.addWidget(window)
    dialog = LifeCheckDialog(repos, window, theme=lambda: "light", now=lambda: NOW)
    dialog.form.rows[3].rating.setCurrentIndex(2)
    dialog.save_button.click()
    assert window.heard == ["Life check saved"]
    box = dialog.result_view.next_step
    box.goal_title.setText("See Sam more")
    box.step.setText("Text Sam about Saturday")
    box.add_button.click()
    assert window.heard[-1] == "Step added to Goals"
    assert "Sam" in box.message.text()  # shown on screen, but not sent to the bus
    qtbot.waitUntil(lambda: not dialog.result_view.busy, timeout=20_000)
    dialog.close()

    questions = QuestionnaireDialog(GAD7, repos, window, clock=lambda: NOW)
    for choice in questions.choices:
        choice.choose(1)
    questions.save_button.click()
    assert window.heard[-1] == "Your answers are saved"
    assert len(repos.questionnaires.history("gad7")) == 1
    questions.close()
    _private_free(window.heard)
    assert callable(MainWindow.show_status)  # what the stand-in above stands for


def test_support_and_hope_box_dialog_saves_are_announced_without_personal_text(
    qtbot: QtBot, repos: Repositories, undo_stack: QUndoStack
) -> None:
    log = SupportsLog(repos, undo_stack)
    qtbot.addWidget(log)
    heard: list[str] = []
    log.announce.connect(heard.append)
    added = log.add_support()
    added.name.setText("Sertraline")
    added.dose.setText("50 mg")
    added.accept()
    assert heard == ["Support added"]
    change = log.record_change()
    assert change is not None
    change.note.setPlainText("Gran noticed I sleep better")
    change.accept()
    assert heard[-1] == "Change recorded"

    hope = HopeBoxDialog(repos, undo_stack)
    qtbot.addWidget(hope)
    editor = hope.add_item(HopeKind.WORDS)
    editor.body.setPlainText("Gran said: you are braver than you think")
    editor.accept()
    assert hope.status.text() == "Added to your hope box"
    heard.append(hope.status.accessibleName())
    _private_free(heard)
