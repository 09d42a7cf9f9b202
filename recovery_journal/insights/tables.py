"""The numbers behind each chart as plain text tables ("Show as table").

Days are written as ISO dates (2025-03-04) so a table sorted as text is sorted by time (the
Insights page shows them in the person's own date style); a cell without a value is empty, and a
whole number is written without ".0".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np

from recovery_journal.insights import words
from recovery_journal.insights.balance import Balance
from recovery_journal.insights.before_after import BeforeAfter
from recovery_journal.insights.calendar import CalendarGrid
from recovery_journal.insights.goals import GoalProgress
from recovery_journal.insights.series import DailyValues, MeasureSeries
from recovery_journal.insights.strengths import StrengthCounts
from recovery_journal.insights.tags import TagDifference

Headers = tuple[str, ...]
Rows = tuple[tuple[str, ...], ...]
Table = tuple[Headers, Rows]


def cell(value: float) -> str:
    """A value as a table shows it: "6" for a whole number, "6.5", and "" for no value."""
    # NaN is the only value not equal to itself; this runs for every day of ten years.
    if value != value:
        return ""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _numbers(values: Sequence[float], kept: Sequence[int]) -> list[str]:
    return [cell(values[i]) for i in kept]


def _ranges(daily: DailyValues, kept: Sequence[int]) -> list[str]:
    low, high, count = daily.low, daily.high, daily.count
    # Two check-ins with the same value make no range worth a column.
    return [f"{cell(low[i])}–{cell(high[i])}" if count[i] > 1 and high[i] > low[i] else ""
            for i in kept]


def _series_columns(series: MeasureSeries, kept: Sequence[int], *,
                    spread: bool) -> list[tuple[str, list[str]]]:
    name = series.name
    columns = [(name, _numbers(series.daily.mean, kept))]
    if spread:
        columns.append((f"{name}: lowest–highest that day", _ranges(series.daily, kept)))
    columns.append((f"{name}: {series.short_window}-day average",
                    _numbers(series.short_mean, kept)))
    if series.long_window != series.short_window:
        columns.append((f"{name}: {series.long_window}-day average",
                        _numbers(series.long_mean, kept)))
    return columns


def over_time(series: Sequence[MeasureSeries], *, spread: bool) -> Table:
    """One row per day with a value of any of `series`; rolling averages beside the values."""
    if not series:
        return ("Day",), ()
    counts = np.sum([s.daily.count for s in series], axis=0)
    kept: list[int] = np.flatnonzero(counts).tolist()
    days = series[0].daily.days
    columns = [("Day", [words.iso(days[i]) for i in kept])]
    for one in series:
        columns += _series_columns(one, kept, spread=spread)
    rows = tuple(zip(*(cells for _, cells in columns), strict=True))
    return tuple(header for header, _ in columns), rows


def calendar(grid: CalendarGrid) -> Table:
    rows = []
    for strip in grid.strips:
        for column in range(strip.weeks):
            for row in range(7):
                value = strip.cells[row][column]
                if value is not None and not math.isnan(value):
                    rows.append((words.iso(strip.day_at(row, column)), cell(value)))
    return ("Day", grid.name), tuple(rows)


def tags(found: Sequence[TagDifference]) -> Table:
    headers = ("Tag", "Days with it", "Days without it", "Mood with it", "Mood without it",
               "Hope with it", "Hope without it")
    rows = tuple(
        (t.tag, str(t.days_with), str(t.days_without), cell(t.mood_with),
         cell(t.mood_without), cell(t.hope_with), cell(t.hope_without))
        for t in found
    )
    return headers, rows


def before_after(result: BeforeAfter) -> Table:
    pivot, span = result.pivot, timedelta(days=result.days)
    before = f"Before: {words.iso(pivot - span)} to {words.iso(pivot - timedelta(days=1))}"
    after = f"After: {words.iso(pivot)} to {words.iso(pivot + span - timedelta(days=1))}"
    headers = ("Period", "Days", "Days with a check-in", f"{result.name} average")
    return headers, (
        (before, str(result.days), str(result.before_days), cell(result.before_mean)),
        (after, str(result.days), str(result.after_days), cell(result.after_mean)),
    )


def strengths(counts: StrengthCounts) -> Table:
    rows = [("Strength", name, str(n)) for name, n in counts.by_strength]
    rows += [("Life area", name, str(n)) for name, n in counts.by_area]
    return ("Counted by", "Name", "Times used"), tuple(rows)


def goals(progress: GoalProgress) -> Table:
    rows = [(words.iso(day), "All goals", "Steps done", str(n)) for day, n in progress.steps_done]
    for goal in progress.goals:
        rows += [(words.iso(day), goal.title, "Review: progress noted", f"{value}%")
                 for day, value in goal.reviews]
    rows.sort(key=lambda row: row[0])
    return ("Day", "Goal", "What", "Number"), tuple(rows)


def balance(result: Balance) -> Table:
    this = f"This period: {words.iso(result.start)} to {words.iso(result.end)}"
    before = f"Before: {words.iso(result.previous_start)} to {words.iso(result.previous_end)}"
    if not result.rated:
        rows = tuple((a.name, str(a.current), str(a.previous)) for a in result.areas)
        return ("Life area", this, before), rows
    rated = tuple(
        (a.name, str(a.current), str(a.previous),
         "" if a.rating is None or a.rated_on is None
         else f"{a.rating} of 7 ({words.iso(a.rated_on)})")
        for a in result.areas
    )
    return ("Life area", this, before, "Your latest life check rating"), rated


def for_screen(table: Table, start: date, end: date) -> Table:
    """A table as "Show as table" shows it: a day-by-day table gets an empty row for each day
    of `start`..`end` without a value (a gap, as in the chart), and columns with no value in
    any row are left out so the table seldom needs scrolling sideways."""
    headers, rows = table
    found = {row[0]: row for row in rows}
    # Only a table with one row per day (not the goals' list of events) has gaps to show.
    if len(headers) > 1 and headers[0] == "Day" and headers[1] != "Goal" and rows and len(
            found) == len(rows):
        first = min(start, date.fromisoformat(rows[0][0]))
        last = max(end, date.fromisoformat(rows[-1][0]))
        blank = ("",) * (len(headers) - 1)
        days = (words.iso(first + timedelta(days=i)) for i in range((last - first).days + 1))
        rows = tuple(found.get(day, (day, *blank)) for day in days)
    keep = [i for i in range(len(headers)) if i == 0 or any(row[i] for row in rows)]
    if len(keep) == len(headers):
        return headers, rows
    return tuple(headers[i] for i in keep), tuple(tuple(row[i] for i in keep) for row in rows)
