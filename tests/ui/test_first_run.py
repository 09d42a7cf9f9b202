"""First run: the welcome, creating a journal by keyboard, and the first lock and unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.storage.errors import VaultExistsError
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.locked.create import strength_words
from tests.conftest import FAST_KDF
from tests.ui.audit import press, start_app, type_text

PASSPHRASE = "a quiet blue morning"


def test_no_journal_shows_the_welcome(qtbot: QtBot, tmp_path: Path) -> None:
    controller = start_app(qtbot, tmp_path, tmp_path / "journal.vault")
    window = controller.window
    assert window.locked_area.currentWidget() is controller.welcome
    words = " ".join(label.text() for label in controller.welcome.findChildren(type(
        window.live_status)))
    assert "encrypted" in words
    assert "stays on this computer" in words
    assert "nobody can recover it" in words
    assert not window.is_unlocked


def test_keyboard_journey_create_lock_unlock(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "journal.vault"
    controller = start_app(qtbot, tmp_path, path)
    window = controller.window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is controller.welcome.create_button)
    press(Qt.Key.Key_Return)
    assert window.locked_area.currentWidget() is controller.create
    qtbot.waitUntil(lambda: QApplication.focusWidget() is controller.create.passphrase)
    type_text(controller.create.passphrase, PASSPHRASE)
    press(Qt.Key.Key_Return)  # moves on to the second field
    assert QApplication.focusWidget() is controller.create.repeat
    type_text(controller.create.repeat, PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
    assert path.exists()
    assert window.screens.currentWidget() is window.journal_area
    assert controller.create.passphrase.text() == ""  # the typed passphrase is forgotten
    assert "today" in window.built_pages

    with qtbot.waitSignal(window.locked):
        press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked
    assert window.locked_area.currentWidget() is controller.unlock
    qtbot.waitUntil(lambda: QApplication.focusWidget() is controller.unlock.passphrase)
    type_text(controller.unlock.passphrase, PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
    assert controller.unlock.passphrase.text() == ""
    assert controller.settings.last_vault() == path


def test_mismatched_passphrases_are_explained(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "journal.vault"
    controller = start_app(qtbot, tmp_path, path)
    controller.show_create()
    create = controller.create
    type_text(create.passphrase, PASSPHRASE)
    type_text(create.repeat, PASSPHRASE + "!")
    create.create_button.click()
    assert create.message.isVisible()
    assert "aren't the same" in create.message.text()
    assert not path.exists()


def test_empty_passphrase_is_refused_kindly(qtbot: QtBot, tmp_path: Path) -> None:
    controller = start_app(qtbot, tmp_path, tmp_path / "journal.vault")
    controller.show_create()
    controller.create.create_button.click()
    assert "choose a passphrase" in controller.create.message.text()
    assert not (tmp_path / "journal.vault").exists()


def test_choose_another_place(qtbot: QtBot, tmp_path: Path) -> None:
    chosen = tmp_path / "elsewhere" / "mine.vault"
    chosen.parent.mkdir()
    controller = start_app(
        qtbot, tmp_path, tmp_path / "journal.vault", choose_new=lambda parent, path: chosen
    )
    controller.show_create()
    controller.create.choose.click()
    assert str(chosen) in controller.create.location.text()
    type_text(controller.create.passphrase, PASSPHRASE)
    type_text(controller.create.repeat, PASSPHRASE)
    controller.create.create_button.click()
    qtbot.waitUntil(lambda: controller.window.is_unlocked, timeout=10_000)
    assert chosen.exists()
    assert controller.settings.last_vault() == chosen


def test_missing_default_folder_is_made(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "journal.vault"
    controller = start_app(qtbot, tmp_path, path)
    controller.show_create()
    type_text(controller.create.passphrase, PASSPHRASE)
    type_text(controller.create.repeat, PASSPHRASE)
    controller.create.create_button.click()
    qtbot.waitUntil(lambda: controller.window.is_unlocked, timeout=10_000)
    assert path.exists()


def test_creating_over_an_existing_file_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    taken = tmp_path / "taken.vault"
    taken.write_bytes(b"something of the person's")
    controller = start_app(
        qtbot, tmp_path, tmp_path / "journal.vault", choose_new=lambda parent, path: taken
    )
    controller.show_create()
    controller.create.choose.click()
    type_text(controller.create.passphrase, PASSPHRASE)
    type_text(controller.create.repeat, PASSPHRASE)
    controller.create.create_button.click()
    qtbot.waitUntil(lambda: controller.create.message.isVisible(), timeout=10_000)
    assert VaultExistsError.message in controller.create.message.text()
    assert taken.read_bytes() == b"something of the person's"
    assert controller.create.create_button.isEnabled()


def test_open_an_existing_file_from_the_welcome(qtbot: QtBot, tmp_path: Path) -> None:
    existing = tmp_path / "old" / "journal.vault"
    existing.parent.mkdir()
    Vault.create(existing, PASSPHRASE, kdf_iter=FAST_KDF).close()
    controller = start_app(
        qtbot, tmp_path, tmp_path / "journal.vault", choose_existing=lambda parent: existing
    )
    controller.welcome.open_button.click()
    assert controller.window.locked_area.currentWidget() is controller.unlock
    assert str(existing) in controller.unlock.location.text()
    type_text(controller.unlock.passphrase, PASSPHRASE)
    controller.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: controller.window.is_unlocked, timeout=10_000)


def test_cancelled_file_choice_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    controller = start_app(qtbot, tmp_path, tmp_path / "journal.vault")
    controller.welcome.open_button.click()
    assert controller.window.locked_area.currentWidget() is controller.welcome


@pytest.mark.parametrize("passphrase", ["abc", "abcdefghij", "fourteen chars", PASSPHRASE])
def test_strength_words_are_gentle(passphrase: str) -> None:
    words = strength_words(passphrase).lower()
    assert words
    for harsh in ("weak", "bad", "poor", "terrible", "fail", "invalid"):
        assert harsh not in words


def test_strength_words_grow_with_length() -> None:
    assert strength_words("") == ""
    assert strength_words("abc") != strength_words("a long and winding road home")
    assert "strong" in strength_words("a long and winding road home")
