"""Every way a file can fail to open: its own error, its own words, and the file untouched."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from recovery_journal.storage import errors
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

PAGE = 4096


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.name: (p.read_bytes() if p.is_file() else b"<dir>") for p in sorted(folder.iterdir())
    }


def _assert_refused(path: Path, error: type[errors.VaultError], passphrase: str = PASSPHRASE
                    ) -> errors.VaultError:
    before = _snapshot(path.parent)
    with pytest.raises(error) as caught:
        Vault.open(path, passphrase, kdf_iter=FAST_KDF)
    assert _snapshot(path.parent) == before, "the folder changed"
    message = str(caught.value)
    assert message and "Traceback" not in message and PASSPHRASE not in message
    return caught.value


@pytest.fixture
def vault_file(make_vault: Callable[..., Vault]) -> Path:
    vault = make_vault()
    with vault.write() as w:
        for i in range(200):  # enough pages that damage can land in the middle
            w.execute("INSERT INTO tag (name) VALUES (?)", (f"tag number {i} " + "x" * 200,))
    vault.close()
    return vault.path


def _damage(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_wrong_passphrase_any_number_of_times(vault_file: Path) -> None:
    for attempt in range(3):
        error = _assert_refused(vault_file, errors.WrongPassphraseError, f"wrong {attempt}")
    assert "or this is not a Recovery Journal file" in error.message
    Vault.open(vault_file, PASSPHRASE, kdf_iter=FAST_KDF).close()


def test_random_bytes_read_as_wrong_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "noise.vault"
    path.write_bytes(os.urandom(PAGE * 8))
    _assert_refused(path, errors.WrongPassphraseError)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.vault"
    path.touch()
    error = _assert_refused(path, errors.EmptyFileError)
    assert "empty" in error.message


def test_plain_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    _assert_refused(path, errors.PlainDatabaseError)


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder.vault"
    folder.mkdir()
    _assert_refused(folder, errors.NotAFileError)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.vault"
    os.mkfifo(fifo)
    with pytest.raises(errors.NotAFileError):
        Vault.open(fifo, PASSPHRASE, kdf_iter=FAST_KDF)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(errors.VaultMissingError):
        Vault.open(tmp_path / "nowhere.vault", PASSPHRASE, kdf_iter=FAST_KDF)
    assert list(tmp_path.iterdir()) == []


def test_another_apps_sqlcipher_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlcipher.connect(str(path))
    connection.set_key(PASSPHRASE.encode())
    connection.execute(f"PRAGMA kdf_iter = {FAST_KDF}")
    connection.execute("CREATE TABLE passwords (site, secret)")
    connection.commit()
    connection.close()
    error = _assert_refused(path, errors.NotAVaultError)
    assert "another app" in error.message


def test_vault_from_a_newer_version(vault_file: Path) -> None:
    connection = sqlcipher.connect(str(vault_file))
    connection.set_key(PASSPHRASE.encode())
    connection.execute(f"PRAGMA kdf_iter = {FAST_KDF}")
    connection.execute("PRAGMA user_version = 999")
    connection.commit()
    connection.close()
    _assert_refused(vault_file, errors.NewerVersionError)


@pytest.mark.parametrize("where", ["header", "middle", "last page"])
def test_a_flipped_byte_is_damage_not_a_wrong_passphrase(vault_file: Path, where: str) -> None:
    size = vault_file.stat().st_size
    offset = {"header": 100, "middle": (size // PAGE // 2) * PAGE + 500, "last page": size - 50}
    _damage(vault_file, offset[where])
    error = _assert_refused(vault_file, errors.DamagedVaultError)
    assert "backup" in error.hint
    # and with a wrong passphrase it is still just "doesn't open"
    _assert_refused(vault_file, errors.WrongPassphraseError, "not the passphrase")


def test_truncated_at_a_page_boundary(vault_file: Path) -> None:
    data = vault_file.read_bytes()
    vault_file.write_bytes(data[: (len(data) // PAGE - 3) * PAGE])
    _assert_refused(vault_file, errors.DamagedVaultError)


def test_appended_garbage(vault_file: Path) -> None:
    with vault_file.open("ab") as handle:
        handle.write(os.urandom(PAGE + 17))
    _assert_refused(vault_file, errors.DamagedVaultError)


_AS_NOBODY = """
import os, sys
from recovery_journal.storage.vault import Vault
from recovery_journal.storage import errors
os.setgid(65534); os.setuid(65534)  # after the imports: nobody can't read the interpreter
try:
    Vault.open(sys.argv[1], 'x', kdf_iter=2)
except errors.PermissionDeniedError as e:
    print(type(e).__name__)
"""


def test_no_permission(vault_file: Path) -> None:
    vault_file.chmod(0o000)
    vault_file.parent.chmod(0o755)
    before = _snapshot(vault_file.parent) if os.geteuid() == 0 else None
    try:
        if os.geteuid() == 0:  # root reads anything: ask as an unprivileged user
            result = subprocess.run(
                [sys.executable, "-c", _AS_NOBODY, str(vault_file)],
                capture_output=True, text=True, check=False,
            )
            assert result.stdout.strip() == "PermissionDeniedError", result.stderr
            assert _snapshot(vault_file.parent) == before
        else:
            with pytest.raises(errors.PermissionDeniedError):
                Vault.open(vault_file, PASSPHRASE, kdf_iter=FAST_KDF)
    finally:
        vault_file.chmod(0o600)


def test_already_open_leaves_the_file_alone(vault_file: Path) -> None:
    with (
        Vault.open(vault_file, PASSPHRASE, kdf_iter=FAST_KDF),
        pytest.raises(errors.AlreadyOpenError),
    ):
        Vault.open(vault_file, PASSPHRASE, kdf_iter=FAST_KDF)


def test_every_error_has_its_own_type_and_exit_code() -> None:
    kinds = [
        errors.WrongPassphraseError, errors.EmptyFileError, errors.PlainDatabaseError,
        errors.NotAFileError, errors.NotAVaultError, errors.DamagedVaultError,
        errors.NewerVersionError, errors.AlreadyOpenError, errors.VaultMissingError,
        errors.PermissionDeniedError,
    ]
    assert len({k.exit_code for k in kinds}) == len(kinds)
    assert all(k.message.endswith(".") for k in kinds)


@pytest.mark.parametrize("where", ["header", "middle", "last page"])
def test_unlocking_without_the_full_check_still_finds_damage_soon_after(
    vault_file: Path, where: str
) -> None:
    """The app unlocks with check=False and checks aside at once: the same damage is found,
    and a wrong passphrase (or a damaged first page) is still told at unlock."""
    with Vault.open(vault_file, PASSPHRASE, kdf_iter=FAST_KDF, check=False) as sound:
        assert sound.check_integrity_aside().ok
    size = vault_file.stat().st_size
    offset = {"header": 100, "middle": (size // PAGE // 2) * PAGE + 500, "last page": size - 50}
    _damage(vault_file, offset[where])
    with pytest.raises(errors.WrongPassphraseError):
        Vault.open(vault_file, "not the passphrase", kdf_iter=FAST_KDF, check=False)
    if where == "header":
        with pytest.raises(errors.DamagedVaultError):
            Vault.open(vault_file, PASSPHRASE, kdf_iter=FAST_KDF, check=False)
        return
    with Vault.open(vault_file, PASSPHRASE, kdf_iter=FAST_KDF, check=False) as opened:
        report = opened.check_integrity_aside()
        assert not report.ok
        assert report.cipher_problems
