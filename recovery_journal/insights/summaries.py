"""One plain sentence per chart: what the numbers say, in the person's own terms, never a grade.

Each sentence is also the chart's accessible description, so it stands on its own. Worded in
the person's `Language` (context "ChartSummary"; empty states "ChartNotes").
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
from recovery_journal.insights.language import ENGLISH, MARK, Language
from recovery_journal.insights.series import MeasureSeries
from recovery_journal.insights.strengths import StrengthCounts
from recovery_journal.insights.tags import MIN_TAG_DAYS, TagDifference, not_cause

NO_CHECKINS = MARK.translate("ChartNotes", "No check-ins in this period yet.")


def no_checkins(lang: Language = ENGLISH) -> str:
    """`NO_CHECKINS` in the person's language."""
    return lang.translate("ChartNotes", NO_CHECKINS)


def _change(now: float, before: float, days: int, lang: Language) -> str:
    """", up from 5.4 in the 30 days before" (empty when there is nothing to compare)."""
    if math.isnan(before):
        return ""
    if lang.number(now) == lang.number(before):
        return lang.translate("ChartSummary", ", the same as in the %n day(s) before", n=days)
    if now > before:
        return lang.translate("ChartSummary", ", up from %1 in the %n day(s) before",
                              lang.number(before), n=days)
    return lang.translate("ChartSummary", ", down from %1 in the %n day(s) before",
                          lang.number(before), n=days)


def mood_hope(
    mood: MeasureSeries, hope: MeasureSeries, previous: tuple[float, float], end: date,
    lang: Language = ENGLISH,
) -> str:
    """"Your mood averaged 6.1 from … to …, up from 5.4 in the 30 days before; hope 6.8."."""
    start, days = mood.daily.start, len(mood.daily.mean)
    mood_avg, hope_avg = mood.daily.average(), hope.daily.average()
    when = words.period(start, end, lang)
    if math.isnan(mood_avg) and math.isnan(hope_avg):
        return no_checkins(lang)
    if math.isnan(mood_avg):
        return lang.translate("ChartSummary", "Your hope averaged %1 %2%3.",
                              lang.number(hope_avg), when,
                              _change(hope_avg, previous[1], days, lang))
    change = _change(mood_avg, previous[0], days, lang)
    if math.isnan(hope_avg):
        return lang.translate("ChartSummary", "Your mood averaged %1 %2%3.",
                              lang.number(mood_avg), when, change)
    return lang.translate("ChartSummary", "Your mood averaged %1 %2%3; your hope averaged %4.",
                          lang.number(mood_avg), when, change, lang.number(hope_avg))


def measures(series: Sequence[MeasureSeries], start: date, end: date,
             lang: Language = ENGLISH) -> str:
    """"From … to …, your sleep hours averaged 7.1, energy 5.2 and mood 6.0."."""
    kept = [(words.measure_words(s.name), s.daily.average()) for s in series]
    with_values = [(name, lang.number(avg)) for name, avg in kept if not math.isnan(avg)]
    if not with_values:
        return no_checkins(lang)
    parts = [lang.translate("ChartSummary", "%1 %2", name, avg) for name, avg in with_values[:4]]
    parts[0] = lang.translate("ChartSummary", "your %1 averaged %2", *with_values[0])
    listed = lang.and_list(parts)
    if len(with_values) > 4:
        listed = lang.translate("ChartSummary", "%1 (and %n more measure(s) below)", listed,
                                n=len(with_values) - 4)
    return lang.translate("ChartSummary", "%1, %2.",
                          words.capital(words.period(start, end, lang)), listed)


def calendar(grid: CalendarGrid, lang: Language = ENGLISH) -> str:
    """"From 1 January to 1 December 2026, 280 of these 335 days have a mood value, …"."""
    what = words.measure_words(grid.name)
    if not grid.days_with_values:
        return lang.translate("ChartNotes", "No check-ins with a %1 value in this year yet.",
                              what)
    average = lang.number(grid.average)
    if grid.start is None or grid.end is None:
        return lang.translate(
            "ChartSummary", "%1 of %n day(s) have a %2 value, averaging %3; grey squares are "
            "days without one.", str(grid.days_with_values), what, average,
            n=grid.days_in_period)
    return lang.translate(
        "ChartSummary", "%1, %2 of %n day(s) have a %3 value, averaging %4; grey squares are "
        "days without one.", words.capital(words.period(grid.start, grid.end, lang)),
        str(grid.days_with_values), what, average, n=grid.days_in_period)


def tags(found: Sequence[TagDifference], lang: Language = ENGLISH) -> str:
    """The tag with the largest mood difference, with both counts, and what it doesn't mean."""
    if not found:
        return lang.translate(
            "ChartNotes", "No tag was used on %1 or more days with a check-in in this period "
            "yet, so there is nothing to compare.", str(MIN_TAG_DAYS))
    top = found[0]
    hope, with_, without = False, top.mood_with, top.mood_without
    if math.isnan(top.mood_difference):
        hope, with_, without = True, top.hope_with, top.hope_without
    other = lang.translate("ChartSummary", "%1 on the %n day(s) without", lang.number(without),
                           n=top.days_without)
    if top.days_without == 0:
        other = lang.translate("ChartSummary", "there were no days without it to compare")
    note = not_cause(lang)
    lowered = note[:1].lower() + note[1:]
    tag = words.quoted(top.tag, lang)
    if hope:
        return lang.translate("ChartSummary", "Your hope averaged %1 on the %n day(s) with %2 "
                              "and %3; %4", lang.number(with_), tag, other, lowered,
                              n=top.days_with)
    return lang.translate("ChartSummary", "Your mood averaged %1 on the %n day(s) with %2 and "
                          "%3; %4", lang.number(with_), tag, other, lowered, n=top.days_with)


def before_after(result: BeforeAfter, lang: Language = ENGLISH) -> str:
    """"Your mood averaged 5.4 in the 30 days before … and 6.1 in the 30 days from then on."."""
    what = words.measure_words(result.name)
    days = result.days
    pivot = lang.day(result.pivot)
    if result.pivot_tag is not None:
        pivot = lang.translate("ChartSummary", "you first used %1 (%2)",
                               words.quoted(result.pivot_tag, lang), pivot)
    if result.pivot_event is not None:
        event = result.pivot_event[:1].lower() + result.pivot_event[1:]
        pivot = lang.translate("ChartSummary", "%1 (%2)", event, pivot)
    if not result.before_days and not result.after_days:
        return lang.translate("ChartNotes", "No check-ins with a %1 value yet in the %n day(s) "
                              "either side of %2.", what, pivot, n=days)
    if result.before_days:
        before = lang.translate("ChartSummary", "averaged %1 in the %n day(s) before %2 (%3 "
                                "with a check-in)", lang.number(result.before_mean), pivot,
                                str(result.before_days), n=days)
    else:
        before = lang.translate("ChartSummary", "had no check-ins in the %n day(s) before %1",
                                pivot, n=days)
    if result.after_days:
        after = lang.translate("ChartSummary", "%1 in the %n day(s) from then on (%2 with a "
                               "check-in)", lang.number(result.after_mean),
                               str(result.after_days), n=days)
    else:
        after = lang.translate("ChartSummary", "there are no check-ins yet in the %n day(s) "
                               "from then on", n=days)
    if result.before_days and result.after_days:
        return lang.translate("ChartSummary", "Your %1 %2 and %3.", what, before, after)
    return lang.translate("ChartSummary", "Your %1 %2; %3.", what, before, after)


def no_tag_yet(tag: str, lang: Language = ENGLISH) -> str:
    return lang.translate("ChartNotes", "The tag %1 hasn't been used yet, so there is nothing "
                          "to compare.", words.quoted(tag, lang))


def strengths(counts: StrengthCounts, start: date, end: date, lang: Language = ENGLISH) -> str:
    """"You noted using a strength 42 times …, most often Patience (12)."."""
    if not counts.total:
        return lang.translate("ChartNotes", "No strength uses noted in this period yet.")
    name, most = counts.by_strength[0]
    return lang.translate("ChartSummary", "You noted using a strength %n time(s) %1, most "
                          "often %2 (%3).", words.period(start, end, lang), name, str(most),
                          n=counts.total)


def goals(progress: GoalProgress, lang: Language = ENGLISH) -> str:
    """"You marked 8 goal steps done … and noted 5 goal reviews."."""
    steps, reviews = progress.total_steps, progress.total_reviews
    when = words.period(progress.start, progress.end, lang)
    if not steps and not reviews:
        return lang.translate("ChartNotes", "No goal steps done or reviews noted in this period "
                              "yet.")
    if not reviews:
        return lang.translate("ChartSummary", "You marked %n goal step(s) done %1.", when,
                              n=steps)
    if not steps:
        return lang.translate("ChartSummary", "You noted %n goal review(s) %1; no steps were "
                              "marked done in this time.", when, n=reviews)
    # Two counts in one sentence: each is counted on its own, then placed.
    return lang.translate("ChartSummary", "You marked %1 done and noted %2 %3.",
                          lang.translate("ChartSummary", "%n goal step(s)", n=steps),
                          lang.translate("ChartSummary", "%n goal review(s)", n=reviews), when)


def _top_area(result: Balance, current: bool, lang: Language, *, whole: bool = True) -> str:
    """"Physical health (30 of the 79 things you linked to a life area)"; `whole` False
    leaves the words out when a sentence has said them already."""
    total = result.total_current if current else result.total_previous
    area = max(result.areas, key=lambda a: a.current if current else a.previous)
    most = area.current if current else area.previous
    if whole:
        return lang.translate("ChartSummary", "%1 (%2 of the %3 things you linked to a life "
                              "area)", area.name, str(most), str(total))
    return lang.translate("ChartSummary", "%1 (%2 of the %3)", area.name, str(most), str(total))


def balance(result: Balance, lang: Language = ENGLISH) -> str:
    """Where most activity went in the period, and in the period of the same length before;
    then, if the person has rated their life areas, that their ratings are shown too."""
    text = _balance_counts(result, lang)
    if result.rated:
        text += " " + lang.translate("ChartSummary", "Under each area's name is how satisfied "
                                     "you said you were with it in your latest life check.")
    return text


def _balance_counts(result: Balance, lang: Language) -> str:
    days = (result.end - result.start).days + 1
    if not result.total_current and not result.total_previous:
        return lang.translate("ChartNotes", "Nothing linked to a life area in this period or "
                              "the one before it yet.")
    if not result.total_current:
        return lang.translate("ChartSummary", "Nothing linked to a life area in this period "
                              "yet; in the %n day(s) before, most was in %1.",
                              _top_area(result, False, lang), n=days)
    when = words.period(result.start, result.end, lang)
    top = _top_area(result, True, lang)
    if result.total_previous:
        return lang.translate("ChartSummary", "Most of your activity %1 was in %2, and in the "
                              "%n day(s) before in %3.", when, top,
                              _top_area(result, False, lang, whole=False), n=days)
    return lang.translate("ChartSummary", "Most of your activity %1 was in %2; the %n day(s) "
                          "before have nothing linked to a life area.", when, top, n=days)
