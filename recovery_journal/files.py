"""Writing files safely: whole or not at all, owner-only, and no temporary file left behind.

The one place the app writes a file beside its final name: storage (vault copies, backups,
restores) and the upper layers (exports, charts, reports) all use it, so every temporary name
follows one pattern that `remove_stale_temporaries` can recognise, and nothing else, on the
next start. Only the standard library: storage may import it without breaking the layers.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
FOLDER_MODE = 0o700

# Every temporary name the app makes: a dot, the final name, then a marker with the maker's
# process id. "part" files hold plaintext (exports, charts, reports); the others are encrypted
# copies (backups being verified, restores being staged, vaults being created or copied).
PLAINTEXT_KIND = "part"
ENCRYPTED_KINDS = ("verifying", "restoring", "partial", "creating")
_TEMP_NAME = re.compile(
    r"^\.(?P<name>.+)\.(?:(?P<kind>verifying|restoring|partial|creating)-(?P<pid>\d+)"
    r"(?:-wal|-shm|-journal)?|(?P<ppid>\d+)-[0-9a-f]{8}\.part)$"
)
# Names older versions gave their plaintext temporaries (tempfile.mkstemp), with no process id.
_LEGACY_PART = re.compile(r"^\.(?:.+\.|chart-)[a-z0-9_]{8}\.part$")


def temporary_name(target: Path, kind: str) -> Path:
    """The temporary name beside `target` for one kind of work by this process."""
    if kind == PLAINTEXT_KIND:
        return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    if kind not in ENCRYPTED_KINDS:
        raise ValueError(f"unknown temporary kind {kind!r}")
    return target.with_name(f".{target.name}.{kind}-{os.getpid()}")


def create_private(path: Path) -> BinaryIO:
    """Create a new file open for writing, mode 0600 whatever the umask; fail if it exists."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
    try:
        os.fchmod(descriptor, FILE_MODE)  # the umask can only remove bits; be explicit anyway
        return os.fdopen(descriptor, "wb")
    except BaseException:
        os.close(descriptor)
        raise


class OutputRefusedError(ValueError):
    """The place to write holds something that isn't an ordinary file; `message` says what."""

    def __init__(self, path: Path, why: str) -> None:
        self.path = path
        self.message = f"Nothing was written to {path}: {why}. Choose another file name."
        super().__init__(self.message)


def write_atomically(path: Path, fill: Callable[[BinaryIO], None]) -> None:
    """Write `path` through `fill` under a temporary name, sync it, then rename it into place.

    A crash or a full disk leaves either the previous file or none, never half of one; the
    file is 0600 because what the app writes holds the person's private text. A symlink,
    FIFO or device at `path` is refused (OutputRefusedError), never replaced.
    """
    why = refuse_special_output(path)
    if why is not None:
        raise OutputRefusedError(path, why)
    remove_stale_temporaries(path.parent)  # what a killed export left here, plaintext first
    temp = temporary_name(path, PLAINTEXT_KIND)
    try:
        with create_private(temp) as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        publish(temp, path)
    except BaseException:
        discard(temp)
        raise


def copy_private(source: Path, target: Path) -> None:
    """Copy `source` byte for byte into a new 0600 file `target`, synced to disk."""
    with source.open("rb") as reader, create_private(target) as sink:
        while chunk := reader.read(1 << 20):
            sink.write(chunk)
        sink.flush()
        os.fsync(sink.fileno())


def publish(temp: Path, target: Path) -> None:
    """Rename a finished, synced temporary file to its final name and make the rename durable."""
    os.replace(temp, target)
    fsync_folder(target.parent)


def discard(path: Path) -> None:
    """Remove a temporary file if it is there."""
    with contextlib.suppress(OSError):
        path.unlink()


def fsync_file(path: Path) -> None:
    """Flush a file's data to the disk."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; some file systems refuse a folder fsync, which is fine."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder if str(folder) else ".", os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and missing parents) as 0700; an existing folder is left as it is."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    for created in missing:
        with contextlib.suppress(OSError):
            os.chmod(created, FOLDER_MODE)  # mkdir's mode is filtered by the umask


def make_private(path: Path) -> None:
    """Set a file the app made to 0600 (the vault's -wal/-shm are made by SQLite)."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, FILE_MODE)


def stale_temporaries(folder: Path) -> list[Path]:
    """The app's temporary files in `folder` whose process has ended, plaintext ones first."""
    try:
        names = [entry for entry in os.scandir(folder) if entry.is_file(follow_symlinks=False)]
    except OSError:
        return []
    plain: list[Path] = []
    encrypted: list[Path] = []
    for entry in names:
        match = _TEMP_NAME.match(entry.name)
        if match is not None:
            pid = int(match["pid"] or match["ppid"])
            if not _process_alive(pid):
                (encrypted if match["kind"] else plain).append(Path(entry.path))
        elif _LEGACY_PART.match(entry.name):
            plain.append(Path(entry.path))
    return sorted(plain) + sorted(encrypted)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove what a killed export, backup, verify or restore left in `folder`; return it."""
    removed: list[Path] = []
    for path in stale_temporaries(folder):
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    if removed:
        fsync_folder(folder)
    return removed


def refuse_special_output(path: Path) -> str | None:
    """Why `path` can't be replaced by a file we write (a symlink, FIFO, device...), or None."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        return "it is a link to another file"
    if stat.S_ISDIR(info.st_mode):
        return "it is a folder"
    if not stat.S_ISREG(info.st_mode):
        return "it is a special file (a pipe or a device), not an ordinary file"
    return None


def is_side_file_of(path: Path, main: Path) -> bool:
    """True when `path` is `main` itself or one of its SQLite side files (-wal, -shm, -journal)."""
    try:
        resolved, owner = path.resolve(), main.resolve()
    except OSError:
        return False
    return resolved == owner or resolved in set(iter_side_files(owner))


def iter_side_files(path: Path) -> Iterator[Path]:
    """The -wal, -shm and -journal names that belong to `path`."""
    for side in ("-wal", "-shm", "-journal"):
        yield path.with_name(path.name + side)


def _process_alive(pid: int) -> bool:
    # On Windows os.kill(pid, 0) would end the process: there, every owner counts as alive.
    if pid == os.getpid() or sys.platform == "win32":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
