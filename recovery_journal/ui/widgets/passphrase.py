"""The passphrase field, its Caps Lock hint and the words on its strength, shared by the locked
screens, the data dialogs and the change of passphrase in Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit

from recovery_journal.ui.announce import announce
from recovery_journal.ui.widgets.labels import paragraph
from recovery_journal.ui.widgets.masked_field import PassphraseField


def caps_lock_guess(event: QKeyEvent) -> bool | None:
    """True if a typed letter shows Caps Lock on, False if off, None if the key can't tell.

    Qt can't read Caps Lock directly, so compare the letter's case with the Shift key.
    """
    text = event.text()
    if len(text) != 1 or text.lower() == text.upper():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class CapsLockWatcher(QObject):
    """Shows `hint` while typed letters suggest Caps Lock is on."""

    def __init__(self, field: QLineEdit, hint: QLabel) -> None:
        super().__init__(field)
        self._hint = hint
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            guess = caps_lock_guess(event)
            if guess is not None and guess == self._hint.isHidden():
                self._hint.setVisible(guess)
                if guess:
                    announce(self._hint, self._hint.text())
        return False


def passphrase_field(accessible_name: str) -> PassphraseField:
    """A password field that keeps the passphrase off the accessibility bus and out of
    input-method history; read it with `text()` (its `textChanged` carries only masks)."""
    field = PassphraseField()
    field.setAccessibleName(accessible_name)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


def caps_hint(text: str) -> QLabel:
    """The (hidden) "Caps Lock seems to be on" note."""
    label = QLabel(text)
    label.setAccessibleName(label.text())
    label.hide()
    return label


def strength_words(passphrase: str) -> str:
    """Encouraging words about a passphrase's strength; never a grade, never a warning colour."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("CreateScreen", text)

    if not passphrase:
        return ""
    words = len(passphrase.split())
    if len(passphrase) >= 20 or (words >= 4 and len(passphrase) >= 16):
        return tr("That looks like a strong passphrase.")
    if len(passphrase) >= 12:
        return tr("A good length. One more word would make it even harder to guess.")
    if len(passphrase) >= 8:
        return tr("A start. Adding a word or two would make it harder to guess.")
    return tr(
        "This is quite short. A few unrelated words, like a small sentence only you would "
        "make up, are easy to remember and hard to guess."
    )


def strength_label() -> QLabel:
    """The paragraph that shows `strength_words` for the passphrase being chosen."""
    label = paragraph("")
    label.setAccessibleName(
        QCoreApplication.translate("CreateScreen", "How strong the passphrase is"))
    return label
