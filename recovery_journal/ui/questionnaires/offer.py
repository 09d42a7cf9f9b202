"""The calm offer on Today when a questionnaire the person switched on is due: Answer or Not
now. Never a count of missed ones, never a second offer on a day they said "Not now"."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from recovery_journal.model import BundledHelplines
from recovery_journal.questionnaires import instrument
from recovery_journal.questionnaires.schedule import due
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.settings import QUESTIONNAIRE_KEYS
from recovery_journal.ui.questionnaires.dialog import QuestionnaireDialog
from recovery_journal.ui.today.page import TodayPage
from recovery_journal.ui.widgets.buttons import ButtonRow, primary_button, secondary_button
from recovery_journal.ui.widgets.card import Card


def due_keys(repos: Repositories, today: date) -> list[str]:
    """The questionnaires to offer today, from the person's own choices in the vault."""
    settings = repos.settings
    every = {key: int(settings.get(f"questionnaire_{key}_days")) for key in QUESTIONNAIRE_KEYS}
    on = [key for key, days in every.items() if days > 0]
    last = {key: repos.questionnaires.last_day(key) for key in on}
    rested = settings.get("questionnaire_not_now")
    not_now = date.fromisoformat(rested) if rested else None
    return due({key: every[key] for key in on}, last, today, not_now)


class QuestionnaireOffer(QWidget):
    """Holds the offer; it looks again each time Today is shown, and shows only when due."""

    def __init__(
        self, repos: Repositories, parent: QWidget | None = None, *,
        region_help: Callable[[], BundledHelplines | None] = lambda: None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._repos = repos
        self._region_help = region_help
        self._today = today
        self.dialog: QuestionnaireDialog | None = None
        self.keys: list[str] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.card = Card(self.tr("A short questionnaire is here when you want it"), self)
        self.words = QLabel(self.card)
        self.words.setWordWrap(True)
        self.card.add(self.words)
        self.answer_button = primary_button(self.tr("Answer"), "")
        self.not_now_button = secondary_button(self.tr("Not now"),
                                               self.tr("Not now: hide this until tomorrow"))
        self.card.add(ButtonRow(self.answer_button, self.not_now_button, parent=self.card))
        column.addWidget(self.card)
        self.answer_button.clicked.connect(self.answer)
        self.not_now_button.clicked.connect(self.not_now)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the offer if something is due today, else nothing at all."""
        try:
            self.keys = due_keys(self._repos, self._today())
        except VaultError:
            self.keys = []
        self.card.setVisible(bool(self.keys))
        if self.keys:
            first = instrument(self.keys[0])
            self.words.setText(self.tr(
                "“%1” is ready, if you'd like to answer it. It takes a few minutes, and any "
                "question can be left blank.").replace("%1", first.title))
            self.answer_button.setAccessibleName(
                self.tr("Answer %1").replace("%1", first.title))

    def answer(self) -> None:
        """Open the first questionnaire that is due."""
        if not self.keys:
            return
        dialog = QuestionnaireDialog(instrument(self.keys[0]), self._repos, self,
                                     region_help=self._region_help)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def not_now(self) -> None:
        """Rest the offer for today; it comes back on a later day, once."""
        with contextlib.suppress(VaultError):
            self._repos.settings.set("questionnaire_not_now", self._today().isoformat())
        self.card.hide()


def add_questionnaire_offer(
    today_page: TodayPage, repos: Repositories,
    region_help: Callable[[], BundledHelplines | None],
) -> QuestionnaireOffer:
    """Put the offer on Today, above the check-in (with the plan's note)."""
    offer = QuestionnaireOffer(repos, today_page, region_help=region_help)
    offer.setObjectName("questionnaireOffer")
    today_page.add_note(offer)
    return offer
