"""A calm stand-in for a page that a later version builds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from recovery_journal.ui.widgets.heading import heading

if TYPE_CHECKING:
    from recovery_journal.storage.repositories import Repositories


class PlaceholderPage(QWidget):
    """Shows a title and a friendly "coming soon"; holds no personal content."""

    announce = Signal(str)

    def __init__(
        self, title: str, message: str, repos: Repositories | None = None,
        undo_stack: QUndoStack | None = None, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(heading(title, scale=1.5))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def save_draft(self) -> None:
        """Nothing to keep: a placeholder holds no typed text."""
