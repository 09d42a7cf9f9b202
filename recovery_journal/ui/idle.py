"""The two clocks of an unlocked journal: auto-lock after idle time, and the daily reminder.

The idle watcher sees every key press, click and scroll in the application (an event filter on
the QApplication), so typing in any window or dialog keeps the journal open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from recovery_journal.storage.errors import VaultError

if TYPE_CHECKING:
    from recovery_journal.storage.settings import Settings

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


def _parse_time(text: str) -> time:
    try:
        hours, minutes = (int(part) for part in text.split(":"))
        return time(hours, minutes)
    except ValueError:
        return time(20, 0)


class DailyReminder(QObject):
    """At most once a day, after the chosen time, emits `due` (only if the person turned it on).

    It stores the day it was last shown in the vault's settings, so a restart doesn't repeat it.
    """

    due = Signal()

    def __init__(
        self, settings: Settings, now: Callable[[], datetime] = datetime.now,
        interval_ms: int = 60_000, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._now = now
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Check now and then every interval."""
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> bool:
        """Emit `due` if the reminder is on, its time has come and it wasn't shown today."""
        try:
            if not self._settings.get("reminder_enabled"):
                return False
            now = self._now()
            today = now.date().isoformat()
            if self._settings.get("reminder_last_shown") == today:
                return False
            if now.time() < _parse_time(self._settings.get("reminder_time")):
                return False
            self._settings.set("reminder_last_shown", today)
        except VaultError:
            return False  # the journal was locked or busy; the next check tries again
        self.due.emit()
        return True
