"""A measure day by day: each day's mean and spread, and rolling means over calendar days.

Days are calendar days from `start`, one slot each; a day without a value is NaN, so a line
drawn from these values breaks there instead of bridging the gap.

Rolling means and spreads are trailing (the day itself and the days before it) over calendar
days, never over "the last N check-ins". Each day weighs the same, however many check-ins it
has. A window needs enough days with a value: `min_days_for(window)` (3 of 7, 10 of 30, a
third of the window in general), and at least one in its last `RECENT_DAYS` (a week), so a
30-day average is not drawn on through two or three weeks without check-ins. Otherwise the
day's rolling value is NaN, a gap.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from recovery_journal.model import MeasureDays

if TYPE_CHECKING:
    from recovery_journal.insights.support_marks import SupportMark

FloatArray = npt.NDArray[np.float64]
NAN = float("nan")


RECENT_DAYS = 7


def min_days_for(window: int) -> int:
    """Days with a value a rolling window of `window` days needs: a third of it, at least 1."""
    return max(1, math.ceil(window / 3))


@dataclass(frozen=True, slots=True)
class DailyValues:
    """One measure per calendar day from `start`; NaN (and count 0) where a day has no value."""

    key: str
    start: date
    mean: tuple[float, ...]
    low: tuple[float, ...]
    high: tuple[float, ...]
    count: tuple[int, ...]

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(len(self.mean))]

    @property
    def days_with_values(self) -> int:
        return sum(1 for n in self.count if n)

    def since(self, day: date) -> DailyValues:
        """The same values from `day` on (a later day than `start`)."""
        cut = slice(max(0, (day - self.start).days), None)
        return DailyValues(
            key=self.key, start=max(day, self.start), mean=self.mean[cut], low=self.low[cut],
            high=self.high[cut], count=self.count[cut],
        )

    def average(self) -> float:
        """The mean of the daily means (each day counts once); NaN when no day has a value."""
        return nan_mean(self.mean)


def nan_mean(values: Sequence[float]) -> float:
    """The mean of the values that are not NaN; NaN when there are none."""
    kept = [v for v in values if not math.isnan(v)]
    return sum(kept) / len(kept) if kept else NAN


def day_count(start: date, end: date) -> int:
    """Days from `start` to `end` inclusive (0 when end is before start)."""
    return max(0, (end - start).days + 1)


def daily_values(days: MeasureDays, start: date, end: date) -> DailyValues:
    """`days` laid out on every calendar day from `start` to `end`; NaN on days without one."""
    size = day_count(start, end)
    first = start.toordinal()
    # map() calls the C method with no Python frame per day: about half the time.
    at = np.fromiter(map(date.toordinal, days.days), dtype=np.intp, count=len(days.days)) - first
    inside = (at >= 0) & (at < size)
    at = at[inside]
    mean, low, high = (np.full(size, np.nan) for _ in range(3))
    count = np.zeros(size, dtype=np.int64)
    for column, source in ((mean, days.mean), (low, days.low), (high, days.high)):
        column[at] = np.asarray(source, dtype=np.float64)[inside]
    count[at] = np.asarray(days.count, dtype=np.int64)[inside]
    return DailyValues(
        key=days.key, start=start, mean=tuple(mean.tolist()), low=tuple(low.tolist()),
        high=tuple(high.tolist()), count=tuple(count.tolist()),
    )


def _window_sums(values: FloatArray, window: int) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Trailing-window count, sum and sum of squares of the non-NaN values."""
    present = ~np.isnan(values)
    filled = np.where(present, values, 0.0)

    def trailing(series: FloatArray) -> FloatArray:
        cumulative = np.concatenate(([0.0], np.cumsum(series)))
        ends = np.arange(1, len(series) + 1)
        return cumulative[ends] - cumulative[np.maximum(ends - window, 0)]

    return trailing(present.astype(np.float64)), trailing(filled), trailing(filled * filled)


def _shown(values: FloatArray, window: int, count: FloatArray, need: int) -> npt.NDArray[np.bool_]:
    """Days whose window has `need` days with a value, one of them in the last week."""
    recent, _, _ = _window_sums(values, min(window, RECENT_DAYS))
    return (count >= need) & (recent > 0)


def rolling_mean(
    values: Sequence[float], window: int, min_days: int | None = None
) -> tuple[float, ...]:
    """Trailing mean over `window` calendar days; NaN where too few days have a value."""
    need = min_days_for(window) if min_days is None else min_days
    data = np.asarray(values, dtype=np.float64)
    if data.size == 0:
        return ()
    count, total, _ = _window_sums(data, window)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(_shown(data, window, count, need), total / np.maximum(count, 1), np.nan)
    return tuple(mean.tolist())


def rolling_spread(
    values: Sequence[float], window: int, min_days: int | None = None
) -> tuple[float, ...]:
    """Trailing standard deviation (how much the days varied) over `window` calendar days."""
    need = min_days_for(window) if min_days is None else min_days
    data = np.asarray(values, dtype=np.float64)
    if data.size == 0:
        return ()
    count, total, squares = _window_sums(data, window)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = total / np.maximum(count, 1)
        variance = np.maximum(squares / np.maximum(count, 1) - mean * mean, 0.0)
        spread = np.where(_shown(data, window, count, need), np.sqrt(variance), np.nan)
    return tuple(spread.tolist())


@dataclass(frozen=True, slots=True)
class MeasureSeries:
    """A measure over a period: daily values, a short and (maybe) a long rolling mean, spread."""

    key: str
    name: str
    min_value: float
    max_value: float
    daily: DailyValues
    short_window: int
    short_mean: tuple[float, ...]
    short_spread: tuple[float, ...]
    long_window: int
    long_mean: tuple[float, ...]


def measure_series(
    days: MeasureDays, name: str, bounds: tuple[float, float], start: date, end: date, *,
    short_window: int = 7, long_window: int = 30,
) -> MeasureSeries:
    """Daily values of one measure with its rolling means and rolling spread.

    The windows look back before `start` too when `days` reach back that far, so the first
    days of a period get their rolling means from the days just before it.
    """
    lead = long_window - 1
    padded = daily_values(days, start - timedelta(days=lead), end)
    daily = padded.since(start)
    cut = slice(lead, None)
    return MeasureSeries(
        key=days.key, name=name, min_value=bounds[0], max_value=bounds[1], daily=daily,
        short_window=short_window,
        short_mean=rolling_mean(padded.mean, short_window)[cut],
        short_spread=rolling_spread(padded.mean, short_window)[cut],
        long_window=long_window,
        long_mean=rolling_mean(padded.mean, long_window)[cut],
    )


@dataclass(frozen=True, slots=True)
class SeriesSet:
    """Several measures over the same period, in the order they are shown."""

    start: date
    end: date
    series: tuple[MeasureSeries, ...]
    # Changes in the person's supports to mark on the chart, when they chose to show them.
    marks: tuple[SupportMark, ...] = ()


def _block_starts(start: date, size: int, step: str) -> npt.NDArray[np.intp]:
    """Where each block ("day", "week" or "month") begins, in days from `start`: weeks end on
    the period's last day, so the newest point is a whole week; months are calendar months."""
    if step == "day":
        return np.arange(size, dtype=np.intp)
    if step == "week":
        return np.maximum(np.arange(size, 0, -7, dtype=np.intp)[::-1] - 7, 0)
    end = start + timedelta(days=size - 1)
    firsts = [0]
    year, month = start.year, start.month
    while True:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        first = date(year, month, 1)
        if first > end:
            break
        firsts.append((first - start).days)
    return np.asarray(firsts, dtype=np.intp)


def block_means(daily: DailyValues, step: str) -> tuple[FloatArray, FloatArray]:
    """Each week's or month's mean of its days' means (each day counts once), at the block's
    middle (days from `daily.start`); NaN for a block without a value."""
    values = np.asarray(daily.mean, dtype=np.float64)
    if not values.size:
        return np.zeros(0), np.zeros(0)
    starts = _block_starts(daily.start, values.size, step)
    ends = np.append(starts[1:], values.size)
    present = ~np.isnan(values)
    counts = np.add.reduceat(present.astype(np.float64), starts)
    sums = np.add.reduceat(np.where(present, values, 0.0), starts)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    return (starts + ends - 1) / 2, means


def block_ends(values: Sequence[float], start: date, step: str) -> tuple[FloatArray, FloatArray]:
    """A daily series (a rolling mean, say) read on the last day of each block: (days from
    `start`, values)."""
    data = np.asarray(values, dtype=np.float64)
    if not data.size:
        return np.zeros(0), np.zeros(0)
    last = np.append(_block_starts(start, data.size, step)[1:], data.size) - 1
    return last.astype(np.float64), data[last]


def adaptive_window(days: int) -> int:
    """The rolling window for small multiples: a week for short periods, a month for long."""
    return 7 if days <= 120 else 30
