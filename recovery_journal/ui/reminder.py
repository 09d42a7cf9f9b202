"""The daily check-in reminder: the clock that says when it is due, and the banner above the pages
with one generic line, Go to Today and Not now."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

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


class RememberedReminder:
    """The reminder's three settings, copied from the vault when it locks and kept in memory only,
    so the reminder still comes while the journal is locked (for instance, closed to the tray)."""

    def __init__(self, settings: Settings, vault_path: Path) -> None:
        self.vault_path = vault_path
        self._enabled = settings.get("reminder_enabled")
        self._time = settings.get("reminder_time")
        self.last_shown = settings.get("reminder_last_shown")

    @overload
    def get(self, key: Literal["reminder_enabled"]) -> bool: ...
    @overload
    def get(self, key: Literal["reminder_time", "reminder_last_shown"]) -> str: ...

    def get(self, key: str) -> bool | str:
        """The value the vault held at lock (the day last shown as it is now)."""
        values: dict[str, bool | str] = {
            "reminder_enabled": self._enabled, "reminder_time": self._time,
            "reminder_last_shown": self.last_shown,
        }
        return values[key]

    def set(self, key: Literal["reminder_last_shown"], value: str) -> None:
        """Remember the day it was shown; the vault hears of it at the next unlock."""
        self.last_shown = value

    def carry_over(self, settings: Settings, vault_path: Path) -> None:
        """At unlock: a reminder shown while locked is not shown again that day."""
        if vault_path == self.vault_path and self.last_shown > settings.get("reminder_last_shown"):
            settings.set("reminder_last_shown", self.last_shown)


class DailyReminder(QObject):
    """At most once a day, after the chosen time, emits `due` (only if the person turned it on).

    It stores the day it was last shown in the vault's settings, so a restart doesn't repeat it.
    """

    due = Signal()

    def __init__(
        self, settings: Settings | RememberedReminder,
        now: Callable[[], datetime] = datetime.now,
        interval_ms: int = 60_000, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
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
            if not self.settings.get("reminder_enabled"):
                return False
            now = self._now()
            today = now.date().isoformat()
            if self.settings.get("reminder_last_shown") == today:
                return False
            if now.time() < _parse_time(self.settings.get("reminder_time")):
                return False
            self.settings.set("reminder_last_shown", today)
        except VaultError:
            return False  # the journal was locked or busy; the next check tries again
        self.due.emit()
        return True


class ReminderClock(QObject):
    """The daily reminder across lock and unlock: it reads the vault while the journal is open and
    an in-memory copy of its settings while locked, so it still comes from the tray."""

    due = Signal()

    def __init__(
        self, now: Callable[[], datetime] = datetime.now, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self.reminder: DailyReminder | None = None

    def follow_vault(self, settings: Settings, vault_path: Path) -> None:
        """At unlock: count from the vault, keeping a day already reminded while locked."""
        remembered = self.stop()
        if remembered is not None:
            # If the vault can't take it, at worst the reminder comes once more today.
            with contextlib.suppress(VaultError):
                remembered.carry_over(settings, vault_path)
        self._start(settings)

    def follow_memory(self, settings: Settings, vault_path: Path) -> None:
        """At lock (before the vault closes): carry on from a copy, if the reminder is on."""
        self.stop()
        try:
            remembered = RememberedReminder(settings, vault_path)
        except VaultError:
            return
        if remembered.get("reminder_enabled"):
            self._start(remembered)

    def _start(self, settings: Settings | RememberedReminder) -> None:
        self.reminder = DailyReminder(settings, self._now, parent=self)
        self.reminder.due.connect(self.due)
        self.reminder.start()

    def stop(self) -> RememberedReminder | None:
        """Stop counting; returns the in-memory copy it was using while locked, if any."""
        reminder, self.reminder = self.reminder, None
        if reminder is None:
            return None
        reminder.stop()
        reminder.deleteLater()
        kept = reminder.settings
        return kept if isinstance(kept, RememberedReminder) else None
