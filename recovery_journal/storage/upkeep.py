"""File-level care of a vault when it opens: stale temporaries, owner-only modes, and a
damaged `-wal` kept aside before SQLite would silently drop what it could not read."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from recovery_journal import files
from recovery_journal.storage import errors, wal
from recovery_journal.storage.connection import derive_key, probe_key, translate, unlock

DAMAGED_WAL_SUFFIX = ".damaged-wal"
# Present in the backup folder while some copy of the journal may need an earlier passphrase
# (a change cut short, or a copy that didn't open with the passphrase of the time). It holds
# nothing: its being there is the whole message.
EARLIER_PASSPHRASE_NOTE = ".earlier-passphrase"


def backup_folder(vault_path: Path) -> Path:
    """The folder of a vault's automatic backups: `<vault folder>/backups-<vault stem>/`."""
    return vault_path.parent / f"backups-{vault_path.stem}"


def copies_may_need_earlier_passphrase(vault_path: Path) -> bool:
    """True if a backup or kept copy of this journal may open only with an earlier passphrase."""
    return (backup_folder(vault_path) / EARLIER_PASSPHRASE_NOTE).is_file()


def tidy(vault_path: Path) -> None:
    """Remove what a killed command of ours left beside the vault and its backups (plaintext
    first), and make the vault and its side files owner-only."""
    for folder in (vault_path.parent, backup_folder(vault_path)):
        files.remove_stale_temporaries(folder)
    for path in (vault_path, *files.iter_side_files(vault_path)):
        with contextlib.suppress(OSError):
            files.make_private(path)


def keep_damaged_wal(vault_path: Path) -> list[Path]:
    """Copy the vault and its damaged `-wal` (or the `-shm` that says what was lost) aside,
    exactly as they are; return the copies."""
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    suffix = vault_path.suffix or ".vault"
    aside = vault_path.with_name(f"{vault_path.stem}.before-wal-repair-{stamp}{suffix}")
    number = 1
    while aside.exists():
        number += 1
        aside = vault_path.with_name(
            f"{vault_path.stem}.before-wal-repair-{stamp}-{number}{suffix}")
    kept = [aside]
    files.copy_private(vault_path, aside)
    for side in ("-wal", "-shm"):
        source = vault_path.with_name(vault_path.name + side)
        if source.exists():
            copy = aside.with_name(aside.name + DAMAGED_WAL_SUFFIX + side.replace("-wal", ""))
            files.copy_private(source, copy)
            kept.append(copy)
    files.fsync_folder(vault_path.parent)
    return kept


def unlock_keeping_damage(
    path: Path, key: bytes, kdf_iter: int | None, read_only: bool, check: bool = True,
) -> Any:
    """Unlock; a damaged `-wal` is first copied aside, and once the key has proved right the
    part SQLite can read is checkpointed and the person told (DamagedWalError)."""
    report = wal.inspect(path)
    if report.damaged or report.holds_saves:
        probe_key(path, key, kdf_iter)  # a wrong passphrase must change nothing, even here
    kept = keep_damaged_wal(path) if report.damaged and not read_only else []
    # Nothing is written until the version is known and, if needed, a copy is made.
    # A -wal found damaged is checked in full at once: its part was just folded in.
    connection = unlock(path, key, kdf_iter, configure=False, read_only=read_only,
                        check=check or bool(kept))
    if not kept:
        return connection
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher.DatabaseError as exc:
        raise translate(exc) from exc
    finally:
        connection.close()
    raise errors.DamagedWalError(kept[0].name)


CHANGED_START = (
    "That passphrase opens this journal's latest backup, but the start of this journal file "
    "no longer matches it: the file was changed or damaged there, so no passphrase can open it."
)
CHANGED_START_HINT = "The file was not changed. Restore your latest backup, and keep this file."


def changed_start(
    path: Path, passphrase_key: bytes, kdf_iter: int | None
) -> errors.VaultError | None:
    """After "doesn't open": a damaged error when the journal's salt (its first 16 bytes, which
    every page's key depends on) differs from its latest backup's and the passphrase opens
    that backup, since a changed salt makes the right passphrase fail every page too."""
    backups = sorted(
        (p for p in _safe_listing(backup_folder(path)) if p.name.startswith(f"{path.stem}-")
         and p.suffix == (path.suffix or ".vault")), reverse=True)
    if not backups:
        return None
    try:
        with path.open("rb") as mine, backups[0].open("rb") as theirs:
            if mine.read(16) == theirs.read(16):
                return None
        unlock(backups[0], derive_key(backups[0], passphrase_key, kdf_iter), kdf_iter,
               configure=False, read_only=True).close()
    except (OSError, errors.VaultError, sqlcipher.Error):
        return None
    return errors.DamagedVaultError(CHANGED_START, hint=CHANGED_START_HINT)


def _safe_listing(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_file()]
    except OSError:
        return []
