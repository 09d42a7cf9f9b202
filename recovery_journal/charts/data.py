"""Each chart's loader: read its records (charts/inputs.py), work out its numbers through
insights/, and write its summary and table.

No matplotlib here: this runs wherever the data is read (the GUI thread or the command line),
and what it returns is plain values a worker thread can draw. The registry names these.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from recovery_journal.charts import inputs
from recovery_journal.charts.spec import ChartOptions, Computed, Deferred
from recovery_journal.insights import summaries, tables
from recovery_journal.insights.balance import Balance, area_names, balance
from recovery_journal.insights.before_after import BeforeAfter
from recovery_journal.insights.before_after import before_after as compare_around
from recovery_journal.insights.calendar import (
    CalendarGrid,
    calendar_grid,
    shown_start,
    year_start,
)
from recovery_journal.insights.goals import GoalProgress, goal_progress
from recovery_journal.insights.language import Language
from recovery_journal.insights.series import (
    MeasureSeries,
    SeriesSet,
    adaptive_window,
    daily_values,
    day_count,
    measure_series,
)
from recovery_journal.insights.strengths import StrengthCounts, strength_counts
from recovery_journal.insights.support_marks import with_marks
from recovery_journal.insights.supports import no_support_words, pivot_on_support
from recovery_journal.insights.tags import TagDifference, tag_differences
from recovery_journal.model import Measure
from recovery_journal.storage.repositories import Repositories


def _measure(known: dict[str, Measure], key: str) -> Measure:
    if key not in known:
        raise ValueError("This journal has no measure with that name.")
    return known[key]


def _bounds(measure: Measure) -> tuple[float, float]:
    return measure.min_value, measure.max_value


def _over_time(series: tuple[MeasureSeries, ...], *, spread: bool, lang: Language) -> Deferred:
    """A day-by-day table, made only when asked for (a row for each day of the period)."""
    return Deferred(lambda: tables.over_time(series, spread=spread, lang=lang),
                    tables.over_time_has_rows(series))


def mood_hope(repos: Repositories, options: ChartOptions) -> Computed[SeriesSet]:
    """Mood and hope each day with their averages, and the period before to compare."""
    start, end, lang = options.start, options.end, options.language
    days = day_count(start, end)
    known = inputs.measures_by_key(repos, lang)
    # The period before is read too: for the comparison, and so the first days get their
    # 30-day averages from the days just before them.
    found = inputs.daily_values(repos, start - timedelta(days=max(days, 29)), end,
                                ("mood", "hope"))
    series = tuple(
        measure_series(found[key], known[key].name, _bounds(known[key]), start, end)
        for key in ("mood", "hope")
    )
    before = (start - timedelta(days=days), start - timedelta(days=1))
    previous = tuple(daily_values(found[key], *before).average() for key in ("mood", "hope"))
    summary = summaries.mood_hope(series[0], series[1], (previous[0], previous[1]), end, lang)
    marks = inputs.support_marks(repos, options)
    payload = SeriesSet(start=start, end=end, series=series, marks=marks)
    return Computed(payload, with_marks(summary, marks, lang),
                    _over_time(series, spread=True, lang=lang))


def measures(repos: Repositories, options: ChartOptions) -> Computed[SeriesSet]:
    """Each chosen measure (or every kept one) per day, with an average fitted to the span."""
    start, end, lang = options.start, options.end, options.language
    known = inputs.measures_by_key(repos, lang)
    chosen = ([_measure(known, key) for key in options.measure_keys] if options.measure_keys
              else inputs.active_measures(repos, lang))
    window = adaptive_window(day_count(start, end))
    found = inputs.daily_values(repos, start - timedelta(days=window - 1), end,
                                [m.key for m in chosen])
    series = tuple(
        measure_series(found[m.key], m.name, _bounds(m), start, end, short_window=window,
                       long_window=window)
        for m in chosen
    )
    marks = inputs.support_marks(repos, options)
    payload = SeriesSet(start=start, end=end, series=series, marks=marks)
    return Computed(payload, with_marks(summaries.measures(series, start, end, lang), marks, lang),
                    _over_time(series, spread=False, lang=lang))


def calendar(repos: Repositories, options: ChartOptions) -> Computed[CalendarGrid]:
    """One measure as a grid of days, for the year-in-pixels chart: the whole year (or years)
    the period falls in, from 1 January to the period's end."""
    lang = options.language
    measure = _measure(inputs.measures_by_key(repos, lang), options.calendar_measure)
    start = shown_start(options.start, options.end)
    # Days before the very first check-in aren't days without one: they start the count.
    first = inputs.first_checkin_day(repos)
    # The period reaches back before the years shown, and there are check-ins back there.
    earlier = year_start(options.start) < start and first is not None and first < start
    if first is not None and start < first <= options.end:
        start = first
    found = inputs.daily_values(repos, start, options.end, (measure.key,))
    daily = daily_values(found[measure.key], start, options.end)
    grid = replace(calendar_grid(daily, measure.name, _bounds(measure), options.end, lang),
                   earlier=earlier)
    return Computed(grid, summaries.calendar(grid, lang),
                    Deferred(lambda: tables.calendar(grid, lang), tables.calendar_has_rows(grid)),
                    start=start)


def tags(repos: Repositories, options: ChartOptions) -> Computed[tuple[TagDifference, ...]]:
    """Mood and hope on days with and without each tag."""
    start, end = options.start, options.end
    values = inputs.daily_values(repos, start, end, ("mood", "hope"))
    found = tag_differences(values["mood"], values["hope"], inputs.daily_tags(repos, start, end))
    lang = options.language
    return Computed(tuple(found), summaries.tags(found, lang), tables.tags(found, lang))


def _pivot(repos: Repositories, options: ChartOptions) -> date | None:
    """The day to compare around, or None for a tag never used."""
    if options.pivot_support_event is not None:
        found = inputs.support_event(repos, options.pivot_support_event)
        return None if found is None else found[1].day
    if options.pivot_tag:
        return inputs.first_tag_use(repos, options.pivot_tag)
    if options.pivot_date is not None:
        return options.pivot_date
    # No choice made: the last N days of the period beside the N days before them.
    return options.end - timedelta(days=max(1, options.pivot_days) - 1)


def before_after(repos: Repositories, options: ChartOptions) -> Computed[BeforeAfter | None]:
    """One measure before and after a day, a tag's first use or the period's last days."""
    lang = options.language
    measure = _measure(inputs.measures_by_key(repos, lang), options.pivot_measure)
    days = max(1, options.pivot_days)
    tag_name = options.pivot_tag
    if tag_name:
        known_tag = repos.tags.by_name(tag_name)
        tag_name = known_tag.name if known_tag is not None else tag_name.strip()
    pivot = _pivot(repos, options)
    if pivot is None:
        headers = tables.before_after_headers(measure.name, lang)
        if options.pivot_support_event is not None:
            none_yet = options.pivot_support_event < 0  # nothing to choose from yet
            return Computed(None, no_support_words(none_yet, lang), (headers, ()))
        return Computed(None, summaries.no_tag_yet(tag_name or "", lang), (headers, ()))
    found = inputs.daily_values(repos, pivot - timedelta(days=days),
                                pivot + timedelta(days=days), (measure.key,))
    result = compare_around(found[measure.key], measure.name, _bounds(measure), pivot, days,
                            pivot_tag=tag_name or None)
    if options.pivot_support_event is not None:
        result = pivot_on_support(result, inputs.support_event(repos, options.pivot_support_event),
                                  lang)
    return Computed(result, summaries.before_after(result, lang),
                    tables.before_after(result, lang))


def strengths(repos: Repositories, options: ChartOptions) -> Computed[StrengthCounts]:
    """How often each strength was used in the period, and by life area."""
    lang = options.language
    records = inputs.strength_records(repos, options.start, options.end, lang)
    counts = strength_counts(records.uses, records.strengths, area_names(records.domains), lang)
    return Computed(counts, summaries.strengths(counts, options.start, options.end, lang),
                    tables.strengths(counts, lang))


def goals(repos: Repositories, options: ChartOptions) -> Computed[GoalProgress]:
    """Steps done and reviews of every goal in the period."""
    progress = goal_progress(inputs.goals(repos), options.start, options.end)
    lang = options.language
    return Computed(progress, summaries.goals(progress, lang), tables.goals(progress, lang))


def life_balance(repos: Repositories, options: ChartOptions) -> Computed[Balance]:
    """How much of what was done touched each life area, beside the period before."""
    lang = options.language
    records = inputs.balance_records(repos, options.start, options.end, lang)
    result = balance(records.events, records.domains, options.start, options.end,
                     records.ratings)
    return Computed(result, summaries.balance(result, lang), tables.balance(result, lang))

