"""Encrypted backups: verified copies, a daily rotation, restore, and deleting everything.

A backup is a byte copy of the encrypted vault after a WAL checkpoint, so it opens with the same
passphrase. Every copy is written under a temporary name, verified (both integrity checks and
the row counts of every table), synced and only then renamed; older backups are dropped only
after the new one is in place, so a crash at any point leaves the previous backups intact.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from recovery_journal import files
from recovery_journal.storage import errors, wal
from recovery_journal.storage.connection import PAGE
from recovery_journal.storage.filelock import FileLock
from recovery_journal.storage.migrations import load_migrations
from recovery_journal.storage.proving import journal_identity, proved_file
from recovery_journal.storage.upkeep import (
    DAMAGED_WAL_SUFFIX,
    backup_folder,
    copies_may_need_earlier_passphrase,
)
from recovery_journal.storage.vault import Vault, normalise_passphrase

# vault.py is the one module that opens SQLCipher connections; a copy is proved with its opener.

KEEP_DAILY = 7
KEEP_WEEKLY = 4
_DAY_NAME = re.compile(r"^(?P<stem>.+)-(?P<day>\d{4}-\d{2}-\d{2})(?P<suffix>\.[^.]*)$")
_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")

DAMAGED_BACKUP = (
    "Your passphrase is right, but part of this backup is damaged, so it can't be restored."
)
DAMAGED_BACKUP_HINT = "Your journal was left exactly as it was. Choose another backup."
OTHER_JOURNAL = (
    "This backup came from a different journal than the one it replaced. If that wasn't "
    "what you meant, your previous journal was kept whole and can be opened again."
)
EARLIER_HINT = (
    "Backups are changed with your passphrase, but some couldn't be, so they still open with an "
    "earlier passphrase: try your previous one. Your journal was left as it was."
)
DAMAGED_WAL_KEPT = (
    "The file holding your previous journal's most recent saves was damaged, so some of them "
    "may be missing from the copy kept aside. It was kept as it was found, as {name}."
)


def backup_day(path: Path) -> date | None:
    """The day an automatic backup was made, read from its name (None for other files)."""
    match = _DAY_NAME.match(path.name)
    if match is None:
        return None
    try:
        return date.fromisoformat(match["day"])
    except ValueError:
        return None


def list_backups(vault_path: Path) -> list[Path]:
    """The automatic backups of a vault, newest first."""
    folder = backup_folder(vault_path)
    if not folder.is_dir():
        return []
    found = [
        (day, path) for path in folder.iterdir()
        if path.is_file() and not path.name.startswith(".")
        and (day := backup_day(path)) is not None
        and path.name.startswith(f"{vault_path.stem}-")
    ]
    return [path for _day, path in sorted(found, reverse=True)]


def days_to_keep(
    days: Iterable[date], *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> set[date]:
    """The rotation rule: the newest `daily` days, plus the newest day of each of the newest
    `weekly` ISO weeks (the two sets may overlap)."""
    newest_first = sorted(set(days), reverse=True)
    keep = set(newest_first[:daily])
    weeks: set[tuple[int, int]] = set()
    for day in newest_first:
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            keep.add(day)
    return keep


def back_up(vault: Vault, target: Path) -> Path:
    """Write a verified encrypted copy of the open vault to `target`; return `target`."""
    target = Path(target)
    staging = files.temporary_name(target, "verifying")
    try:
        vault.copy_verified(staging)  # temporary name, both checks, row counts, fsync
        files.publish(staging, target)
    except OSError as exc:
        raise _os_error(exc) from exc
    finally:
        files.discard(staging)
    return target


def automatic_backup(vault: Vault, *, today: date) -> Path | None:
    """Make today's backup unless there is one already, then rotate; None if none was due."""
    folder = backup_folder(vault.path)
    target = folder / f"{vault.path.stem}-{today.isoformat()}{vault.path.suffix or '.vault'}"
    if target.exists():
        return None
    try:
        files.make_private_folder(folder)
    except OSError as exc:
        raise _os_error(exc) from exc
    _remove_leftovers(folder)
    back_up(vault, target)
    _rotate(vault.path)
    return target


def verify_backup(
    vault_path: Path, backup: Path, passphrase: str, *, kdf_iter: int | None = None
) -> None:
    """Check that `backup` opens with `passphrase` and passes both integrity checks."""
    staging, _identity = _stage(vault_path, backup, passphrase, kdf_iter)
    files.discard(staging)


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did: where the previous journal was kept (None: there was none), whether
    the backup came from another journal, and where a damaged `-wal` found beside it was kept."""

    kept: Path | None
    other_journal: bool = False
    damaged_wal: Path | None = None

    def notes(self) -> list[str]:
        """Plain sentences for the person about what they should know."""
        found: list[str] = []
        if self.other_journal:
            found.append(OTHER_JOURNAL)
        if self.damaged_wal is not None:
            found.append(DAMAGED_WAL_KEPT.format(name=self.damaged_wal.name))
        return found


def restore(
    vault_path: Path, backup: Path, passphrase: str, *, kdf_iter: int | None = None
) -> Restored:
    """Put `backup` in place of the vault after checking it; say where the old vault was kept.

    The current vault is kept aside whole, the saves still only in its `-wal` folded in, and is
    never deleted. A symlinked journal stays a link: the file it points to is replaced. A
    backup that doesn't check out changes nothing.
    """
    normalise_passphrase(passphrase)  # an empty passphrase is refused before any copying
    target = vault_path.resolve() if vault_path.is_symlink() else vault_path
    staging, backup_identity = _stage(target, backup, passphrase, kdf_iter)
    lock: FileLock | None = None
    try:
        if not target.exists():
            files.publish(staging, target)
            return Restored(kept=None)
        lock = FileLock(target)
        if not lock.acquire():
            raise errors.AlreadyOpenError()
        aside = _aside_name(target)
        damaged_wal = _make_whole(target, aside)
        current_identity = journal_identity(target, passphrase, kdf_iter=kdf_iter)
        _keep_aside(target, aside)
        files.publish(staging, target)
    except OSError as exc:
        raise _os_error(exc) from exc
    finally:
        if lock is not None:
            lock.release()
        files.discard(staging)
    other = None not in (backup_identity, current_identity) and backup_identity != current_identity
    return Restored(kept=aside, other_journal=other, damaged_wal=damaged_wal)


def delete_everything(vault_path: Path) -> None:
    """Remove the vault, its -wal/-shm, the copies kept beside it and all its backups."""
    lock: FileLock | None = None
    if vault_path.is_file():
        lock = FileLock(vault_path)
        if not lock.acquire():
            raise errors.AlreadyOpenError()
    try:
        for path in _deletable(vault_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        folder = backup_folder(vault_path)
        with contextlib.suppress(FileNotFoundError, OSError):
            folder.rmdir()  # only when nothing else was put there
        files.fsync_folder(vault_path.parent)
    except OSError as exc:
        raise _os_error(exc) from exc
    finally:
        if lock is not None:
            lock.release()


# -- helpers ---------------------------------------------------------------------------------


def _deletable(vault_path: Path) -> list[Path]:
    """Exactly the files that belong to this vault: itself, side files, kept copies, backups."""
    mains = [vault_path]
    parent = vault_path.parent
    if parent.is_dir():
        prefixes = tuple(f"{vault_path.stem}.before-{kind}-"
                         for kind in ("update", "restore", "wal-repair"))
        mains += [
            p for p in parent.iterdir()
            if p.name.startswith(prefixes) and not p.name.endswith(_SIDE_FILES)
        ]
    folder = backup_folder(vault_path)
    if folder.is_dir():
        mains += list_backups(vault_path)
        mains += [p for p in folder.iterdir() if p.name.startswith(".") and p.is_file()]
    return [p.with_name(p.name + side) for p in mains for side in ("", *_SIDE_FILES)]


def _rotate(vault_path: Path) -> None:
    backups = list_backups(vault_path)
    keep = days_to_keep(day for p in backups if (day := backup_day(p)) is not None)
    for path in backups:
        if backup_day(path) not in keep:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    files.fsync_folder(backup_folder(vault_path))


def _remove_leftovers(folder: Path) -> None:
    # Temporary copies left by a crash; the vault's lock means no other backup is running.
    for path in folder.iterdir():
        if path.name.startswith(".") and (".partial-" in path.name or ".verifying-" in path.name):
            with contextlib.suppress(OSError):
                path.unlink()


def _stage(
    vault_path: Path, backup: Path, passphrase: str, kdf_iter: int | None
) -> tuple[Path, str | None]:
    """Copy `backup` beside the vault under a temporary name and prove it; return that copy
    and the identity of the journal it came from."""
    _refuse_plainly(backup)
    staging = files.temporary_name(vault_path, "restoring")
    files.discard(staging)  # left by an earlier run of this same process id
    try:
        files.copy_private(backup, staging)
        identity = _prove(staging, passphrase, kdf_iter)
    except errors.WrongPassphraseError as exc:
        files.discard(staging)
        if copies_may_need_earlier_passphrase(vault_path):
            raise errors.WrongPassphraseError(exc.message, hint=EARLIER_HINT) from None
        raise
    except BaseException as exc:
        files.discard(staging)
        if isinstance(exc, OSError):
            raise _os_error(exc) from exc
        raise
    return staging, identity


def _prove(path: Path, passphrase: str, kdf_iter: int | None) -> str | None:
    try:
        version, identity = proved_file(path, passphrase, kdf_iter=kdf_iter)
    except errors.DamagedVaultError:
        raise errors.DamagedVaultError(DAMAGED_BACKUP, hint=DAMAGED_BACKUP_HINT) from None
    except errors.WrongPassphraseError:
        raise errors.WrongPassphraseError(
            "That passphrase doesn't open this backup, or it isn't a Recovery Journal backup.",
            hint="It is the passphrase the journal had when the backup was made. "
            "Your journal was left as it was.",
        ) from None
    if version > load_migrations()[-1].version:
        raise errors.NewerVersionError()
    return identity


def _refuse_plainly(backup: Path) -> None:
    if not backup.exists():
        raise errors.VaultMissingError("There is no backup file at that place.")
    if not backup.is_file():
        raise errors.NotAFileError()
    try:
        with backup.open("rb") as handle:
            head = handle.read(16)
    except PermissionError as exc:
        raise errors.PermissionDeniedError() from exc
    if not head:
        raise errors.EmptyFileError("This backup file is empty, so it holds no journal.",
                                    hint="Your journal was left as it was.")
    if head == _SQLITE_PLAIN_HEADER:
        raise errors.PlainDatabaseError()
    if backup.stat().st_size < PAGE:
        raise errors.TruncatedFileError(
            "This backup file ends before its first page does, so it was cut short or it "
            "isn't a backup.", hint="Your journal was left as it was. Choose another backup.")


def _aside_name(vault_path: Path) -> Path:
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    suffix = vault_path.suffix or ".vault"
    aside = vault_path.with_name(f"{vault_path.stem}.before-restore-{stamp}{suffix}")
    number = 1
    while aside.exists():
        number += 1
        aside = vault_path.with_name(f"{vault_path.stem}.before-restore-{stamp}-{number}{suffix}")
    return aside


def _make_whole(vault_path: Path, aside: Path) -> Path | None:
    """Fold the saves still only in the `-wal` into the vault file itself, then drop the side
    files; return where a damaged `-wal` was kept (None if it was sound).

    Each step leaves a journal that opens with every committed save: the folded copy replaces
    the file while the `-wal` is still there (replaying it onto the folded file changes
    nothing), and only then are the side files removed.
    """
    log = wal.wal_path(vault_path)
    report = wal.inspect(vault_path)
    kept: Path | None = None
    if report.damaged:
        kept = aside.with_name(aside.name + DAMAGED_WAL_SUFFIX)
        if log.exists():
            files.copy_private(log, kept)
        else:  # lost: keep the wal-index that says what was there
            files.copy_private(log.with_name(vault_path.name + "-shm"), kept)
    if report.holds_saves:
        folded = files.temporary_name(vault_path, "partial")
        try:
            wal.copy_whole(vault_path, folded)
            files.publish(folded, vault_path)
        finally:
            files.discard(folded)
    # The -shm goes first, as SQLite does: a -shm that counts frames of a missing -wal would
    # read as a lost -wal on the next open.
    for side in ("-shm", "-wal"):
        with contextlib.suppress(FileNotFoundError):
            vault_path.with_name(vault_path.name + side).unlink()
    files.fsync_folder(vault_path.parent)
    return kept


def _keep_aside(vault_path: Path, aside: Path) -> None:
    """Keep the (now whole) vault under `aside`; it stays at its place until replaced."""
    try:
        os.link(vault_path, aside)
        files.make_private(aside)  # a vault made 0644 by an older version
    except OSError:
        files.copy_private(vault_path, aside)  # file systems without hard links
    files.fsync_folder(vault_path.parent)


def _os_error(exc: OSError) -> errors.VaultError:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return errors.DiskFullError()
    if isinstance(exc, PermissionError):
        return errors.PermissionDeniedError()
    return errors.StorageError()
