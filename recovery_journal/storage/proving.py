"""Proving a vault file without opening it for use: a backup before it is restored, and the
identity of the journal it belongs to. Writes nothing and takes no lock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from recovery_journal.storage import errors
from recovery_journal.storage.connection import check_file, derive_key, unlock
from recovery_journal.storage.vault import normalise_passphrase


def inspect_file(path: Path, passphrase: str, *, kdf_iter: int | None = None) -> int:
    """Prove a vault file (a backup, say) without changing it: key, both checks; its schema version.

    Raises the same errors as `Vault.open` (wrong passphrase, damaged, not a vault...). Takes no
    lock and writes nothing, so it is safe on a copy that is about to replace a vault.
    """
    return proved_file(path, passphrase, kdf_iter=kdf_iter)[0]


def proved_file(
    path: Path, passphrase: str, *, kdf_iter: int | None = None
) -> tuple[int, str | None]:
    """`inspect_file`, and the journal's identity (None before schema 4 gave it one)."""
    passphrase_key = normalise_passphrase(passphrase)
    check_file(path, writable=False)
    key = derive_key(path, passphrase_key, kdf_iter)
    connection = unlock(path, key, kdf_iter, configure=False)
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        return version, _identity(connection)
    finally:
        connection.close()


def journal_identity(path: Path, passphrase: str, *, kdf_iter: int | None = None) -> str | None:
    """The identity of the vault at `path` if `passphrase` opens it, else None; reads only."""
    try:
        return proved_file(path, passphrase, kdf_iter=kdf_iter)[1]
    except errors.VaultError:
        return None


def _identity(connection: Any) -> str | None:
    try:
        row = connection.execute("SELECT identity FROM journal_identity WHERE id = 1").fetchone()
    except sqlcipher.DatabaseError:  # a vault from before schema 4
        return None
    return str(row[0]) if row else None
