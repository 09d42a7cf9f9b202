"""Hear when the person walks away: the screen locks or the computer is about to sleep.

Listens over D-Bus (Qt's own module, no other dependency) for logind's `PrepareForSleep` and
session `Lock`, and for the `ActiveChanged` signal of the freedesktop, GNOME, KDE, MATE and
Cinnamon screensavers. Signals are matched by name, so nothing needs to be running when the
watch starts; a missing bus is simply not listened to. Before sleep, a logind "delay" inhibitor
is held so the journal is locked before the machine sleeps, and let go once it is.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCall,
    QDBusPendingCallWatcher,
)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
SESSION_PATH_PREFIX = "/org/freedesktop/login1/session/"

# (path, interface) of every screensaver that announces ActiveChanged(bool) on the session bus.
SCREENSAVERS: tuple[tuple[str, str], ...] = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE Plasma
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
)

INHIBITOR_WHO = "Journal"
INHIBITOR_WHY = "Locks before sleep"

SCREEN = "screen"
SLEEP = "sleep"


def session_object_path(session_id: str) -> str:
    """logind's object path for a session id, escaped as sd-bus does ("2" -> ".../_32")."""
    escaped = "".join(
        char if char.isascii() and char.isalnum() and not (i == 0 and char.isdigit())
        else f"_{ord(char):02x}"
        for i, char in enumerate(session_id)
    )
    return SESSION_PATH_PREFIX + (escaped or "_")


class SessionWatch(QObject):
    """Emits `lock_requested(reason)` ("screen" or "sleep") when the person walks away."""

    lock_requested = Signal(str)

    def __init__(
        self, system_bus: QDBusConnection | None, session_bus: QDBusConnection | None, *,
        environ: Mapping[str, str] | None = None, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._system = system_bus if system_bus is not None and system_bus.isConnected() else None
        self._session = (
            session_bus if session_bus is not None and session_bus.isConnected() else None
        )
        self._inhibitor: object | None = None
        self._pending: QDBusPendingCallWatcher | None = None
        self.listening: list[str] = []
        env = os.environ if environ is None else environ
        if self._system is not None:
            self._listen(self._system, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep",
                         "_prepare_for_sleep(bool)")
            session_id = env.get("XDG_SESSION_ID", "")
            if session_id:
                self._listen(self._system, session_object_path(session_id), LOGIN1_SESSION,
                             "Lock", "_session_lock()")
            self.take_sleep_delay()
        if self._session is not None:
            for path, interface in SCREENSAVERS:
                self._listen(self._session, path, interface, "ActiveChanged",
                             "_screensaver_changed(bool)")

    @classmethod
    def on_desktop_buses(cls, parent: QObject | None = None) -> SessionWatch:
        """A watch on the real system and session buses (either may be missing)."""
        return cls(QDBusConnection.systemBus(), QDBusConnection.sessionBus(), parent=parent)

    def _listen(
        self, bus: QDBusConnection, path: str, interface: str, name: str, slot: str
    ) -> None:
        # An empty service matches the signal whoever sends it, running now or started later.
        # PySide wants SLOT()'s text here, though its stubs say bytes (bytes are refused).
        if bus.connect("", path, interface, name, self, SLOT(slot)):  # type: ignore[call-overload]
            self.listening.append(f"{interface}.{name}@{path}")

    # -- what the desktop says ---------------------------------------------------------------

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit(SLEEP)
            self.release_sleep_delay()  # locked (slots ran synchronously): sleep may go on
        else:
            self.take_sleep_delay()  # awake again: ask to be told before the next sleep

    @Slot()
    def _session_lock(self) -> None:
        self.lock_requested.emit(SCREEN)

    @Slot(bool)
    def _screensaver_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit(SCREEN)

    # -- logind's delay inhibitor ------------------------------------------------------------

    @property
    def holds_sleep_delay(self) -> bool:
        """Whether logind is holding sleep back until the journal is locked."""
        return self._inhibitor is not None

    def take_sleep_delay(self) -> None:
        """Ask logind (without waiting) to delay sleep until the journal has locked."""
        if self._system is None or self._inhibitor is not None or self._pending is not None:
            return
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "Inhibit")
        # Every user of the computer can list inhibitors: the words say nothing about recovery.
        call.setArguments(["sleep", INHIBITOR_WHO, INHIBITOR_WHY, "delay"])
        pending: QDBusPendingCall = self._system.asyncCall(call, 5_000)
        watcher = QDBusPendingCallWatcher(pending, self)
        watcher.finished.connect(self._sleep_delay_answered)
        self._pending = watcher

    def _sleep_delay_answered(self, watcher: QDBusPendingCallWatcher) -> None:
        self._pending = None
        reply = watcher.reply()
        watcher.deleteLater()
        # No logind (a container, another OS) is an error reply: sleep still locks, just unheld.
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            # The descriptor (PySide hands it over wrapped) stays open while this holds it.
            self._inhibitor = reply.arguments()[0]

    def release_sleep_delay(self) -> None:
        """Let logind go on to sleep: the inhibitor ends when its descriptor is closed."""
        # QDBusUnixFileDescriptor owns its own copy and closes it when the last reference goes.
        self._inhibitor = None
