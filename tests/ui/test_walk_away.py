"""Locking when the person walks away: screen lock and sleep signals on a private D-Bus, minimise.

Each test starts its own `dbus-daemon --session` and plays both the system and the session bus
on it, so nothing on the machine running the tests is listened to or disturbed.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusUnixFileDescriptor,
    QDBusVirtualObject,
)
from pytestqt.qtbot import QtBot

from recovery_journal.storage.vault import Vault
from recovery_journal.ui.app import AppController
from recovery_journal.ui.session_watch import SessionWatch, session_object_path
from recovery_journal.ui.today.page import TodayPage
from recovery_journal.ui.walk_away import MINIMISED_NOTICE, WALK_AWAY_NOTICE
from tests.conftest import PASSPHRASE
from tests.ui.audit import press, shows_text, start_app, type_text, unlock

MARKER = "quince-harbour-8812"
SESSION_ID = "c2"


@dataclass
class PrivateBus:
    """One private bus daemon, a connection the app listens on and one that sends signals."""

    listener: QDBusConnection
    sender: QDBusConnection

    def emit(self, path: str, interface: str, name: str, *args: object) -> None:
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments(list(args))
        assert self.sender.send(message)

    def watch(self) -> SessionWatch:
        """A watch that takes this bus for both the system and the session bus."""
        return SessionWatch(self.listener, self.listener, environ={"XDG_SESSION_ID": SESSION_ID})


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[PrivateBus]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed, so there is no private bus to test on")
    process = subprocess.Popen(
        [daemon, "--session", "--print-address", "--nofork"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    names = (f"listener-{id(tmp_path)}", f"sender-{id(tmp_path)}")
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()  # ends when the daemon is ready or dies
        assert address, "dbus-daemon did not start"
        listener = QDBusConnection.connectToBus(address, names[0])
        sender = QDBusConnection.connectToBus(address, names[1])
        assert listener.isConnected() and sender.isConnected()
        yield PrivateBus(listener, sender)
    finally:
        for name in names:
            QDBusConnection.disconnectFromBus(name)
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def _unlocked(qtbot: QtBot, tmp_path: Path, vault_path: Path, **kwargs: object) -> AppController:
    controller = start_app(qtbot, tmp_path, vault_path, **kwargs)  # type: ignore[arg-type]
    unlock(qtbot, controller)
    return controller


def _type_marker(controller: AppController) -> None:
    page = controller.window.page("today")
    assert isinstance(page, TodayPage)
    page.note.setFocus()
    type_text(page.note, MARKER)
    assert shows_text(MARKER)


def _assert_locked_and_clean(controller: AppController, vault: Vault) -> None:
    window = controller.window
    assert not window.is_unlocked and window.built_pages == {}
    assert not vault.is_open
    assert window.undo_stack.count() == 0
    assert not shows_text(MARKER)
    assert window.locked_area.currentWidget() is controller.unlock


@pytest.fixture
def vault_path(make_vault: Callable[..., Vault]) -> Path:
    vault = make_vault()
    vault.close()
    return vault.path


SIGNALS = {
    "freedesktop screensaver": ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                                "ActiveChanged", True),
    "KDE screensaver": ("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True),
    "GNOME screensaver": ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver",
                          "ActiveChanged", True),
    "logind session lock": (session_object_path(SESSION_ID), "org.freedesktop.login1.Session",
                            "Lock"),
    "logind before sleep": ("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                            "PrepareForSleep", True),
}


@pytest.mark.parametrize("signal", list(SIGNALS), ids=list(SIGNALS))
def test_each_walk_away_signal_locks_and_leaves_no_text(
    qtbot: QtBot, tmp_path: Path, vault_path: Path, private_bus: PrivateBus, signal: str,
) -> None:
    watch = private_bus.watch()
    controller = _unlocked(qtbot, tmp_path, vault_path, session_watch=watch)
    repos = controller.window.repos
    assert repos is not None
    _type_marker(controller)
    path, interface, name, *args = SIGNALS[signal]
    with qtbot.waitSignal(controller.window.locked, timeout=10_000) as locked:
        private_bus.emit(str(path), str(interface), str(name), *args)
    assert locked.args == [WALK_AWAY_NOTICE]
    qtbot.waitUntil(lambda: not shows_text(MARKER))
    _assert_locked_and_clean(controller, repos.vault)
    assert WALK_AWAY_NOTICE in controller.unlock.notice.text()


def test_before_sleep_the_file_is_closed_at_once(
    qtbot: QtBot, tmp_path: Path, vault_path: Path, private_bus: PrivateBus,
) -> None:
    watch = private_bus.watch()
    controller = _unlocked(qtbot, tmp_path, vault_path, session_watch=watch)
    repos = controller.window.repos
    assert repos is not None
    with qtbot.waitSignal(watch.lock_requested, timeout=10_000):
        private_bus.emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                         "PrepareForSleep", True)
    # No backup on a worker first: by the time logind hears back, the file is closed.
    assert not repos.vault.is_open
    assert not watch.holds_sleep_delay


@pytest.mark.parametrize("turned_off", [True, False], ids=["setting off", "screen unlocking"])
def test_no_lock_when_turned_off_or_when_the_screen_comes_back(
    qtbot: QtBot, tmp_path: Path, vault_path: Path, private_bus: PrivateBus, turned_off: bool,
) -> None:
    watch = private_bus.watch()
    controller = _unlocked(qtbot, tmp_path, vault_path, session_watch=watch)
    controller.settings.set_lock_on_screen_lock(not turned_off)
    heard: list[str] = []
    watch.lock_requested.connect(heard.append)
    # A signal that must change nothing, then one the watch always hears: once the second has
    # arrived, the first (sent before it on the same connection) has been handled too.
    private_bus.emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged",
                     turned_off)
    private_bus.emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                     "PrepareForSleep", False)
    private_bus.emit("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                     "ActiveChanged", True)
    if turned_off:
        qtbot.waitUntil(lambda: heard == ["screen", "screen"], timeout=10_000)
        assert controller.window.is_unlocked
    else:
        qtbot.waitUntil(lambda: heard == ["screen"], timeout=10_000)
        qtbot.waitUntil(lambda: not controller.window.is_unlocked)


def test_missing_buses_are_fine(qapp: object) -> None:
    assert SessionWatch(None, None).listening == []
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "nowhere")
    try:
        watch = SessionWatch(nowhere, nowhere)
        assert watch.listening == [] and not watch.holds_sleep_delay
        watch.release_sleep_delay()  # nothing held: harmless
    finally:
        QDBusConnection.disconnectFromBus("nowhere")


def test_without_logind_sleep_still_locks_unheld(
    qtbot: QtBot, private_bus: PrivateBus,
) -> None:
    watch = private_bus.watch()
    assert any("PrepareForSleep" in name for name in watch.listening)
    # The private bus has no logind: the inhibitor request fails quietly.
    qtbot.waitUntil(lambda: watch._pending is None, timeout=10_000)  # noqa: SLF001
    assert not watch.holds_sleep_delay


class FakeLogind(QDBusVirtualObject):
    """Answers Inhibit with the write end of a fresh pipe: the read end sees EOF once released."""

    def __init__(self) -> None:
        super().__init__()
        self.read_ends: list[int] = []
        self.calls: list[list[object]] = []

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(  # noqa: N802 - Qt's name
        self, message: QDBusMessage, connection: QDBusConnection,
    ) -> bool:
        if message.member() != "Inhibit":
            return False
        self.calls.append(message.arguments())
        read_end, write_end = os.pipe()
        self.read_ends.append(read_end)
        connection.send(message.createReply([QDBusUnixFileDescriptor(write_end)]))
        os.close(write_end)  # QDBusUnixFileDescriptor sent its own copy
        return True

    def released(self, number: int) -> bool:
        """Whether every copy of inhibitor `number`'s descriptor is closed (its read end: EOF)."""
        readable, _, _ = select.select([self.read_ends[number]], [], [], 0)
        return bool(readable) and os.read(self.read_ends[number], 1) == b""


def test_sleep_waits_for_the_lock_then_is_let_go(
    qtbot: QtBot, private_bus: PrivateBus,
) -> None:
    logind = FakeLogind()
    try:
        assert private_bus.sender.registerVirtualObject("/org/freedesktop/login1", logind)
        assert private_bus.sender.registerService("org.freedesktop.login1")
        watch = private_bus.watch()
        qtbot.waitUntil(lambda: watch.holds_sleep_delay, timeout=10_000)
        assert not logind.released(0)
        # Anyone on the computer can list inhibitors: ours says nothing about recovery.
        assert logind.calls == [["sleep", "Journal", "Locks before sleep", "delay"]]
        held_while_locking: list[bool] = []
        watch.lock_requested.connect(lambda _r: held_while_locking.append(watch.holds_sleep_delay))
        with qtbot.waitSignal(watch.lock_requested, timeout=10_000):
            private_bus.emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                             "PrepareForSleep", True)
        assert held_while_locking == [True]  # the lock happened before sleep was let go
        assert not watch.holds_sleep_delay
        qtbot.waitUntil(lambda: logind.released(0))
        private_bus.emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                         "PrepareForSleep", False)
        qtbot.waitUntil(lambda: watch.holds_sleep_delay, timeout=10_000)  # asked again on waking
        assert len(logind.read_ends) == 2 and not logind.released(1)
    finally:
        private_bus.sender.unregisterObject("/org/freedesktop/login1")
        for read_end in logind.read_ends:
            os.close(read_end)


def test_session_object_path_is_escaped_as_logind_does() -> None:
    assert session_object_path("2") == "/org/freedesktop/login1/session/_32"
    assert session_object_path("c12") == "/org/freedesktop/login1/session/c12"
    assert session_object_path("a-b") == "/org/freedesktop/login1/session/a_2db"


@pytest.mark.parametrize("chosen", [True, False], ids=["on", "off (default)"])
def test_minimising_locks_only_when_chosen(
    qtbot: QtBot, tmp_path: Path, vault_path: Path, chosen: bool,
) -> None:
    controller = _unlocked(qtbot, tmp_path, vault_path)
    window = controller.window
    assert not controller.settings.lock_on_minimise()
    repos = window.repos
    assert repos is not None
    _type_marker(controller)
    controller.settings.set_lock_on_minimise(chosen)
    if chosen:
        with qtbot.waitSignal(window.locked, timeout=10_000) as locked:
            window.showMinimized()
        assert locked.args == [MINIMISED_NOTICE]
        qtbot.waitUntil(lambda: not shows_text(MARKER))
        _assert_locked_and_clean(controller, repos.vault)
    else:
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized)
        for _ in range(3):  # the lock would be posted from the state change: let it run
            QCoreApplication.processEvents()
        assert window.is_unlocked and repos.vault.is_open


def test_a_screen_lock_during_an_unlock_keeps_the_journal_locked(
    qtbot: QtBot, tmp_path: Path, vault_path: Path, private_bus: PrivateBus,
) -> None:
    watch = private_bus.watch()
    controller = start_app(qtbot, tmp_path, vault_path, session_watch=watch)
    type_text(controller.unlock.passphrase, PASSPHRASE)
    press(Qt.Key.Key_Return)
    # Heard before the worker's result is delivered (that needs the event loop, not run yet).
    watch.lock_requested.emit("screen")
    qtbot.waitUntil(lambda: not controller.unlock.passphrase.isReadOnly()
                    and controller.unlock.passphrase.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: WALK_AWAY_NOTICE in controller.unlock.notice.text(), timeout=10_000)
    assert not controller.window.is_unlocked
    assert controller.window.locked_area.currentWidget() is controller.unlock
    # Unlocking on purpose afterwards works as usual.
    unlock(qtbot, controller)
