"""Odd text (NUL, control characters, a right-to-left override, a lone surrogate, 5 MB) is
shown in the app as it was kept and found by search, and none of it breaks a page.

Storage round trips and search of odd text: tests/storage/test_journal.py,
tests/storage/test_journal_search.py and tests/storage/test_checkins.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.audit import all_texts, press, start_app, type_text

pytestmark = pytest.mark.gui

WHEN = datetime(2026, 4, 1, 9, tzinfo=UTC)
ODD = {
    "nul": "before\x00after heronword",
    "control": "bell\x07 escape\x1b[31m tab\there heronword",
    "rtl": "\u202egnp.exe heronword \u202c and \u200f marks",
    "surrogate": "half \ud83d of an emoji heronword",
    "huge": "heronword " + "a long day " * 480_000,
}


def test_odd_text_is_shown_as_kept_and_found(
    qtbot: QtBot, tmp_path: Path, make_vault: Callable[..., Vault]
) -> None:
    vault = make_vault()
    repos = Repositories.from_vault(vault)
    ids = {}
    for n, (key, body) in enumerate(ODD.items()):
        entry = repos.journal.add(written_at=WHEN + timedelta(hours=n), title=key, body=body)
        ids[key] = entry.id
        repos.checkins.add(recorded_at=WHEN + timedelta(hours=n), values={"mood": 5},
                           note=body[:2000])
    kept = {key: repos.journal.get(entry_id).body for key, entry_id in ids.items()}
    assert kept["surrogate"] == "half \ufffd of an emoji heronword"  # kept, not dropped
    vault.close()

    controller = start_app(qtbot, tmp_path, vault.path)
    type_text(controller.unlock.passphrase, PASSPHRASE)
    press(Qt.Key.Key_Return)
    window = controller.window
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
    window.go_to("today")
    assert any("heronword" in text for text in all_texts())  # the recent check-ins list
    window.go_to("journal")
    page: Any = window.page("journal")
    for key, entry_id in ids.items():
        assert page.open_entry(entry_id)
        assert page.editor.title.text() == key
        assert page.editor.body.toPlainText() == kept[key], key
    type_text(page.search.field, "heronword")
    qtbot.waitUntil(lambda: page.results_model.rowCount() == len(ODD), timeout=10_000)
    for number in range(1, 8):  # every other page builds with this journal too
        press(getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    assert len(window.built_pages) >= 7
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock()
