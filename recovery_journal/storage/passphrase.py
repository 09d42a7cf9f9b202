"""Changing the passphrase of a journal and of every copy the app keeps of it.

The journal is re-encrypted and reopened first (`Vault.change_passphrase`). Then each
automatic backup and each copy kept beside the journal (before an update, before a restore) is
re-encrypted the same way a backup is made: under a temporary name, proved to open with the new
passphrase with every row, synced, and only then renamed over the old copy. A kill at any moment
leaves every copy whole under the old or the new passphrase.

While any copy may still need an earlier passphrase (the change was cut short, or a copy didn't
open with the passphrase of the time), a note with no content sits in the backup folder, and
the restore flow says so (`upkeep.copies_may_need_earlier_passphrase`).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from recovery_journal import files
from recovery_journal.storage import errors
from recovery_journal.storage.backups import list_backups
from recovery_journal.storage.connection import derive_key, table_counts, unlock
from recovery_journal.storage.upkeep import EARLIER_PASSPHRASE_NOTE, backup_folder
from recovery_journal.storage.vault import Vault, normalise_passphrase

_KEPT_KINDS = ("update", "restore")  # a wal-repair copy belongs with its damaged -wal: left as is
_SIDES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class PassphraseChanged:
    """What a change did to the copies: those that now open with the new passphrase, and those
    left as they were (they didn't open with the passphrase of the time, or couldn't be redone)."""

    changed: tuple[Path, ...] = ()
    left: tuple[Path, ...] = ()


@dataclass
class _Keys:
    """Derived keys by file salt, so copies sharing the journal's salt cost one derivation."""

    old: bytes
    new: bytes
    kdf_iter: int | None
    _cache: dict[tuple[bytes, bytes], bytes] = field(default_factory=dict)

    def for_file(self, path: Path, passphrase_key: bytes) -> bytes:
        with path.open("rb") as handle:
            salt = handle.read(16)
        found = self._cache.get((salt, passphrase_key))
        if found is None:
            found = derive_key(path, passphrase_key, self.kdf_iter)
            self._cache[(salt, passphrase_key)] = found
        return found


def kept_copies(vault_path: Path) -> list[Path]:
    """The automatic backups of a journal and the copies kept beside it, newest backup first."""
    suffix = vault_path.suffix or ".vault"
    prefixes = tuple(f"{vault_path.stem}.before-{kind}-" for kind in _KEPT_KINDS)
    try:
        beside = sorted(
            p for p in vault_path.parent.iterdir()
            if p.name.startswith(prefixes) and p.name.endswith(suffix) and p.is_file()
        )
    except OSError:
        beside = []
    return [*list_backups(vault_path), *beside]


def change_passphrase(vault: Vault, current: str, new: str) -> PassphraseChanged:
    """Check `current`, re-encrypt the journal with `new` and reopen it, then every copy of it.

    Raises WrongCurrentPassphraseError or SamePassphraseError before anything is changed. Other
    threads find the vault busy until this returns.
    """
    with vault.changing():
        if not vault.passphrase_matches(current):
            raise errors.WrongCurrentPassphraseError()
        old_key, new_key = normalise_passphrase(current), normalise_passphrase(new)
        if old_key == new_key:
            raise errors.SamePassphraseError()
        copies = kept_copies(vault.path)
        note = backup_folder(vault.path) / EARLIER_PASSPHRASE_NOTE
        had_note = note.is_file()
        if copies:
            _write_note(note)  # before the journal changes: a kill from here on is explained
        try:
            vault.change_passphrase(new)
        except BaseException:
            if not had_note:
                files.discard(note)
            raise
        keys = _Keys(old_key, new_key, vault.kdf_iter)
        changed = [copy for copy in copies if _rekey_copy(copy, keys)]
        left = tuple(copy for copy in copies if copy not in changed)
        if not left:
            files.discard(note)
            files.fsync_folder(note.parent)
    return PassphraseChanged(tuple(changed), left)


def _write_note(note: Path) -> None:
    files.make_private_folder(note.parent)
    if not note.exists():
        files.create_private(note).close()
    files.fsync_folder(note.parent)


def _rekey_copy(copy: Path, keys: _Keys) -> bool:
    """Re-encrypt one copy under a temporary name, prove it, put it in place; False if the copy
    didn't open with the old passphrase or couldn't be redone (it is then left as it was)."""
    temp = files.temporary_name(copy, "partial")
    _discard_all(temp)  # left by an earlier run of this same process id
    try:
        files.copy_private(copy, temp)
        counts = _reencrypt(temp, keys)
        if counts is None:
            return False
        proof = unlock(temp, keys.for_file(temp, keys.new), keys.kdf_iter, configure=False)
        try:
            if table_counts(proof) != counts:
                return False
        finally:
            proof.close()
        if any(temp.with_name(temp.name + side).exists() for side in _SIDES):
            return False  # a save not folded into the file itself; never publish half a copy
        files.fsync_file(temp)
        files.publish(temp, copy)
        return True
    except (OSError, sqlcipher.Error, errors.VaultError):
        return False
    finally:
        _discard_all(temp)


def _reencrypt(temp: Path, keys: _Keys) -> dict[str, int] | None:
    """Re-encrypt `temp` in place from the old to the new key; its row counts, or None when the
    old passphrase doesn't open it whole."""
    try:
        connection = unlock(temp, keys.for_file(temp, keys.old), keys.kdf_iter, configure=False)
    except errors.VaultError:
        return None
    try:
        counts = table_counts(connection)
        # The new key for this file's salt, as SQLCipher would derive it from the passphrase.
        connection.reset_key(keys.for_file(temp, keys.new))
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return counts


def _discard_all(temp: Path) -> None:
    for side in ("", *_SIDES):
        files.discard(temp.with_name(temp.name + side))
    with contextlib.suppress(OSError):
        files.fsync_folder(temp.parent)
