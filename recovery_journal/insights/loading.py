"""The one place insights read the vault: through the repositories, never with SQL of their own.

Each function reads only what one chart needs for its period, so a chart over ten years costs
a few indexed queries.
"""

from __future__ import annotations

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
from recovery_journal.model import CheckIn, Goal, LifeDomain, Measure, Strength, StrengthUse
from recovery_journal.storage.repositories import Repositories

_EARLIEST = date(1, 1, 1)
_LATEST = date(9999, 12, 31)


def measures_by_key(repos: Repositories) -> dict[str, Measure]:
    """Every measure, hidden ones included (old check-ins may hold their values)."""
    return {m.key: m for m in repos.measures.list(include_archived=True)}


def active_measures(repos: Repositories) -> list[Measure]:
    """The measures the person currently keeps, in their order."""
    return repos.measures.list()


def checkins(repos: Repositories, start: date, end: date) -> list[CheckIn]:
    """Check-ins whose day is `start`..`end`, oldest first."""
    return repos.checkins.between(start, end)


def all_checkins(repos: Repositories) -> list[CheckIn]:
    return repos.checkins.between(_EARLIEST, _LATEST)


def first_tag_use(repos: Repositories, tag: str, found_checkins: list[CheckIn]) -> date | None:
    """The first day `tag` was used on a check-in, journal entry or strength use.

    `found_checkins` must be every check-in (the caller reuses them for the comparison).
    """
    known = repos.tags.by_name(tag)
    if known is None:
        return None
    days: list[date] = []
    first_checkin = first_tag_day(((c.local_date, c.tags) for c in found_checkins), known.name)
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
    tagged = [(c.local_date, c.tags) for c in repos.checkins.between(first, end)]
    tagged += [(e.local_date, e.tags) for e in repos.journal.list(start=first, end=end)]
    events = list(tag_events(tagged, tags))
    events += strength_events(repos.strengths.uses(first, end),
                              repos.strengths.list(include_archived=True))
    events += step_events(repos.goals.list())
    return BalanceRecords(events=events, domains=repos.life_domains.list(include_archived=True))
