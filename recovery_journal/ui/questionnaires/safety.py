"""Shown the moment PHQ-9 item 9 is answered above 0: kind words, the person's own crisis plan,
chosen people and helplines (Get help now's own dialog, reused), and a free choice to go back
to the questionnaire or leave it. Nothing is saved or sent anywhere by this.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from recovery_journal.model import BundledHelplines
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui import tokens
from recovery_journal.ui.help.dialog import HelpDialog
from recovery_journal.ui.widgets.buttons import ButtonRow, primary_button, secondary_button
from recovery_journal.ui.widgets.card import Card


def open_help(
    repos: Repositories, region_help: Callable[[], BundledHelplines | None],
    parent: QWidget,
) -> HelpDialog:
    """Open Get help now over `parent`, with the crisis plan and chosen people first."""
    # Imported here: the plan's help sections pull in the Today page, needed only now.
    from recovery_journal.ui.plan.help_sections import crisis_help_sections

    try:
        people = repos.supporters.crisis_contacts()
    except VaultError:
        people = []
    dialog = HelpDialog(
        region_help(), repos.helplines, crisis_help_sections(repos), parent=parent,
        people=people,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.reload()
    dialog.open()
    return dialog


class SafetyPanel(Card):
    """Kind words and three ways on: see the help again, go back, or leave without saving."""

    back = Signal()
    leave = Signal()
    show_help = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thank you for answering that"), parent)
        self.words = QLabel(self.tr(
            "Thoughts of being better off dead, or of hurting yourself, can be a lot to carry, "
            "and you don't have to carry them alone. Your crisis plan, the people you chose and "
            "the helplines are open for you now, in their own window."
        ), self)
        self.words.setWordWrap(True)
        self.add(self.words)
        self.nothing_sent = QLabel(self.tr(
            "Nothing has been saved and nothing is sent anywhere. You can go back to the "
            "questionnaire, or leave it for now."
        ), self)
        self.nothing_sent.setWordWrap(True)
        self.add(self.nothing_sent)
        self.help_button = primary_button(
            self.tr("Show my crisis plan and helplines"),
            self.tr("Show my crisis plan, my people and the helplines"))
        self.back_button = secondary_button(
            self.tr("Back to the questionnaire"), self.tr("Back to the questionnaire"))
        self.leave_button = secondary_button(
            self.tr("Leave it for now"), self.tr("Leave the questionnaire without saving"))
        row = ButtonRow(self.help_button, self.back_button, self.leave_button, parent=self)
        self.column.addSpacing(tokens.SPACE_S)
        self.add(row)
        self.column.addStretch(1)
        self.help_button.clicked.connect(self.show_help)
        self.back_button.clicked.connect(self.back)
        self.leave_button.clicked.connect(self.leave)


def panel_page(panel: SafetyPanel, parent: QWidget) -> QWidget:
    """The panel alone on a page of the dialog's stack."""
    page = QWidget(parent)
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    panel.setParent(page)
    column.addWidget(panel)
    column.addStretch(1)
    return page
