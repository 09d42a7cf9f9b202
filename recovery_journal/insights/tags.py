"""What goes with better days: mood and hope on days with a tag and on days without it.

A day "has" a tag when any of its check-ins has it; a day's mood is the mean of its check-ins.
Only days with a mood or hope value take part, and only tags used on at least
`MIN_TAG_DAYS` of those days are compared. This shows what tends to go together, not what
causes what.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from recovery_journal.insights.series import nan_mean
from recovery_journal.model import CheckIn

MIN_TAG_DAYS = 5
NOT_CAUSE = "This shows what tends to go together, not what causes what."


@dataclass(frozen=True, slots=True)
class TagDifference:
    """Mean mood and hope on the days with `tag` and on the other days, with both day counts."""

    tag: str
    days_with: int
    days_without: int
    mood_with: float
    mood_without: float
    hope_with: float
    hope_without: float

    @property
    def mood_difference(self) -> float:
        return self.mood_with - self.mood_without


@dataclass(frozen=True, slots=True)
class _Day:
    mood: float
    hope: float
    tags: frozenset[str]


def _days(checkins: Iterable[CheckIn]) -> dict[date, _Day]:
    moods: dict[date, list[float]] = defaultdict(list)
    hopes: dict[date, list[float]] = defaultdict(list)
    tags: dict[date, set[str]] = defaultdict(set)
    for checkin in checkins:
        day = checkin.local_date
        if "mood" in checkin.values:
            moods[day].append(checkin.values["mood"])
        if "hope" in checkin.values:
            hopes[day].append(checkin.values["hope"])
        # Storage gives each tag one spelling, so names can be compared as they are.
        tags[day].update(checkin.tags)
    return {
        day: _Day(
            mood=nan_mean(moods.get(day, [])), hope=nan_mean(hopes.get(day, [])),
            tags=frozenset(tags.get(day, ())),
        )
        for day in set(moods) | set(hopes)
    }


def tag_differences(
    checkins: Iterable[CheckIn], min_days: int = MIN_TAG_DAYS
) -> list[TagDifference]:
    """Every tag on at least `min_days` days, best mood difference first (then by name)."""
    days = _days(checkins)
    by_tag: dict[str, list[_Day]] = defaultdict(list)
    for day in days.values():
        for tag in day.tags:
            by_tag[tag].append(day)
    found: list[TagDifference] = []
    for tag, with_tag in by_tag.items():
        if len(with_tag) < min_days:
            continue
        without = [d for d in days.values() if tag not in d.tags]
        found.append(TagDifference(
            tag=tag, days_with=len(with_tag), days_without=len(without),
            mood_with=nan_mean([d.mood for d in with_tag]),
            mood_without=nan_mean([d.mood for d in without]),
            hope_with=nan_mean([d.hope for d in with_tag]),
            hope_without=nan_mean([d.hope for d in without]),
        ))
    found.sort(key=lambda t: (-_or_low(t.mood_difference), t.tag.casefold()))
    return found


def _or_low(value: float) -> float:
    """NaN sorts last: a tag whose days have no mood at all has no difference to show."""
    return -math.inf if math.isnan(value) else value

