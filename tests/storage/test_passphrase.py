"""Changing the passphrase: the journal, every automatic backup and every copy kept beside it."""

from __future__ import annotations

import shutil
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from recovery_journal.storage import errors
from recovery_journal.storage.backups import automatic_backup, list_backups, restore, verify_backup
from recovery_journal.storage.passphrase import change_passphrase, kept_copies
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.upkeep import backup_folder, copies_may_need_earlier_passphrase
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

NEW = "a kettle sings by the open window"
WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _add(vault: Vault, title: str) -> None:
    Repositories.from_vault(vault).journal.add(written_at=WHEN, title=title, body="A calm day.")


def _titles(path: Path, passphrase: str) -> set[str]:
    with Vault.open(path, passphrase, kdf_iter=FAST_KDF) as vault:
        return {row[0] for row in vault.query("SELECT title FROM journal_entry")}


def _opens(path: Path, passphrase: str) -> bool:
    """Open a copy the way any SQLCipher 4 tool would: the passphrase itself, no help from us."""
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute("PRAGMA key = " + "'" + passphrase.replace("'", "''") + "'")
        connection.execute(f"PRAGMA kdf_iter = {FAST_KDF}")
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        connection.close()


def _with_backups(vault: Vault, days: int) -> list[Path]:
    for n in range(days):
        _add(vault, f"day {n}")
        automatic_backup(vault, today=date(2026, 11, 20 + n))
    return list_backups(vault.path)


def test_the_journal_and_every_backup_open_with_the_new_passphrase_only(vault: Vault) -> None:
    backups = _with_backups(vault, 3)
    assert len(backups) == 3
    result = change_passphrase(vault, PASSPHRASE, NEW)
    assert sorted(result.changed) == sorted(backups) and result.left == ()
    _add(vault, "after the change")  # the reopened journal is in use at once
    path = vault.path
    vault.close()
    assert "after the change" in _titles(path, NEW)
    with pytest.raises(errors.WrongPassphraseError):
        Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF)
    for n, backup in enumerate(reversed(backups)):
        assert _opens(backup, NEW) and not _opens(backup, PASSPHRASE)
        verify_backup(path, backup, NEW, kdf_iter=FAST_KDF)
        restored = path.with_name(f"restored-{n}.vault")
        restore(restored, backup, NEW, kdf_iter=FAST_KDF)
        assert _titles(restored, NEW) == {f"day {k}" for k in range(n + 1)}
    assert not copies_may_need_earlier_passphrase(path)
    assert not [p for p in backup_folder(path).iterdir() if p.name.startswith(".")]


def test_copies_kept_beside_the_journal_change_too(vault: Vault) -> None:
    _add(vault, "kept")
    before_update = vault.copy_verified(vault.path.with_name("journal.before-update-3-to-4.vault"))
    change_passphrase(vault, PASSPHRASE, NEW)
    assert kept_copies(vault.path) == [before_update]
    assert _opens(before_update, NEW) and not _opens(before_update, PASSPHRASE)


def test_a_copy_under_an_earlier_passphrase_is_left_and_the_restore_flow_says_so(
    vault: Vault,
) -> None:
    backups = _with_backups(vault, 2)
    earlier = backups[-1]
    # Made under a passphrase from long ago (before backups were changed with the journal).
    with Vault.open(earlier, PASSPHRASE, kdf_iter=FAST_KDF) as old:
        old.change_passphrase("a passphrase from long ago")
    result = change_passphrase(vault, PASSPHRASE, NEW)
    assert result.changed == (backups[0],) and result.left == (earlier,)
    assert _opens(earlier, "a passphrase from long ago")
    assert copies_may_need_earlier_passphrase(vault.path)
    path = vault.path
    vault.close()
    with pytest.raises(errors.WrongPassphraseError) as refused:
        restore(path, earlier, NEW, kdf_iter=FAST_KDF)
    assert "earlier passphrase" in refused.value.hint
    assert _titles(path, NEW) == {"day 0", "day 1"}  # the refused restore changed nothing


def test_wrong_current_or_same_passphrase_changes_nothing(vault: Vault) -> None:
    backups = _with_backups(vault, 1)
    before = backups[0].read_bytes()
    with pytest.raises(errors.WrongCurrentPassphraseError) as wrong:
        change_passphrase(vault, "not it", NEW)
    with pytest.raises(errors.SamePassphraseError):
        change_passphrase(vault, PASSPHRASE, PASSPHRASE)
    assert PASSPHRASE not in str(wrong.value) and NEW not in str(wrong.value)
    assert backups[0].read_bytes() == before
    _add(vault, "still open")
    path = vault.path
    vault.close()
    assert "still open" in _titles(path, PASSPHRASE)
    assert not copies_may_need_earlier_passphrase(path)


def test_a_damaged_backup_is_left_as_it_was_and_told(vault: Vault) -> None:
    backups = _with_backups(vault, 2)
    damaged = backups[0]
    with damaged.open("r+b") as handle:
        handle.seek(3 * 4096 + 100)
        handle.write(b"\xff" * 16)
    before = damaged.read_bytes()
    result = change_passphrase(vault, PASSPHRASE, NEW)
    assert result.left == (damaged,) and result.changed == (backups[1],)
    assert damaged.read_bytes() == before
    assert copies_may_need_earlier_passphrase(vault.path)


def test_other_threads_find_the_journal_busy_and_close_waits(vault: Vault) -> None:
    inside, release = threading.Event(), threading.Event()
    seen: list[object] = []

    def hold() -> None:
        with vault.changing():
            inside.set()
            release.wait(timeout=10)

    def read() -> None:
        try:
            vault.query("SELECT 1")
        except errors.VaultError as exc:
            seen.append(type(exc))

    holder = threading.Thread(target=hold)
    holder.start()
    assert inside.wait(timeout=10)
    read()
    closer = threading.Thread(target=vault.close)
    closer.start()
    closer.join(timeout=0.2)
    assert closer.is_alive()  # waits for the change to be over
    release.set()
    holder.join(timeout=10)
    closer.join(timeout=10)
    assert seen == [errors.VaultBusyError] and not vault.is_open


def test_a_passphrase_change_with_no_backups_leaves_no_note(vault: Vault) -> None:
    change_passphrase(vault, PASSPHRASE, NEW)
    assert not backup_folder(vault.path).exists()


def test_with_the_real_key_derivation(tmp_path: Path) -> None:
    path = tmp_path / "real.vault"
    with Vault.create(path, PASSPHRASE) as vault:
        automatic_backup(vault, today=date(2026, 12, 1))
        change_passphrase(vault, PASSPHRASE, NEW)
    backup = list_backups(path)[0]
    copy = tmp_path / "copy.vault"
    shutil.copyfile(backup, copy)
    connection = sqlcipher.connect(str(copy))
    connection.execute("PRAGMA key = '" + NEW + "'")
    assert connection.execute("PRAGMA application_id").fetchone()[0] != 0
    connection.close()
