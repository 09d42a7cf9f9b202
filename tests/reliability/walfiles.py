"""Hand-built `-wal` and `-shm` files, written from the file-format document on their own, so
the reader in storage/wal.py is checked against the format rather than against itself."""

from __future__ import annotations

import struct


def checksum(data: bytes, seed: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum over 8-byte steps, in the byte order the magic number names."""
    order = ">" if big_endian else "<"
    s0, s1 = seed
    for i in range(0, len(data), 8):
        x0, x1 = struct.unpack(order + "II", data[i:i + 8])
        s0 = (s0 + x0 + s1) % (1 << 32)
        s1 = (s1 + x1 + s0) % (1 << 32)
    return s0, s1


def wal(frames: list[tuple[int, int, bytes]], *, page_size: int = 512, big_endian: bool = False,
        salts: bytes = b"SALTsalt", version: int = 3007000) -> bytes:
    """A `-wal`: `frames` are (page number, commit size or 0, page bytes)."""
    magic = 0x377F0683 if big_endian else 0x377F0682
    head = struct.pack(">IIII", magic, version, page_size, 0) + salts
    seed = checksum(head, (0, 0), big_endian)
    out = head + struct.pack(">II", *seed)
    for page, commit, body in frames:
        top = struct.pack(">II", page, commit)
        seed = checksum(top + body, seed, big_endian)
        out += top + salts + struct.pack(">II", *seed) + body
    return out


def shm(max_frame: int, backfilled: int, salts: bytes = b"SALTsalt",
        big_endian: bool = False) -> bytes:
    """A `-shm` whose wal-index header says `max_frame` frames, `backfilled` of them copied."""
    order = ">" if big_endian else "<"
    header = (struct.pack(order + "IIIBBHII", 3007000, 0, 1, 1, 0, 512, max_frame, 0)
              + b"\0" * 8 + salts + b"\0" * 8)
    return header + header + struct.pack(order + "I", backfilled) + b"\0" * 36
