"""Lock when the person walks away: the screen locks, the computer sleeps, the window is minimised.

Each is a choice in Settings → Privacy, kept in AppSettings so it works while the journal is
locked. The locking itself is the window's usual lock: drafts kept, no personal text left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from recovery_journal.ui.app_settings import AppSettings

if TYPE_CHECKING:
    # run_app makes one after the first window is up, so QtDBus doesn't slow the start.
    from recovery_journal.ui.session_watch import SessionWatch

WALK_AWAY_NOTICE = QT_TRANSLATE_NOOP(
    "WalkAway", "Your journal locked itself when the screen locked or the computer went to "
    "sleep. Anything you were typing was kept safely and will be back when you unlock."
)
MINIMISED_NOTICE = QT_TRANSLATE_NOOP(
    "WalkAway", "Your journal locked itself when its window was minimised. Anything you were "
    "typing was kept safely and will be back when you unlock."
)

# Called with the reason ("screen", "sleep" or "minimised") and the notice to show on unlock.
LockAway = Callable[[str, str], None]
MINIMISED = "minimised"


def _tr(text: object) -> str:
    return QCoreApplication.translate("WalkAway", str(text))


class WalkAwayLock(QObject):
    """Turns the session watch's signals and minimising the window into a lock, if chosen."""

    def __init__(self, window: QWidget, settings: AppSettings, lock: LockAway) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._lock = lock
        self.watch: SessionWatch | None = None
        window.installEventFilter(self)

    def listen(self, watch: SessionWatch) -> None:
        """Lock when `watch` hears the screen lock or the computer going to sleep."""
        self.watch = watch
        watch.setParent(self)
        watch.lock_requested.connect(self._walked_away)

    def _walked_away(self, reason: str) -> None:
        if self._settings.lock_on_screen_lock():
            self._lock(reason, _tr(WALK_AWAY_NOTICE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self._window and event.type() == QEvent.Type.WindowStateChange
            and self._window.isMinimized() and self._settings.lock_on_minimise()
        ):
            # After the state change is done: locking swaps the window's screens.
            QTimer.singleShot(0, self, self._minimised)
        return False

    def _minimised(self) -> None:
        if self._window.isMinimized():
            self._lock(MINIMISED, _tr(MINIMISED_NOTICE))
