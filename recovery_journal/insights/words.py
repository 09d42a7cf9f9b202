"""Plain words for numbers, days and periods, shared by the summaries, tables and charts.

Month names are spelled here, not by strftime, so the words never depend on the machine's
locale and exported charts come out the same everywhere.
"""

from __future__ import annotations

import math
from datetime import date

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def number(value: float) -> str:
    """One decimal, or an em dash when there is no value."""
    return "—" if math.isnan(value) else f"{value:.1f}"


def count(n: int, one: str, many: str | None = None) -> str:
    """"1 day", "3 days"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def day(value: date, *, year: bool = True) -> str:
    """"3 March 2025" (or "3 March")."""
    text = f"{value.day} {MONTHS[value.month - 1]}"
    return f"{text} {value.year}" if year else text


def short_day(value: date) -> str:
    """"3 Mar 2025", for axis notes where space is short."""
    return f"{value.day} {MONTHS[value.month - 1][:3]} {value.year}"


def short_span(start: date, end: date) -> str:
    """"2 Nov – 1 Dec 2026", "30 Dec 2025 – 5 Jan 2026", or "1 Dec 2026" for one day."""
    if start == end:
        return short_day(end)
    first = short_day(start)
    if start.year == end.year:
        first = first.rsplit(" ", 1)[0]
    return f"{first} – {short_day(end)}"


def iso(value: date) -> str:
    """The table form of a day: sorts correctly as text."""
    return value.isoformat()


def period(start: date, end: date) -> str:
    """"from 3 February to 4 March 2025", or "on 4 March 2025" for one day."""
    if start == end:
        return f"on {day(start)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"from {start.day} to {day(end)}"
    return f"from {day(start, year=start.year != end.year)} to {day(end)}"


def measure_words(name: str) -> str:
    """A measure's name inside a sentence: "Sleep hours" -> "sleep hours", "PHQ-9" stays."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def quoted(text: str) -> str:
    return f"“{text}”"
