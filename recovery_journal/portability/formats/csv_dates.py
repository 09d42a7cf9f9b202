"""Dates and times as other apps write them in CSV files.

ISO (`2024-03-05`, `2024-03-05T21:30`), words with ordinals (`22nd Sep 2020`, Bearable),
a weekday and a clock (`2026 Sun Feb 8 4:04 PM`, How We Feel), a time split over an hour and
a minute column (iMoodJournal), and a word for a part of the day (`am`, `mid`, `pm`, `pre`).
A numeric form such as `03/04/2024` is ambiguous, so it needs a `strptime` form from the person.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from recovery_journal.insights.language import MARK
from recovery_journal.portability.formats.common import parse_clock
from recovery_journal.portability.records import ImportProblem

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december"), start=1)
    for name in names.split()
}
WEEKDAYS = frozenset((
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
    "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday"))
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_CLOCK_IN_TEXT = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?![\w:])", re.IGNORECASE)
_TOKENS = re.compile(r"[^\W\d_]+|\d+")
NOT_A_DATE = MARK.translate("ImportProblems", "This isn't a date in a form this app can read.")


def without_ordinals(text: str) -> str:
    """`22nd Sep 2020` -> `22 Sep 2020`."""
    return _ORDINAL.sub(r"\1", text)


def parse_when(
    text: str, date_format: str | None, *, row: int, column: str
) -> tuple[date, time | None]:
    """A day, and the clock time when the cell holds one."""
    text = text.strip()
    if date_format:
        return _with_format(text, date_format, row=row, column=column)
    try:
        if len(text) == 10:
            return date.fromisoformat(text), None
        moment = datetime.fromisoformat(text)
        return moment.date(), moment.time().replace(tzinfo=None)
    except ValueError:
        pass
    return _in_words(text, row=row, column=column)


def _with_format(
    text: str, date_format: str, *, row: int, column: str
) -> tuple[date, time | None]:
    try:
        moment = datetime.strptime(without_ordinals(text), date_format)
    except ValueError:
        raise ImportProblem(
            "This isn't a date in the expected form.", row=row, column=column) from None
    has_clock = any(code in date_format for code in ("%H", "%I", "%M"))
    return moment.date(), moment.time() if has_clock else None


def _in_words(text: str, *, row: int, column: str) -> tuple[date, time | None]:
    clock: time | None = None
    found = _CLOCK_IN_TEXT.search(text)
    if found is not None:
        clock = parse_clock(found.group(0), row=row, column=column)
        text = text[:found.start()] + " " + text[found.end():]
    months: list[int] = []
    years: list[int] = []
    days: list[int] = []
    for token in _TOKENS.findall(without_ordinals(text).casefold()):
        if token.isdigit():
            (years if len(token) == 4 else days).append(int(token))
        elif token in MONTHS:
            months.append(MONTHS[token])
        elif token not in WEEKDAYS:
            raise ImportProblem(NOT_A_DATE, row=row, column=column)
    if len(months) != 1 or len(years) != 1 or len(days) != 1:
        raise ImportProblem(NOT_A_DATE, row=row, column=column)
    try:
        return date(years[0], months[0], days[0]), clock
    except ValueError:
        raise ImportProblem("This date doesn't exist.", row=row, column=column) from None


def split_clock(hour: str, minute: str, *, row: int, hour_column: str,
                minute_column: str) -> time | None:
    """A time kept in two columns, an hour (0-23) and a minute (0-59); both empty: none."""
    if not hour.strip() and not minute.strip():
        return None
    values = []
    for text, column, top in ((hour, hour_column, 23), (minute or "0", minute_column, 59)):
        text = text.strip()
        if not text.isdigit() or int(text) > top:
            raise ImportProblem("This isn't a time of day.", row=row, column=column)
        values.append(int(text))
    return time(values[0], values[1])


def clock_or_part(
    text: str, parts: dict[str, time], *, row: int, column: str
) -> time | None:
    """A clock time, or a part of the day named by a word in `parts` (empty: none)."""
    text = text.strip()
    if not text:
        return None
    part = parts.get(text.casefold())
    if part is not None:
        return part
    if parts and not any(ch.isdigit() for ch in text):
        raise ImportProblem("This part of the day isn't one this import knows (%1).",
                            ", ".join(sorted(parts)), row=row, column=column)
    return parse_clock(text, row=row, column=column)
