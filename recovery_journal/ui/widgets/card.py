"""A card: a section of a page on a soft-edged surface, with its title as a heading.

The look (surface colour, soft outline, rounded corners) comes from the stylesheet through the
object name "card", so the card follows the theme and a page never styles one itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLayout, QVBoxLayout, QWidget

from recovery_journal.ui import tokens
from recovery_journal.ui.widgets.heading import heading


class Card(QFrame):
    """A section with an optional heading; add its content with `add` or `add_layout`."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(
            tokens.SPACE_L, tokens.SPACE_M, tokens.SPACE_L, tokens.SPACE_L
        )
        self.column.setSpacing(tokens.SPACE_S)
        self.title_label = heading(title, self, tokens.HEADING) if title else None
        if self.title_label is not None:
            self.title_label.setAccessibleName(title)
            self.column.addWidget(self.title_label)

    def title(self) -> str:
        """The card's heading ("" when it has none)."""
        return self.title_label.text() if self.title_label is not None else ""

    def add(self, widget: QWidget) -> QWidget:
        """Add `widget` below what the card holds already."""
        self.column.addWidget(widget)
        return widget

    def add_layout(self, layout: QLayout) -> QLayout:
        """Add a layout (a form, a row) below what the card holds already."""
        self.column.addLayout(layout)
        return layout
