"""A full disk while saving a check-in in the app: a plain message, the typed text kept, the
journal intact, and saving again works once there is room.

The disk fills through RLIMIT_FSIZE in this very process, for the one click only: no file may
grow past its size at that moment (SIGXFSZ is ignored meanwhile, so writes fail with EFBIG).
"""

from __future__ import annotations

import resource
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from recovery_journal.storage import errors
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.audit import press, start_app, type_text

pytestmark = pytest.mark.gui


@contextmanager
def _no_file_may_grow_past(limit: int) -> Iterator[None]:
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def test_a_full_disk_while_saving_a_check_in_keeps_the_typed_text(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    vault = make_vault()
    vault.close()
    controller = start_app(qtbot, tmp_path, vault.path)
    type_text(controller.unlock.passphrase, PASSPHRASE)
    press(Qt.Key.Key_Return)
    window = controller.window
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
    window.go_to("today")
    page: Any = window.page("today")
    # Bigger than any file of the journal now (~200 KB), so the save must grow one past it.
    long_part = "the whole evening, written out " * 13_000
    page.note.setPlainText(long_part)
    page.note.setFocus()
    page.note.moveCursor(page.note.textCursor().MoveOperation.End)
    QTest.keyClicks(page.note, " and the last words typed")
    typed = page.note.toPlainText()
    sizes = [p.stat().st_size for p in tmp_path.glob(vault.path.name + "*")]

    with _no_file_may_grow_past(max(sizes) + 4096):
        page.save_button.click()

    assert page.note.toPlainText() == typed
    assert page.message.isVisible()
    # Past RLIMIT_FSIZE SQLite says "disk I/O error" rather than "full": either sentence
    # names the disk being full, and says nothing was lost.
    shown = page.message.text()
    assert shown.startswith(errors.DiskFullError.message) or "(it may be full)" in shown, shown
    assert "Nothing was lost" in shown and "evening" not in shown
    page.save_button.click()  # room again: the same form saves
    qtbot.waitUntil(lambda: page.note.toPlainText() == "")
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock()
    with Vault.open(vault.path, PASSPHRASE, kdf_iter=FAST_KDF) as again:
        assert again.check_integrity().ok
        notes = [c.note for c in Repositories.from_vault(again).checkins.recent()]
    assert notes == [typed]
