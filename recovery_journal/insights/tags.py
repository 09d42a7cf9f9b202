"""What goes with better days: mood and hope on days with a tag and on days without it.

A day "has" a tag when any of its check-ins has it; a day's mood is the mean of its check-ins.
Only days with a mood or hope value take part, and only tags used on at least
`MIN_TAG_DAYS` of those days are compared. This shows what tends to go together, not what
causes what.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from recovery_journal.insights.language import ENGLISH, MARK, Language
from recovery_journal.insights.series import NAN, FloatArray
from recovery_journal.model import MeasureDays, TagDays

MIN_TAG_DAYS = 5
# Shown translated: `lang.translate("ChartNotes", NOT_CAUSE)` (the summary and the chart's note).
NOT_CAUSE = MARK.translate("ChartNotes", "This shows what tends to go together, not what causes "
                           "what.")


def not_cause(lang: Language = ENGLISH) -> str:
    """`NOT_CAUSE` in the person's language."""
    return lang.translate("ChartNotes", NOT_CAUSE)


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


def _aligned(mood: MeasureDays, hope: MeasureDays) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Every day with a mood or hope (as day ordinals, in order), each day's mood and hope."""
    mood_at = np.fromiter((d.toordinal() for d in mood.days), np.float64, len(mood.days))
    hope_at = np.fromiter((d.toordinal() for d in hope.days), np.float64, len(hope.days))
    days = np.union1d(mood_at, hope_at)
    moods, hopes = np.full(len(days), np.nan), np.full(len(days), np.nan)
    moods[np.searchsorted(days, mood_at)] = mood.mean
    hopes[np.searchsorted(days, hope_at)] = hope.mean
    return days, moods, hopes


def _mean(values: FloatArray) -> float:
    """The mean of the values that are not NaN (each day once); NaN when there are none."""
    kept = values[~np.isnan(values)]
    return float(kept.sum() / len(kept)) if len(kept) else NAN


def tag_differences(
    mood: MeasureDays, hope: MeasureDays, tags: Iterable[TagDays], min_days: int = MIN_TAG_DAYS
) -> list[TagDifference]:
    """Every tag on at least `min_days` days, best mood difference first (then by name).

    `mood` and `hope` are each day's mean; `tags` the days each tag was on a check-in.
    """
    days, moods, hopes = _aligned(mood, hope)
    found: list[TagDifference] = []
    for tag in tags:
        # Storage gives each tag one spelling, so names can be compared as they are.
        tagged = np.fromiter((d.toordinal() for d in tag.days), np.float64, len(tag.days))
        with_tag = np.isin(days, tagged)
        count = int(with_tag.sum())
        if count < min_days:
            continue
        without = ~with_tag
        found.append(TagDifference(
            tag=tag.name, days_with=count, days_without=len(days) - count,
            mood_with=_mean(moods[with_tag]), mood_without=_mean(moods[without]),
            hope_with=_mean(hopes[with_tag]), hope_without=_mean(hopes[without]),
        ))
    found.sort(key=lambda t: (-_or_low(t.mood_difference), t.tag.casefold()))
    return found


def _or_low(value: float) -> float:
    """NaN sorts last: a tag whose days have no mood at all has no difference to show."""
    return -math.inf if math.isnan(value) else value

