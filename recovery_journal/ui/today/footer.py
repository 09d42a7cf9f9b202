"""Today's sticky footer: Save and Skip (or Save changes and Cancel editing), always in sight.

It sits below the page's scroll area, not in it, so no window or text size hides Save.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from recovery_journal.ui import tokens
from recovery_journal.ui.widgets.buttons import primary_button


class Footer(QFrame):
    """Save (the main action), Skip, and a one-line hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("footer")  # a top divider on the card surface, from the stylesheet
        row = QHBoxLayout(self)
        row.setContentsMargins(tokens.SPACE_L, tokens.SPACE_S, tokens.SPACE_L, tokens.SPACE_S)
        row.setSpacing(tokens.SPACE_S)
        self.save_button = primary_button(self.tr("Save"), self.tr("Save check-in"))
        self.save_button.setToolTip(self.tr("Save this check-in (Ctrl+Enter)"))
        self.skip_button = QPushButton(self.tr("Skip"), self)
        for button in (self.save_button, self.skip_button):
            button.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 7)
            row.addWidget(button)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        row.addWidget(self.hint, 1)
        self.set_editing(False)

    def set_editing(self, editing: bool) -> None:
        """Words for a new check-in, or for changing an older one."""
        if editing:
            self.save_button.setText(self.tr("Save changes"))
            self.skip_button.setText(self.tr("Cancel editing"))
            self.skip_button.setToolTip(self.tr("Leave the check-in as it was"))
            self.hint.setText(
                self.tr("Save keeps the changes; Cancel editing leaves it as it was."))
        else:
            self.save_button.setText(self.tr("Save"))
            self.skip_button.setText(self.tr("Skip"))
            self.skip_button.setToolTip(self.tr("Clear the form without saving"))
            self.hint.setText(self.tr("Ctrl+Enter saves"))
