"""The app unlocked on a demo-filled journal, for the tests that walk every page."""

from __future__ import annotations

import os
import shutil
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

_FILLED: dict[date, Path] = {}


def demo_vault(make_vault: Callable[..., Vault]) -> Path:
    """A closed vault file holding the invented demo year, ending today.

    The year is made once per test run (in the run's private home) and copied for each test.
    """
    vault = make_vault()
    today = date.today()
    filled = _FILLED.get(today)
    if filled is not None and filled.is_file():
        vault.close()
        shutil.copyfile(filled, vault.path)
        return vault.path
    fill_demo(Repositories.from_vault(vault), end=today)
    vault.close()
    keep = Path(os.environ["HOME"]) / f"demo-{today.isoformat()}.vault"
    shutil.copyfile(vault.path, keep)
    _FILLED[today] = keep
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
