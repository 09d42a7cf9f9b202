"""Plain-text labels shared by screens and dialogs: paragraphs and the inline message panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def paragraph(text: str) -> QLabel:
    """A word-wrapped paragraph of plain text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def message_box_label() -> QLabel:
    """An inline message area: plain words in a framed panel, never red."""
    label = QLabel()
    label.setObjectName("message")  # framed by the theme's stylesheet
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label
