"""Reading a vault's `-wal` without its key: which saves it holds, folding them in, and damage.

SQLite keeps the latest saves in the `-wal` until a checkpoint copies them into the main file.
The pages in it are already encrypted, so committing them needs no key: each valid frame up to
the last commit is a page to write at its place. SQLite itself drops, silently, every frame
after the first one that fails its checksum; this module tells that case apart, so the person
hears about it and the files are kept (format: https://sqlite.org/fileformat.html#the_wal).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from pathlib import Path

from recovery_journal import files

_WAL_MAGIC = (0x377F0682, 0x377F0683)  # low bit set: checksums in big-endian words
_WAL_VERSION = 3007000
_WAL_HEADER = 32
_FRAME_HEADER = 24
_SHM_HEADER = 48  # one copy of the wal-index header; SQLite keeps two, then the backfill count


@dataclass(frozen=True, slots=True)
class WalReport:
    """What a `-wal` beside a vault holds. `pages`: page number to the offset of its last
    committed version; `size`: the vault's page count after the last commit (0: no commit)."""

    page_size: int = 0
    pages: dict[int, int] = field(default_factory=dict)
    size: int = 0
    damaged: bool = False

    @property
    def holds_saves(self) -> bool:
        return bool(self.pages)


def wal_path(vault_path: Path) -> Path:
    """The `-wal` beside a vault."""
    return vault_path.with_name(vault_path.name + "-wal")


def inspect(vault_path: Path) -> WalReport:
    """Read the `-wal` (and `-shm`) beside `vault_path`; call it only while no one has it open."""
    try:
        data = wal_path(vault_path).read_bytes()
    except FileNotFoundError:
        data = b""
    report = _read_frames(data)
    shm = _shm_expectation(vault_path.with_name(vault_path.name + "-shm"))
    if shm is not None and not report.damaged:
        frames_expected, salts = shm
        # The wal-index said saves were waiting in the -wal that are no longer there.
        if frames_expected > 0 and (len(data) < _WAL_HEADER or data[16:24] != salts
                                    or _valid_frames(data) < frames_expected):
            return WalReport(report.page_size, report.pages, report.size, damaged=True)
    return report


def fold_into(target: Path, vault_path: Path, report: WalReport) -> None:
    """Write the committed pages of `vault_path`'s `-wal` into `target` (a copy of the vault)."""
    if not report.holds_saves:
        return
    with wal_path(vault_path).open("rb") as wal, target.open("r+b") as out:
        for page, offset in sorted(report.pages.items()):
            wal.seek(offset)
            out.seek((page - 1) * report.page_size)
            out.write(wal.read(report.page_size))
        out.truncate(report.size * report.page_size)
        out.flush()
        os.fsync(out.fileno())


def copy_whole(vault_path: Path, target: Path) -> WalReport:
    """Copy a closed vault to a new 0600 file holding every committed save, its -wal's too."""
    report = inspect(vault_path)
    files.copy_private(vault_path, target)
    fold_into(target, vault_path, report)
    return report


# -- the format ------------------------------------------------------------------------------


def _read_frames(data: bytes) -> WalReport:
    if not data:
        return WalReport()
    header = _header(data)
    if header is None:
        return WalReport(damaged=True)
    page_size, big_endian, salts = header
    frame_size = _FRAME_HEADER + page_size
    checksum = _checksum(data[:24], (0, 0), big_endian)
    pending: dict[int, int] = {}
    pages: dict[int, int] = {}
    size = 0
    offset = _WAL_HEADER
    while offset + frame_size <= len(data):
        page, commit = struct.unpack(">II", data[offset:offset + 8])
        if data[offset + 8:offset + 16] != salts:
            break
        checksum = _checksum(data[offset:offset + 8] + data[offset + 24:offset + frame_size],
                             checksum, big_endian)
        if struct.unpack(">II", data[offset + 16:offset + 24]) != checksum or page == 0:
            # A torn last write is normal after a crash; a later frame of this same
            # generation means saves after the break were lost.
            return WalReport(page_size, pages, size,
                             damaged=_later_frame_of(data, offset + frame_size, frame_size, salts))
        pending[page] = offset + _FRAME_HEADER
        if commit:
            pages.update(pending)
            pending.clear()
            size = commit
        offset += frame_size
    return WalReport(page_size, pages, size)


def _header(data: bytes) -> tuple[int, bool, bytes] | None:
    if len(data) < _WAL_HEADER:
        return None
    magic, version, page_size = struct.unpack(">III", data[:12])
    if magic not in _WAL_MAGIC or version != _WAL_VERSION:
        return None
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    big_endian = bool(magic & 1)
    if struct.unpack(">II", data[24:32]) != _checksum(data[:24], (0, 0), big_endian):
        return None
    return page_size, big_endian, data[16:24]


def _later_frame_of(data: bytes, offset: int, frame_size: int, salts: bytes) -> bool:
    while offset + frame_size <= len(data):
        if data[offset + 8:offset + 16] == salts:
            return True
        offset += frame_size
    return False


def _valid_frames(data: bytes) -> int:
    header = _header(data)
    if header is None:
        return 0
    page_size, big_endian, salts = header
    frame_size = _FRAME_HEADER + page_size
    checksum = _checksum(data[:24], (0, 0), big_endian)
    count, offset = 0, _WAL_HEADER
    while offset + frame_size <= len(data) and data[offset + 8:offset + 16] == salts:
        checksum = _checksum(data[offset:offset + 8] + data[offset + 24:offset + frame_size],
                             checksum, big_endian)
        if struct.unpack(">II", data[offset + 16:offset + 24]) != checksum:
            break
        count += 1
        offset += frame_size
    return count


def _checksum(block: bytes, seed: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(block) // 4}I", block)
    s0, s1 = seed
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _shm_expectation(shm: Path) -> tuple[int, bytes] | None:
    """(frames the wal-index says the -wal holds, 0 if all are in the vault already; salts)."""
    try:
        with shm.open("rb") as handle:
            head = handle.read(2 * _SHM_HEADER + 4)
    except OSError:
        return None
    if len(head) < 2 * _SHM_HEADER + 4 or head[:_SHM_HEADER] != head[_SHM_HEADER:2 * _SHM_HEADER]:
        return None
    # The wal-index is in the writing machine's byte order; its version word tells which.
    for order in "<>":
        version, _unused, _change, is_init = struct.unpack(f"{order}IIIB", head[:13])
        if version == _WAL_VERSION and is_init:
            max_frame = struct.unpack(f"{order}I", head[16:20])[0]
            backfilled = struct.unpack(f"{order}I", head[96:100])[0]
            # The salts are copied byte for byte from the -wal's header.
            return (max_frame if max_frame > backfilled else 0), head[32:40]
    return None
