"""Create a new journal: a passphrase typed twice, gentle words on its strength, a place, and
the region whose helplines Get help now shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from recovery_journal.storage.errors import VaultError
from recovery_journal.ui import tokens
from recovery_journal.ui.announce import announce
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.locked.column import busy_row, reveal, screen_column
from recovery_journal.ui.widgets.buttons import primary_button, secondary_button
from recovery_journal.ui.widgets.heading import heading
from recovery_journal.ui.widgets.labels import message_box_label, paragraph
from recovery_journal.ui.widgets.passphrase import (
    CapsLockWatcher,
    caps_hint,
    passphrase_field,
    strength_label,
    strength_words,
)
from recovery_journal.ui.widgets.region_choice import RegionCombo


class CreateScreen(QWidget):
    """Collects a new passphrase and where the journal file goes; the app does the creating."""

    submitted = Signal()
    back_requested = Signal()
    choose_location_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, settings: AppSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("createScreen")
        self._path = Path()
        column = screen_column(self)
        column.addWidget(heading(self.tr("Create your journal"), scale=tokens.TITLE))
        column.addWidget(paragraph(self.tr(
            "Choose a passphrase to lock your journal. A few words that mean something only "
            "to you work well. Write it down and keep it somewhere safe: if it is forgotten, "
            "it can't be recovered."
        )))

        first_label = QLabel(self.tr("&Passphrase"))
        self.passphrase = passphrase_field(self.tr("New passphrase"))
        first_label.setBuddy(self.passphrase)
        self.strength = strength_label()
        second_label = QLabel(self.tr("Type it &again"))
        self.repeat = passphrase_field(self.tr("New passphrase, again"))
        second_label.setBuddy(self.repeat)
        self.show_text = QCheckBox(self.tr("Show what I type"))
        self.show_text.setAccessibleName(self.tr("Show the passphrase as I type"))
        self.caps_hint = caps_hint(self.tr("Caps Lock seems to be on."))
        CapsLockWatcher(self.passphrase, self.caps_hint)
        CapsLockWatcher(self.repeat, self.caps_hint)
        for widget in (first_label, self.passphrase, self.strength, second_label, self.repeat,
                       self.caps_hint, self.show_text):
            column.addWidget(widget)

        self.location = paragraph("")
        self.choose = secondary_button(
            self.tr("Choose another place…"), self.tr("Choose another place for the journal file")
        )
        column.addSpacing(tokens.SPACE_S)
        column.addWidget(self.location)
        place = QHBoxLayout()
        place.addWidget(self.choose)
        place.addStretch(1)
        column.addLayout(place)
        # The region row is built when the screen is first shown: most starts never show it,
        # and the first window comes up without reading every region's name.
        self._settings = settings
        self._region_slot = QVBoxLayout()
        column.addLayout(self._region_slot)
        self.region: RegionCombo | None = None

        self.message = message_box_label()
        self.message.setAccessibleName(self.tr("Message"))
        column.addWidget(self.message)
        self.busy, _bar = busy_row(self.tr("Creating your journal…"))
        column.addWidget(self.busy)

        self.back = secondary_button(self.tr("Back"), self.tr("Back to the welcome"))
        self.create_button = primary_button(
            self.tr("Create journal"), self.tr("Create the journal")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        column.addSpacing(tokens.SPACE_S)
        column.addLayout(buttons)
        column.addStretch(1)

        self.passphrase.textChanged.connect(self._update_strength)
        self.show_text.toggled.connect(self._toggle_echo)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self.back.clicked.connect(self.back_requested)
        self.choose.clicked.connect(self.choose_location_requested)
        self.setFocusProxy(self.passphrase)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Build the region row the first time the screen is shown."""
        if self._settings is not None and self.region is None:
            self.region = self._region_row(self._region_slot, self._settings)
            QWidget.setTabOrder(self.choose, self.region)  # made last, read where it stands
        super().showEvent(event)

    def _region_row(self, column: QVBoxLayout, settings: AppSettings) -> RegionCombo:
        """Where the person is, pre-set from the system; kept at once, changeable in Settings."""
        region = RegionCombo(settings, self)
        label = QLabel(self.tr("&Region for helplines"))
        label.setBuddy(region)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(region)
        row.addStretch(1)
        column.addSpacing(tokens.SPACE_S)
        column.addLayout(row)
        column.addWidget(paragraph(self.tr(
            "Get help now shows helplines for this region. You can change it at any time."
        )))
        return region

    # -- what the app reads ----------------------------------------------------------------

    def vault_path(self) -> Path:
        return self._path

    def set_vault_path(self, path: Path) -> None:
        """Where the new journal file will be created."""
        self._path = path
        self.location.setText(self.tr("Your journal will be saved as: %s") % path)

    def problem(self) -> str:
        """What stops creating the journal now, in plain words; "" when ready."""
        if not self.passphrase.text():
            return self.tr("Please choose a passphrase first.")
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases aren't the same yet. Please type it again.")
        return ""

    def set_busy(self, busy: bool) -> None:
        """While the journal is being created: block a second attempt, show progress."""
        for field in (self.passphrase, self.repeat):
            field.setReadOnly(busy)
        for button in (self.create_button, self.back, self.choose):
            button.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.message.hide()

    def show_error(self, error: BaseException | str) -> None:
        """Show why the journal wasn't created, and what to do next."""
        if isinstance(error, VaultError):
            text = "\n".join(part for part in (error.message, error.hint) if part)
        elif isinstance(error, str):
            text = error
        else:
            text = self.tr(
                "The journal couldn't be created there. Please try again, or choose another "
                "place."
            )
        self.message.setText(text)
        self.message.show()
        reveal(self.message)
        announce(self, text)

    def clear(self) -> None:
        """Forget both typed passphrases."""
        self.passphrase.clear()
        self.repeat.clear()
        self.show_text.setChecked(False)
        self.message.hide()
        self.caps_hint.hide()

    # -- private -----------------------------------------------------------------------------

    def _submit(self) -> None:
        if self.passphrase.isReadOnly():
            return
        problem = self.problem()
        if problem:
            self.show_error(problem)
            target = self.passphrase if not self.passphrase.text() else self.repeat
            target.selectAll()
            target.setFocus()
            return
        self.submitted.emit()

    def _update_strength(self) -> None:
        # Not the signal's text: the field's line edit holds only masks.
        self.strength.setText(strength_words(self.passphrase.text()))

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(mode)
