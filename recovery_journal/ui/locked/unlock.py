"""The unlock screen: a passphrase, a Caps Lock hint, and calm words for every vault error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from recovery_journal.storage.errors import VaultError
from recovery_journal.ui import tokens
from recovery_journal.ui.announce import announce
from recovery_journal.ui.locked.column import busy_row, reveal, screen_column
from recovery_journal.ui.widgets.buttons import primary_button, secondary_button
from recovery_journal.ui.widgets.heading import heading
from recovery_journal.ui.widgets.labels import message_box_label, paragraph
from recovery_journal.ui.widgets.passphrase import CapsLockWatcher, caps_hint, passphrase_field


class UnlockScreen(QWidget):
    """Asks for the passphrase of one journal file; the app opens the vault off the GUI thread."""

    unlock_requested = Signal()
    open_other_requested = Signal()
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        column = screen_column(self)
        column.addWidget(heading(self.tr("Your journal is locked"), scale=tokens.TITLE))
        self.location = paragraph("")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.location)
        self.notice = paragraph("")
        self.notice.hide()
        column.addWidget(self.notice)

        label = QLabel(self.tr("&Passphrase"))
        self.passphrase = passphrase_field(self.tr("Passphrase"))
        label.setBuddy(self.passphrase)
        self.show_text = QCheckBox(self.tr("Show what I type"))
        self.show_text.setAccessibleName(self.tr("Show the passphrase as I type"))
        self.show_text.toggled.connect(self._toggle_echo)
        self.caps_hint = caps_hint(self.tr("Caps Lock seems to be on."))
        CapsLockWatcher(self.passphrase, self.caps_hint)
        column.addWidget(label)
        column.addWidget(self.passphrase)
        column.addWidget(self.caps_hint)
        column.addWidget(self.show_text)

        self.message = message_box_label()
        self.message.setAccessibleName(self.tr("Message"))
        column.addWidget(self.message)
        self.busy, self._bar = busy_row(self.tr("Unlocking…"))
        column.addWidget(self.busy)

        self.unlock_button = primary_button(self.tr("Unlock"), self.tr("Unlock the journal"))
        self.open_other = secondary_button(
            self.tr("Open a different journal…"), self.tr("Open a different journal file")
        )
        self.create_new = secondary_button(
            self.tr("Create a new journal…"), self.tr("Create a new journal")
        )
        row = QHBoxLayout()
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        column.addLayout(row)
        others = QHBoxLayout()
        others.addWidget(self.open_other)
        others.addWidget(self.create_new)
        others.addStretch(1)
        column.addSpacing(tokens.SPACE_M)
        column.addLayout(others)
        column.addStretch(1)

        self.passphrase.returnPressed.connect(self._request)
        self.unlock_button.clicked.connect(self._request)
        self.open_other.clicked.connect(self.open_other_requested)
        self.create_new.clicked.connect(self.create_requested)
        self.setFocusProxy(self.passphrase)

    def set_vault_path(self, path: Path) -> None:
        """Show which journal file this screen unlocks."""
        self.location.setText(self.tr("Journal file: %s") % path)

    def set_notice(self, text: str) -> None:
        """A calm note above the field (for example, why the journal locked itself)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        """While unlocking: keep focus in place, block a second attempt, show progress."""
        self.passphrase.setReadOnly(busy)
        for button in (self.unlock_button, self.open_other, self.create_new):
            button.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.message.hide()
        else:
            self.passphrase.setFocus()

    def show_error(self, error: BaseException) -> None:
        """Show what went wrong in plain words, and what to do next."""
        if isinstance(error, VaultError):
            text = "\n".join(part for part in (error.message, error.hint) if part)
        else:
            text = self.tr(
                "Something unexpected got in the way of opening the journal. Nothing was "
                "changed. Please try again."
            )
        self.message.setText(text)
        self.message.show()
        reveal(self.message)
        announce(self, text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def clear(self) -> None:
        """Forget the typed passphrase and any message."""
        self.passphrase.clear()
        self.show_text.setChecked(False)
        self.message.clear()
        self.message.hide()
        self.caps_hint.hide()

    def _request(self) -> None:
        if not self.passphrase.isReadOnly():
            self.unlock_requested.emit()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
