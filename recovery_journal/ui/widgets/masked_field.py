"""A password field whose line edit only ever holds mask characters; the passphrase stays here.

Why: Qt's line edit tells the accessibility bus about every character it inserts or removes
(AT-SPI `object:text-changed` events, what a screen reader listens to), whatever its echo mode:
QWidgetLineControl sends QAccessibleTextInsertEvent with the typed text itself. PySide6 can't
replace that handler, so the real characters never reach the line edit at all: every way text
comes in (keys, paste, middle-click, drop, input method) hands it a mask of the same length, and
the passphrase is kept in this object. Qt still does all the editing (cursor, selection,
Backspace, Delete, Ctrl+K, undo, which clears a password field), on masks; after each change
`_sync` applies the same change to the passphrase. A screen reader still hears a password
field, its name and one "•" for each character typed.

"Show what I type" (echo mode Normal) puts the passphrase itself in the line edit, so it is on
screen, and a screen reader reads it too: the person chose to reveal it. Hiding it again puts
masks back. `textChanged` and `textEdited` carry what the line edit holds (masks while hidden):
read `text()`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QClipboard,
    QContextMenuEvent,
    QDropEvent,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import QLineEdit, QWidget

MASK = "\u2022"  # what GTK's password fields send too: a screen reader says "bullet"


def _typed_text(event: QKeyEvent) -> str:
    """The text a key press would insert, as Qt decides it: printable, and Ctrl not held
    (Ctrl+Alt is AltGr on some keyboards); "" for keys that edit, move or are shortcuts."""
    text = event.text()
    modifiers = event.modifiers()
    ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    if not text or not text.isprintable() or (ctrl and not alt):
        return ""
    return text


class PassphraseField(QLineEdit):
    """A password-mode line edit that keeps the passphrase off the accessibility bus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._secret = ""
        self._pending: str | None = None  # real text of the insertion Qt is making now
        self._syncing = False
        super().setEchoMode(QLineEdit.EchoMode.Password)
        # Connected first, so every other slot already sees the changed passphrase in text().
        self.textChanged.connect(self._sync)

    # -- what callers use ------------------------------------------------------------------

    def text(self) -> str:
        """The passphrase as typed (the line edit itself holds only masks while hidden)."""
        return self._secret

    def selectedText(self) -> str:  # noqa: N802 - Qt's name
        """The selected part of the passphrase."""
        start = self.selectionStart()
        return self._secret[start:start + self.selectionLength()] if start >= 0 else ""

    def setText(self, text: str | None) -> None:  # noqa: N802 - Qt's name
        """Replace the passphrase; the line edit gets masks unless it is shown."""
        text = text or ""
        self._secret = text
        self._show(text if self._revealed() else MASK * len(text))

    def clear(self) -> None:
        """Forget the passphrase."""
        self.setText("")

    def insert(self, text: str) -> None:
        """Insert at the cursor, over any selection, as typing would."""
        if self._revealed():
            super().insert(text)
            return
        self._pending = text
        try:
            super().insert(MASK * len(text))
        finally:
            self._pending = None

    def paste(self) -> None:
        """Paste the clipboard's text at the cursor."""
        self._paste(QClipboard.Mode.Clipboard)

    def setEchoMode(self, mode: QLineEdit.EchoMode) -> None:  # noqa: N802 - Qt's name
        """Password (masks) or Normal ("Show what I type": the passphrase itself)."""
        revealed = mode == QLineEdit.EchoMode.Normal
        if revealed != self._revealed():
            cursor = self.cursorPosition()
            if revealed:
                super().setEchoMode(mode)
                self._show(self._secret)
            else:
                # Masks first, so the passphrase is never held while hidden.
                self._show(MASK * len(self._secret))
                super().setEchoMode(mode)
            self.setCursorPosition(cursor)
            return
        super().setEchoMode(mode)

    # -- where text comes in ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self._revealed():
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self._paste(QClipboard.Mode.Clipboard)
            event.accept()
            return
        text = _typed_text(event)
        if not text:
            super().keyPressEvent(event)  # a key that edits or moves, not one that types
            return
        masked = QKeyEvent(
            event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
            event.nativeVirtualKey(), event.nativeModifiers(), MASK * len(text),
            event.isAutoRepeat(), event.count(),
        )
        self._pending = text
        try:
            super().keyPressEvent(masked)
        finally:
            self._pending = None
        event.setAccepted(masked.isAccepted())

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt's name
        if self._revealed():
            super().inputMethodEvent(event)
            return
        commit = event.commitString()
        masked = QInputMethodEvent(MASK * len(event.preeditString()), event.attributes())
        masked.setCommitString(
            MASK * len(commit), event.replacementStart(), event.replacementLength())
        self._pending = commit or None
        try:
            super().inputMethodEvent(masked)
        finally:
            self._pending = None
        event.setAccepted(masked.isAccepted())

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        if self._revealed():
            super().dropEvent(event)
            return
        data = event.mimeData()
        if self.isReadOnly() or not data.hasText():
            event.ignore()
            return
        self.deselect()
        self.setCursorPosition(self.cursorPositionAt(event.position().toPoint()))
        self.insert(data.text())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        event.acceptProposedAction()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        middle = event.button() == Qt.MouseButton.MiddleButton
        if middle and not self._revealed():
            # X11's "paste the selection" click; Qt's own would insert it as it is.
            if QGuiApplication.clipboard().supportsSelection() and self.rect().contains(
                    event.position().toPoint()):
                self._paste(QClipboard.Mode.Selection)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        menu = self.createStandardContextMenu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in menu.actions():
            if action.objectName() == "edit-paste" and not self._revealed():
                action.triggered.disconnect()
                action.triggered.connect(self.paste)
        menu.popup(event.globalPos())

    # -- keeping the passphrase in step --------------------------------------------------------

    def _revealed(self) -> bool:
        return self.echoMode() == QLineEdit.EchoMode.Normal

    def _paste(self, mode: QClipboard.Mode) -> None:
        if self.isReadOnly():
            return
        text = QGuiApplication.clipboard().text(mode)
        if text or self.hasSelectedText():
            self.insert(text)

    def _show(self, shown: str) -> None:
        """Put `shown` in the line edit without taking it for a change of the passphrase."""
        self._syncing = True
        try:
            super().setText(shown)
        finally:
            self._syncing = False

    def _sync(self, shown: str) -> None:
        """Apply the change Qt just made to the masks to the passphrase itself."""
        if self._syncing:
            return
        if self._revealed():
            self._secret = shown
            return
        before, cursor = len(self._secret), self.cursorPosition()
        pending, self._pending = self._pending, None
        # Qt put len(pending) masks over the selection (or at the cursor) and moved past them.
        start = cursor - len(pending or "")
        removed = before - len(shown) + len(pending or "")
        if pending is not None and start >= 0 and 0 <= removed <= before - start:
            self._secret = self._secret[:start] + pending + self._secret[start + removed:]
        elif set(shown) <= {MASK} and len(shown) <= before:
            # Backspace, Delete, Ctrl+K, cut, undo (which clears): the cursor is where it was cut.
            self._secret = self._secret[:cursor] + self._secret[cursor + before - len(shown):]
        else:
            self._take_unmasked(shown, before)

    def _take_unmasked(self, shown: str, before: int) -> None:
        """Text that came in by a way not masked above: keep it, and mask it at once."""
        real = [i for i, char in enumerate(shown) if char != MASK]
        if real:
            start, end = real[0], real[-1] + 1
            removed = before - len(shown) + (end - start)
            self._secret = self._secret[:start] + shown[start:end] + self._secret[start + removed:]
        cursor = self.cursorPosition()
        self._show(MASK * len(self._secret))
        self.setCursorPosition(min(cursor, len(self._secret)))
