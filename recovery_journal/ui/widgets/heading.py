"""Page and section headings: bold, a step larger than the body text, wrapping."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget


def heading(text: str, parent: QWidget | None = None, scale: float = 1.0) -> QLabel:
    """A bold heading `scale` times the body size; it grows with the text size setting."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def add_page_header(layout: QBoxLayout, parent: QWidget, title: str, intro: str) -> None:
    """Put a page's heading and its one-line introduction at the top of `layout`."""
    layout.addWidget(heading(title, parent, 1.4))
    line = QLabel(intro, parent)
    line.setWordWrap(True)
    layout.addWidget(line)
