"""Get help now: helplines in large text, with a Copy button each. Never dials or opens anything.

Locked, the dialog shows only the bundled helplines; unlocked, it also shows (first) the person's
own numbers, which they can add, change, reorder and remove here. Extra sections passed in are
shown before everything else: the person's crisis plan joins there in the plan issue.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import BundledHelplines, BundledLine, Helpline
from recovery_journal.resources import resource_path
from recovery_journal.storage.errors import VaultError
from recovery_journal.ui import tokens
from recovery_journal.ui.announce import announce
from recovery_journal.ui.clipboard import ClipboardGuard
from recovery_journal.ui.widgets.buttons import mark_main_action
from recovery_journal.ui.widgets.heading import heading

if TYPE_CHECKING:
    from recovery_journal.storage.helplines import Helplines


@dataclass(frozen=True, slots=True)
class HelpSection:
    """Extra content shown first in the dialog (the person's crisis plan, in a later issue)."""

    title: str
    body: str


def helplines_path() -> Path:
    """The bundled helplines file, shipped inside the package (recovery_journal/resources/)."""
    return resource_path("helplines.json")


def load_bundled_helplines(path: Path | None = None) -> BundledHelplines | None:
    """Read the bundled helplines; None if the file is missing or unreadable."""
    try:
        data = json.loads((path or helplines_path()).read_text(encoding="utf-8"))
        lines = tuple(
            BundledLine(str(d["name"]), str(d["contact"]), str(d["copy"]), str(d["details"]))
            for d in data["lines"]
        )
        return BundledHelplines(str(data["region"]), str(data["checked"]), lines)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _plain_label(text: str) -> QLabel:
    """A label that shows text as typed: never rich text, so never a link that opens."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * factor)
    font.setBold(bold)
    return font


class HelpDialog(QDialog):
    """The "Get help now" dialog. Call `reload()` after building it, then `open()`."""

    def __init__(
        self,
        bundled: BundledHelplines | None,
        helplines: Helplines | None = None,
        sections: Sequence[HelpSection] = (),
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._bundled = bundled
        self._helplines = helplines
        self._sections = tuple(sections)
        # The window's guard takes the number back on lock; on its own, the dialog keeps one.
        self._clipboard = clipboard or ClipboardGuard(parent=self)
        self.setWindowTitle(self.tr("Get help now"))
        self.setObjectName("helpDialog")
        self.resize(720, 680)

        self._content = QWidget()
        self._rows = QVBoxLayout(self._content)
        self._rows.setSpacing(14)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self._content)

        self.status = _plain_label("")
        self.status.setAccessibleName(self.tr("Status"))
        self.editor = HelplineEditor(helplines, self) if helplines is not None else None
        if self.editor is not None:
            self.editor.changed.connect(self.reload)
            self.editor.message.connect(self._say)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close Get help now"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        self.close_button = close

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        if self.editor is not None:
            layout.addWidget(self.editor)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)

    # -- content ---------------------------------------------------------------------------

    def reload(self) -> None:
        """(Re)build the list: extra sections, the person's own numbers, then the bundled ones."""
        while (item := self._rows.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self._add_heading(self.tr("Get help now"), tokens.TITLE)
        self._add_text(self.tr(
            "You don't have to go through this alone. The people at these numbers are there "
            "to listen. This app never calls or opens anything itself: copy a number and use "
            "your phone."
        ))
        for section in self._sections:
            self._add_heading(section.title, tokens.HEADING)
            self._add_text(section.body, 1.15)
        if self._helplines is not None:
            self._add_own_lines()
        self._add_bundled_lines()
        self._rows.addStretch(1)

    def _add_own_lines(self) -> None:
        assert self._helplines is not None
        self._add_heading(self.tr("Your own numbers"), tokens.HEADING)
        try:
            own = self._helplines.list()
        except VaultError as error:
            self._add_text(error.message)
            return
        if not own:
            self._add_text(self.tr(
                "You can add your own numbers here: your GP, a local crisis team, a friend."
            ))
        for index, line in enumerate(own):
            self._rows.addWidget(self._own_row(line, index, len(own)))
        assert self.editor is not None
        add = QPushButton(self.tr("Add a number…"))
        add.setAccessibleName(self.tr("Add a number of your own"))
        add.clicked.connect(self.editor.start_adding)
        self._rows.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_bundled_lines(self) -> None:
        if self._bundled is None:
            self._add_text(self.tr(
                "The list of helplines couldn't be read. In an emergency, call your local "
                "emergency number (999 in the UK)."
            ), 1.2)
            return
        self._add_heading(self.tr("Helplines (%s)") % self._bundled.region, tokens.HEADING)
        self._add_text(self.tr("Checked in %s.") % self._bundled.checked_words)
        for line in self._bundled.lines:
            self._rows.addWidget(self._row(line.name, line.contact, line.details, line.copy))

    def _add_heading(self, text: str, factor: float) -> None:
        self._rows.addWidget(heading(text, scale=factor))

    def _add_text(self, text: str, factor: float = 1.1) -> None:
        label = _plain_label(text)
        label.setFont(_scaled_font(self.font(), factor))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._rows.addWidget(label)

    def _row(self, name: str, contact: str, details: str, copy_text: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName("helplineRow")
        outer = QVBoxLayout(frame)
        top = QHBoxLayout()
        texts = QVBoxLayout()
        texts.setSpacing(2)
        title = _plain_label(name)
        title.setFont(_scaled_font(self.font(), tokens.HEADING, bold=True))
        number = _plain_label(contact)
        number.setFont(_scaled_font(self.font(), tokens.TITLE, bold=True))
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(title)
        texts.addWidget(number)
        if details:
            note = _plain_label(details)
            note.setFont(_scaled_font(self.font(), 1.1))
            texts.addWidget(note)
        top.addLayout(texts, 1)
        copy = QPushButton(self.tr("Copy"))
        copy.setAccessibleName(self.tr("Copy %1: %2").replace("%1", name).replace("%2", copy_text))
        copy.setEnabled(bool(copy_text))
        copy.clicked.connect(lambda: self.copy_number(copy_text))
        top.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        return frame

    def _own_row(self, line: Helpline, index: int, count: int) -> QFrame:
        frame = self._row(line.name, line.contact, line.details, line.contact)
        assert self.editor is not None
        editor = self.editor
        actions = QHBoxLayout()
        specs = (
            (self.tr("Change…"), self.tr("Change %s"), True, lambda: editor.start_editing(line)),
            (self.tr("Move up"), self.tr("Move %s up"), index > 0,
             lambda: editor.move_line(line, index - 1)),
            (self.tr("Move down"), self.tr("Move %s down"), index < count - 1,
             lambda: editor.move_line(line, index + 1)),
            (self.tr("Remove"), self.tr("Remove %s"), True, lambda: editor.remove(line)),
        )
        for text, name, enabled, slot in specs:
            button = QPushButton(text)
            button.setAccessibleName(name % line.name)
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        layout = frame.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(actions)
        return frame

    # -- actions ---------------------------------------------------------------------------

    def copy_number(self, text: str) -> None:
        """Put `text` on the clipboard and say so; nothing is dialled or opened."""
        self._clipboard.copy(text)
        self._say(self.tr("Copied %s. You can paste it into your phone.") % text)

    def _say(self, text: str) -> None:
        announce(self, text, self.status)


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
