"""What stands in for a page whose part of the journal couldn't be read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from recovery_journal.ui import tokens
from recovery_journal.ui.page import Page


class UnavailablePage(Page):
    """The page's calm explanation (a VaultError's message); holds no personal content."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unavailablePage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(tokens.SPACE_XL, tokens.SPACE_XL, tokens.SPACE_XL,
                                  tokens.SPACE_XL)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message)
        layout.addStretch(1)
