"""Life checks compared: each life area now beside last time, what has grown, and each area's
history. Ratings are the person's own 1-7 answers (our own words, not a licensed instrument);
a change is described, never judged.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.model import LifeCheck, LifeDomain, LifeRating

HIGHEST = 7


class Change(enum.StrEnum):
    GROWN = "grown"
    SAME = "same"
    LOWER = "lower"
    NEW = "new"  # rated now, not last time (or no last time)
    SKIPPED = "skipped"  # not rated now


@dataclass(frozen=True, slots=True)
class AreaComparison:
    """One life area in a life check beside the one before it."""

    domain_id: int
    name: str
    current: int | None
    previous: int | None
    going_well: str

    @property
    def change(self) -> Change:
        if self.current is None:
            return Change.SKIPPED
        if self.previous is None:
            return Change.NEW
        if self.current > self.previous:
            return Change.GROWN
        return Change.SAME if self.current == self.previous else Change.LOWER


@dataclass(frozen=True, slots=True)
class Comparison:
    """A life check beside the previous one (None for a first check), area by area."""

    taken_on: date
    previous_on: date | None
    areas: tuple[AreaComparison, ...]

    def named(self, change: Change) -> list[str]:
        """The names of the areas with that change, in the person's order."""
        return [a.name for a in self.areas if a.change is change]


@dataclass(frozen=True, slots=True)
class AreaHistory:
    """One life area's ratings over time, oldest first; skipped checks are left out."""

    domain_id: int
    name: str
    points: tuple[tuple[date, int], ...]


def _shown(domains: Sequence[LifeDomain], rated: set[int]) -> list[LifeDomain]:
    """The person's areas in their order; a hidden one only when it has a rating or a note."""
    ordered = sorted(domains, key=lambda d: (d.position, d.id))
    return [d for d in ordered if not d.archived or d.id in rated]


def _by_area(check: LifeCheck | None) -> dict[int, LifeRating]:
    return {} if check is None else {r.life_domain_id: r for r in check.ratings}


def compare(
    current: LifeCheck, previous: LifeCheck | None, domains: Sequence[LifeDomain]
) -> Comparison:
    """Each life area's rating now beside last time's, in the person's order of areas."""
    now, before = _by_area(current), _by_area(previous)
    areas = tuple(
        AreaComparison(
            domain_id=d.id, name=d.name,
            current=now[d.id].rating if d.id in now else None,
            previous=before[d.id].rating if d.id in before else None,
            going_well=now[d.id].going_well if d.id in now else "",
        )
        for d in _shown(domains, set(now) | set(before))
    )
    return Comparison(
        taken_on=current.local_date,
        previous_on=None if previous is None else previous.local_date, areas=areas,
    )


def summary(comparison: Comparison, lang: Language = ENGLISH) -> str:
    """What has grown first, then what stayed the same, then what is lower; never a grade."""
    listed = lang.translate("Lists", ", ").join
    if comparison.previous_on is None:
        rated = [a for a in comparison.areas if a.current is not None]
        if not rated:
            return lang.translate("ChartSummary", "Your first life check: you noted what is "
                                  "going well.")
        top = max(a.current or 0 for a in rated)
        best = [a.name for a in rated if a.current == top]
        return lang.translate("ChartSummary", "Your first life check. Rated highest (%1 of %2): "
                              "%3.", str(top), str(HIGHEST), listed(best))
    parts: list[str] = []
    # The first part says what it is compared with; the rest follow on from it.
    for change in (Change.GROWN, Change.SAME, Change.LOWER, Change.NEW):
        names = comparison.named(change)
        if names:
            parts.append(_part(change, not parts, listed(names), lang))
    if not parts:
        return lang.translate("ChartSummary", "Nothing was rated in this life check; what is "
                              "going well is noted.")
    return " ".join(parts)


def _part(change: Change, first: bool, names: str, lang: Language) -> str:
    """"Grown since last time: Learning." (or "Grown: …" after the first part)."""
    if change is Change.GROWN:
        return (lang.translate("ChartSummary", "Grown since last time: %1.", names) if first
                else lang.translate("ChartSummary", "Grown: %1.", names))
    if change is Change.SAME:
        return (lang.translate("ChartSummary", "The same as last time: %1.", names) if first
                else lang.translate("ChartSummary", "The same: %1.", names))
    if change is Change.LOWER:
        return (lang.translate("ChartSummary", "Lower than last time: %1.", names) if first
                else lang.translate("ChartSummary", "Lower: %1.", names))
    return lang.translate("ChartSummary", "Rated for the first time: %1.", names)


def history(checks: Sequence[LifeCheck], domains: Sequence[LifeDomain]) -> tuple[AreaHistory, ...]:
    """Every shown life area with its ratings over time, oldest first."""
    ordered = sorted(checks, key=lambda c: (c.taken_at, c.id))
    points: dict[int, list[tuple[date, int]]] = {}
    for check in ordered:
        for rating in check.ratings:
            if rating.rating is not None:
                points.setdefault(rating.life_domain_id, []).append(
                    (check.local_date, rating.rating)
                )
    rated = {r.life_domain_id for c in checks for r in c.ratings}
    return tuple(
        AreaHistory(d.id, d.name, tuple(points.get(d.id, ())))
        for d in _shown(domains, rated)
    )


def latest_ratings(checks: Sequence[LifeCheck], on_or_before: date) -> dict[int, tuple[date, int]]:
    """Each life area's most recent rating on or before a day: area id -> (day, rating)."""
    found: dict[int, tuple[date, int]] = {}
    for check in sorted(checks, key=lambda c: (c.taken_at, c.id)):
        if check.local_date > on_or_before:
            continue
        for rating in check.ratings:
            if rating.rating is not None:
                found[rating.life_domain_id] = (check.local_date, rating.rating)
    return found


def next_due(last_taken: date | None, every_weeks: int, dismissed_on: date | None) -> date | None:
    """The day a life check is next offered, or None when the person has not asked for offers.

    A first one is offered straight away; putting an offer aside waits a whole period again.
    """
    if every_weeks <= 0:
        return None
    period = timedelta(weeks=every_weeks)
    due = date.min if last_taken is None else last_taken + period
    if dismissed_on is not None and dismissed_on >= due:
        due = dismissed_on + period
    return due


@dataclass(frozen=True, slots=True)
class LifeCheckPeriod:
    """The life checks of a period: the newest beside the one before it (which may be earlier
    than the period), and every check in the period for the table."""

    comparison: Comparison | None
    checks: tuple[LifeCheck, ...]
    areas: tuple[AreaHistory, ...]


def in_period(
    checks: Sequence[LifeCheck], domains: Sequence[LifeDomain], start: date, end: date
) -> LifeCheckPeriod:
    """What the Insights card and the report show for `start`..`end`."""
    ordered = sorted(checks, key=lambda c: (c.taken_at, c.id))
    inside = tuple(c for c in ordered if start <= c.local_date <= end)
    if not inside:
        return LifeCheckPeriod(None, (), ())
    newest = inside[-1]
    before = [c for c in ordered if (c.taken_at, c.id) < (newest.taken_at, newest.id)]
    comparison = compare(newest, before[-1] if before else None, domains)
    return LifeCheckPeriod(comparison, inside, history(inside, domains))


def period_summary(period: LifeCheckPeriod, lang: Language = ENGLISH) -> str:
    """The newest check's sentence, or a calm line when the period has none."""
    if period.comparison is None:
        return lang.translate("ChartNotes", "No life check in this period yet.")
    return summary(period.comparison, lang)


def period_table(period: LifeCheckPeriod, lang: Language = ENGLISH,
                 ) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """One row per life check in the period, one column per life area (empty when skipped)."""
    headers = (lang.translate("ChartTable", "Life check"), *(a.name for a in period.areas))
    rows = []
    for check in period.checks:
        rated = {r.life_domain_id: r.rating for r in check.ratings}
        rows.append((check.local_date.isoformat(), *(
            "" if rated.get(a.domain_id) is None else str(rated[a.domain_id])
            for a in period.areas)))
    return headers, tuple(rows)
