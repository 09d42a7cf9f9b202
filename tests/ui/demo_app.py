"""The app unlocked on a demo-filled journal, for the tests that walk every page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recovery_journal.demo import fill_demo
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.app import AppController
from tests.conftest import PASSPHRASE
from tests.ui.audit import press, start_app, type_text


def demo_vault(make_vault: Callable[..., Vault]) -> Path:
    """A closed vault file holding the invented demo year, ending today."""
    vault = make_vault()
    fill_demo(Repositories.from_vault(vault), end=date.today())
    vault.close()
    return vault.path


def unlocked_demo_app(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> AppController:
    """The whole app, shown and unlocked by keyboard on the demo journal."""
    controller = start_app(qtbot, tmp_path, demo_vault(make_vault))
    type_text(controller.unlock.passphrase, PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window.is_unlocked, timeout=20_000)
    return controller
