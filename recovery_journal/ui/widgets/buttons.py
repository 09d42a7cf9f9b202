"""Buttons: the primary and secondary actions of a screen, and a row that stacks itself when
large text leaves no room side by side."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QDialogButtonBox, QPushButton, QWidget


class ButtonRow(QWidget):
    """Buttons side by side when they fit, one under another when they don't (200 % text)."""

    def __init__(self, *buttons: QPushButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons = buttons
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            self._layout.addWidget(button)
        self._layout.addStretch(1)

    def _side_by_side_width(self) -> int:
        spacing = max(self._layout.spacing(), 0) * (len(self._buttons) - 1)
        return sum(b.sizeHint().width() for b in self._buttons) + spacing

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Stacked, the row only needs its widest button; that lets the column stay narrow.
        width = max((b.sizeHint().width() for b in self._buttons), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        fits = event.size().width() >= self._side_by_side_width()
        direction = (
            QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            self.updateGeometry()
        super().resizeEvent(event)


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


def mark_main_action(buttons: QDialogButtonBox) -> None:
    """Show a dialog's main action (its AcceptRole button) as the primary, accent button;
    the platform's button order then places it (docs/design.md, "Button order")."""
    for button in buttons.buttons():
        if buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
            button.setProperty("primary", True)
