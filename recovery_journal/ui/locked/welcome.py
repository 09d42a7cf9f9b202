"""The first-run welcome: what the app is, where the journal lives, and the two ways in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QWidget,
)

from recovery_journal.ui import tokens
from recovery_journal.ui.locked.column import screen_column
from recovery_journal.ui.widgets.buttons import ButtonRow, primary_button, secondary_button
from recovery_journal.ui.widgets.heading import heading
from recovery_journal.ui.widgets.labels import paragraph


class WelcomeScreen(QWidget):
    """Shown when there is no journal yet; offers to create one or open an existing file."""

    create_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeScreen")
        column = screen_column(self)
        column.addWidget(heading(self.tr("Welcome to Recovery Journal"), scale=tokens.TITLE))
        for text in (
            self.tr(
                "A private place to notice how you are doing, the strengths you use and the "
                "goals you choose, at your own pace. Nothing here is required."
            ),
            self.tr(
                "Everything stays on this computer, in one encrypted file. Nothing is sent "
                "anywhere."
            ),
            self.tr(
                "Your journal is locked with a passphrase that only you know. If it is "
                "forgotten, nobody can recover it, so please keep it somewhere safe."
            ),
        ):
            column.addWidget(paragraph(text))
        column.addSpacing(tokens.SPACE_S)
        self.create_button = primary_button(
            self.tr("Create a new journal"), self.tr("Create a new journal")
        )
        self.open_button = secondary_button(
            self.tr("Open an existing journal file…"), self.tr("Open an existing journal file")
        )
        column.addWidget(ButtonRow(self.create_button, self.open_button))
        column.addStretch(1)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.setFocusProxy(self.create_button)
