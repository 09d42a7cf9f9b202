"""The first-run welcome: what the app is, where the journal lives, and the two ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.ui.widgets.button_row import ButtonRow

COLUMN_WIDTH = 720


def screen_column(screen: QWidget) -> QVBoxLayout:
    """Give `screen` a scrolling, centred reading column and return the column's layout.

    The scroll area keeps everything reachable at 200 % text on a small window.
    """
    column = QWidget()
    column.setMaximumWidth(COLUMN_WIDTH)
    layout = QVBoxLayout(column)
    layout.setSpacing(14)
    layout.setContentsMargins(24, 24, 24, 24)
    holder = QWidget()
    centre = QHBoxLayout(holder)
    # Equal side stretches centre the column; its own large stretch fills up to the maximum.
    centre.addStretch(1)
    centre.addWidget(column, 100)
    centre.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(holder)
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return layout


def heading(text: str, base: QFont, factor: float = 1.6) -> QLabel:
    """A large bold heading label."""
    label = QLabel(text)
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * factor)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    """A word-wrapped paragraph of plain text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def primary_button(text: str, accessible_name: str) -> QPushButton:
    """The screen's main action: pressed with Enter or Space when focused."""
    button = QPushButton(text)
    button.setProperty("primary", True)
    button.setAutoDefault(True)
    button.setAccessibleName(accessible_name)
    return button


def secondary_button(text: str, accessible_name: str) -> QPushButton:
    """Another action on the screen, also pressed with Enter or Space."""
    button = QPushButton(text)
    button.setAutoDefault(True)
    button.setAccessibleName(accessible_name)
    return button


class WelcomeScreen(QWidget):
    """Shown when there is no journal yet; offers to create one or open an existing file."""

    create_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeScreen")
        column = screen_column(self)
        column.addWidget(heading(self.tr("Welcome to Recovery Journal"), self.font()))
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
        column.addSpacing(8)
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
