"""Plain words for numbers, days and periods, shared by the summaries, tables and charts.

Each takes the person's `Language` (English unless given); English month names are spelled by
hand (insights/language.py), so exported charts come out the same on every machine.
"""

from __future__ import annotations

from datetime import date

from recovery_journal.insights.language import ENGLISH, MONTHS, Language

__all__ = ["MONTHS", "count", "day", "iso", "measure_words", "number", "period", "quoted",
           "short_day", "short_span"]


def number(value: float, lang: Language = ENGLISH) -> str:
    """One decimal ("6,1" in Spanish), or an em dash when there is no value."""
    return lang.number(value)


def count(n: int, one: str, many: str | None = None) -> str:
    """"1 day", "3 days" (English only: translated text counts with `lang.translate(…, n=)`)."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def day(value: date, *, year: bool = True, lang: Language = ENGLISH) -> str:
    """"3 March 2025" (or "3 March")."""
    return lang.day(value, year=year)


def short_day(value: date, lang: Language = ENGLISH) -> str:
    """"3 Mar 2025", for axis notes where space is short."""
    return lang.short_day(value)


def short_span(start: date, end: date, lang: Language = ENGLISH) -> str:
    """"2 Nov – 1 Dec 2026", "30 Dec 2025 – 5 Jan 2026", or "1 Dec 2026" for one day."""
    if start == end:
        return lang.short_day(end)
    return f"{lang.short_day(start, year=start.year != end.year)} – {lang.short_day(end)}"


def iso(value: date) -> str:
    """The table form of a day: sorts correctly as text."""
    return value.isoformat()


def period(start: date, end: date, lang: Language = ENGLISH) -> str:
    """"from 3 February to 4 March 2025", or "on 4 March 2025" for one day."""
    if start == end:
        return lang.translate("ChartSummary", "on %1", lang.day(start))
    if (start.year, start.month) == (end.year, end.month):
        first = str(start.day)
    else:
        first = lang.day(start, year=start.year != end.year)
    return lang.translate("ChartSummary", "from %1 to %2", first, lang.day(end))


def capital(text: str) -> str:
    """`text` with its first letter a capital, to start a sentence."""
    return text[:1].upper() + text[1:]


def measure_words(name: str) -> str:
    """A measure's name inside a sentence: "Sleep hours" -> "sleep hours", "PHQ-9" stays."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def quoted(text: str, lang: Language = ENGLISH) -> str:
    """“text” in the language's quotation marks («text» in Spanish)."""
    return lang.translate("ChartSummary", "“%1”", text)
