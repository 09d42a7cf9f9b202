"""The way back after deleting an entry, in the page: "Entry deleted · Undo", until dismissed.

A status line that fades after ten seconds is easy to miss; this calm note stays by the list
until the entry is brought back, the note is dismissed, or something newer is done on the undo
stack. It says how long the way back lasts: the last few deletes come back with Ctrl+Z even
after a restart (RESTART_UNDO_LIMIT); the rows themselves stay in the vault, set aside.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recovery_journal.ui.widgets.undo import RESTART_UNDO_LIMIT


class DeletedBar(QFrame):
    """An inline note with Undo for the last deletion; hidden until `show_for` is called."""

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self._command: QUndoCommand | None = None
        self.setObjectName("message")  # framed like the app's other inline notes, never red
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self.tr(
            "Entry deleted. Ctrl+Z can bring back your last %n deleted entries, even after "
            "a restart.", "",
            RESTART_UNDO_LIMIT), self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Entry deleted"))
        self.setAccessibleDescription(self.label.text())
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Bring the deleted entry back"))
        self.undo_button.setToolTip(self.tr("Ctrl+Z does the same"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Hide this note; Ctrl+Z still works"))
        # The words above the buttons: beside them, large text squeezed them into a tall
        # narrow column that pushed the list away.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.undo_button.clicked.connect(self.undo)
        self.dismiss_button.clicked.connect(self.dismiss)
        self._undo.indexChanged.connect(self._stack_moved)
        self.hide()

    def place_in_tab_order(self, after: QWidget, before: QWidget) -> None:
        """Tab reaches Undo and Dismiss between `after` and `before` (hidden, they are skipped)."""
        QWidget.setTabOrder(after, self.undo_button)
        QWidget.setTabOrder(self.undo_button, self.dismiss_button)
        QWidget.setTabOrder(self.dismiss_button, before)

    def show_for(self, command: QUndoCommand) -> None:
        """Offer the way back from `command`, which was just pushed."""
        self._command = command
        self.show()

    def undo(self) -> None:
        """Undo the deletion, if it is still the last thing done."""
        if self._is_last():
            self._undo.undo()
        self.dismiss()

    def dismiss(self) -> None:
        self._command = None
        self.hide()

    def _is_last(self) -> bool:
        index = self._undo.index()
        return (self._command is not None and index > 0
                and self._undo.command(index - 1) is self._command)

    def _stack_moved(self, _index: int) -> None:
        if self._command is not None and not self._is_last():
            self.dismiss()  # undone by Ctrl+Z, or something newer came after it
