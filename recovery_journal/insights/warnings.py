"""Early-warning rules checked against the person's own check-ins. Pure functions, no Qt, no I/O.

How a rule reads the check-ins:
- A measure's value for a day is the mean of that day's check-ins that recorded it; a tag is on
  a day when any check-in that day carries it (matched by casefold, like typed tags).
- "N days running" means N consecutive calendar days ending on the latest day that counts: today
  if today has a value (or, for a tag rule, a check-in), otherwise yesterday, so a rule can hold
  before today's check-in. A day without a check-in (or without that measure) is a gap, and a
  gap breaks the run: the rule never guesses what a missing day was like.
- "K of the last N days" counts the days among today and the N-1 before it whose mean is at or
  below the threshold; days without a value simply don't count.
Nothing here is sent or stored anywhere; the result is only shown to the person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from recovery_journal.model import CheckIn, RuleKind, WarningRule


@dataclass(frozen=True, slots=True)
class WarningMatch:
    """A rule that holds today, with the days that made it hold (oldest first)."""

    rule: WarningRule
    days: tuple[date, ...]


def daily_means(checkins: Iterable[CheckIn], measure_key: str) -> dict[date, float]:
    """The mean value of `measure_key` per day, for days where it was recorded."""
    sums: dict[date, list[float]] = defaultdict(list)
    for checkin in checkins:
        if measure_key in checkin.values:
            sums[checkin.local_date].append(checkin.values[measure_key])
    return {day: sum(values) / len(values) for day, values in sums.items()}


def tag_days(checkins: Iterable[CheckIn], tag_name: str) -> dict[date, bool]:
    """For every day with a check-in: whether any check-in that day carries the tag."""
    wanted = " ".join(tag_name.split()).casefold()
    days: dict[date, bool] = {}
    for checkin in checkins:
        has = any(" ".join(t.split()).casefold() == wanted for t in checkin.tags)
        days[checkin.local_date] = days.get(checkin.local_date, False) or has
    return days


def _running(values: dict[date, bool], today: date, days: int) -> tuple[date, ...] | None:
    """The `days` consecutive days ending today (or yesterday) that are all True, if any."""
    end = today if today in values else today - timedelta(days=1)
    run = tuple(end - timedelta(days=offset) for offset in range(days - 1, -1, -1))
    return run if all(values.get(day, False) for day in run) else None


def evaluate(rule: WarningRule, checkins: Sequence[CheckIn], today: date) -> WarningMatch | None:
    """The match when `rule` holds on `today`, else None (paused rules never hold)."""
    if rule.paused:
        return None
    if rule.kind is RuleKind.TAG_RUNNING:
        run = _running(tag_days(checkins, rule.tag_name), today, rule.days)
        return WarningMatch(rule, run) if run else None
    means = daily_means(checkins, rule.measure_key)
    if rule.kind is RuleKind.AT_MOST_OF:
        start = today - timedelta(days=rule.window_days - 1)
        low = tuple(sorted(d for d, v in means.items() if start <= d <= today
                           and v <= rule.threshold))
        return WarningMatch(rule, low) if len(low) >= rule.days else None
    if rule.kind is RuleKind.BELOW:
        holds = {day: value < rule.threshold for day, value in means.items()}
    else:
        holds = {day: value > rule.threshold for day, value in means.items()}
    run = _running(holds, today, rule.days)
    return WarningMatch(rule, run) if run else None


def matching(
    rules: Iterable[WarningRule], checkins: Sequence[CheckIn], today: date
) -> list[WarningMatch]:
    """Every active rule that holds on `today`, in the rules' order."""
    found = (evaluate(rule, checkins, today) for rule in rules)
    return [match for match in found if match is not None]


def days_needed(rules: Iterable[WarningRule]) -> int:
    """How many days of check-ins (ending today) are enough to evaluate all `rules`."""
    return max((rule.looks_back for rule in rules), default=0) + 1
