"""The unlock screen: a calm word for a wrong passphrase and for every vault error."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.storage import errors
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.app import AppController
from tests.conftest import PASSPHRASE
from tests.ui.audit import press, start_app, type_text

PAGE = 4096


@pytest.fixture
def vault_file(make_vault: Callable[..., Vault]) -> Path:
    vault = make_vault()
    with vault.write() as w:
        for i in range(200):  # enough pages that damage can land in the middle
            w.execute("INSERT INTO tag (name) VALUES (?)", (f"tag number {i} " + "x" * 200,))
    vault.close()
    return vault.path


def _try_unlock(qtbot: QtBot, controller: AppController, passphrase: str) -> None:
    unlock = controller.unlock
    qtbot.waitUntil(lambda: QApplication.focusWidget() is unlock.passphrase)
    type_text(unlock.passphrase, passphrase)
    press(Qt.Key.Key_Return)
    # The work runs on a worker: the screen shows it is busy before any result arrives.
    assert unlock.busy.isVisible() or controller.window.is_unlocked
    qtbot.waitUntil(lambda: not unlock.busy.isVisible(), timeout=10_000)


def test_wrong_passphrase_is_calm_and_can_be_retried(
    qtbot: QtBot, tmp_path: Path, vault_file: Path
) -> None:
    controller = start_app(qtbot, tmp_path, vault_file)
    unlock = controller.unlock
    assert controller.window.locked_area.currentWidget() is unlock
    before = vault_file.read_bytes()
    for _ in range(4):  # no lockout, however many tries
        _try_unlock(qtbot, controller, "not my passphrase")
        assert unlock.message.isVisible()
        assert errors.WrongPassphraseError.message in unlock.message.text()
        assert "Caps Lock" in unlock.message.text()
        assert unlock.passphrase.selectedText() == "not my passphrase"
        assert QApplication.focusWidget() is unlock.passphrase
        assert unlock.unlock_button.isEnabled()
        press(Qt.Key.Key_Backspace)
    assert vault_file.read_bytes() == before
    _try_unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.window.is_unlocked)
    assert unlock.passphrase.text() == ""


def test_empty_passphrase_is_answered_without_asking_the_vault(
    qtbot: QtBot, tmp_path: Path, vault_file: Path
) -> None:
    controller = start_app(qtbot, tmp_path, vault_file)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is controller.unlock.passphrase)
    press(Qt.Key.Key_Return)
    assert errors.EmptyPassphraseError.message in controller.unlock.message.text()
    assert not controller.unlock.busy.isVisible()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _plain_sqlite(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[(len(data) // PAGE // 2) * PAGE + 500] ^= 0x5A
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    with Vault.open(path, PASSPHRASE, kdf_iter=2) as vault, vault.write() as w:
        w.execute("PRAGMA user_version = 999")


def _missing(path: Path) -> None:
    path.unlink()


@pytest.mark.parametrize(
    ("spoil", "error"),
    [
        (_empty, errors.EmptyFileError),
        (_plain_sqlite, errors.PlainDatabaseError),
        (_damaged, errors.DamagedVaultError),
        (_newer, errors.NewerVersionError),
        (_missing, errors.VaultMissingError),
    ],
    ids=["empty", "plain sqlite", "damaged", "newer version", "missing"],
)
def test_each_vault_error_shows_its_own_words(
    qtbot: QtBot, tmp_path: Path, vault_file: Path,
    spoil: Callable[[Path], None], error: type[errors.VaultError],
) -> None:
    controller = start_app(qtbot, tmp_path, vault_file)
    spoil(vault_file)
    _try_unlock(qtbot, controller, PASSPHRASE)
    # Damage past the first page is found by the full check run just after unlocking.
    qtbot.waitUntil(lambda: error.message in controller.unlock.message.text(), timeout=10_000)
    text = controller.unlock.message.text()
    assert controller.unlock.isVisible()
    assert error.hint in text
    assert PASSPHRASE not in text
    assert not controller.window.is_unlocked


def test_already_open_elsewhere(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    held = make_vault()  # stays open: like another window holding the journal
    controller = start_app(qtbot, tmp_path, held.path)
    _try_unlock(qtbot, controller, PASSPHRASE)
    assert errors.AlreadyOpenError.message in controller.unlock.message.text()
    assert held.is_open
    held.close()
    _try_unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.window.is_unlocked)


def test_open_a_different_journal(
    qtbot: QtBot, tmp_path: Path, vault_file: Path, make_vault: Callable[..., Vault]
) -> None:
    other = make_vault("other.vault")
    other.close()
    controller = start_app(qtbot, tmp_path, vault_file, choose_existing=lambda parent: other.path)
    controller.unlock.open_other.click()
    assert str(other.path) in controller.unlock.location.text()
    _try_unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.window.is_unlocked)
    assert controller.vault_path == other.path


def _key(field: QWidget, key: Qt.Key, text: str, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, key, modifiers, text))


def test_caps_lock_hint_follows_the_letters(
    qtbot: QtBot, tmp_path: Path, vault_file: Path
) -> None:
    controller = start_app(qtbot, tmp_path, vault_file)
    field, hint = controller.unlock.passphrase, controller.unlock.caps_hint
    _key(field, Qt.Key.Key_A, "A")  # upper case without Shift: Caps Lock is on
    assert hint.isVisible()
    _key(field, Qt.Key.Key_A, "a", shift=True)  # Shift with Caps Lock gives lower case
    assert hint.isVisible()
    _key(field, Qt.Key.Key_1, "1")  # a digit can't tell
    assert hint.isVisible()
    _key(field, Qt.Key.Key_A, "a")
    assert not hint.isVisible()
    _key(field, Qt.Key.Key_A, "A", shift=True)
    assert not hint.isVisible()
    assert field.text() == "Aa1aA"


def test_show_what_i_type(qtbot: QtBot, tmp_path: Path, vault_file: Path) -> None:
    controller = start_app(qtbot, tmp_path, vault_file)
    unlock = controller.unlock
    assert unlock.passphrase.echoMode() == unlock.passphrase.EchoMode.Password
    unlock.show_text.click()
    assert unlock.passphrase.echoMode() == unlock.passphrase.EchoMode.Normal
    unlock.clear()
    assert unlock.passphrase.echoMode() == unlock.passphrase.EchoMode.Password
