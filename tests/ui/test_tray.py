"""The tray icon: its menu, the reminder as a notification, and closing the window to the tray.

Offscreen there is no notification area, so the tray is built with `available=True` injected and
its actions are driven directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from recovery_journal.helplines import load_catalogue
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.app import AppController, app_icon
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.main_window import REMINDER_TEXT, MainWindow
from recovery_journal.ui.sections import SectionKey
from recovery_journal.ui.tray import TrayController, keep_running_notice
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.audit import press, settings_in, shows_text, start_app, type_text, unlock

MARKER = "walnut-compass-3390"
# Offscreen, Qt's own fallback tray looks for a signal only desktop platforms have; harmless here.
pytestmark = pytest.mark.qt_log_ignore(r"No such signal .*systemTrayWindowChanged")


@pytest.fixture(autouse=True)
def _app_quits_as_usual(qapp: QApplication) -> Iterator[None]:
    yield
    qapp.setQuitOnLastWindowClosed(True)  # the tray turns it off while it keeps the app


@pytest.fixture
def vault_path(make_vault: Callable[..., Vault]) -> Path:
    vault = make_vault()
    repos = Repositories.from_vault(vault)
    repos.journal.add(
        written_at=datetime(2026, 11, 30, 9, 0).astimezone(), title=MARKER, body=MARKER)
    vault.close()
    return vault.path


def _app(qtbot: QtBot, tmp_path: Path, vault_path: Path, *, tray: bool = True) -> AppController:
    return start_app(qtbot, tmp_path, vault_path, tray_available=tray)


def _unlock(qtbot: QtBot, controller: AppController) -> None:
    unlock(qtbot, controller)


def test_the_menu_offers_check_in_help_lock_and_quit(
    qtbot: QtBot, tmp_path: Path, vault_path: Path,
) -> None:
    controller = _app(qtbot, tmp_path, vault_path)
    tray = controller.tray
    assert tray.icon is not None and tray.icon.isVisible()
    assert [a.text() for a in tray.menu.actions() if not a.isSeparator()] == [
        "Check in", "Get help now", "Lock", "Quit"]
    assert not tray.lock_action.isEnabled()  # locked: nothing to lock
    _unlock(qtbot, controller)
    assert tray.lock_action.isEnabled()
    controller.window.go_to(SectionKey.JOURNAL)
    with qtbot.waitSignal(controller.window.locked):
        tray.lock_action.trigger()
    assert not tray.lock_action.isEnabled()
    assert not shows_text(MARKER)
    assert tray.icon.toolTip() == controller.settings.window_title()


def test_check_in_opens_on_today_also_from_behind_the_lock(
    qtbot: QtBot, tmp_path: Path, vault_path: Path,
) -> None:
    controller = _app(qtbot, tmp_path, vault_path)
    window, tray = controller.window, controller.tray
    window.hide()
    tray.check_in_action.trigger()
    assert window.isVisible()
    assert window.locked_area.currentWidget() is controller.unlock  # locked: unlock first
    # The passphrase has the window's focus (offscreen never re-activates a hidden window).
    assert window.focusWidget() is controller.unlock.passphrase
    controller.unlock.passphrase.setText(PASSPHRASE)
    controller.unlock.passphrase.returnPressed.emit()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
    assert window.nav.currentRow() == 0 and window.page(SectionKey.TODAY) is not None
    window.go_to(SectionKey.JOURNAL)
    window.showMinimized()
    tray.check_in_action.trigger()
    assert not window.isMinimized()
    assert window.pages.currentWidget() is window.page(SectionKey.TODAY)
    window.go_to(SectionKey.JOURNAL)
    assert tray.icon is not None
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # a click on the icon
    assert window.pages.currentWidget() is window.page(SectionKey.TODAY)


def test_get_help_now_from_the_tray_while_locked_shows_helplines(
    qtbot: QtBot, tmp_path: Path, vault_path: Path,
) -> None:
    controller = _app(qtbot, tmp_path, vault_path)
    controller.window.hide()
    controller.tray.help_action.trigger()
    assert controller.window.isVisible()
    dialog = controller.window.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert not shows_text(MARKER)


def test_the_reminder_is_a_generic_notification_and_clicking_it_checks_in(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault],
) -> None:
    vault = make_vault()
    repos = Repositories.from_vault(vault)
    repos.settings.set("reminder_enabled", True)
    repos.settings.set("reminder_time", "00:00")
    repos.journal.add(
        written_at=datetime(2026, 11, 30, 9, 0).astimezone(), title=MARKER, body=MARKER)
    vault.close()
    controller = _app(qtbot, tmp_path, vault.path)
    tray = controller.tray
    assert tray.last_notification is None
    _unlock(qtbot, controller)
    assert tray.last_notification == ("Recovery Journal", REMINDER_TEXT)
    assert controller.window.banner.isVisible()  # the banner as before, too
    controller.window.go_to(SectionKey.JOURNAL)
    assert tray.icon is not None
    tray.icon.messageClicked.emit()
    assert controller.window.pages.currentWidget() is controller.window.page(SectionKey.TODAY)


def test_no_tray_means_no_notification_and_closing_quits(
    qtbot: QtBot, tmp_path: Path, vault_path: Path,
) -> None:
    controller = _app(qtbot, tmp_path, vault_path, tray=False)
    controller.settings.set_keep_running_in_tray(True)
    assert controller.tray.icon is None and not controller.tray.keeps_running()
    controller.tray.remind()
    assert controller.tray.last_notification is None
    with qtbot.waitSignal(controller.window.closing):
        controller.window.close()
    assert not controller.window.isVisible()


def test_closing_quits_unless_the_person_chose_the_tray(
    qtbot: QtBot, tmp_path: Path, vault_path: Path,
) -> None:
    controller = _app(qtbot, tmp_path, vault_path)
    assert not controller.settings.keep_running_in_tray()  # off by default
    with qtbot.waitSignal(controller.window.closing):
        controller.window.close()
    assert controller.tray.notice is None


def test_closing_to_the_tray_locks_and_says_so_once(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, vault_path: Path,
) -> None:
    controller = _app(qtbot, tmp_path, vault_path)
    window, tray, settings = controller.window, controller.tray, controller.settings
    settings.set_keep_running_in_tray(True)
    assert not qapp.quitOnLastWindowClosed()
    _unlock(qtbot, controller)
    repos = window.repos
    assert repos is not None
    window.go_to(SectionKey.JOURNAL)
    assert shows_text(MARKER)
    with qtbot.assertNotEmitted(window.closing), qtbot.waitSignal(window.locked):
        window.close()
    assert not window.isVisible() and not window.is_unlocked
    qtbot.waitUntil(lambda: not repos.vault.is_open, timeout=10_000)
    assert not shows_text(MARKER)
    notice = tray.notice
    assert notice is not None and notice.isVisible()
    assert (notice.text(), notice.informativeText()) == keep_running_notice("Recovery Journal")
    assert settings.tray_notice_shown()
    notice.accept()
    qtbot.waitUntil(lambda: tray.notice is None)

    tray.check_in_action.trigger()  # back, then closed again: no second notice
    assert window.isVisible()
    with qtbot.assertNotEmitted(window.closing):
        window.close()
    assert tray.notice is None and not window.isVisible()

    with qtbot.waitSignal(window.closing):
        tray.quit_action.trigger()  # Quit really ends the app


def test_the_reminder_still_comes_while_locked_in_the_tray_and_not_twice(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault],
) -> None:
    vault = make_vault()
    repos = Repositories.from_vault(vault)
    repos.settings.set("reminder_enabled", True)
    repos.settings.set("reminder_time", "20:00")
    clock = [datetime(2026, 11, 3, 19, 0)]
    window = MainWindow(
        load_catalogue(), AppSettings(settings_in(tmp_path)), idle_timeout_ms=0,
        now=lambda: clock[0],
    )
    qtbot.addWidget(window)
    tray = TrayController(window, window.settings, app_icon(), available=True)
    window.open_journal(repos)
    assert tray.last_notification is None  # not yet 20:00
    window.lock()
    assert not vault.is_open
    clock[0] = datetime(2026, 11, 3, 20, 5)
    reminder = window.reminders.reminder
    assert reminder is not None and reminder.check()  # locked: from the copy in memory
    assert tray.last_notification == ("Recovery Journal", REMINDER_TEXT)

    tray.last_notification = None
    with Vault.open(vault.path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        again = Repositories.from_vault(reopened)
        window.open_journal(again)
        assert again.settings.get("reminder_last_shown") == "2026-11-03"  # carried over
        assert tray.last_notification is None  # not twice the same day
        window.lock()


def test_an_unlock_finishing_after_closing_to_the_tray_stays_locked(
    qtbot: QtBot, tmp_path: Path, vault_path: Path,
) -> None:
    controller = _app(qtbot, tmp_path, vault_path)
    window = controller.window
    controller.settings.set_keep_running_in_tray(True)
    type_text(controller.unlock.passphrase, PASSPHRASE)
    press(Qt.Key.Key_Return)  # the key is derived on a worker...
    window.close()  # ...while the window goes to the tray
    assert controller.unlock.passphrase.text() == ""  # nothing typed waits in a hidden window
    controller.pool.waitForDone(10_000)
    QApplication.processEvents()  # the worker's answer arrives
    qtbot.waitUntil(lambda: not controller.unlock.passphrase.isReadOnly())
    assert not window.is_unlocked and window.isHidden()
    with Vault.open(vault_path, PASSPHRASE, kdf_iter=FAST_KDF):
        pass  # closed again: not "already open"
    assert controller.tray.notice is not None
    controller.tray.notice.accept()
