"""The encrypted vault: create, unlock, change the passphrase, check, close.

Opening, keying and checking a file, and every connection PRAGMA, live in connection.py; this
module builds the Vault on them and writes only the file's own marks (application_id on
create, user_version with each migration). Defaults are SQLCipher 4's own (PBKDF2-HMAC-SHA512,
256,000 iterations, AES-256, HMAC per page), so any SQLCipher 4 tool opens a vault with its
passphrase.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import threading
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from recovery_journal import files
from recovery_journal.storage import errors, upkeep, wal
from recovery_journal.storage.connection import (
    APPLICATION_ID,
    IntegrityReport,
    check_file,
    configure_connection,
    connect,
    derive_key,
    integrity,
    no_room,
    rollback,
    table_counts,
    translate,
    translate_os,
    unlock,
)
from recovery_journal.storage.filelock import FileLock
from recovery_journal.storage.migrations import Migration, load_migrations

FORMAT_MARKER = "recovery-journal"

# The fixture builder and the migration tests open raw connections through this module.
_connect = connect

Params = Sequence[Any] | dict[str, Any]
Clock = Callable[[], datetime]


def normalise_passphrase(passphrase: str) -> bytes:
    """Return the key bytes for a passphrase: NFC-normalised UTF-8, refused if empty."""
    if not passphrase:
        raise errors.EmptyPassphraseError()
    if "\x00" in passphrase:
        raise errors.UnusablePassphraseError()
    # NFC and NFD forms of the same typed text would otherwise derive different keys.
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate cannot be typed, only pasted oddly
        raise errors.UnusablePassphraseError(
            "That passphrase contains a character that can't be used."
        ) from exc


def utc_now() -> datetime:
    """The current time in UTC, the vault's default clock."""
    return datetime.now(UTC)


class Writer:
    """Runs statements inside one open write transaction (see `Vault.write`)."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def execute(self, sql: str, params: Params = ()) -> Any:
        """Run one statement and return its cursor (for `lastrowid` and `rowcount`)."""
        return self._connection.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement for many parameter rows."""
        self._connection.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Read inside the transaction, seeing its own uncommitted writes."""
        return list(self._connection.execute(sql, params).fetchall())


class Vault:
    """An open, unlocked vault. Make one with `Vault.create` or `Vault.open`.

    A vault is used by one thread at a time; it may be opened on a worker thread (the key
    derivation is slow) and then handed to the GUI thread.
    """

    def __init__(
        self, path: Path, connection: Any, lock: FileLock, key: bytes, kdf_iter: int | None,
        clock: Clock,
    ) -> None:
        self.path = path
        self._connection: Any = connection
        self._lock = lock
        self._key = key
        self._kdf_iter = kdf_iter
        self._savepoints = 0
        self.clock = clock
        self.read_only = False
        # Held by the one thread changing the passphrase: others are told "busy", close() waits.
        self._changing = threading.RLock()
        self._changer: int | None = None

    # -- opening and creating ---------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path | str, passphrase: str, *, kdf_iter: int | None = None,
        clock: Clock = utc_now,
    ) -> Vault:
        """Create a new vault at `path` (which must not exist yet) and return it unlocked.

        `kdf_iter` lowers the key derivation cost; only tests and throwaway vaults use it.
        """
        path = Path(path)
        key = normalise_passphrase(passphrase)
        if path.exists() or path.is_symlink():
            raise errors.VaultExistsError()
        if not path.parent.is_dir():
            raise errors.VaultMissingError("The folder for the new journal doesn't exist.")
        # Build the vault under a temporary name so no half-made vault ever sits at `path`.
        temp = files.temporary_name(path, "creating")
        try:
            connection = connect(temp, key, kdf_iter)
            try:
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                _apply_migrations(connection, load_migrations(), from_version=0)
            finally:
                connection.close()
            files.make_private(temp)
            files.fsync_file(temp)
            try:
                # A hard link refuses to replace a file that appeared meanwhile.
                os.link(temp, path)
            except FileExistsError:
                raise errors.VaultExistsError() from None
            files.fsync_folder(path.parent)
        except PermissionError as exc:
            raise errors.PermissionDeniedError(
                "This computer account can't create a file in that folder."
            ) from exc
        except sqlcipher.DatabaseError as exc:
            raise translate(exc) from exc
        finally:
            files.discard(temp)
        return cls.open(path, passphrase, kdf_iter=kdf_iter, clock=clock)

    @classmethod
    def open(
        cls, path: Path | str, passphrase: str, *, kdf_iter: int | None = None,
        clock: Clock = utc_now, read_only: bool = False, check: bool = True,
    ) -> Vault:
        """Unlock the vault at `path`, migrating it (after a verified backup) if it is older.

        `read_only` opens a vault the person may read but not change (check, export, backup);
        it writes nothing at all, so an older vault is refused rather than updated.
        `check=False` skips the full integrity checks, which read every page (about half a
        second at ten years); the caller runs `check_integrity_aside` soon after. A migration
        still checks first: it starts from a copy that is checked in full.
        """
        path = Path(path)
        passphrase_key = normalise_passphrase(passphrase)
        check_file(path, writable=not read_only)
        # The vault keeps the derived key for its copies, never the passphrase.
        key = derive_key(path, passphrase_key, kdf_iter)
        lock = FileLock(path)
        if not lock.acquire():
            raise errors.AlreadyOpenError()
        try:
            connection = upkeep.unlock_keeping_damage(path, key, kdf_iter, read_only, check)
        except errors.WrongPassphraseError as exc:
            lock.release()
            raise upkeep.changed_start(path, passphrase_key, kdf_iter) or exc from None
        except BaseException:
            lock.release()
            raise
        finally:
            del passphrase_key
        vault = cls(path, connection, lock, key, kdf_iter, clock)
        vault.read_only = read_only
        try:
            if not read_only:
                upkeep.tidy(path)
            vault._migrate_if_needed()
        except sqlcipher.DatabaseError as exc:
            vault.close()
            raise translate(exc) from exc
        except BaseException:
            vault.close()
            raise
        return vault

    # -- reading and writing ---------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._connection is not None

    def _conn(self) -> Any:
        if self._changer not in (None, threading.get_ident()):
            raise errors.VaultBusyError()
        if self._connection is None:
            raise errors.VaultClosedError()
        return self._connection

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Run a read and return every row."""
        try:
            return list(self._conn().execute(sql, params).fetchall())
        except sqlcipher.DatabaseError as exc:
            raise translate(exc) from exc

    def query_one(self, sql: str, params: Params = ()) -> tuple[Any, ...] | None:
        """Run a read and return its first row, or None."""
        rows = self.query(sql, params)
        return rows[0] if rows else None

    @contextlib.contextmanager
    def write(self) -> Iterator[Writer]:
        """One write transaction: everything inside commits together, or nothing does.

        Nested calls join the outer transaction through a savepoint, so an import can wrap many
        repository calls in one all-or-nothing transaction.
        """
        connection = self._conn()
        if connection.in_transaction:
            yield from self._nested_write(connection)
            return
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlcipher.DatabaseError as exc:
            raise translate(exc) from exc
        try:
            yield Writer(connection)
            connection.execute("COMMIT")
        except sqlcipher.DatabaseError as exc:
            rollback(connection)
            raise translate(exc, self.path) from exc
        except BaseException:
            rollback(connection)
            raise

    def _nested_write(self, connection: Any) -> Iterator[Writer]:
        self._savepoints += 1
        name = f"nested_{self._savepoints}"
        connection.execute(f"SAVEPOINT {name}")
        try:
            yield Writer(connection)
            connection.execute(f"RELEASE {name}")
        except BaseException:
            with contextlib.suppress(sqlcipher.Error):
                connection.execute(f"ROLLBACK TO {name}")
                connection.execute(f"RELEASE {name}")
            raise
        finally:
            self._savepoints -= 1

    def now(self) -> datetime:
        """The current time from the vault's clock (injectable for tests)."""
        return self.clock()

    # -- passphrase, integrity, closing ----------------------------------------------------

    @property
    def kdf_iter(self) -> int | None:
        """The lowered key derivation cost of a test vault; None means SQLCipher's default."""
        return self._kdf_iter

    @contextlib.contextmanager
    def changing(self) -> Iterator[None]:
        """Keep the vault to this thread (a passphrase change): other threads' reads and writes
        are refused as busy, and `close` waits until the change is over."""
        with self._changing:
            self._changer = threading.get_ident()
            try:
                yield
            finally:
                self._changer = None

    def passphrase_matches(self, passphrase: str) -> bool:
        """True if `passphrase` is the one the vault is open with (costs one key derivation)."""
        key = derive_key(self.path, normalise_passphrase(passphrase), self._kdf_iter)
        return hmac.compare_digest(key, self._key)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the vault with a new passphrase, then reopen it to prove the change."""
        new_key = normalise_passphrase(new_passphrase)
        connection = self._conn()
        try:
            connection.reset_key(new_key)
            connection.close()
        except sqlcipher.DatabaseError as exc:
            raise translate(exc, self.path) from exc
        self._connection = None
        # Reopen under the lock we still hold; a failure here means the change did not take.
        derived = derive_key(self.path, new_key, self._kdf_iter)
        try:
            self._connection = unlock(self.path, derived, self._kdf_iter)
        except errors.WrongPassphraseError:
            # SQLCipher doesn't always report a rekey it had to roll back (a full disk).
            self._connection = unlock(self.path, self._key, self._kdf_iter)
            if no_room(self.path):
                raise errors.DiskFullError(hint="Your passphrase wasn't changed: the one you "
                                           "had still opens your journal.") from None
            raise errors.StorageError("Your passphrase wasn't changed; the one you had still "
                                      "opens your journal.") from None
        self._key = derived

    def check_integrity(self) -> IntegrityReport:
        """Run SQLCipher's page check and SQLite's structure check (each misses some faults)."""
        return integrity(self._conn())

    def check_integrity_aside(self) -> IntegrityReport:
        """Both integrity checks on a connection of their own, read-only: safe on a worker
        while the app goes on using the vault (a passphrase change waits for it)."""
        with self.reader() as reading:
            try:
                return integrity(reading._conn())
            except sqlcipher.DatabaseError as exc:
                raise translate(exc) from exc

    @contextlib.contextmanager
    def reader(self) -> Iterator[Vault]:
        """A read-only Vault on a connection of its own, for reading on a worker thread while
        this one goes on being used; it sees what was committed when each read starts."""
        with self._changing:  # a passphrase change (and close) waits until it is done
            self._conn()  # closed or busy: say so now
            try:
                connection = connect(self.path, self._key, self._kdf_iter, read_only=True)
                configure_connection(connection, read_only=True)
            except sqlcipher.DatabaseError as exc:
                raise translate(exc) from exc
            # An unacquired lock: this vault's own lock already keeps other apps out.
            reading = Vault(self.path, connection, FileLock(self.path), self._key,
                            self._kdf_iter, self.clock)
            reading.read_only = True
            try:
                yield reading
            finally:
                reading.close()

    @property
    def schema_version(self) -> int:
        row = self.query_one("PRAGMA user_version")
        return int(row[0]) if row else 0

    def close(self) -> None:
        """Close the connection and release the lock; safe to call twice."""
        with self._changing:
            if self._connection is not None:
                with contextlib.suppress(sqlcipher.Error):
                    self._connection.close()
                self._connection = None
            self._lock.release()
            self._key = b""

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- migrations ------------------------------------------------------------------------

    def _migrate_if_needed(self) -> None:
        migrations = load_migrations()
        current = self.schema_version
        latest = migrations[-1].version
        if current > latest:
            raise errors.NewerVersionError()
        if self.read_only:
            if current < latest:
                raise errors.PermissionDeniedError(
                    "This journal needs a small update to open in this version, but it is "
                    "read-only.", hint="Copy it somewhere you can write to, then open the copy.")
            configure_connection(self._conn(), read_only=True)
            return
        if current < latest:
            self.copy_verified(self.path.with_name(
                f"{self.path.stem}.before-update-{current}-to-{latest}"
                f"{self.path.suffix or '.vault'}"
            ))
        configure_connection(self._conn())
        if current < latest:
            _apply_migrations(self._conn(), migrations, from_version=current)

    def copy_verified(self, target: Path) -> Path:
        """Write an encrypted copy of the vault to `target`: temporary name, verify, fsync, rename.

        The copy has the same passphrase. It is verified by opening it, both integrity checks and
        equal row counts in every table; an existing file at `target` is replaced only after that.
        A passphrase change running on another thread is waited for (copies run on workers).
        """
        with self._changing:
            return self._copy_verified(target)

    def _copy_verified(self, target: Path) -> Path:
        connection = self._conn()
        temp = files.temporary_name(target, "partial")
        try:
            if self.read_only:  # no checkpoint possible: fold the -wal's saves into the copy
                wal.copy_whole(self.path, temp)
            else:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                files.copy_private(self.path, temp)
            copy = unlock(temp, self._key, self._kdf_iter, configure=False)
            try:
                # unlock ran both integrity checks; the rows must all be there too.
                if table_counts(copy) != table_counts(connection):
                    raise errors.StorageError("The copy of the journal didn't check out.")
            finally:
                copy.close()
            files.publish(temp, target)
        except OSError as exc:
            raise translate_os(exc) from exc
        except sqlcipher.DatabaseError as exc:
            raise translate(exc) from exc
        finally:
            files.discard(temp)
        return target


# -- helpers ---------------------------------------------------------------------------------


def _apply_migrations(connection: Any, migrations: Sequence[Migration], from_version: int) -> None:
    """Apply each pending migration and its version bump in one transaction."""
    for migration in migrations:
        if migration.version <= from_version:
            continue
        # Triggers hold semicolons, so the script runs whole, inside its own transaction.
        script = (
            f"BEGIN IMMEDIATE;\n{migration.sql}\n;"
            f"PRAGMA user_version = {int(migration.version)};\nCOMMIT;"
        )
        try:
            connection.executescript(script)
        except BaseException:
            rollback(connection)
            raise


