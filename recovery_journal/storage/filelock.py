"""An advisory lock on the vault file itself, so a second process gets "already open".

The lock is taken on a read-only descriptor of the vault, so no extra file is created and the
vault's bytes are never touched; the kernel releases it when the process dies, so a crash never
leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class FileLock:
    """An exclusive, non-blocking lock held for as long as the vault is open."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False if another open vault (any process) holds it."""
        if self._fd is not None:
            return True
        fd = os.open(self._path, os.O_RDONLY)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        """Let the lock go; safe to call twice."""
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            # Lock a byte far past the end so SQLite's own reads are never blocked.
            os.lseek(fd, 0x7FFFFFF0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0x7FFFFFF0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock locks are separate from SQLite's fcntl byte-range locks on the same file.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
