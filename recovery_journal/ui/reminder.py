"""The daily check-in reminder: the clock that says when it is due, and the banner above the pages
with one generic line, Go to Today and Not now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from recovery_journal.storage.errors import VaultError

if TYPE_CHECKING:
    from recovery_journal.storage.settings import Settings


def _tr(text: str) -> str:
    # The main window's context: these words were the window's before they moved here.
    return QCoreApplication.translate("MainWindow", text)


class ReminderBanner(QFrame):
    """Hidden until shown; either button hides it again. The text never names anything personal."""

    go_to_today = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        row = QHBoxLayout(self)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        to_today = QPushButton(_tr("Go to Today"))
        to_today.setAccessibleName(_tr("Go to Today for a check-in"))
        to_today.clicked.connect(lambda: self.go_to_today.emit())
        to_today.clicked.connect(self.hide)
        dismiss = QPushButton(_tr("Not now"))
        dismiss.setAccessibleName(_tr("Close the reminder"))
        dismiss.clicked.connect(self.hide)
        row.addWidget(self.label, 1)
        row.addWidget(to_today)
        row.addWidget(dismiss)
        self.hide()


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
