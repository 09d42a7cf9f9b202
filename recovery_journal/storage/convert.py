"""Conversions between stored text and Python values, shared by the repositories."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime


def to_iso(moment: datetime) -> str:
    """A moment the person chose (recorded_at, written_at) as ISO 8601 in its own offset.

    Such text does not sort as time across offsets: compare it with julianday(). A naive
    datetime is refused.
    """
    if moment.tzinfo is None:
        raise ValueError("times must carry a UTC offset")
    return moment.isoformat()


def stamp(moment: datetime) -> str:
    """A bookkeeping time (created, updated, deleted, saved, closed, done) as fixed-width UTC.

    Every stamp has the same offset and length, so text order is time order and SQL can
    compare and sort stamps as plain text.
    """
    if moment.tzinfo is None:
        raise ValueError("times must carry a UTC offset")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(text: str) -> datetime:
    """Read a stored ISO 8601 time (always with an offset)."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def opt_from_iso(text: str | None) -> datetime | None:
    return from_iso(text) if text else None


def to_day(day: date) -> str:
    return day.isoformat()


def from_day(text: str) -> date:
    return date.fromisoformat(text)


def opt_from_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def opt_to_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


# Text that `stamp` / `to_iso` write, which reading and writing again would give back unchanged
# (isoformat drops a zero fraction and writes a zero offset as +00:00, so those are not here).
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00", re.ASCII)
_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.(?!000000)\d{6})?(?!-00:00)[+-]\d\d:\d\d",
                  re.ASCII)


def stamp_text(text: str) -> str:
    """`stamp(from_iso(text))`, skipping the round trip when `text` is written that way already."""
    return text if _STAMP.fullmatch(text) else stamp(from_iso(text))


def iso_text(text: str) -> str:
    """`to_iso(from_iso(text))`, skipping the round trip when `text` is written that way already."""
    return text if _ISO.fullmatch(text) else to_iso(from_iso(text))
