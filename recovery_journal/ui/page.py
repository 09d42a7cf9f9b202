"""What the main window relies on from every page of the unlocked journal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page: it announces short statuses, keeps typed text on lock, and follows the look.

    The main window knows pages only through this class; it never reaches into their layouts.
    """

    announce = Signal(str)

    def save_draft(self) -> None:
        """Keep whatever is typed but not saved, encrypted in the vault (called before locking)."""

    def appearance_changed(self) -> None:
        """The theme or text size changed: redraw whatever the palette and fonts don't reach."""
