"""Tags as one field with chips inside it: type a name, Enter or a comma makes it a chip.

Backspace in the empty field removes the last chip; Left from the start of the field reaches
the chips, where Delete, Backspace, Space or Enter (or a click) removes one. Only the typing
field is a Tab stop, so the chips never add to the way from one field to the next, and nothing
but the field itself takes typed text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from recovery_journal.ui import tokens
from recovery_journal.ui.widgets.flow import FlowLayout

_REMOVE_KEYS = frozenset({Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Space,
                          Qt.Key.Key_Return, Qt.Key.Key_Enter})


def _clean(name: str) -> str:
    return " ".join(name.split())


class Chip(QPushButton):
    """One chosen tag; pressing it (click, Delete, Backspace, Space, Enter) removes it."""

    step = Signal(int)  # -1 or +1: arrow keys move to the neighbouring chip or the field

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(f"{name}  ×", parent)
        self.name = name
        self.setObjectName("chip")
        # Reached with the arrow keys from the field, not with Tab (see the module's note).
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(self.tr("Tag %1").replace("%1", name))
        self.setAccessibleDescription(self.tr("Delete, Space or a click removes this tag"))
        self.setToolTip(self.tr("Remove “%1”").replace("%1", name))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if key in _REMOVE_KEYS:
            self.click()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step.emit(-1 if key == Qt.Key.Key_Left else 1)
        elif key == Qt.Key.Key_Escape:
            self.step.emit(99)  # back to the typing field
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class TagInput(QFrame):
    """One field: the chosen tags as chips, then where to type the next (with completion)."""

    tags_changed = Signal()

    def __init__(
        self, complete: Callable[[str], list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagField")  # drawn as one field by the stylesheet
        self._complete = complete
        self._chips: list[Chip] = []
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Add a tag, then Enter"))
        self.edit.setAccessibleName(self.tr("Tags"))
        self.edit.setAccessibleDescription(self.tr(
            "Activities, people or places. Enter or a comma adds the tag; Backspace in the "
            "empty field removes the last one; Left reaches the tags."))
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        self._suggestions = QStringListModel(self)
        self.completer = QCompleter(self._suggestions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.edit.setCompleter(self.completer)
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(tokens.SPACE_XS, tokens.SPACE_XS, tokens.SPACE_XS,
                                     tokens.SPACE_XS)
        self.flow.addWidget(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self.commit_pending)
        self.completer.activated.connect(self._completed)
        self.edit.installEventFilter(self)

    # -- what the form asks -----------------------------------------------------------------

    def tags(self) -> list[str]:
        """The chosen tag names, in the order they were added."""
        return [chip.name for chip in self._chips]

    def chips(self) -> list[Chip]:
        """The chips, in order (for tests and screen readers)."""
        return list(self._chips)

    def focus_chain(self) -> list[QWidget]:
        """The Tab stops inside this field: only the typing field."""
        return [self.edit]

    def set_tags(self, names: Iterable[str]) -> None:
        """Show exactly these tags (repeats ignored, case-insensitively)."""
        chosen: list[str] = []
        for name in map(_clean, names):
            if name and name.casefold() not in {c.casefold() for c in chosen}:
                chosen.append(name)
        for chip in self._chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for name in chosen:
            self._add_chip(name)
        self.tags_changed.emit()

    def add(self, name: str) -> bool:
        """Add one tag; False if it was empty or already chosen."""
        name = _clean(name)
        if not name or name.casefold() in {c.casefold() for c in self.tags()}:
            return False
        self._add_chip(name)
        self.tags_changed.emit()
        return True

    def commit_pending(self) -> None:
        """Turn whatever is typed into tags (Enter, a comma, or before saving)."""
        text = self.edit.text()
        self.edit.clear()
        for part in text.split(","):
            self.add(part)

    def pending_text(self) -> str:
        return self.edit.text()

    def set_pending_text(self, text: str) -> None:
        self.edit.setText(text)

    def remove_at(self, row: int) -> None:
        """Remove the tag in `row`; focus moves to its neighbour, or back to the field."""
        if not 0 <= row < len(self._chips):
            return
        had_focus = any(chip.hasFocus() for chip in self._chips)
        chip = self._chips.pop(row)
        self.flow.removeWidget(chip)
        chip.hide()
        chip.deleteLater()
        self.updateGeometry()
        self.tags_changed.emit()
        if had_focus and self._chips:
            self._chips[min(row, len(self._chips) - 1)].setFocus(Qt.FocusReason.OtherFocusReason)
        elif had_focus:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self.edit.clear()
        self.set_tags([])

    # -- inside ------------------------------------------------------------------------------

    def _add_chip(self, name: str) -> None:
        chip = Chip(name, self)
        chip.clicked.connect(lambda: self.remove_at(self._chips.index(chip)))
        chip.step.connect(lambda step: self._step_from(chip, step))
        self._chips.append(chip)
        self.flow.insert_widget(len(self._chips) - 1, chip)
        chip.show()
        self.updateGeometry()

    def _step_from(self, chip: Chip, step: int) -> None:
        row = self._chips.index(chip) + step
        if 0 <= row < len(self._chips):
            self._chips[row].setFocus(Qt.FocusReason.OtherFocusReason)
        elif row >= len(self._chips):
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.edit and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            # The stylesheet rings the whole field, not the borderless typing part.
            self.setProperty("focused", event.type() == QEvent.Type.FocusIn)
            self.style().unpolish(self)
            self.style().polish(self)
        elif watched is self.edit and isinstance(event, QKeyEvent) and (
                event.type() == QEvent.Type.KeyPress):
            return self._field_key(event)
        return super().eventFilter(watched, event)

    def _field_key(self, event: QKeyEvent) -> bool:
        at_start = self.edit.cursorPosition() == 0 and not self.edit.hasSelectedText()
        if event.key() == Qt.Key.Key_Backspace and not self.edit.text() and self._chips:
            self.remove_at(len(self._chips) - 1)
            return True
        if event.key() == Qt.Key.Key_Left and at_start and self._chips:
            self._chips[-1].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if event.text() == ",":
            self.commit_pending()
            return True
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        # A click on the field's empty space means "I want to type a tag".
        self.edit.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def _completed(self, text: str) -> None:
        # The line edit has just taken the completion; make it a chip and empty the field.
        self.edit.clear()
        self.add(text)

    def _typed(self, text: str) -> None:
        if "," in text:  # pasted "walk, garden"
            self.commit_pending()
            return
        prefix = _clean(text)
        chosen = {c.casefold() for c in self.tags()}
        names = [n for n in self._complete(prefix) if n.casefold() not in chosen] if prefix else []
        self._suggestions.setStringList(names)
