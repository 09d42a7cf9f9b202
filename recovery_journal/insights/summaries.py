"""One plain sentence per chart: what the numbers say, in the person's own terms, never a grade.

Each sentence is also the chart's accessible description, so it stands on its own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from recovery_journal.insights import words
from recovery_journal.insights.balance import Balance
from recovery_journal.insights.before_after import BeforeAfter
from recovery_journal.insights.calendar import CalendarGrid
from recovery_journal.insights.goals import GoalProgress
from recovery_journal.insights.series import MeasureSeries
from recovery_journal.insights.strengths import StrengthCounts
from recovery_journal.insights.tags import MIN_TAG_DAYS, NOT_CAUSE, TagDifference

NO_CHECKINS = "No check-ins in this period yet."


def _change(now: float, before: float, days: int) -> str:
    """", up from 5.4 in the 30 days before" (empty when there is nothing to compare)."""
    if math.isnan(before):
        return ""
    span = words.count(days, "day")
    if words.number(now) == words.number(before):
        return f", the same as in the {span} before"
    direction = "up" if now > before else "down"
    return f", {direction} from {words.number(before)} in the {span} before"


def mood_hope(
    mood: MeasureSeries, hope: MeasureSeries, previous: tuple[float, float], end: date
) -> str:
    """"Your mood averaged 6.1 from … to …, up from 5.4 in the 30 days before; hope 6.8."."""
    start, days = mood.daily.start, len(mood.daily.mean)
    mood_avg, hope_avg = mood.daily.average(), hope.daily.average()
    when = words.period(start, end)
    if math.isnan(mood_avg) and math.isnan(hope_avg):
        return NO_CHECKINS
    if math.isnan(mood_avg):
        return (f"Your hope averaged {words.number(hope_avg)} {when}"
                f"{_change(hope_avg, previous[1], days)}.")
    text = f"Your mood averaged {words.number(mood_avg)} {when}"
    text += _change(mood_avg, previous[0], days)
    if not math.isnan(hope_avg):
        text += f"; your hope averaged {words.number(hope_avg)}"
    return text + "."


def _and_list(items: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def measures(series: Sequence[MeasureSeries], start: date, end: date) -> str:
    """"From … to …, your sleep hours averaged 7.1, energy 5.2 and mood 6.0."."""
    kept = [(words.measure_words(s.name), s.daily.average()) for s in series]
    with_values = [(name, words.number(avg)) for name, avg in kept if not math.isnan(avg)]
    if not with_values:
        return NO_CHECKINS
    parts = [f"{name} {avg}" for name, avg in with_values[:4]]
    parts[0] = "{} averaged {}".format(*with_values[0])
    listed = _and_list(parts)
    if len(with_values) > 4:
        listed += f" (and {words.count(len(with_values) - 4, 'more measure')} below)"
    when = words.period(start, end)
    return f"{when[0].upper()}{when[1:]}, your {listed}."


def calendar(grid: CalendarGrid) -> str:
    """"From 1 January to 1 December 2026, 280 of these 335 days have a mood value, …"."""
    what = words.measure_words(grid.name)
    if not grid.days_with_values:
        return f"No check-ins with a {what} value in this year yet."
    when = ""
    if grid.start is not None and grid.end is not None:
        when = words.period(grid.start, grid.end)
        when = f"{when[0].upper()}{when[1:]}, "
    return (
        f"{when}{grid.days_with_values} of "
        f"{words.count(grid.days_in_period, 'day')} have a {what} value, averaging "
        f"{words.number(grid.average)}; grey squares are days without one."
    )


def tags(found: Sequence[TagDifference]) -> str:
    """The tag with the largest mood difference, with both counts, and what it doesn't mean."""
    if not found:
        return (f"No tag was used on {MIN_TAG_DAYS} or more days with a check-in in this period "
                "yet, so there is nothing to compare.")
    top = found[0]
    measure, with_, without = "mood", top.mood_with, top.mood_without
    if math.isnan(top.mood_difference):
        measure, with_, without = "hope", top.hope_with, top.hope_without
    other = f"{words.number(without)} on the {words.count(top.days_without, 'day')} without"
    if top.days_without == 0:
        other = "there were no days without it to compare"
    lowered = NOT_CAUSE[0].lower() + NOT_CAUSE[1:]
    return (
        f"Your {measure} averaged {words.number(with_)} on the "
        f"{words.count(top.days_with, 'day')} with {words.quoted(top.tag)} and {other}; "
        f"{lowered}"
    )


def before_after(result: BeforeAfter) -> str:
    """"Your mood averaged 5.4 in the 30 days before … and 6.1 in the 30 days from then on."."""
    what = words.measure_words(result.name)
    span = words.count(result.days, "day")
    pivot = words.day(result.pivot)
    if result.pivot_tag is not None:
        pivot = f"you first used {words.quoted(result.pivot_tag)} ({pivot})"
    if result.pivot_event is not None:
        pivot = f"{result.pivot_event[:1].lower()}{result.pivot_event[1:]} ({pivot})"
    if not result.before_days and not result.after_days:
        return f"No check-ins with a {what} value yet in the {span} either side of {pivot}."
    before = (f"averaged {words.number(result.before_mean)} in the {span} before {pivot} "
              f"({result.before_days} with a check-in)")
    if not result.before_days:
        before = f"had no check-ins in the {span} before {pivot}"
    after = (f"{words.number(result.after_mean)} in the {span} from then on "
             f"({result.after_days} with a check-in)")
    if not result.after_days:
        after = f"there are no check-ins yet in the {span} from then on"
    joiner = " and " if result.before_days and result.after_days else "; "
    return f"Your {what} {before}{joiner}{after}."


def no_tag_yet(tag: str) -> str:
    return f"The tag {words.quoted(tag)} hasn't been used yet, so there is nothing to compare."


def strengths(counts: StrengthCounts, start: date, end: date) -> str:
    """"You noted using a strength 42 times …, most often Patience (12)."."""
    if not counts.total:
        return "No strength uses noted in this period yet."
    name, most = counts.by_strength[0]
    return (f"You noted using a strength {words.count(counts.total, 'time')} "
            f"{words.period(start, end)}, most often {name} ({most}).")


def goals(progress: GoalProgress) -> str:
    """"You marked 8 goal steps done … and noted 5 goal reviews."."""
    steps, reviews = progress.total_steps, progress.total_reviews
    when = words.period(progress.start, progress.end)
    if not steps and not reviews:
        return "No goal steps done or reviews noted in this period yet."
    if not reviews:
        return f"You marked {words.count(steps, 'goal step')} done {when}."
    if not steps:
        return (f"You noted {words.count(reviews, 'goal review')} {when}; no steps were marked "
                "done in this time.")
    return (f"You marked {words.count(steps, 'goal step')} done and noted "
            f"{words.count(reviews, 'goal review')} {when}.")


def _top_area(result: Balance, current: bool, *, whole: bool = True) -> str:
    """"Physical health (30 of the 79 things you linked to a life area)"; `whole` False
    leaves the words out when a sentence has said them already."""
    total = result.total_current if current else result.total_previous
    area = max(result.areas, key=lambda a: a.current if current else a.previous)
    most = area.current if current else area.previous
    of_what = " things you linked to a life area" if whole else ""
    return f"{area.name} ({most} of the {total}{of_what})"


def balance(result: Balance) -> str:
    """Where most activity went in the period, and in the period of the same length before;
    then, if the person has rated their life areas, that their ratings are shown too."""
    text = _balance_counts(result)
    if result.rated:
        text += (" Under each area's name is how satisfied you said you were with it in your "
                 "latest life check.")
    return text


def _balance_counts(result: Balance) -> str:
    span = words.count((result.end - result.start).days + 1, "day")
    if not result.total_current and not result.total_previous:
        return "Nothing linked to a life area in this period or the one before it yet."
    if not result.total_current:
        return (f"Nothing linked to a life area in this period yet; in the {span} before, most "
                f"was in {_top_area(result, False)}.")
    text = f"Most of your activity {words.period(result.start, result.end)} was in "
    text += _top_area(result, True)
    if result.total_previous:
        return text + (f", and in the {span} before in "
                       f"{_top_area(result, False, whole=False)}.")
    return text + f"; the {span} before have nothing linked to a life area."
