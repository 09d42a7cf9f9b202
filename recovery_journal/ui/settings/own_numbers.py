"""The person's own numbers (GP, local crisis team, a friend): add, change, reorder, remove.

Get help now shows them read-only, with a Copy button each; they are edited here, in Settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import Helpline
from recovery_journal.storage.errors import VaultError
from recovery_journal.ui.widgets.buttons import mark_main_action

if TYPE_CHECKING:
    from recovery_journal.storage.helplines import Helplines


def _plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A label that shows text as typed: never rich text, so never a link that opens."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class OwnNumbersEditor(QWidget):
    """The list of the person's own numbers, each with Change, Move and Remove, and a form."""

    saved = Signal(str)
    changed = Signal()

    def __init__(self, helplines: Helplines, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._helplines = helplines
        self._rows = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add a number…"), self)
        self.add_button.setAccessibleName(self.tr("Add a number of your own"))
        self.editor = HelplineEditor(helplines, self)
        self.add_button.clicked.connect(self.editor.start_adding)
        self.editor.changed.connect(self.reload)
        self.editor.changed.connect(self.changed)
        self.editor.message.connect(self.saved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.editor)
        self.reload()

    def reload(self) -> None:
        """Show the numbers as they are in the vault now."""
        while (item := self._rows.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        try:
            own = self._helplines.list()
        except VaultError as error:
            self._rows.addWidget(_plain_label(error.message, self))
            return
        if not own:
            self._rows.addWidget(_plain_label(self.tr(
                "No numbers of your own yet. You could add your GP, a local crisis team or a "
                "friend; Get help now shows them first."
            ), self))
        for index, line in enumerate(own):
            self._rows.addWidget(self._row(line, index, len(own)))
        self._keep_tab_order()

    def _keep_tab_order(self) -> None:
        # Rows are built after the Add button and the form: Tab still goes top to bottom.
        rows = [b for i in range(self._rows.count())
                if (item := self._rows.itemAt(i)) is not None
                and (w := item.widget()) is not None
                for b in w.findChildren(QPushButton)]
        editor = self.editor
        chain = [*rows, self.add_button, editor.name, editor.contact, editor.details,
                 editor.save, editor.cancel, editor.put_back]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _row(self, line: Helpline, index: int, count: int) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("ownNumberRow")
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        title = _plain_label(" · ".join(x for x in (line.name, line.contact) if x), frame)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        if line.details:
            column.addWidget(_plain_label(line.details, frame))
        editor = self.editor
        actions = QHBoxLayout()
        change = (self.tr("Change…"), self.tr("Change %s"), True,
                  lambda: editor.start_editing(line))
        moves = [
            (self.tr("Move up"), self.tr("Move %s up"), index > 0,
             lambda: editor.move_line(line, index - 1)),
            (self.tr("Move down"), self.tr("Move %s down"), index < count - 1,
             lambda: editor.move_line(line, index + 1)),
        ] if count > 1 else []  # one number alone has nowhere to move
        remove = (self.tr("Remove"), self.tr("Remove %s"), True, lambda: editor.remove(line))
        for text, name, enabled, slot in (change, *moves, remove):
            button = QPushButton(text, frame)
            button.setAccessibleName(name % line.name)
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        column.addLayout(actions)
        return frame


class HelplineEditor(QGroupBox):
    """Add or change one of the person's own numbers; also moves and removes them."""

    changed = Signal()
    message = Signal(str)

    def __init__(self, helplines: Helplines, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._helplines = helplines
        self._editing: Helpline | None = None
        self._removed: Helpline | None = None
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("For example: My GP"))
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("Number or how to reach them"))
        self.details = QLineEdit()
        self.details.setAccessibleName(self.tr("Notes"))
        self.details.setPlaceholderText(self.tr("Optional, for example: weekdays 8 to 6"))
        self.save = QPushButton(self.tr("Save"))
        self.save.setAccessibleName(self.tr("Save this number"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel changing this number"))
        self.put_back = QPushButton(self.tr("Put it back"))
        self.put_back.setAccessibleName(self.tr("Put back the number you removed"))
        self.put_back.hide()
        self.put_back.clicked.connect(self._put_back)
        self.save.clicked.connect(self._save)
        self.cancel.clicked.connect(self.finish)
        self.name.returnPressed.connect(self._save)
        self.contact.returnPressed.connect(self._save)
        self.details.returnPressed.connect(self._save)

        self._form = QWidget()
        form = QFormLayout(self._form)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Number"), self.contact)
        form.addRow(self.tr("Notes"), self.details)
        row = QDialogButtonBox()
        row.addButton(self.save, QDialogButtonBox.ButtonRole.AcceptRole)
        row.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        mark_main_action(row)
        form.addRow(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self._form)
        layout.addWidget(self.put_back, 0, Qt.AlignmentFlag.AlignLeft)
        self._form.hide()
        self.setVisible(False)

    def start_adding(self) -> None:
        """Show an empty form for a new number."""
        self._open_form(None, self.tr("Add a number"))

    def start_editing(self, line: Helpline) -> None:
        """Show the form filled in with `line`."""
        self._open_form(line, self.tr("Change a number"))

    def _open_form(self, line: Helpline | None, title: str) -> None:
        self._editing = line
        self.setTitle(title)
        self.name.setText(line.name if line else "")
        self.contact.setText(line.contact if line else "")
        self.details.setText(line.details if line else "")
        self.put_back.hide()
        self._form.show()
        self.show()
        self.name.setFocus()

    def finish(self) -> None:
        """Hide and empty the form."""
        for field in (self.name, self.contact, self.details):
            field.clear()
        self._editing = None
        self._form.hide()
        self.setVisible(self.put_back.isVisibleTo(self))

    def _save(self) -> None:
        if not self.name.text().strip():
            self.message.emit(self.tr("Please give the number a name, so you know whose it is."))
            self.name.setFocus()
            return
        fields = {"name": self.name.text(), "contact": self.contact.text(),
                  "details": self.details.text()}
        if self._run(lambda: self._store(fields)):
            self.message.emit(self.tr("Saved."))
            self.finish()
            self.changed.emit()

    def _store(self, fields: dict[str, str]) -> None:
        if self._editing is None:
            self._helplines.add(**fields)
        else:
            self._helplines.update(self._editing.id, **fields)

    def move_line(self, line: Helpline, position: int) -> None:
        """Move `line` to `position` in the list."""
        if self._run(lambda: self._helplines.move(line.id, position)):
            self.message.emit(self.tr("Moved."))
            self.changed.emit()

    def remove(self, line: Helpline) -> None:
        """Remove `line`, offering to put it back."""
        if self._run(lambda: self._helplines.delete(line.id)):
            self._removed = line
            self.finish()
            self.put_back.show()
            self.show()
            self.message.emit(self.tr("Removed %s. You can put it back.") % line.name)
            self.changed.emit()
            self.put_back.setFocus()

    def _put_back(self) -> None:
        line = self._removed
        if line is None:
            return
        def restore() -> None:
            added = self._helplines.add(line.name, line.contact, line.details)
            self._helplines.move(added.id, line.position)
        if self._run(restore):
            self._removed = None
            self.put_back.hide()
            self.setVisible(self._form.isVisibleTo(self))
            self.message.emit(self.tr("Put back."))
            self.changed.emit()

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (VaultError, ValueError) as error:
            self.message.emit(str(error))
            return False
        return True
