"""Answering a questionnaire: its credit, its exact words and options, Save; then the result in
plain words. Any question may be left blank. PHQ-9 item 9 above 0 opens the help at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import BundledHelplines
from recovery_journal.questionnaires import Instrument, score
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui import tokens
from recovery_journal.ui.announce import announce_saved
from recovery_journal.ui.help.dialog import HelpDialog
from recovery_journal.ui.questionnaires.items import ItemChoice
from recovery_journal.ui.questionnaires.result import result_lines
from recovery_journal.ui.questionnaires.safety import SafetyPanel, open_help, panel_page
from recovery_journal.ui.widgets.buttons import (
    mark_main_action,
    primary_button,
    secondary_button,
)
from recovery_journal.ui.widgets.card import Card
from recovery_journal.ui.widgets.heading import heading
from recovery_journal.ui.widgets.labels import message_box_label, paragraph
from recovery_journal.ui.widgets.scroll_page import scroll_area

FORM, SAFETY, RESULT = range(3)


def _local_now() -> datetime:
    return datetime.now().astimezone()


def _button_box(
    parent: QWidget, *buttons: tuple[QPushButton, QDialogButtonBox.ButtonRole],
) -> QDialogButtonBox:
    """The buttons in the platform's order; each button's own click does its work."""
    box = QDialogButtonBox(parent)
    for button, role in buttons:
        box.addButton(button, role)
    mark_main_action(box)
    return box


class QuestionnaireDialog(QDialog):
    """One questionnaire, answered at the person's pace; nothing is kept until Save."""

    saved = Signal(int)  # the response's id

    def __init__(
        self, instrument: Instrument, repos: Repositories, parent: QWidget | None = None, *,
        region_help: Callable[[], BundledHelplines | None] = lambda: None,
        clock: Callable[[], datetime] = _local_now,
    ) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self._repos = repos
        self._region_help = region_help
        self._clock = clock
        self.help_dialog: HelpDialog | None = None
        self.setWindowTitle(instrument.title)
        self.setObjectName("questionnaireDialog")
        self.resize(760, 720)
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.stack.addWidget(self._build_form())
        self.safety = SafetyPanel()
        self.stack.addWidget(panel_page(self.safety, self.stack))
        self.stack.addWidget(self._build_result())
        self.safety.back.connect(self.back_to_questions)
        self.safety.leave.connect(self.reject)
        self.safety.show_help.connect(self.show_help)

    # -- building ---------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        page = QWidget(self.stack)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroller, content = scroll_area(page)
        outer.addWidget(self.scroller, 1)
        column = QVBoxLayout(content)
        column.setSpacing(tokens.SPACE_M)
        column.addWidget(heading(self.instrument.title, content, tokens.TITLE))
        credit = Card("", content)
        self.credit = paragraph(f"{self.instrument.credit} {self.instrument.licence}")
        self.credit.setAccessibleName(self.tr("Credit and licence"))
        credit.add(self.credit)
        credit.add(paragraph(self.tr(
            "Answer what you like: any question may be left blank. Nothing is kept until you "
            "choose Save, and nothing is ever sent anywhere.")))
        column.addWidget(credit)
        self.instructions = paragraph(self.instrument.instructions)
        column.addWidget(self.instructions)
        self.choices = [ItemChoice.for_item(self.instrument, i, content)
                        for i in range(len(self.instrument.items))]
        for choice in self.choices:
            column.addWidget(choice)
            choice.changed.connect(self._answered)
        self.extra: ItemChoice | None = None
        if self.instrument.extra_question:
            self.extra = ItemChoice(0, self.instrument.extra_question,
                                    self.instrument.extra_options,
                                    len(self.instrument.extra_options) - 1, content)
            column.addWidget(self.extra)
        column.addStretch(1)
        self.message = message_box_label()
        self.message.setParent(page)
        outer.addWidget(self.message)
        self.save_button = primary_button(self.tr("&Save"), self.tr("Save my answers"))
        self.cancel_button = secondary_button(self.tr("Not now"),
                                              self.tr("Close without saving"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        role = QDialogButtonBox.ButtonRole
        outer.addWidget(_button_box(page, (self.save_button, role.AcceptRole),
                                    (self.cancel_button, role.RejectRole)))
        return page

    def _build_result(self) -> QWidget:
        page = QWidget(self.stack)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        area, content = scroll_area(page)
        outer.addWidget(area, 1)
        self.result_column = QVBoxLayout(content)
        self.result_column.setSpacing(tokens.SPACE_M)
        self.result_heading = heading(self.tr("Your answers are saved"), content, tokens.TITLE)
        self.result_column.addWidget(self.result_heading)
        self.result_text = QLabel(content)
        self.result_text.setObjectName("questionnaireResult")
        self.result_text.setTextFormat(Qt.TextFormat.PlainText)
        self.result_text.setWordWrap(True)
        self.result_text.setAccessibleName(self.tr("Your result"))
        self.result_column.addWidget(self.result_text)
        self.result_column.addStretch(1)
        self.close_button = primary_button(self.tr("Close"), self.tr("Close the questionnaire"))
        self.close_button.clicked.connect(self.accept)
        outer.addWidget(_button_box(page, (self.close_button,
                                           QDialogButtonBox.ButtonRole.AcceptRole)))
        return page

    # -- answering --------------------------------------------------------------------------

    def answers(self) -> list[int | None]:
        """The answers chosen so far, None for each question left blank."""
        return [choice.value() for choice in self.choices]

    def _answered(self, number: int, value: object) -> None:
        if (number - 1) in self.instrument.safety_items and isinstance(value, int) and value > 0:
            self.stack.setCurrentIndex(SAFETY)
            self.safety.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.show_help()

    def show_help(self) -> None:
        """Open (or bring forward) the crisis plan, chosen people and helplines."""
        if self.help_dialog is not None and self.help_dialog.isVisible():
            self.help_dialog.raise_()
            return
        self.help_dialog = open_help(self._repos, self._region_help, self)
        self.help_dialog.destroyed.connect(self._help_closed)

    def _help_closed(self) -> None:
        self.help_dialog = None

    def back_to_questions(self) -> None:
        """Return to the questions, with every answer as it was."""
        self.stack.setCurrentIndex(FORM)
        target = next((self.choices[i] for i in self.instrument.safety_items), None)
        if target is not None:
            self.scroller.ensureWidgetVisible(target)
            chosen = target.value()
            (target.buttons[chosen] if chosen is not None else target.buttons[0]).setFocus(
                Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Keep the answers in the vault and show what they add up to."""
        answers = self.answers()
        try:
            kept = self._repos.questionnaires.add(
                self.instrument.key, answers, taken_at=self._clock(),
                extra=self.extra.value() if self.extra is not None else None,
            )
        except VaultError as error:
            self.message.setText(error.message)
            self.message.show()
            return
        result = score(self.instrument, answers)
        self.result_text.setText("\n\n".join(result_lines(self.instrument, result)))
        self.stack.setCurrentIndex(RESULT)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved.emit(kept.id)
        announce_saved(self, self.tr("Your answers are saved"))
