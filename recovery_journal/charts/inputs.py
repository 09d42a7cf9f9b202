"""The one place charts read the vault: through the repositories, never with SQL of their own.

Each function reads only what one chart needs for its period, so a chart over ten years costs
a few indexed queries; charts over days read them summed up per day by the vault, never every
check-in with its note. Insights then work on the records read here and never see the vault.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from recovery_journal.insights.balance import (
    Event,
    previous_period,
    step_events,
    strength_events,
    tag_events,
)
from recovery_journal.insights.before_after import first_tag_day
from recovery_journal.model import (
    Goal,
    LifeDomain,
    Measure,
    MeasureDays,
    Strength,
    StrengthUse,
    TagDays,
)
from recovery_journal.storage.repositories import Repositories


def measures_by_key(repos: Repositories) -> dict[str, Measure]:
    """Every measure, hidden ones included (old check-ins may hold their values)."""
    return {m.key: m for m in repos.measures.list(include_archived=True)}


def active_measures(repos: Repositories) -> list[Measure]:
    """The measures the person currently keeps, in their order."""
    return repos.measures.list()


def daily_values(
    repos: Repositories, start: date, end: date, keys: Sequence[str]
) -> dict[str, MeasureDays]:
    """Each measure in `keys` per day from `start` to `end`, summed up by the vault."""
    return repos.checkins.daily_values(start, end, keys)


def first_checkin_day(repos: Repositories) -> date | None:
    """The day of the first check-in in the journal, or None before there is one."""
    span = repos.checkins.date_range()
    return span[0] if span else None


def daily_tags(repos: Repositories, start: date, end: date) -> list[TagDays]:
    """Each tag's days on a check-in from `start` to `end`."""
    return repos.checkins.daily_tags(start, end)


def first_tag_use(repos: Repositories, tag: str) -> date | None:
    """The first day `tag` was used on a check-in, journal entry or strength use."""
    known = repos.tags.by_name(tag)
    if known is None:
        return None
    days: list[date] = []
    first_checkin = repos.checkins.first_day_with_tag(known.name)
    if first_checkin is not None:
        days.append(first_checkin)
    entries = repos.journal.count(tag=known.name)
    if entries:
        days.extend(e.local_date for e in repos.journal.list(
            limit=1, offset=entries - 1, tag=known.name))
    first_use = first_tag_day(((u.occurred_on, u.tags) for u in repos.strengths.uses()),
                              known.name)
    if first_use is not None:
        days.append(first_use)
    return min(days, default=None)


@dataclass(frozen=True, slots=True)
class StrengthRecords:
    uses: list[StrengthUse]
    strengths: list[Strength]
    domains: list[LifeDomain]


def strength_records(repos: Repositories, start: date, end: date) -> StrengthRecords:
    """Strength uses in the period with every strength and life area they may point at."""
    return StrengthRecords(
        uses=repos.strengths.uses(start, end),
        strengths=repos.strengths.list(include_archived=True),
        domains=repos.life_domains.list(include_archived=True),
    )


def goals(repos: Repositories) -> list[Goal]:
    """Every goal with its steps and reviews (goals are few; the period filter is applied later)."""
    return repos.goals.list()


@dataclass(frozen=True, slots=True)
class BalanceRecords:
    events: list[Event]
    domains: list[LifeDomain]


def balance_records(repos: Repositories, start: date, end: date) -> BalanceRecords:
    """Life-area activity events from the period before `start` to `end`."""
    first, _ = previous_period(start, end)
    tags = repos.tags.list(include_archived=True)
    # One entry per check-in carrying the tag, as if each check-in were read.
    tagged: list[tuple[date, Sequence[str]]] = [
        (day, (tag.name,)) for tag in repos.checkins.daily_tags(first, end)
        for day, n in zip(tag.days, tag.checkins, strict=True) for _ in range(n)
    ]
    tagged += [(e.local_date, e.tags) for e in repos.journal.list(start=first, end=end)]
    events = list(tag_events(tagged, tags))
    events += strength_events(repos.strengths.uses(first, end),
                              repos.strengths.list(include_archived=True))
    events += step_events(repos.goals.list())
    return BalanceRecords(events=events, domains=repos.life_domains.list(include_archived=True))
