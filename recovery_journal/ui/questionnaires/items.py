"""One question with its answer options as radio buttons: arrow keys move between them, a
number key picks that answer, and "Leave blank" takes an answer back (any item may be skipped).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.questionnaires import Instrument
from recovery_journal.ui import tokens
from recovery_journal.ui.widgets.heading import heading

# Numeric scales (0-10) put their buttons in rows of this many, so 200 % text still fits.
_PER_ROW = 6


class ItemChoice(QFrame):
    """A numbered question and its options; `value()` is None until one is chosen."""

    changed = Signal(int, object)  # the question's number, its value or None

    def __init__(
        self, number: int, text: str, options: tuple[str, ...], scale_max: int,
        parent: QWidget | None = None, *, anchors: tuple[str, str] = ("", ""),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.number = number
        self._options = options
        self._scale_max = scale_max
        column = QVBoxLayout(self)
        column.setContentsMargins(tokens.SPACE_L, tokens.SPACE_M, tokens.SPACE_L, tokens.SPACE_M)
        column.setSpacing(tokens.SPACE_S)
        self.question = heading(f"{number}. {text}" if number else text, self)
        column.addWidget(self.question)
        if anchors[0]:
            hint = QLabel(self.tr("0 is “%1”, 10 is “%2”")
                          .replace("%1", anchors[0]).replace("%2", anchors[1]), self)
            hint.setWordWrap(True)
            column.addWidget(hint)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(tokens.SPACE_M)
        column.addLayout(grid)
        for value in range(scale_max + 1):
            button = QRadioButton(self._words(value), self)
            button.setAccessibleName(self._spoken(value))
            button.setAccessibleDescription(text)
            self.group.addButton(button, value)
            self.buttons.append(button)
            if options:
                grid.addWidget(button, value, 0)
            else:
                grid.addWidget(button, value // _PER_ROW, value % _PER_ROW)
        grid.setColumnStretch(grid.columnCount(), 1)
        self.clear_button = QPushButton(self.tr("Leave blank"), self)
        self.clear_button.setAccessibleName(
            self.tr("Leave question %1 blank").replace("%1", str(number))
            if number else self.tr("Leave this question blank"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.setEnabled(False)
        column.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.group.buttonToggled.connect(self._toggled)
        self.clear_button.clicked.connect(self.clear)

    @classmethod
    def for_item(
        cls, instrument: Instrument, index: int, parent: QWidget | None = None,
    ) -> ItemChoice:
        """The choice for item `index` of `instrument`."""
        item = instrument.items[index]
        return cls(index + 1, item.text, instrument.options, instrument.scale_max, parent,
                   anchors=(item.low_words, item.high_words))

    def _words(self, value: int) -> str:
        words = self._options[value] if self._options else str(value)
        return words if words == str(value) else f"{value}  {words}"

    def _spoken(self, value: int) -> str:
        words = self._options[value] if self._options else str(value)
        if not self.number:
            return words
        return self.tr("Question %1: %2").replace("%1", str(self.number)).replace("%2", words)

    def value(self) -> int | None:
        """The chosen answer, or None when the question is left blank."""
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def choose(self, value: int | None) -> None:
        """Pick `value` (None leaves the question blank)."""
        if value is None:
            self.clear()
        else:
            self.buttons[value].setChecked(True)

    def clear(self) -> None:
        """Leave the question blank: no option chosen."""
        if self.value() is None:
            return
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)
        self.clear_button.setEnabled(False)
        self.changed.emit(self.number, None)

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.clear_button.setEnabled(True)
            self.changed.emit(self.number, self.group.id(button))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # A number key picks that answer, wherever focus is inside the question.
        text = event.text()
        if text.isdigit() and int(text) <= self._scale_max:
            self.buttons[int(text)].setChecked(True)
            self.buttons[int(text)].setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        super().keyPressEvent(event)
