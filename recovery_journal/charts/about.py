"""How to read each chart, worded after what its builder actually draws for this data.

Every sentence is a whole, fixed string marked for translation (context "Charts"), so the
Insights page can translate whichever one applies. Cheap to import: no numpy or matplotlib.
The builders read the thresholds here too, so the words and the drawing never part.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from recovery_journal.charts.spec import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from recovery_journal.insights.balance import Balance
    from recovery_journal.insights.calendar import CalendarGrid
    from recovery_journal.insights.goals import GoalProgress
    from recovery_journal.insights.series import MeasureSeries, SeriesSet

# Up to this many days, each day's value gets a visible marker; beyond it they'd be a smear.
MARKED_DAYS = 120
# Beyond a year a day is thinner than a line, so the day's spread is left to the table.
WHISKER_DAYS = 366
# A long period's thin line keeps to about this many points, about one per pixel of a wide
# chart: beyond it a day is thinner than a pixel, and the line becomes a smear that costs more
# to draw than everything else on the page (#19). Days up to two years, then weeks, then months
# (from 14 years); the table still holds every day.
LINE_POINTS = 750
# The days one point stands for: a rolling average no longer than that would only retrace it.
STEP_DAYS = {"day": 1, "week": 7, "month": 31}


def line_step(days: int) -> str:
    """What one point of the thin line is over `days`: "day", "week" or "month"."""
    if days <= LINE_POINTS:
        return "day"
    return "week" if days <= 7 * LINE_POINTS else "month"


_MOOD_HOPE = {
    (True, False): QT_TRANSLATE_NOOP(
        "Charts", "Each dot is a day. The smoother lines are your 7-day and 30-day averages. A "
        "gap is a day without a check-in."),
    (True, True): QT_TRANSLATE_NOOP(
        "Charts", "Each dot is a day; an upright line shows the lowest to highest check-in of a "
        "day with several. The smoother lines are your 7-day and 30-day averages. A gap is a "
        "day without a check-in."),
    (False, False): QT_TRANSLATE_NOOP(
        "Charts", "The thin line follows each day. The smoother lines are your 7-day and 30-day "
        "averages. A gap is a day without a check-in."),
    (False, True): QT_TRANSLATE_NOOP(
        "Charts", "The thin line follows each day; an upright line shows the lowest to highest "
        "check-in of a day with several. The smoother lines are your 7-day and 30-day averages. "
        "A gap is a day without a check-in."),
}
_MOOD_HOPE_LONG = {
    "week": QT_TRANSLATE_NOOP(
        "Charts", "The thin line follows each week's average; the dashed line is your 30-day "
        "average. A gap is a week without a check-in."),
    "month": QT_TRANSLATE_NOOP(
        "Charts", "The line follows each month's average. A gap is a month without a "
        "check-in."),
}
_MEASURES_LONG = {
    "week": QT_TRANSLATE_NOOP(
        "Charts", "One small chart per measure. The thin line follows each week's average, the "
        "shaded band its usual range over 30 days; a gap is a week without a value."),
    "month": QT_TRANSLATE_NOOP(
        "Charts", "One small chart per measure. The line follows each month's average, the "
        "shaded band its usual range over 30 days; a gap is a month without a value."),
}
_MEASURES = {
    7: QT_TRANSLATE_NOOP("Charts", "One small chart per measure. The shaded band is its usual "
                         "range over 7 days; a gap is a day without a value."),
    30: QT_TRANSLATE_NOOP("Charts", "One small chart per measure. The shaded band is its usual "
                          "range over 30 days; a gap is a day without a value."),
}
CALENDAR = QT_TRANSLATE_NOOP(
    "Charts", "A whole year, each square a day, coloured by the measure you pick: the brighter, "
    "the higher. Grey squares are days without a check-in; faint ones are outside your journal "
    "so far (before your first check-in, or still to come).")
CALENDAR_RECENT = QT_TRANSLATE_NOOP(
    "Charts", "Your last ten years, a row each, each square a day, coloured by the measure you "
    "pick: the brighter, the higher. Grey squares are days without a check-in. Choose a period "
    "to see the years before.")
_GOALS = {
    (True, True): QT_TRANSLATE_NOOP(
        "Charts", "Left, the goal steps you marked done, added up. Right, each goal on a band "
        "of its own: a point is a review, higher is further along, and its number is the "
        "progress you noted."),
    (True, False): QT_TRANSLATE_NOOP(
        "Charts", "The goal steps you marked done, added up over the period."),
    (False, True): QT_TRANSLATE_NOOP(
        "Charts", "Each goal on a band of its own: a point is a review, higher is further "
        "along, and its number is the progress you noted."),
}
BALANCE = QT_TRANSLATE_NOOP(
    "Charts", "Each bar counts the things you linked to a part of life (tagged check-ins and "
    "journal entries, strength uses, goal steps done), beside the period of the same length "
    "before. It shows where attention went, not a score.")


def has_range(series: MeasureSeries) -> bool:
    """True if some day has check-ins with different values (drawn as an upright line)."""
    daily = series.daily
    return any(n > 1 and high > low for n, low, high in
               zip(daily.count, daily.low, daily.high, strict=True)
               if not (math.isnan(low) or math.isnan(high)))


def mood_hope(data: SeriesSet, fallback: str) -> str:
    """Dots only where dots are drawn; the day's range only where a day has one."""
    days = (data.end - data.start).days + 1
    if not data.series:
        return fallback
    if (step := line_step(days)) != "day":
        return _MOOD_HOPE_LONG[step]
    ranges = days <= WHISKER_DAYS and any(has_range(one) for one in data.series)
    return _MOOD_HOPE[(days <= MARKED_DAYS, ranges)]


def measures(data: SeriesSet, fallback: str) -> str:
    """The band's window, and what a point of the line is, as the chart draws them."""
    if not data.series:
        return fallback
    if (step := line_step((data.end - data.start).days + 1)) != "day":
        return _MEASURES_LONG[step]
    return _MEASURES.get(data.series[0].short_window, fallback)


def calendar(data: CalendarGrid, fallback: str) -> str:
    """Say so when only the last years of the period are shown."""
    return CALENDAR_RECENT if data.earlier else fallback


def goals(data: GoalProgress, fallback: str) -> str:
    """Name only the panels drawn."""
    return _GOALS.get((bool(data.steps_done), bool(data.goals)), fallback)


def balance(data: Balance, fallback: str) -> str:
    """The bar chart's sentence (the same with or without data)."""
    return BALANCE if data.areas else fallback
