"""Reading files safely: text, strict JSON, CSV rows, clock times, local moments."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any

from recovery_journal.insights.language import MARK
from recovery_journal.portability.records import ImportProblem
from recovery_journal.storage.measures import RANGE_LIMIT

# Python's csv module refuses fields over 128 KiB by default; a 5 MB note is a real note.
_FIELD_LIMIT = 2**31 - 1
_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(m\.?)?$", re.IGNORECASE)


def read_text(path: Path) -> str:
    """The file as text (UTF-8, with or without a BOM); a plain ImportProblem otherwise."""
    if path.exists() and not path.is_dir() and not path.is_file():
        # Reading a pipe or a device could wait, or run, forever.
        raise ImportProblem("That is a pipe or a device, not a file.")
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise ImportProblem("That is a folder, not a file.") from None
    except FileNotFoundError:
        raise ImportProblem("That file doesn't exist.") from None
    except OSError:
        raise ImportProblem("That file can't be read.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(
            "The file isn't UTF-8 text (the first unreadable byte is at position %1). Export "
            "it again as UTF-8.", exc.start + 1) from None
    if "\x00" in text:
        raise ImportProblem("The file holds binary data, not text.")
    if not text.strip():
        raise ImportProblem("The file is empty.")
    return text


def _refuse_constant(name: str) -> Any:
    raise ImportProblem("The file holds %1, which isn't an ordinary number.", name)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ImportProblem("The same name appears twice in one object.", column=key[:40])
        found[key] = value
    return found


def load_json(text: str) -> object:
    """Strict JSON: no NaN or Infinity, no key twice in one object, no endless nesting."""
    try:
        return json.loads(
            text, object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as exc:
        raise ImportProblem("The file isn't valid JSON (line %1, position %2).", exc.lineno,
                            exc.colno) from None
    except RecursionError:
        raise ImportProblem("The file is nested too deeply to read.") from None
    except ValueError as exc:
        if isinstance(exc, ImportProblem):
            raise
        # Integers with thousands of digits, for example.
        raise ImportProblem("The file holds a number too large to read.") from None


def read_rows(text: str) -> list[list[str]]:
    """Every CSV record (CRLF or LF, quoted line breaks kept); blank lines are skipped."""
    csv.field_size_limit(_FIELD_LIMIT)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        raise ImportProblem("The file isn't readable as CSV (a quote is not closed).") from exc
    return [row for row in rows if any(cell.strip() for cell in row)]


def header_index(header: list[str]) -> dict[str, int]:
    """Column name (trimmed, lower case) -> position; the first of a repeated name wins."""
    index: dict[str, int] = {}
    for position, name in enumerate(header):
        index.setdefault(name.strip().lower(), position)
    return index


def cell(row: list[str], position: int | None, *, number: int, column: str) -> str:
    """A row's cell; a row too short for the column is an ImportProblem naming both."""
    if position is None:
        return ""
    if position >= len(row):
        raise ImportProblem("This row has fewer cells than the header.", row=number,
                            column=column)
    return row[position]


def parse_clock(text: str, *, row: int, column: str) -> time:
    """A clock time in 24-hour ("21:30") or 12-hour ("9:30 pm") form."""
    match = _CLOCK.match(text.strip())
    if match is None or (match.group(5) and not match.group(4)):
        raise ImportProblem("This isn't a time of day.", row=row, column=column)
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    half = (match.group(4) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise ImportProblem("This isn't a time of day.", row=row, column=column)
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ImportProblem("This isn't a time of day.", row=row, column=column)
    return time(hour, minute, second)


# Python's date types end at year 1 and 9999; a day at either edge can't be moved across time
# zones or stepped past, so import keeps one day clear of both.
FIRST_DAY = date(1, 1, 2)
LAST_DAY = date(9999, 12, 30)
TOO_FAR = MARK.translate(
    "ImportProblems", "This date is too far in the past or future for a calendar to hold.")


def within_calendar(day: date, *, row: int | None, column: str | None) -> date:
    """`day`, or an ImportProblem naming row and column when it sits at the calendar's edge."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ImportProblem(TOO_FAR, row=row, column=column)
    return day


def local_moment(
    day: date, clock: time, zone: tzinfo | None, *, row: int | None = None,
    column: str | None = None,
) -> datetime:
    """The moment `clock` on `day` in `zone` (None: this computer's zone), with a fixed offset."""
    naive = datetime.combine(within_calendar(day, row=row, column=column), clock)
    try:
        if zone is None:
            return naive.astimezone()
        offset = naive.replace(tzinfo=zone).utcoffset() or timedelta(0)
        return naive.replace(tzinfo=timezone(offset))
    except (OverflowError, ValueError, OSError):
        raise ImportProblem(TOO_FAR, row=row, column=column) from None


def parse_number(text: str, *, row: int, column: str) -> float:
    """A measure's value: a decimal number within a million either way (a comma mark is fine)."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise ImportProblem("This isn't a number.", row=row, column=column) from None
    return measure_number(value, row=row, column=column)


def measure_number(value: float, *, row: int | None, column: str) -> float:
    """`value` if a measure can hold and a chart can draw it; otherwise a plain ImportProblem."""
    if not math.isfinite(value):
        raise ImportProblem("This isn't an ordinary number.", row=row, column=column)
    if abs(value) > RANGE_LIMIT:
        raise ImportProblem(
            "This number is too large for a measure (the limit is a million either way).",
            row=row, column=column,
        )
    return float(value)
