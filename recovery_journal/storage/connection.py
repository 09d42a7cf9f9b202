"""Opening and checking a vault file: the only module that opens SQLCipher connections and
sets the connection's PRAGMAs (key, KDF, foreign keys, temp store, WAL, synchronous).

Also here: telling a wrong passphrase from a damaged file, both integrity checks, turning
SQLCipher and OS errors into vault errors a person can read. vault.py builds on these.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from recovery_journal import files
from recovery_journal.storage import errors

# "RJNL": marks a SQLCipher file as ours, so another app's encrypted database is told apart.
APPLICATION_ID = 0x524A4E4C
_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
_SALT = 16  # SQLCipher 4 keeps each file's random salt in its first 16 bytes
_KDF_ITER = 256_000  # SQLCipher 4's default
PAGE = 4096
# SQLCipher's raw-key syntax: 64 hex digits of key, optionally 32 more of salt.
_RAW_KEY = re.compile(rb"x'(?:[0-9A-Fa-f]{64}|[0-9A-Fa-f]{96})'")
_LOCK_BYTE_OFFSET = 1 << 30


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    """The outcome of both integrity checks; `problems` is empty when the file is sound."""

    cipher_problems: tuple[str, ...]
    sqlite_problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and not self.sqlite_problems


def check_file(path: Path, *, writable: bool = True) -> None:
    """Refuse, before SQLCipher sees it, what can't be a vault. Opens nothing for writing."""
    try:
        if path.is_dir():
            raise errors.NotAFileError()
        if not path.exists():
            raise errors.VaultMissingError()
        if not path.is_file():
            raise errors.NotAFileError()
        if not os.access(path, os.R_OK):
            raise errors.PermissionDeniedError()
        if writable and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
            raise errors.PermissionDeniedError(
                "This journal file or its folder is read-only, so changes couldn't be saved.",
                hint="Copy the journal somewhere you can write to, or change its permissions.",
            )
        with path.open("rb") as handle:
            head = handle.read(16)
    except PermissionError as exc:
        raise errors.PermissionDeniedError() from exc
    if not head:
        raise errors.EmptyFileError()
    if head == _SQLITE_PLAIN_HEADER:
        raise errors.PlainDatabaseError()
    if path.stat().st_size < PAGE:
        raise errors.TruncatedFileError()


def derive_key(path: Path, passphrase_key: bytes, kdf_iter: int | None) -> bytes:
    """The raw key SQLCipher 4 would derive (PBKDF2-HMAC-SHA512 over the file's salt), as a
    `x'...'` key: the open vault keeps this, never the passphrase itself."""
    if _RAW_KEY.fullmatch(passphrase_key):
        # SQLCipher takes a passphrase written as a raw key literally (it did so when the
        # journal was made with it): do the same, or such a journal could never open again.
        return passphrase_key
    try:
        with path.open("rb") as handle:
            salt = handle.read(_SALT)
    except OSError as exc:
        raise translate_os(exc) from exc
    if len(salt) < _SALT:
        raise errors.TruncatedFileError()
    raw = hashlib.pbkdf2_hmac("sha512", passphrase_key, salt, kdf_iter or _KDF_ITER, 32)
    return b"x'" + raw.hex().encode("ascii") + b"'"


def connect(
    path: Path, key: bytes, kdf_iter: int | None, *, read_only: bool = False,
    immutable: bool = False,
) -> Any:
    """Open a connection and key it. The only place PRAGMAs are set.

    `read_only`: a WAL vault in a read-only folder can only be read through mode=ro.
    `immutable`: read the main file alone, touching no side file (see `probe_key`).
    """
    target = str(path)
    if read_only or immutable:
        target = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    connection = sqlcipher.connect(
        target, isolation_level=None, check_same_thread=False, timeout=5.0,
        uri=read_only or immutable,
    )
    try:
        # Three log lines per wrong passphrase would otherwise reach stderr.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.set_key(key)  # bound as bytes: quotes, backslashes and emoji are safe
        if kdf_iter is not None:
            connection.execute(f"PRAGMA kdf_iter = {int(kdf_iter)}")
    except BaseException:
        connection.close()
        raise
    return connection


def configure_connection(connection: Any, *, read_only: bool = False) -> None:
    """Settings applied after the key has proved right."""
    connection.execute("PRAGMA foreign_keys = ON")
    # Temp tables and sorts stay in memory; a FILE temp store would write plaintext to disk.
    connection.execute("PRAGMA temp_store = MEMORY")
    if connection.execute("PRAGMA temp_store").fetchone()[0] != 2:
        raise errors.StorageError("The journal couldn't be opened safely on this system.")
    if read_only:
        return
    mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise errors.StorageError()
    connection.execute("PRAGMA synchronous = FULL")


def unlock(
    path: Path, key: bytes, kdf_iter: int | None, *, configure: bool = True,
    read_only: bool = False, check: bool = True,
) -> Any:
    """Open, key and prove a vault: first read, recognise it as ours, check both integrities.

    `check=False` leaves the full checks (which read every page) to the caller, who runs them
    soon after: a wrong key and a damaged first page are still told apart here.
    """
    connection = connect(path, key, kdf_iter, read_only=read_only)
    try:
        try:
            connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlcipher.DatabaseError as exc:
            if errname(exc) == "SQLITE_NOTADB":
                raise wrong_key_or_damaged(connection, path) from exc
            raise translate(exc) from exc
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise errors.NotAVaultError()
        report = integrity(connection) if check else IntegrityReport((), ())
        if report.cipher_problems and not read_only and _has_pending_wal(path):
            # SQLCipher's page check reads the main file only: after a passphrase change cut
            # short, its pages are under both keys until the -wal, whole under the key that
            # just proved right, is copied in. SQLite would do the same on close.
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            report = integrity(connection)
        if not report.ok:
            raise errors.DamagedVaultError()
        if configure:
            configure_connection(connection)
    except sqlcipher.DatabaseError as exc:
        connection.close()
        raise translate(exc) from exc
    except BaseException:
        connection.close()
        raise
    return connection


_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def probe_key(path: Path, key: bytes, kdf_iter: int | None) -> None:
    """Prove the key changing nothing: after a crash, closing an ordinary connection
    checkpoints the `-wal` (even under a wrong key) and SQLite's first open clears the
    `-shm`, both of which tell what a damaged `-wal` lost."""
    connection = connect(path, key, kdf_iter, immutable=True)  # the main file alone
    try:
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        return
    except sqlcipher.DatabaseError:
        pass  # a wrong key, or a passphrase change cut short: ask a copy with its -wal
    finally:
        connection.close()
    temp = files.temporary_name(path, "partial")
    try:
        for side in ("", "-wal"):
            source = path.with_name(path.name + side)
            if source.exists():
                files.copy_private(source, temp.with_name(temp.name + side))
    except OSError as exc:
        for side in ("-wal", ""):
            files.discard(temp.with_name(temp.name + side))
        if exc.errno in _NO_ROOM:
            # No room for a copy (a full disk just freed a little): open the journal itself,
            # as before the probe existed, rather than refuse a journal that is whole.
            return
        raise
    try:
        unlock(temp, key, kdf_iter, configure=False).close()
    finally:
        for side in ("-shm", "-wal", ""):
            files.discard(temp.with_name(temp.name + side))


def wrong_key_or_damaged(connection: Any, path: Path) -> errors.VaultError:
    """A wrong key fails every page's check; a damaged first page fails only some."""
    try:
        failures = len(connection.execute("PRAGMA cipher_integrity_check").fetchall())
    except sqlcipher.DatabaseError:
        return errors.WrongPassphraseError()
    # page_count itself needs page 1, so count pages from the size (SQLCipher 4: 4096 bytes).
    size = path.stat().st_size
    pages = -(-size // PAGE)
    if size > _LOCK_BYTE_OFFSET:
        pages -= 1  # SQLite never uses the page at 1 GiB, so no key can fail it
    if pages > 1 and 0 < failures < pages and not _has_pending_wal(path):
        return errors.DamagedVaultError()
    # With committed pages still in the WAL, a passphrase change cut short leaves pages under
    # both keys in the main file: the old key then matches some pages, yet the new key opens
    # the vault whole. That is "try the other passphrase", never "damaged".
    return errors.WrongPassphraseError()


def _has_pending_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def integrity(connection: Any) -> IntegrityReport:
    try:
        cipher = tuple(str(r[0]) for r in connection.execute("PRAGMA cipher_integrity_check"))
        plain = tuple(str(r[0]) for r in connection.execute("PRAGMA integrity_check"))
    except sqlcipher.DatabaseError as exc:
        if errname(exc) in {"SQLITE_CORRUPT", "SQLITE_NOTADB"}:
            return IntegrityReport(("unreadable page",), (str(exc),))
        raise
    sqlite_problems = tuple(p for p in plain if p != "ok")
    return IntegrityReport(cipher, sqlite_problems)


def table_counts(connection: Any) -> dict[str, int]:
    """Rows in every ordinary table (names come from the schema itself, never from input)."""
    names = [
        str(row[0]) for row in connection.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        ).fetchall()
    ]
    return {
        name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in names
    }


def rollback(connection: Any) -> None:
    with contextlib.suppress(sqlcipher.Error):
        if connection.in_transaction:
            connection.execute("ROLLBACK")


def errname(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", ""))


def translate(exc: BaseException, path: Path | None = None) -> errors.VaultError:
    """Turn a SQLCipher error into a vault error a person can read; with the vault's `path`,
    a write refused for want of room is called a full disk."""
    if isinstance(exc, errors.VaultError):
        return exc
    name = errname(exc)
    if name.startswith("SQLITE_IOERR") and path is not None and no_room(path):
        return errors.DiskFullError()
    if name.startswith("SQLITE_FULL"):
        return errors.DiskFullError()
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return errors.DamagedVaultError()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return errors.AlreadyOpenError()
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN")):
        return errors.PermissionDeniedError()
    if name.startswith("SQLITE_IOERR"):
        return errors.StorageError(
            "The journal couldn't be saved: the disk refused the write (it may be full)."
        )
    return errors.StorageError()


def no_room(path: Path) -> bool:
    """After a write failed: whether the disk (or this process's file size limit) has too
    little room left for the vault to grow by its own size, as a passphrase change must."""
    try:
        size = path.stat().st_size
        folder = os.statvfs(path.parent)
    except (OSError, AttributeError):  # statvfs: not on Windows
        return False
    needed = size + (1 << 20)
    if folder.f_bavail * folder.f_frsize < needed:
        return True
    try:
        import resource
    except ImportError:
        return False
    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return soft != resource.RLIM_INFINITY and soft < size + needed


def translate_os(exc: OSError) -> errors.VaultError:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return errors.DiskFullError()
    if isinstance(exc, PermissionError):
        return errors.PermissionDeniedError()
    return errors.StorageError()
