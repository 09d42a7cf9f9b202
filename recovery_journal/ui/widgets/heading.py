"""Headings: bold, a step larger than the body text, wrapping; the one way pages make them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from recovery_journal.ui import tokens


def heading(
    text: str, parent: QWidget | None = None, scale: float = tokens.BODY
) -> QLabel:
    """A bold heading `scale` (a step of the type scale in ui/tokens.py) times the body size;
    it grows with the text size setting.

    Plain text only: a heading may show the person's own words (a goal, a section title).
    """
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def add_page_header(layout: QBoxLayout, parent: QWidget, title: str, intro: str) -> None:
    """Put a page's heading and its one-line introduction at the top of `layout`."""
    layout.addWidget(heading(title, parent, tokens.TITLE))
    line = QLabel(intro, parent)
    line.setWordWrap(True)
    layout.addWidget(line)
