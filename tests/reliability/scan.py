"""Looking for marker text in files a test did not create, without ever blocking.

A folder like the temp folder may hold FIFOs, sockets or device nodes that other programs made:
opening a FIFO for reading waits for a writer forever. Every file is opened with O_NONBLOCK and
O_NOFOLLOW, checked to be a regular file on the open descriptor, and skipped otherwise.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(
    os, "O_NOCTTY", 0)


def files_under(*folders: Path) -> list[Path]:
    """Every regular file below `folders`; symlinks are not followed, unreadable folders skipped."""
    found: list[Path] = []
    for folder in folders:
        for root, _dirs, names in os.walk(folder, followlinks=False):
            for name in names:
                path = Path(root) / name
                try:
                    if stat.S_ISREG(path.lstat().st_mode):
                        found.append(path)
                except OSError:
                    continue  # removed meanwhile
    return found


def read_regular(path: Path) -> bytes | None:
    """The bytes of `path` if it is a regular file we may read; None for anything else."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError:
        return None  # gone, a symlink, a socket, or not ours to read
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None  # a FIFO or device swapped in after the walk
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def files_holding(paths: Iterable[Path], markers: Iterable[bytes]) -> list[str]:
    """The paths among `paths` whose bytes contain any of `markers`."""
    wanted = tuple(markers)
    leaks = []
    for path in paths:
        data = read_regular(path)
        if data is not None and any(marker in data for marker in wanted):
            leaks.append(str(path))
    return leaks
