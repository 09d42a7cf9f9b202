"""Check-ins summed up per day in Python: the same shapes the check-in repository gives.

Charts read days straight from the vault (`CheckIns.daily_values`, `CheckIns.daily_tags`);
these build the same values from CheckIn records, for callers and tests that hold them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from recovery_journal.model import CheckIn, MeasureDays, TagDays


def measure_days(checkins: Iterable[CheckIn], key: str) -> MeasureDays:
    """Each day's count, mean, lowest and highest value of `key`, oldest day first."""
    by_day: dict[date, list[float]] = defaultdict(list)
    for checkin in checkins:
        value = checkin.values.get(key)
        if value is not None:
            by_day[checkin.local_date].append(value)
    days = sorted(by_day)
    values = [by_day[day] for day in days]
    return MeasureDays(
        key=key, days=tuple(days), count=tuple(len(v) for v in values),
        mean=tuple(sum(v) / len(v) for v in values), low=tuple(min(v) for v in values),
        high=tuple(max(v) for v in values),
    )


def tag_days(checkins: Iterable[CheckIn]) -> list[TagDays]:
    """Each tag's days and how many check-ins carry it on each, tags in name order."""
    counts: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for checkin in checkins:
        for name in checkin.tags:
            counts[name][checkin.local_date] += 1
    return [
        TagDays(name=name, days=tuple(sorted(counts[name])),
                checkins=tuple(counts[name][day] for day in sorted(counts[name])))
        for name in sorted(counts, key=str.casefold)
    ]
