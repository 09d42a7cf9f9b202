"""Life balance: activity per life area in a period beside the period of the same length before.

Activity is counted from everything the person links to a life area: each tag with a life area
on a check-in or journal entry counts once for that entry, each use of a strength with a life
area counts once, and each goal step marked done counts once for its goal's life area. It is a
picture of where time and attention went, never a score.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from recovery_journal.insights.goals import step_done_day
from recovery_journal.insights.series import day_count
from recovery_journal.model import Goal, LifeDomain, Strength, StrengthUse, Tag

Event = tuple[date, int]  # (day, life area id)


@dataclass(frozen=True, slots=True)
class AreaActivity:
    """Counts of activity, and the person's own latest life check rating (1-7) when there is
    one: the two side by side, neither standing for the other."""

    name: str
    current: int
    previous: int
    rating: int | None = None
    rated_on: date | None = None


@dataclass(frozen=True, slots=True)
class Balance:
    """Activity per life area, in the areas' own order; `previous_*` is the period before."""

    start: date
    end: date
    previous_start: date
    previous_end: date
    areas: tuple[AreaActivity, ...]

    @property
    def total_current(self) -> int:
        return sum(a.current for a in self.areas)

    @property
    def total_previous(self) -> int:
        return sum(a.previous for a in self.areas)

    @property
    def rated(self) -> bool:
        """True when some area carries a life check rating."""
        return any(a.rating is not None for a in self.areas)


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of the same length that ends the day before `start`."""
    length = max(1, day_count(start, end))
    return start - timedelta(days=length), start - timedelta(days=1)


def tag_events(
    tagged: Iterable[tuple[date, Sequence[str]]], tags: Iterable[Tag]
) -> Iterator[Event]:
    """One event per (entry, tag with a life area); `tagged` holds (day, tag names) pairs."""
    areas = {t.name.casefold(): t.life_domain_id for t in tags if t.life_domain_id is not None}
    for day, names in tagged:
        for name in names:
            area = areas.get(name.casefold())
            if area is not None:
                yield day, area


def strength_events(uses: Iterable[StrengthUse], strengths: Iterable[Strength]) -> Iterator[Event]:
    """One event per use of a strength that has a life area."""
    areas = {s.id: s.life_domain_id for s in strengths if s.life_domain_id is not None}
    for use in uses:
        area = areas.get(use.strength_id)
        if area is not None:
            yield use.occurred_on, area


def step_events(goals: Iterable[Goal]) -> Iterator[Event]:
    """One event per done step of a goal that has a life area."""
    for goal in goals:
        if goal.life_domain_id is None:
            continue
        for step in goal.steps:
            day = step_done_day(step)
            if day is not None:
                yield day, goal.life_domain_id


def balance(
    events: Iterable[Event], domains: Sequence[LifeDomain], start: date, end: date,
    ratings: Mapping[int, tuple[date, int]] | None = None,
) -> Balance:
    """Count `events` per life area in `start`..`end` and in the period just before it, beside
    each area's latest life check rating (`ratings`: area id -> (day, 1-7)).

    Every life area the person keeps is listed; a hidden (archived) one only when it has activity.
    """
    rated = ratings or {}
    before_start, before_end = previous_period(start, end)
    current: Counter[int] = Counter()
    previous: Counter[int] = Counter()
    for day, area in events:
        if start <= day <= end:
            current[area] += 1
        elif before_start <= day <= before_end:
            previous[area] += 1
    shown = [
        AreaActivity(name=d.name, current=current[d.id], previous=previous[d.id],
                     rating=rated[d.id][1] if d.id in rated else None,
                     rated_on=rated[d.id][0] if d.id in rated else None)
        for d in sorted(domains, key=lambda d: (d.position, d.id))
        if not d.archived or current[d.id] or previous[d.id]
    ]
    return Balance(start=start, end=end, previous_start=before_start,
                   previous_end=before_end, areas=tuple(shown))


def area_names(domains: Iterable[LifeDomain]) -> Mapping[int, str]:
    """Life area id -> name, hidden areas included (old records may point at them)."""
    return {d.id: d.name for d in domains}
