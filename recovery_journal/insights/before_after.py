"""Before and after: a measure's mean over the N days before a day and the N days from it on.

"Before" is the `days` days ending the day before the pivot; "after" is the pivot day and the
`days - 1` days after it. Each day weighs the same, however many check-ins it has.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from recovery_journal.insights.series import DailyValues, daily_values, nan_mean
from recovery_journal.model import MeasureDays


@dataclass(frozen=True, slots=True)
class BeforeAfter:
    key: str
    name: str
    min_value: float
    max_value: float
    pivot: date
    pivot_tag: str | None
    days: int
    daily: DailyValues
    before_mean: float
    before_days: int
    after_mean: float
    after_days: int
    # A change in the person's supports the comparison is around ("Started Sertraline 50 mg").
    pivot_event: str | None = None


def before_after(
    values: MeasureDays, name: str, bounds: tuple[float, float], pivot: date, days: int,
    pivot_tag: str | None = None,
) -> BeforeAfter:
    """Compare a measure over the `days` days before `pivot` with `days` days from it on."""
    span = max(1, days)
    daily = daily_values(values, pivot - timedelta(days=span), pivot + timedelta(days=span - 1))
    before, after = daily.mean[:span], daily.mean[span:]
    return BeforeAfter(
        key=values.key, name=name, min_value=bounds[0], max_value=bounds[1], pivot=pivot,
        pivot_tag=pivot_tag, days=span, daily=daily,
        before_mean=nan_mean(before), before_days=sum(1 for n in daily.count[:span] if n),
        after_mean=nan_mean(after), after_days=sum(1 for n in daily.count[span:] if n),
    )


def first_tag_day(tagged: Iterable[tuple[date, Sequence[str]]], tag: str) -> date | None:
    """The first day on which any of `tagged` (day, tag names) carries `tag` (casefold match)."""
    wanted = tag.strip().casefold()
    days = [day for day, names in tagged if any(n.casefold() == wanted for n in names)]
    return min(days, default=None)
