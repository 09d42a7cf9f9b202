"""Auto-lock: the clock that locks an unlocked journal after a quiet while.

The idle watcher sees every key press, click and scroll in the application (an event filter on
the QApplication), so typing in any window or dialog keeps the journal open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without input; 0 turns it off."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._timeout_ms = 0
        self._watching = False
        self.set_timeout_ms(timeout_ms)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time in minutes (0 = never lock by itself)."""
        self.set_timeout_ms(max(0, int(minutes)) * 60_000)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """Change the idle time in milliseconds and start counting again."""
        self._timeout_ms = max(0, int(timeout_ms))
        self._restart()

    def start(self) -> None:
        """Begin watching input in the whole application."""
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self._restart()

    def stop(self) -> None:
        """Stop watching; nothing fires until `start` is called again."""
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY:
            self._restart()
        return False

    def _restart(self) -> None:
        if self._watching and self._timeout_ms > 0:
            self._timer.start(self._timeout_ms)
        else:
            self._timer.stop()
