"""Every failure in its right words: a wrong passphrase is never called damage, whatever the
file's size, and a file cut short or changed at its start is called that."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from recovery_journal.storage import errors
from recovery_journal.storage.backups import automatic_backup
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

GIB = 1 << 30


def _bytes_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.slow
def test_a_wrong_passphrase_on_a_journal_over_1_gib_is_not_damage(
    make_vault: Callable[..., Vault],
) -> None:
    """SQLite skips the page at 1 GiB: a wrong key fails every page but that one."""
    vault = make_vault()
    path = vault.path
    vault.close()
    with path.open("r+b") as handle:  # sparse: no real disk space is used
        handle.truncate(GIB + 3 * 4096)
    assert path.stat().st_size > GIB
    with pytest.raises(errors.WrongPassphraseError):
        Vault.open(path, "not the passphrase", kdf_iter=FAST_KDF)


@pytest.mark.parametrize("size", [1, 15, 16, 100, 4095])
def test_a_file_shorter_than_a_page_is_called_cut_short(tmp_path: Path, size: int) -> None:
    path = tmp_path / "short.vault"
    path.write_bytes(os.urandom(size))
    before = _bytes_of(tmp_path)
    with pytest.raises(errors.TruncatedFileError, match="cut short"):
        Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF)
    assert _bytes_of(tmp_path) == before


def test_a_truncated_first_page_of_a_real_journal_is_called_cut_short(
    make_vault: Callable[..., Vault],
) -> None:
    vault = make_vault()
    path = vault.path
    vault.close()
    path.write_bytes(path.read_bytes()[:2000])
    with pytest.raises(errors.TruncatedFileError):
        Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF)


def test_a_changed_header_is_not_called_a_wrong_passphrase(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    from datetime import date

    vault = make_vault()
    automatic_backup(vault, today=date(2026, 11, 30))
    path = vault.path
    vault.close()
    data = bytearray(path.read_bytes())
    data[3] ^= 0x01  # the salt: every page now fails under the right passphrase too
    path.write_bytes(bytes(data))
    before = _bytes_of(tmp_path)
    with pytest.raises(errors.DamagedVaultError, match="start of this journal file"):
        Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF)
    # A passphrase that opens neither is still only "doesn't open".
    with pytest.raises(errors.WrongPassphraseError):
        Vault.open(path, "not the passphrase", kdf_iter=FAST_KDF)
    assert _bytes_of(tmp_path) == before


def test_a_backup_cut_short_is_called_that_and_changes_nothing(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    from recovery_journal.storage.backups import restore

    vault = make_vault()
    path = vault.path
    vault.close()
    short = tmp_path / "short-backup.vault"
    short.write_bytes(b"x")
    before = _bytes_of(tmp_path)
    with pytest.raises(errors.TruncatedFileError, match="backup file ends") as caught:
        restore(path, short, PASSPHRASE, kdf_iter=FAST_KDF)
    assert "journal was left as it was" in str(caught.value)
    assert _bytes_of(tmp_path) == before
