"""Page and section headings: bold, a step larger than the body text, wrapping."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str, parent: QWidget | None = None, scale: float = 1.0) -> QLabel:
    """A bold heading `scale` times the body size; it grows with the text size setting."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label
