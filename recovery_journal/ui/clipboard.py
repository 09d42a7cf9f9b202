"""The one owner of what the app puts on the clipboard: cleared on lock and after a while.

A copied number or text stays on the system clipboard after the journal locks unless the app
takes it back. The guard remembers what it put there and clears it on lock and after a short
time, but only while the clipboard still holds exactly that: something the person copied
elsewhere since is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 60_000


class ClipboardGuard(QObject):
    """Puts text on the clipboard for the app and takes it back later; see the module note."""

    def __init__(
        self, clipboard: QClipboard | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        """Put `text` on the clipboard; it is taken back after the timeout or on lock."""
        self._clipboard.setText(text)
        self._ours = text
        self._timer.start()

    def holds_ours(self) -> bool:
        """True while the clipboard still holds what the app put there."""
        return self._ours is not None and self._clipboard.text() == self._ours

    def clear(self) -> None:
        """Empty the clipboard if it still holds what the app put there; forget it either way."""
        self._timer.stop()
        if self.holds_ours():
            self._clipboard.clear()
        self._ours = None
