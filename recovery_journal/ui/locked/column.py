"""The layout of the locked screens: a scrolling, centred reading column and a busy row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.ui import tokens
from recovery_journal.ui.widgets.scroll_page import scroll_area

COLUMN_WIDTH = 720


def screen_column(screen: QWidget) -> QVBoxLayout:
    """Give `screen` a scrolling, centred reading column and return the column's layout.

    The scroll area keeps everything reachable at 200 % text on a small window.
    """
    column = QWidget()
    column.setObjectName("card")  # a soft-edged card on the window (ui/stylesheet.py)
    column.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    column.setMaximumWidth(COLUMN_WIDTH)
    layout = QVBoxLayout(column)
    layout.setSpacing(tokens.SPACE_M)
    layout.setContentsMargins(tokens.SPACE_XL, tokens.SPACE_XL, tokens.SPACE_XL, tokens.SPACE_XL)
    scroll, holder = scroll_area(screen)
    centre = QHBoxLayout(holder)
    centre.setContentsMargins(tokens.SPACE_L, tokens.SPACE_XL, tokens.SPACE_L, tokens.SPACE_XL)
    # Equal side stretches centre the column; its own large stretch fills up to the maximum.
    centre.addStretch(1)
    centre.addWidget(column, 100, Qt.AlignmentFlag.AlignTop)
    centre.addStretch(1)
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return layout


def reveal(widget: QWidget) -> None:
    """Scroll the screen so `widget` is in view (a message below the fold at 200 % text)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget)


def busy_row(text: str) -> tuple[QWidget, QProgressBar]:
    """A hidden "working…" row with an indeterminate progress bar."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setAccessibleName(text)
    bar.setMaximumWidth(200)
    layout.addWidget(QLabel(text))
    layout.addWidget(bar)
    layout.addStretch(1)
    row.hide()
    return row, bar
