"""The demo year's hope box: a few reasons, words and memories, and one soft picture.

The picture is drawn here in plain Python (a dawn-coloured gradient written as a PNG with no
metadata), so the demo needs no Qt and no image file.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from datetime import date, datetime, timedelta

from recovery_journal.demo.days import uk_time
from recovery_journal.storage.hope_box import HopeImage, HopeKind
from recovery_journal.storage.repositories import Repositories

ITEMS: tuple[tuple[HopeKind, str, str], ...] = (
    (HopeKind.REASON, "Mum's Sunday phone calls. She'd miss them, and so would I.", ""),
    (HopeKind.WORDS, "You don't have to see the whole staircase, just take the first step.",
     "A quote Sam sent me"),
    (HopeKind.WORDS, "I've felt like this before, and it passed. It will pass again.", ""),
    (HopeKind.PERSON_PLACE, "The bench by the river where the herons fish.", ""),
    (HopeKind.REASON, "Biscuit the cat, waiting by the door.", ""),
    (HopeKind.MEMORY, "The day at the coast with Sam when I laughed properly for the first time "
     "in months. Chips on the sea wall, cold hands, a good tired.", ""),
)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def dawn_png(width: int = 480, height: int = 300) -> bytes:
    """A soft gradient from pale blue sky to warm peach, as PNG bytes."""
    top, bottom = (188, 214, 236), (250, 214, 186)
    rows = []
    for y in range(height):
        t = y / max(1, height - 1)
        pixel = bytes(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        rows.append(b"\0" + pixel * width)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + _chunk(b"IEND", b""))


def add_hope_box(repos: Repositories, at: Callable[[datetime], None], start: date) -> None:
    """Fill the hope box a few weeks into the year (the clock is moved there first)."""
    at(uk_time(start + timedelta(days=40), 20, 0))
    for kind, body, who in ITEMS:
        repos.hope_box.add(kind, body, who_said=who)
    repos.hope_box.add(HopeKind.PICTURE, "The sky the morning I walked to the river.",
                       image=HopeImage(dawn_png(), "image/png"))
