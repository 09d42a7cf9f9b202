"""The numbers behind each chart as plain text tables ("Show as table").

Days are written as ISO dates (2025-03-04) so a table sorted as text is sorted by time (the
Insights page shows them in the person's own date style); a cell without a value is empty, and a
whole number is written without ".0". Headers and words are in the person's `Language`
(context "ChartTable"), and a decimal is written with its decimal mark ("6,5").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TypeGuard

import numpy as np

from recovery_journal.insights import words
from recovery_journal.insights.balance import Balance
from recovery_journal.insights.before_after import BeforeAfter
from recovery_journal.insights.calendar import CalendarGrid
from recovery_journal.insights.goals import GoalProgress
from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.series import DailyValues, MeasureSeries
from recovery_journal.insights.strengths import StrengthCounts
from recovery_journal.insights.tags import TagDifference

Headers = tuple[str, ...]
Rows = tuple[tuple[str, ...], ...]
Table = tuple[Headers, Rows]


def cell(value: float, mark: str = ".") -> str:
    """A value as a table shows it: "6" for a whole number, "6.5" (with `mark` for the point),
    and "" for no value."""
    # NaN is the only value not equal to itself; this runs for every day of ten years.
    if value != value:
        return ""
    text = f"{value:.1f}"
    text = text[:-2] if text.endswith(".0") else text
    return text if mark == "." else text.replace(".", mark)


def decimal_mark(lang: Language) -> str:
    """The language's decimal mark: "." or ","."""
    return lang.number(0.5)[1]


def _numbers(values: Sequence[float], kept: Sequence[int], mark: str) -> list[str]:
    return [cell(values[i], mark) for i in kept]


def _ranges(daily: DailyValues, kept: Sequence[int], mark: str) -> list[str]:
    low, high, count = daily.low, daily.high, daily.count
    # Two check-ins with the same value make no range worth a column.
    return [f"{cell(low[i], mark)}–{cell(high[i], mark)}"
            if count[i] > 1 and high[i] > low[i] else "" for i in kept]


def _series_columns(series: MeasureSeries, kept: Sequence[int], lang: Language, *,
                    spread: bool) -> list[tuple[str, list[str]]]:
    name, mark = series.name, decimal_mark(lang)
    columns = [(name, _numbers(series.daily.mean, kept, mark))]
    if spread:
        columns.append((lang.translate("ChartTable", "%1: lowest–highest that day", name),
                        _ranges(series.daily, kept, mark)))
    columns.append((lang.translate("ChartTable", "%1: %2-day average", name,
                                   str(series.short_window)),
                    _numbers(series.short_mean, kept, mark)))
    if series.long_window != series.short_window:
        columns.append((lang.translate("ChartTable", "%1: %2-day average", name,
                                       str(series.long_window)),
                        _numbers(series.long_mean, kept, mark)))
    return columns


def over_time(series: Sequence[MeasureSeries], *, spread: bool,
              lang: Language = ENGLISH) -> Table:
    """One row per day with a value of any of `series`; rolling averages beside the values."""
    day_header = lang.translate("ChartTable", "Day")
    if not series:
        return (day_header,), ()
    counts = np.sum([s.daily.count for s in series], axis=0)
    kept: list[int] = np.flatnonzero(counts).tolist()
    days = series[0].daily.days
    columns = [(day_header, [words.iso(days[i]) for i in kept])]
    for one in series:
        columns += _series_columns(one, kept, lang, spread=spread)
    rows = tuple(zip(*(cells for _, cells in columns), strict=True))
    return tuple(header for header, _ in columns), rows


def over_time_has_rows(series: Sequence[MeasureSeries]) -> bool:
    """Whether `over_time(series)` has a row, without making it."""
    return any(any(one.daily.count) for one in series)


def _has_value(value: float | None) -> TypeGuard[float]:
    return value is not None and not math.isnan(value)


def calendar(grid: CalendarGrid, lang: Language = ENGLISH) -> Table:
    mark = decimal_mark(lang)
    rows = []
    for strip in grid.strips:
        for column in range(strip.weeks):
            for row in range(7):
                value = strip.cells[row][column]
                if _has_value(value):
                    rows.append((words.iso(strip.day_at(row, column)), cell(value, mark)))
    return (lang.translate("ChartTable", "Day"), grid.name), tuple(rows)


def calendar_has_rows(grid: CalendarGrid) -> bool:
    """Whether `calendar(grid)` has a row, without making it."""
    return any(_has_value(value) for strip in grid.strips for line in strip.cells
               for value in line)


def tags(found: Sequence[TagDifference], lang: Language = ENGLISH) -> Table:
    headers = (lang.translate("ChartTable", "Tag"), lang.translate("ChartTable", "Days with it"),
               lang.translate("ChartTable", "Days without it"),
               lang.translate("ChartTable", "Mood with it"),
               lang.translate("ChartTable", "Mood without it"),
               lang.translate("ChartTable", "Hope with it"),
               lang.translate("ChartTable", "Hope without it"))
    mark = decimal_mark(lang)
    rows = tuple(
        (t.tag, str(t.days_with), str(t.days_without), cell(t.mood_with, mark),
         cell(t.mood_without, mark), cell(t.hope_with, mark), cell(t.hope_without, mark))
        for t in found
    )
    return headers, rows


def before_after_headers(name: str, lang: Language = ENGLISH) -> Headers:
    """The before-and-after table's headers, for measure `name`."""
    return (lang.translate("ChartTable", "Period"), lang.translate("ChartTable", "Days"),
            lang.translate("ChartTable", "Days with a check-in"),
            lang.translate("ChartTable", "%1 average", name))


def before_after(result: BeforeAfter, lang: Language = ENGLISH) -> Table:
    pivot, span = result.pivot, timedelta(days=result.days)
    before = lang.translate("ChartTable", "Before: %1 to %2", words.iso(pivot - span),
                            words.iso(pivot - timedelta(days=1)))
    after = lang.translate("ChartTable", "After: %1 to %2", words.iso(pivot),
                           words.iso(pivot + span - timedelta(days=1)))
    mark = decimal_mark(lang)
    return before_after_headers(result.name, lang), (
        (before, str(result.days), str(result.before_days), cell(result.before_mean, mark)),
        (after, str(result.days), str(result.after_days), cell(result.after_mean, mark)),
    )


def strengths(counts: StrengthCounts, lang: Language = ENGLISH) -> Table:
    strength, area = lang.translate("ChartTable", "Strength"), lang.translate("ChartTable",
                                                                              "Life area")
    rows = [(strength, name, str(n)) for name, n in counts.by_strength]
    rows += [(area, name, str(n)) for name, n in counts.by_area]
    return (lang.translate("ChartTable", "Counted by"), lang.translate("ChartTable", "Name"),
            lang.translate("ChartTable", "Times used")), tuple(rows)


def goals(progress: GoalProgress, lang: Language = ENGLISH) -> Table:
    every, done = lang.translate("ChartTable", "All goals"), lang.translate("ChartTable",
                                                                            "Steps done")
    rows = [(words.iso(day), every, done, str(n)) for day, n in progress.steps_done]
    review = lang.translate("ChartTable", "Review: progress noted")
    for goal in progress.goals:
        rows += [(words.iso(day), goal.title, review, lang.translate("ChartTable", "%1%",
                                                                     str(value)))
                 for day, value in goal.reviews]
    rows.sort(key=lambda row: row[0])
    return (lang.translate("ChartTable", "Day"), lang.translate("ChartTable", "Goal"),
            lang.translate("ChartTable", "What"), lang.translate("ChartTable", "Number")), tuple(
        rows)


def balance(result: Balance, lang: Language = ENGLISH) -> Table:
    this = lang.translate("ChartTable", "This period: %1 to %2", words.iso(result.start),
                          words.iso(result.end))
    before = lang.translate("ChartTable", "Before: %1 to %2", words.iso(result.previous_start),
                            words.iso(result.previous_end))
    area = lang.translate("ChartTable", "Life area")
    if not result.rated:
        rows = tuple((a.name, str(a.current), str(a.previous)) for a in result.areas)
        return (area, this, before), rows
    rated = tuple(
        (a.name, str(a.current), str(a.previous),
         "" if a.rating is None or a.rated_on is None
         else lang.translate("ChartTable", "%1 of 7 (%2)", str(a.rating), words.iso(a.rated_on)))
        for a in result.areas
    )
    return (area, this, before, lang.translate("ChartTable", "Your latest life check rating")), \
        rated


def for_screen(table: Table, start: date, end: date, lang: Language = ENGLISH) -> Table:
    """A table as "Show as table" shows it: a day-by-day table gets an empty row for each day
    of `start`..`end` without a value (a gap, as in the chart), and columns with no value in
    any row are left out so the table seldom needs scrolling sideways."""
    headers, rows = table
    found = {row[0]: row for row in rows}
    # Only a table with one row per day (not the goals' list of events) has gaps to show.
    if (len(headers) > 1 and headers[0] == lang.translate("ChartTable", "Day")
            and headers[1] != lang.translate("ChartTable", "Goal") and rows
            and len(found) == len(rows)):
        first = min(start, date.fromisoformat(rows[0][0]))
        last = max(end, date.fromisoformat(rows[-1][0]))
        blank = ("",) * (len(headers) - 1)
        days = (words.iso(first + timedelta(days=i)) for i in range((last - first).days + 1))
        rows = tuple(found.get(day, (day, *blank)) for day in days)
    keep = [i for i in range(len(headers)) if i == 0 or any(row[i] for row in rows)]
    if len(keep) == len(headers):
        return headers, rows
    return tuple(headers[i] for i in keep), tuple(tuple(row[i] for i in keep) for row in rows)
