"""Settings → Security: change the passphrase, with the journal and its backups re-encrypted.

The change runs on a worker (two key derivations and a re-encryption of the journal and each
backup); the dialog stays modal and can't be closed until it is over, and while it runs the
vault refuses every other thread (`Vault.changing`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.storage.errors import (
    SamePassphraseError,
    VaultError,
    WrongCurrentPassphraseError,
)
from recovery_journal.storage.vault import Vault
from recovery_journal.ui import tokens
from recovery_journal.ui.announce import announce
from recovery_journal.ui.widgets.buttons import mark_main_action, secondary_button
from recovery_journal.ui.widgets.card import Card
from recovery_journal.ui.widgets.dates import friendly_day
from recovery_journal.ui.widgets.labels import message_box_label, paragraph
from recovery_journal.ui.widgets.passphrase import (
    CapsLockWatcher,
    caps_hint,
    passphrase_field,
    strength_label,
    strength_words,
)
from recovery_journal.ui.worker import run_in_background

# (current, new) -> what happened to the copies; raises a VaultError when nothing was changed.
ChangePassphrase = Callable[[str, str], object]


class SecurityCard(Card):
    """The "Security" card on Settings: what the passphrase protects and a way to change it."""

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(self.tr("Security"), parent)
        self._vault = vault
        self._pool = pool
        self.add(paragraph(self.tr(
            "Your journal is locked with your passphrase. Changing it re-encrypts your journal "
            "and its automatic backups, so they all open with the new one."
        )))
        self.change_button = secondary_button(
            self.tr("&Change passphrase…"), self.tr("Change passphrase")
        )
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addStretch(1)
        self.add_layout(row)
        self.change_button.clicked.connect(self.open_dialog)

    def open_dialog(self) -> ChangePassphraseDialog:
        """Show the change-of-passphrase dialog (modal) and return it."""
        dialog = ChangePassphraseDialog(self._change, self.window(), pool=self._pool)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _change(self, current: str, new: str) -> object:
        from recovery_journal.storage.passphrase import change_passphrase

        return change_passphrase(self._vault, current, new)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangePassphraseDialog", text)


def _copy_words(path: Path) -> str:
    from recovery_journal.storage.backups import backup_day

    day = backup_day(path)
    if day is None:
        return _tr("a copy kept beside your journal (%1)").replace("%1", path.name)
    return _tr("the backup of %1").replace("%1", friendly_day(day))


def outcome_words(result: object) -> str:
    """Plain sentences about what a finished change did to the journal and its copies."""
    from recovery_journal.storage.passphrase import PassphraseChanged

    lines = [_tr("Your passphrase is changed, and your journal opened with the new one. "
                 "Use it from now on.")]
    if not isinstance(result, PassphraseChanged):
        return lines[0]
    if len(result.changed) == 1:
        lines.append(_tr("Your backup was changed with it, so it opens with your new "
                         "passphrase too."))
    elif result.changed:
        lines.append(_tr("Your %1 backups were changed with it, so they open with your new "
                         "passphrase too.").replace("%1", str(len(result.changed))))
    if result.left:
        names = "; ".join(_copy_words(path) for path in result.left)
        lines.append(_tr(
            "These couldn't be changed and were left exactly as they were, so they still "
            "need the passphrase they had before (most likely your previous one): %1."
        ).replace("%1", names))
    return "\n\n".join(lines)


class ChangePassphraseDialog(QDialog):
    """Current passphrase once, the new one twice; the change runs off the GUI thread."""

    def __init__(
        self, change: ChangePassphrase, parent: QWidget | None = None,
        *, pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setObjectName("changePassphraseDialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self._change = change
        self._pool = pool
        self._busy = False
        layout = self._layout = QVBoxLayout(self)
        self.intro = paragraph(self.tr(
            "Your journal and its backups will open with the new passphrase. Write it down and "
            "keep it somewhere safe: if it is forgotten, it can't be recovered."
        ))
        layout.addWidget(self.intro)
        self.current = passphrase_field(self.tr("Current passphrase"))
        self.new = passphrase_field(self.tr("New passphrase"))
        self.repeat = passphrase_field(self.tr("New passphrase, again"))
        self.strength = strength_label()
        self.caps_hint = caps_hint(self.tr("Caps Lock seems to be on."))
        self.show_text = QCheckBox(self.tr("&Show what I type"))
        self.show_text.setAccessibleName(self.tr("Show the passphrases as I type"))
        self._fields = (self.current, self.new, self.repeat)
        self.form = QWidget(self)
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        for text, field in zip((self.tr("C&urrent passphrase"), self.tr("&New passphrase"),
                                self.tr("Type the new one &again")), self._fields, strict=True):
            label = QLabel(text)
            label.setBuddy(field)
            if field is not self.current:
                form.addSpacing(tokens.SPACE_S)
            form.addWidget(label)
            form.addWidget(field)
            CapsLockWatcher(field, self.caps_hint)
            if field is self.new:
                form.addWidget(self.strength)
        for widget in (self.caps_hint, self.show_text):
            form.addWidget(widget)
        layout.addWidget(self.form)
        self.message = message_box_label()
        layout.addWidget(self.message)
        self.busy = self._busy_row(self.tr(
            "Changing your passphrase and your backups… This can take a little while; please "
            "keep the app open."))
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox()
        self.change_button = self.buttons.addButton(
            self.tr("&Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.setAccessibleName(self.tr("Change the passphrase"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel, keep the passphrase you have"))
        mark_main_action(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        layout.addStretch(1)

        self.new.textChanged.connect(self._update_strength)
        self.show_text.toggled.connect(self._toggle_echo)
        self.current.returnPressed.connect(self.new.setFocus)
        self.new.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self._submit)
        self.current.setFocus()

    def _busy_row(self, text: str) -> QWidget:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text, row)
        label.setWordWrap(True)
        self.progress = QProgressBar(row)
        self.progress.setRange(0, 0)  # no honest percentage: the steps differ in size
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(text)
        self.progress.setMaximumWidth(160)
        line.addWidget(label, 1)
        line.addWidget(self.progress)
        row.hide()
        return row

    @property
    def is_busy(self) -> bool:
        """True while the change runs; the dialog can't be closed then."""
        return self._busy

    def problem(self) -> tuple[str, QLineEdit | None]:
        """What stops the change now, in plain words, and the field to fix ("" when ready)."""
        current, new, repeat = (field.text() for field in self._fields)
        if not current:
            return self.tr("Please type your current passphrase."), self.current
        if not new:
            return self.tr("Please choose a new passphrase."), self.new
        if new != repeat:
            return (self.tr("The two new passphrases aren't the same yet. Please type the new "
                            "one again."), self.repeat)
        if unicodedata.normalize("NFC", new) == unicodedata.normalize("NFC", current):
            return (self.tr("The new passphrase is the same as the one you have now. Please "
                            "choose a different one."), self.new)
        return "", None

    def _submit(self) -> None:
        if self._busy:
            return
        problem, field = self.problem()
        if field is not None:
            self._say(problem, field)
            return
        self._set_busy(True)
        change, current, new = self._change, self.current.text(), self.new.text()
        # The task belongs to the application: a lock that deletes this dialog mid-change
        # must not take the worker's report with it.
        parent = QCoreApplication.instance() or self
        run_in_background(lambda: change(current, new), parent, self._if_alive(self._changed),
                          self._if_alive(self._failed), self._pool)

    def _if_alive(self, slot: Callable[[object], None]) -> Callable[[object], None]:
        def call(value: object) -> None:
            if shiboken6.isValid(self):
                slot(value)
        return call

    def _changed(self, result: object) -> None:
        self._set_busy(False)
        self._clear_fields()
        self.form.hide()
        self.intro.hide()
        self.change_button.hide()
        self.cancel_button.setText(self.tr("&Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self._say(outcome_words(result), self.cancel_button)
        self._fit(shrink=True)  # the form is gone: no empty space where it was

    def _failed(self, error: object) -> None:
        self._set_busy(False)
        if isinstance(error, WrongCurrentPassphraseError):
            self.current.clear()
            self._say(self.tr("That isn't the passphrase your journal has now, so nothing was "
                              "changed. Check Caps Lock and type it again."), self.current)
        elif isinstance(error, SamePassphraseError):
            self._say(self.tr("The new passphrase is the same as the one you have now. Please "
                              "choose a different one."), self.new)
        elif isinstance(error, VaultError):
            self._say("\n".join(p for p in (error.message, error.hint) if p), self.current)
        else:
            self._say(self.tr(
                "Something unexpected got in the way. Your journal is safe: if the new "
                "passphrase doesn't open it next time, your previous one will."), self.current)

    def _say(self, text: str, focus: QWidget) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()
        announce(self.message, text)
        self._fit()
        if isinstance(focus, QLineEdit):
            focus.selectAll()
        focus.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.form.setEnabled(not busy)
        for button in (self.change_button, self.cancel_button):
            button.setEnabled(not busy)
        self.busy.setVisible(busy)
        self._fit()
        if busy:
            self.message.hide()
            self.progress.setFocus()
            announce(self.progress, self.progress.accessibleName())

    def _update_strength(self) -> None:
        # Not the signal's text: the field's line edit holds only masks.
        self.strength.setText(strength_words(self.new.text()))
        self._fit()

    def _fit(self, *, shrink: bool = False) -> None:
        """Grow to what the wrapped words need now (a message, a longer strength note), so
        nothing is squeezed at large text; shrink only when asked."""
        layout = self._layout
        layout.activate()
        if layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(self.width())
        else:
            need = layout.totalSizeHint().height()
        if need > self.height() or shrink:
            self.resize(self.width(), need)

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in self._fields:
            field.setEchoMode(mode)

    def _clear_fields(self) -> None:
        for field in self._fields:
            field.clear()
        self.show_text.setChecked(False)
        self.strength.clear()
        self.caps_hint.hide()

    # -- closing: never while the change runs, and nothing typed is kept -------------------

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def done(self, result: int) -> None:
        if self._busy:
            return
        self._clear_fields()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._busy:
            event.ignore()
            return
        self._clear_fields()
        super().closeEvent(event)

