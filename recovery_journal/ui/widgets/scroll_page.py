"""The shell of a page: a frameless scroll area, and a page whose heading, introduction and
content scroll together in one column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from recovery_journal.ui.page import Page
from recovery_journal.ui.widgets.heading import add_page_header


def scroll_area(parent: QWidget) -> tuple[QScrollArea, QWidget]:
    """A frameless scroll area and the widget it scrolls.

    The controls take the focus, not the area: it scrolls to whatever has the focus.
    """
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    content = QWidget(area)
    area.setWidget(content)
    return area, content


class ScrollPage(Page):
    """A page in one scrolling column: `add_header`, then add to `body`."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 12) -> None:
        super().__init__(parent)
        self.scroll_area, self.content = scroll_area(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.body = QVBoxLayout(self.content)
        self.body.setSpacing(spacing)

    def add_header(self, title: str, intro: str) -> None:
        """The page's heading and its one-line introduction, at the top of the column."""
        add_page_header(self.body, self.content, title, intro)
