""""A strength I used today" for the Today page: type or pick a strength, press Enter.

A name that is not in the inventory yet is added to it (the person typed it, so it is their
choice); Ctrl+Z takes the use back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.strengths import Strengths
from recovery_journal.ui.strengths.undo import LogUseCommand


class QuickStrengthLog(QWidget):
    """One line: a strength (pick or type) and "Log it"; emits what to announce."""

    logged = Signal(str)

    def __init__(
        self, strengths: Strengths, undo_stack: QUndoStack, parent: QWidget | None = None,
        *, today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._strengths = strengths
        self._undo = undo_stack
        self._today = today
        heading = QLabel(self.tr("A strength I used today"), self)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        self.strength = QComboBox(self)
        self.strength.setEditable(True)
        self.strength.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.strength.setAccessibleName(self.tr("A strength I used today"))
        self.strength.setAccessibleDescription(self.tr(
            "Type or pick a strength and press Enter to log it for today. A new name is added "
            "to your strengths."))
        edit = QLineEdit(self.strength)
        edit.setPlaceholderText(self.tr("Type or pick one, then Enter"))
        self.strength.setLineEdit(edit)
        completer = QCompleter(self.strength.model(), self.strength)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.strength.setCompleter(completer)
        heading.setBuddy(self.strength)
        self.log_button = QPushButton(self.tr("Log it"), self)
        self.log_button.setAccessibleName(self.tr("Log this strength for today"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.strength, 1)
        row.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(row)
        edit.returnPressed.connect(self.log)
        self.log_button.clicked.connect(self.log)
        self.reload()

    def focus_chain(self) -> list[QWidget]:
        """The controls in Tab order, for the page that holds this."""
        return [self.strength, self.log_button]

    def reload(self) -> None:
        """Offer the active strengths by name, keeping whatever is typed."""
        typed = self.strength.currentText()
        self.strength.clear()
        for strength in self._strengths.list():
            self.strength.addItem(strength.name, strength.id)
        self.strength.setCurrentIndex(-1)
        self.strength.setEditText(typed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        # Strengths may have been added or archived on the Strengths page meanwhile.
        self.reload()
        super().showEvent(event)

    def log(self) -> None:
        """Log the typed or chosen strength as used today (adding it if it is new)."""
        name = " ".join(self.strength.currentText().split())
        if not name:
            self.logged.emit(self.tr("Type or pick a strength first."))
            return
        try:
            strength_id, added = self._find_or_add(name)
            use = self._strengths.log_use(strength_id, self._today())
        except (NotFoundError, ValueError):
            self.logged.emit(self.tr("That strength could not be logged just now."))
            return
        self._undo.push(LogUseCommand(self._strengths, use.id, self._undo_done))
        self.strength.setEditText("")
        self.reload()
        # No name in the announcement: the status bar can outlive the unlocked journal.
        self.logged.emit(
            self.tr("Added to your strengths and logged for today. Ctrl+Z takes it back.")
            if added else self.tr("Strength logged for today. Ctrl+Z takes it back.")
        )

    def _find_or_add(self, name: str) -> tuple[int, bool]:
        for strength in self._strengths.list(include_archived=True):
            if strength.name.casefold() == name.casefold():
                return strength.id, False
        return self._strengths.add(name).id, True

    def _undo_done(self, text: str) -> None:
        # The undo stack is shared and can outlive this widget.
        if shiboken6.isValid(self):
            self.logged.emit(text)
