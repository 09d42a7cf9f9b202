"""Day-and-month text such as "18 May", "18 maja" or "18. Mai" read in any language.

Month and weekday names come from Babel's copy of the Unicode CLDR, not a hand-made table.
A file is read in one language: the first (English, then every other CLDR language) under
which every row's date names a month once and, where the file gives a weekday, that weekday
is the real one for the date. The weekday check tells apart languages that share a month word
("listopad" is November in Polish and October in Croatian).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

_WORDS = re.compile(r"[^\W\d_]+\.?|\d+")


@dataclass(frozen=True)
class Calendar:
    """One language's month words (any case, with or without a dot) and weekday words."""

    language: str
    months: dict[str, int]
    weekdays: dict[str, int]

    def day(self, year: int, text: str) -> date | None:
        """The date `text` names in `year` (one month word and one day number), else None."""
        words = _WORDS.findall(text.casefold())
        months = {self.months[w.rstrip(".")] for w in words if w.rstrip(".") in self.months}
        numbers = [int(w) for w in words if w.isdigit()]
        if len(months) != 1 or len(numbers) != 1:
            return None
        try:
            return date(year, months.pop(), numbers[0])
        except ValueError:
            return None

    def agrees(self, day: date, weekday: str) -> bool:
        """True when `weekday` is empty or names `day`'s weekday in this language."""
        word = weekday.strip().casefold().rstrip(".")
        return not word or self.weekdays.get(word) == day.weekday()


def _names(table: object) -> dict[str, int]:
    found: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in dict(table[context][width]).items():  # type: ignore[index]
                found.setdefault(str(name).casefold().rstrip("."), int(number))
    return found


@functools.cache
def calendar(language: str) -> Calendar:
    """The CLDR month and weekday words of one language (e.g. "en", "pl")."""
    from babel import Locale

    locales = [Locale.parse(language)]
    if language == "en":
        # British English writes "Sept"; Daylio's older exports were made on both sides.
        locales.append(Locale.parse("en_GB"))
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for locale in locales:
        months = _names(locale.months) | months
        weekdays = _names(locale.days) | weekdays
    return Calendar(language, months, weekdays)


@functools.cache
def languages() -> tuple[str, ...]:
    """Every CLDR language (without regional variants): English, this computer's, the rest."""
    import locale

    from babel import localedata

    found = sorted(i for i in localedata.locale_identifiers() if "_" not in i and i != "root")
    # Trying this computer's language early spares loading all ~330 (about a second).
    own = (locale.getlocale()[0] or "").split("_")[0].lower()
    first = ["en", *([own] if own in found and own != "en" else [])]
    return (*first, *(i for i in found if i not in first))


def read_calendar(rows: Sequence[tuple[int, str, str]]) -> Calendar | None:
    """The first language that reads every (year, date text, weekday text) row, or None.

    Weekdays only choose the language: when no language agrees with all of them (a file
    edited by hand), the first that reads every date is taken.
    """
    distinct = list(dict.fromkeys(rows))
    for check_weekdays in (True, False):
        for language in languages():
            words = calendar(language)
            if all(_reads(words, row, check_weekdays) for row in distinct):
                return words
    return None


def _reads(words: Calendar, row: tuple[int, str, str], check_weekday: bool) -> bool:
    year, text, weekday = row
    day = words.day(year, text)
    return day is not None and (not check_weekday or words.agrees(day, weekday))
