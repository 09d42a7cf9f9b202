"""Check-ins summed up per day, for charts that need days rather than single check-ins.

The check-in repository fills these from a GROUP BY, so ten years of days load without
building a CheckIn (note and all) for every check-in. Each holds one measure or one tag as
columns: a few objects for ten years instead of one per day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class MeasureDays:
    """One measure on each day that has a value, oldest first, as parallel columns.

    `count[i]` check-ins on `days[i]` had the measure; `mean`, `low` and `high` are their
    mean, lowest and highest value. Days without a value are left out.
    """

    key: str
    days: tuple[date, ...] = ()
    count: tuple[int, ...] = ()
    mean: tuple[float, ...] = ()
    low: tuple[float, ...] = ()
    high: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class TagDays:
    """The days a tag was on a check-in, oldest first; `checkins[i]` of them on `days[i]`."""

    name: str
    days: tuple[date, ...] = ()
    checkins: tuple[int, ...] = ()
