"""What the app copies is taken back on lock and after a while, and only if still there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from recovery_journal.storage.vault import Vault
from recovery_journal.ui.app import AppController
from recovery_journal.ui.clipboard import CLEAR_AFTER_MS, ClipboardGuard
from recovery_journal.ui.help.dialog import HelpDialog
from recovery_journal.ui.region import help_for
from tests.ui.audit import press, start_app, unlock

pytestmark = pytest.mark.gui


def _clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def _copy(dialog: HelpDialog, name: str) -> None:
    for button in dialog.findChildren(QPushButton):
        if button.text() == "Copy" and button.accessibleName().startswith(f"Copy {name}:"):
            button.click()
            return
    raise AssertionError(f"no Copy button for {name}")


@pytest.fixture
def guard(qapp: QApplication) -> ClipboardGuard:
    QGuiApplication.clipboard().clear()
    return ClipboardGuard(clear_after_ms=50)


def test_the_default_wait_is_a_minute() -> None:
    assert CLEAR_AFTER_MS == 60_000


def test_copied_text_is_cleared_after_the_wait(qtbot: QtBot, guard: ClipboardGuard) -> None:
    guard.copy("116 123")
    assert _clipboard_text() == "116 123"
    assert guard.holds_ours()
    with qtbot.waitSignal(guard._timer.timeout):  # noqa: SLF001 - the real timer, no sleep
        pass
    assert _clipboard_text() == ""
    assert not guard.holds_ours()


def test_something_copied_elsewhere_since_is_never_cleared(
    qtbot: QtBot, guard: ClipboardGuard
) -> None:
    guard.copy("116 123")
    QGuiApplication.clipboard().setText("the person's own text")
    assert not guard.holds_ours()
    with qtbot.waitSignal(guard._timer.timeout):  # noqa: SLF001
        pass
    assert _clipboard_text() == "the person's own text"
    guard.clear()
    assert _clipboard_text() == "the person's own text"


def test_a_second_copy_restarts_the_wait_and_is_what_gets_cleared(
    qtbot: QtBot, guard: ClipboardGuard
) -> None:
    guard.copy("116 123")
    guard.copy("85258")
    guard.clear()
    assert _clipboard_text() == ""
    assert not guard._timer.isActive()  # noqa: SLF001


def test_help_dialog_on_its_own_still_takes_its_number_back(qtbot: QtBot) -> None:
    dialog = HelpDialog(help_for("GB"), clipboard=ClipboardGuard(clear_after_ms=50))
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    _copy(dialog, "Samaritans")
    assert _clipboard_text() == "116 123"
    qtbot.waitUntil(lambda: _clipboard_text() == "")


def _unlocked(qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]) -> AppController:
    vault = make_vault()
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    unlock(qtbot, controller)
    return controller


def _help(qtbot: QtBot, controller: AppController) -> HelpDialog:
    press(Qt.Key.Key_F1)
    dialog = controller.window.help_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_lock_clears_a_number_copied_in_get_help_now(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    QGuiApplication.clipboard().clear()
    controller = _unlocked(qtbot, tmp_path, make_vault)
    window = controller.window
    _copy(_help(qtbot, controller), "Samaritans")
    assert _clipboard_text() == "116 123"
    assert window.clipboard.holds_ours()
    with qtbot.waitSignal(window.locked):
        window.lock()
    assert _clipboard_text() == ""


def test_lock_keeps_what_the_person_copied_after_the_app(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    controller = _unlocked(qtbot, tmp_path, make_vault)
    window = controller.window
    _copy(_help(qtbot, controller), "Samaritans")
    QGuiApplication.clipboard().setText("a shopping list")
    with qtbot.waitSignal(window.locked):
        window.lock()
    assert _clipboard_text() == "a shopping list"


def test_closing_on_the_lock_screen_clears_a_copied_helpline(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    vault = make_vault()
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    _copy(_help(qtbot, controller), "Shout")
    assert _clipboard_text() == "85258"
    controller.window.close()
    assert _clipboard_text() == ""
