"""A group box whose title is a wrapping label inside it, with no empty band for a title above.

A QGroupBox title never wraps, and held a page wider than the screen at 200 % text in a longer
language, so such a group carries its title as a label in its layout. The stylesheet gives it
less room at the top (`QGroupBox[titleInside="true"]`), but QGroupBox works out its margins when
it is made, before the property is set, and keeps them: they are worked out again once polished.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QGroupBox, QWidget


class UntitledGroup(QGroupBox):
    """A group named `name` for screen readers; put its visible title in its layout."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setProperty("titleInside", True)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Polish:
            QApplication.sendEvent(self, QEvent(QEvent.Type.StyleChange))
        return handled
