"""The one place charts read the vault: through the repositories, never with SQL of their own.

Each function reads only what one chart needs for its period, so a chart over ten years costs
a few indexed queries; charts over days read them summed up per day by the vault, never every
check-in with its note. Insights then work on the records read here and never see the vault.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from recovery_journal.charts.spec import ChartOptions
from recovery_journal.insights.balance import (
    Event,
    previous_period,
    step_events,
    strength_events,
    tag_events,
)
from recovery_journal.insights.before_after import first_tag_day
from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.life_areas import life_area_name
from recovery_journal.insights.support_marks import SupportMark, event_named, marks_between
from recovery_journal.model import (
    Goal,
    LifeDomain,
    Measure,
    MeasureDays,
    Strength,
    StrengthUse,
    Support,
    SupportEvent,
    TagDays,
)
from recovery_journal.storage.measures import RANGE_LIMIT
from recovery_journal.storage.repositories import Repositories


def _drawable(measure: Measure) -> Measure:
    """`measure` with a range a chart can draw (an older vault may hold an endless one)."""
    low = min(max(measure.min_value, -RANGE_LIMIT), RANGE_LIMIT)
    high = min(max(measure.max_value, -RANGE_LIMIT), RANGE_LIMIT)
    if not low < high:  # NaN-safe: a range wholly beyond the limits
        low, high = -RANGE_LIMIT, RANGE_LIMIT
    if (low, high) == (measure.min_value, measure.max_value):
        return measure
    return replace(measure, min_value=low, max_value=high)


# Migration 0001's built-in measures: shown translated while still named so, as in the UI.
_BUILT_IN_MEASURES = {"mood": "Mood", "hope": "Hope"}


def _named(measure: Measure, lang: Language) -> Measure:
    """`measure` with a built-in's English name in the person's language (a typed one as is)."""
    if measure.built_in and _BUILT_IN_MEASURES.get(measure.key) == measure.name:
        return replace(measure, name=lang.translate("Measures", measure.name))
    return measure


def measures_by_key(repos: Repositories, lang: Language = ENGLISH) -> dict[str, Measure]:
    """Every measure, hidden ones included (old check-ins may hold their values)."""
    return {m.key: _named(_drawable(m), lang)
            for m in repos.measures.list(include_archived=True)}


def active_measures(repos: Repositories, lang: Language = ENGLISH) -> list[Measure]:
    """The measures the person currently keeps, in their order."""
    return [_named(_drawable(m), lang) for m in repos.measures.list()]


def life_areas(repos: Repositories, lang: Language = ENGLISH) -> list[LifeDomain]:
    """Every life area, hidden ones included, built-in ones named in the person's language."""
    return [replace(d, name=life_area_name(d.name, lang))
            for d in repos.life_domains.list(include_archived=True)]


def _drawable_days(days: MeasureDays) -> MeasureDays:
    """The days whose values a chart can draw: an older vault may hold endless or huge ones."""
    if not days.days or (min(days.low) >= -RANGE_LIMIT and max(days.high) <= RANGE_LIMIT):
        return days  # the usual case, found in C (NaN is never stored)
    keep = [i for i, (low, high) in enumerate(zip(days.low, days.high, strict=True))
            if low >= -RANGE_LIMIT and high <= RANGE_LIMIT]
    if len(keep) == len(days.days):
        return days
    return MeasureDays(
        key=days.key, days=tuple(days.days[i] for i in keep),
        count=tuple(days.count[i] for i in keep), mean=tuple(days.mean[i] for i in keep),
        low=tuple(days.low[i] for i in keep), high=tuple(days.high[i] for i in keep),
    )


def daily_values(
    repos: Repositories, start: date, end: date, keys: Sequence[str]
) -> dict[str, MeasureDays]:
    """Each measure in `keys` per day from `start` to `end`, summed up by the vault.

    Days holding a value beyond what a measure can hold (±1,000,000) are left out of charts.
    """
    found = repos.checkins.daily_values(start, end, keys)
    return {key: _drawable_days(days) for key, days in found.items()}


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
    first_entry = repos.journal.first_day_with_tag(known.name)
    if first_entry is not None:
        days.append(first_entry)
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


def strength_records(repos: Repositories, start: date, end: date,
                     lang: Language = ENGLISH) -> StrengthRecords:
    """Strength uses in the period with every strength and life area they may point at."""
    return StrengthRecords(
        uses=repos.strengths.uses(start, end),
        strengths=repos.strengths.list(include_archived=True),
        domains=life_areas(repos, lang),
    )


def goals(repos: Repositories) -> list[Goal]:
    """Every goal with its steps and reviews (goals are few; the period filter is applied later)."""
    return repos.goals.list()


@dataclass(frozen=True, slots=True)
class BalanceRecords:
    events: list[Event]
    domains: list[LifeDomain]
    # Each area's latest life check rating on or before the period's end: id -> (day, 1-7).
    ratings: dict[int, tuple[date, int]] = field(default_factory=dict)


def balance_records(repos: Repositories, start: date, end: date,
                    lang: Language = ENGLISH) -> BalanceRecords:
    """Life-area activity events from the period before `start` to `end`."""
    first, _ = previous_period(start, end)
    tags = repos.tags.list(include_archived=True)
    # One entry per check-in carrying the tag, as if each check-in were read.
    tagged: list[tuple[date, Sequence[str]]] = [
        (day, (tag.name,)) for tag in repos.checkins.daily_tags(first, end)
        for day, n in zip(tag.days, tag.checkins, strict=True) for _ in range(n)
    ]
    tagged += repos.journal.tagged_days(first, end)  # tags and days only, never the bodies
    events = list(tag_events(tagged, tags))
    events += strength_events(repos.strengths.uses(first, end),
                              repos.strengths.list(include_archived=True))
    events += step_events(repos.goals.list())
    return BalanceRecords(events=events, domains=life_areas(repos, lang),
                          ratings=repos.life_checks.latest_ratings(end))


def support_marks(repos: Repositories, options: ChartOptions) -> tuple[SupportMark, ...]:
    """The changes in the person's supports in the period, when the chart is to show them."""
    if not options.show_supports:
        return ()
    return marks_between(repos.supports.list(), options.start, options.end, options.language)


def support_event(repos: Repositories, event_id: int) -> tuple[Support, SupportEvent] | None:
    """A change in the person's supports with its support, None when no longer there."""
    return event_named(repos.supports.list(), event_id)
