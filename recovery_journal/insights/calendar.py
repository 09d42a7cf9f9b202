"""A "year in pixels" grid: one cell per day, weeks as columns (Monday at the top).

Each strip is one whole calendar year, so a "year in pixels" always shows a year, and ten
years read as ten rows of a wall calendar rather than one endless ribbon. Days of those years
outside `daily` (before the first check-in, or still to come) have no cell value (None).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.series import DailyValues

WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Up to this many weeks a square is wide enough for a month name of its own.
_ROOMY_WEEKS = 16
# At most this many years show, a strip each: beyond, a day is less than a pixel high and the
# years' labels run into each other (fifty years drew an empty grid under a smear of labels).
MOST_YEARS = 10


@dataclass(frozen=True, slots=True)
class CalendarStrip:
    """Seven rows (Monday..Sunday) by `weeks` columns, starting the Monday of `first_monday`.

    `cells[row][column]` is the day's value, NaN for a day in the period without one, and None
    for a day outside the period (drawn as background, not as "no check-in").
    """

    label: str
    first_monday: date
    weeks: int
    cells: tuple[tuple[float | None, ...], ...]
    month_labels: tuple[tuple[int, str], ...]

    def day_at(self, row: int, column: int) -> date:
        return self.first_monday + timedelta(days=column * 7 + row)


@dataclass(frozen=True, slots=True)
class CalendarGrid:
    key: str
    name: str
    min_value: float
    max_value: float
    strips: tuple[CalendarStrip, ...]
    days_in_period: int
    days_with_values: int
    average: float
    start: date | None = None
    end: date | None = None
    # The period asked for began in a year before the ones shown (more than MOST_YEARS).
    earlier: bool = False


def year_start(start: date) -> date:
    """The first day the year view shows for a period starting on `start`: 1 January."""
    return date(start.year, 1, 1)


def shown_start(start: date, end: date) -> date:
    """The first day shown for `start`..`end`: 1 January of `start`'s year, or of the first of
    the last MOST_YEARS years to `end`."""
    return max(year_start(start), date(max(end.year - MOST_YEARS + 1, 1), 1, 1))


def _strip_ranges(start: date, end: date) -> list[tuple[date, date]]:
    """Whole calendar years from `start`'s to `end`'s."""
    return [(date(year, 1, 1), date(year, 12, 31)) for year in range(start.year, end.year + 1)]


def _month_labels(first: date, last: date, first_monday: date,
                  lang: Language) -> tuple[tuple[int, str], ...]:
    labels: list[tuple[int, str]] = []
    month = date(first.year, first.month, 1)
    while month <= last:
        shown = max(month, first)
        labels.append(((shown - first_monday).days // 7, lang.month(month.month, short=True)))
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    # In a long strip the squares are narrow: the period's first month is named only when its
    # name has room before the next one.
    weeks = (last - first_monday).days // 7 + 1
    if weeks > _ROOMY_WEEKS and len(labels) > 1 and labels[1][0] - labels[0][0] < 2:
        labels.pop(0)
    return tuple(labels)


def _strip(daily: DailyValues, first: date, last: date, end: date,
           lang: Language) -> CalendarStrip:
    first_monday = first - timedelta(days=first.weekday())
    weeks = (last - first_monday).days // 7 + 1
    rows: list[list[float | None]] = [[None] * weeks for _ in range(7)]
    day = first
    while day <= last:
        offset = (day - first_monday).days
        index = (day - daily.start).days
        if 0 <= index < len(daily.mean) and day <= end:
            rows[offset % 7][offset // 7] = daily.mean[index]
        day += timedelta(days=1)
    label = str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
    return CalendarStrip(
        label=label, first_monday=first_monday, weeks=weeks,
        cells=tuple(tuple(row) for row in rows),
        month_labels=_month_labels(first, last, first_monday, lang),
    )


def calendar_grid(
    daily: DailyValues, name: str, bounds: tuple[float, float], end: date,
    lang: Language = ENGLISH,
) -> CalendarGrid:
    """Lay `daily` (from its start to `end`) out as whole calendar years, one strip each; the
    months are named in `lang`."""
    start = daily.start
    ranges = _strip_ranges(start, end) if end >= start else []
    strips = tuple(_strip(daily, first, last, end, lang) for first, last in ranges)
    return CalendarGrid(
        key=daily.key, name=name, min_value=bounds[0], max_value=bounds[1], strips=strips,
        days_in_period=len(daily.mean), days_with_values=daily.days_with_values,
        average=daily.average(), start=start, end=end,
    )
