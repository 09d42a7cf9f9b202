"""Locking, by hand and after idle time: drafts kept, pages destroyed, no text left anywhere."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.app import AppController
from recovery_journal.ui.main_window import APP_TITLE, AUTO_LOCK_NOTICE
from recovery_journal.ui.today.page import TodayPage
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.audit import press, shows_text, start_app, type_text, unlock

MARKER = "zebra-lantern-4417"


def _unlocked(qtbot: QtBot, tmp_path: Path, path: Path, **kwargs: int) -> AppController:
    controller = start_app(qtbot, tmp_path, path, **kwargs)  # type: ignore[arg-type]
    unlock(qtbot, controller)
    return controller


def _note_field(controller: AppController) -> QPlainTextEdit | None:
    """The Today page's note, while the Today page is built."""
    page = controller.window.page("today")
    return page.note if isinstance(page, TodayPage) else None


@pytest.fixture
def vault_path(make_vault: Callable[..., Vault]) -> Path:
    vault = make_vault()
    vault.close()
    return vault.path


def test_lock_now_closes_everything(qtbot: QtBot, tmp_path: Path, vault_path: Path) -> None:
    controller = _unlocked(qtbot, tmp_path, vault_path)
    window = controller.window
    for number in range(1, 9):  # build every page
        press(getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    pages = list(window.built_pages.values())
    assert len(pages) == 8
    repos_vault = window._repos.vault if window._repos else None  # noqa: SLF001
    assert repos_vault is not None and repos_vault.is_open
    window.undo_stack.push(QUndoCommand("Something personal"))
    destroyed: list[QWidget] = []
    for page in pages:
        page.destroyed.connect(lambda _=None, p=page: destroyed.append(p))
    from recovery_journal.charts.gentle import freeze_loaded

    freeze_loaded()  # as Insights' warm-up does: what is loaded by now is out of gc's sight
    assert gc.get_freeze_count() > 0
    with qtbot.waitSignal(window.locked):
        window.lock_button.click()
    qtbot.waitUntil(lambda: len(destroyed) == len(pages))
    assert not repos_vault.is_open
    assert gc.get_freeze_count() == 0  # the collector sees the person's pages' leftovers again
    assert window.undo_stack.count() == 0
    assert window.built_pages == {}
    assert window.windowTitle() == APP_TITLE
    assert window.locked_area.currentWidget() is controller.unlock
    assert not window.menus.lock_action.isEnabled()
    assert not window.lock_button.isVisible()
    assert not shows_text("Something personal")
    # Ctrl+1 does nothing while locked
    press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked and window.built_pages == {}


def test_auto_lock_leaves_no_marker_and_keeps_the_draft(
    qtbot: QtBot, tmp_path: Path, vault_path: Path
) -> None:
    controller = _unlocked(qtbot, tmp_path, vault_path, idle_timeout_ms=400)
    window = controller.window
    note = _note_field(controller)
    if note is not None:
        note.setFocus()
        type_text(note, MARKER)
        assert shows_text(MARKER)
    with qtbot.waitSignal(window.locked, timeout=10_000) as locked:
        pass  # no input: the idle timer runs out
    assert locked.args == [AUTO_LOCK_NOTICE]
    assert AUTO_LOCK_NOTICE in controller.unlock.notice.text()
    qtbot.waitUntil(lambda: window.built_pages == {} and not shows_text(MARKER))
    assert window.undo_stack.count() == 0

    # The vault is closed: it opens again from another handle, and holds the draft, encrypted.
    with Vault.open(vault_path, PASSPHRASE, kdf_iter=FAST_KDF) as vault:
        drafts = Repositories.from_vault(vault).drafts.all()
    if note is not None:
        assert any(MARKER in draft.body for draft in drafts)
    assert MARKER.encode() not in vault_path.read_bytes()

    type_text(controller.unlock.passphrase, PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
    restored = _note_field(controller)
    if restored is not None:
        assert restored.toPlainText() == MARKER


def test_typing_keeps_the_journal_open(
    qtbot: QtBot, tmp_path: Path, vault_path: Path
) -> None:
    controller = _unlocked(qtbot, tmp_path, vault_path, idle_timeout_ms=60_000)
    window = controller.window
    assert window.idle.timeout_ms == 60_000
    timer = window.idle._timer  # noqa: SLF001
    assert timer.isActive()
    timer.stop()
    press(Qt.Key.Key_Down)  # any key starts the count again
    assert timer.isActive()
    window.idle.set_minutes(0)  # off
    assert not window.idle._timer.isActive()  # noqa: SLF001


def test_autolock_minutes_come_from_the_vault(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    vault = make_vault()
    Repositories.from_vault(vault).settings.set("autolock_minutes", 3)
    vault.close()
    controller = _unlocked(qtbot, tmp_path, vault.path)
    assert controller.window.idle.timeout_ms == 3 * 60_000


def test_locking_twice_is_harmless(qtbot: QtBot, tmp_path: Path, vault_path: Path) -> None:
    controller = _unlocked(qtbot, tmp_path, vault_path)
    with qtbot.waitSignal(controller.window.locked):
        controller.window.lock()
    with qtbot.assertNotEmitted(controller.window.locked):
        controller.window.lock()


def test_closing_the_window_locks(qtbot: QtBot, tmp_path: Path, vault_path: Path) -> None:
    controller = _unlocked(qtbot, tmp_path, vault_path)
    repos = controller.window._repos  # noqa: SLF001
    assert repos is not None
    controller.window.close()
    assert not repos.vault.is_open
    assert controller.settings.geometry() is not None
