"""kill -9 during a passphrase change, at spread-out steps: the journal and every backup open
whole with the old or the new passphrase, and a backup left under the old one is announced.

Uses the fork server of killpoints.py (see test_kill_operations.py for how the steps are
counted and chosen).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from recovery_journal.files import stale_temporaries
from recovery_journal.storage import errors
from recovery_journal.storage.backups import automatic_backup, list_backups
from recovery_journal.storage.upkeep import backup_folder, copies_may_need_earlier_passphrase
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.reliability.test_kill_operations import Server, _add_entries, _each_kill

NEW = "a new passphrase for the new year"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.close()


def _opened_titles(path: Path, *, read_only: bool = True) -> tuple[str, set[str]]:
    """Which passphrase opens `path` (exactly one must) and the titles it holds.

    The journal is opened as the app opens it: writable, so a change cut short between the
    main file and its `-wal` is folded in under the key that proved right."""
    opened: list[tuple[str, set[str]]] = []
    for name, passphrase in (("old", PASSPHRASE), ("new", NEW)):
        try:
            with Vault.open(path, passphrase, kdf_iter=FAST_KDF, read_only=read_only) as vault:
                assert vault.check_integrity().ok
                titles = {row[0] for row in vault.query("SELECT title FROM journal_entry")}
        except errors.WrongPassphraseError:
            continue
        opened.append((name, titles))
    assert len(opened) == 1, (path.name, opened)
    return opened[0]


def test_kill_during_a_passphrase_change_leaves_everything_open_under_old_or_new(
    server: Server, tmp_path: Path
) -> None:
    days = [date(2026, 11, 28), date(2026, 11, 29), date(2026, 11, 30)]

    def setup(folder: Path) -> list[object]:
        folder.mkdir(parents=True)
        with Vault.create(folder / "journal.vault", PASSPHRASE, kdf_iter=FAST_KDF) as vault:
            for day in days:
                _add_entries(vault, day.isoformat(), 2)
                automatic_backup(vault, today=day)
        return [folder / "journal.vault", PASSPHRASE, FAST_KDF, NEW]

    expected = {}
    for n, day in enumerate(days):
        expected[day] = {f"{d.isoformat()} {k}" for d in days[:n + 1] for k in range(2)}
    for here in _each_kill(server, setup, "passwd", tmp_path):
        path = here / "journal.vault"
        journal, titles = _opened_titles(path, read_only=False)
        assert titles == expected[days[-1]]
        backups = list_backups(path)
        assert len(backups) == len(days)
        under = {}
        for backup, day in zip(reversed(backups), days, strict=True):
            under[backup.name], backup_titles = _opened_titles(backup)
            assert backup_titles == expected[day]
        if journal == "new" and "old" in under.values():
            # Cut short between the journal and its backups: the restore flow says so.
            assert copies_may_need_earlier_passphrase(path), under
        Vault.open(path, PASSPHRASE if journal == "old" else NEW, kdf_iter=FAST_KDF).close()
        assert stale_temporaries(backup_folder(path)) == []
        assert stale_temporaries(here) == []
