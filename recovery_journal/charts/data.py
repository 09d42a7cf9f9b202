"""Load what each chart needs through insights/, and write its summary and table.

No matplotlib here: this runs wherever the data is read (the GUI thread or the command line),
and what it returns is plain values a worker thread can draw.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from recovery_journal.charts import ChartData, ChartOptions
from recovery_journal.insights import loading, summaries, tables
from recovery_journal.insights.balance import area_names, balance
from recovery_journal.insights.before_after import before_after
from recovery_journal.insights.calendar import calendar_grid
from recovery_journal.insights.goals import goal_progress
from recovery_journal.insights.series import (
    SeriesSet,
    adaptive_window,
    daily_values,
    day_count,
    measure_series,
)
from recovery_journal.insights.strengths import strength_counts
from recovery_journal.insights.tags import tag_differences
from recovery_journal.model import Measure
from recovery_journal.storage.repositories import Repositories

Loader = Callable[[Repositories, ChartOptions], ChartData]


def _measure(known: dict[str, Measure], key: str) -> Measure:
    if key not in known:
        raise ValueError("This journal has no measure with that name.")
    return known[key]


def _bounds(measure: Measure) -> tuple[float, float]:
    return measure.min_value, measure.max_value


def _data(name: str, options: ChartOptions, payload: object, summary: str,
          table: tables.Table) -> ChartData:
    return ChartData(name=name, options=options, payload=payload, summary=summary,
                     table_headers=table[0], table_rows=table[1])


def _mood_hope(repos: Repositories, options: ChartOptions) -> ChartData:
    start, end = options.start, options.end
    days = day_count(start, end)
    known = loading.measures_by_key(repos)
    # The period before is read too: for the comparison, and so the first days get their
    # 30-day averages from the days just before them.
    found = loading.daily_values(repos, start - timedelta(days=max(days, 29)), end,
                                 ("mood", "hope"))
    series = tuple(
        measure_series(found[key], known[key].name, _bounds(known[key]), start, end)
        for key in ("mood", "hope")
    )
    before = (start - timedelta(days=days), start - timedelta(days=1))
    previous = tuple(daily_values(found[key], *before).average() for key in ("mood", "hope"))
    summary = summaries.mood_hope(series[0], series[1], (previous[0], previous[1]), end)
    payload = SeriesSet(start=start, end=end, series=series)
    return _data("mood-hope", options, payload, summary, tables.over_time(series, spread=True))


def _measures(repos: Repositories, options: ChartOptions) -> ChartData:
    start, end = options.start, options.end
    known = loading.measures_by_key(repos)
    chosen = ([_measure(known, key) for key in options.measure_keys] if options.measure_keys
              else loading.active_measures(repos))
    window = adaptive_window(day_count(start, end))
    found = loading.daily_values(repos, start - timedelta(days=window - 1), end,
                                 [m.key for m in chosen])
    series = tuple(
        measure_series(found[m.key], m.name, _bounds(m), start, end, short_window=window,
                       long_window=window)
        for m in chosen
    )
    payload = SeriesSet(start=start, end=end, series=series)
    return _data("measures", options, payload, summaries.measures(series, start, end),
                 tables.over_time(series, spread=False))


def _calendar(repos: Repositories, options: ChartOptions) -> ChartData:
    measure = _measure(loading.measures_by_key(repos), options.calendar_measure)
    found = loading.daily_values(repos, options.start, options.end, (measure.key,))
    daily = daily_values(found[measure.key], options.start, options.end)
    grid = calendar_grid(daily, measure.name, _bounds(measure), options.end)
    return _data("calendar", options, grid, summaries.calendar(grid), tables.calendar(grid))


def _tags(repos: Repositories, options: ChartOptions) -> ChartData:
    start, end = options.start, options.end
    values = loading.daily_values(repos, start, end, ("mood", "hope"))
    found = tag_differences(values["mood"], values["hope"], loading.daily_tags(repos, start, end))
    return _data("tags", options, tuple(found), summaries.tags(found), tables.tags(found))


def _pivot(repos: Repositories, options: ChartOptions) -> date | None:
    """The day to compare around, or None for a tag never used."""
    if options.pivot_tag:
        return loading.first_tag_use(repos, options.pivot_tag)
    if options.pivot_date is not None:
        return options.pivot_date
    # No choice made: the last N days of the period beside the N days before them.
    return options.end - timedelta(days=max(1, options.pivot_days) - 1)


def _before_after(repos: Repositories, options: ChartOptions) -> ChartData:
    measure = _measure(loading.measures_by_key(repos), options.pivot_measure)
    days = max(1, options.pivot_days)
    tag_name = options.pivot_tag
    if tag_name:
        known_tag = repos.tags.by_name(tag_name)
        tag_name = known_tag.name if known_tag is not None else tag_name.strip()
    pivot = _pivot(repos, options)
    if pivot is None:
        headers = ("Period", "Days", "Days with a check-in", f"{measure.name} average")
        return _data("before-after", options, None, summaries.no_tag_yet(tag_name or ""),
                     (headers, ()))
    found = loading.daily_values(repos, pivot - timedelta(days=days),
                                 pivot + timedelta(days=days), (measure.key,))
    result = before_after(found[measure.key], measure.name, _bounds(measure), pivot, days,
                          pivot_tag=tag_name or None)
    return _data("before-after", options, result, summaries.before_after(result),
                 tables.before_after(result))


def _strengths(repos: Repositories, options: ChartOptions) -> ChartData:
    records = loading.strength_records(repos, options.start, options.end)
    counts = strength_counts(records.uses, records.strengths, area_names(records.domains))
    return _data("strengths", options, counts,
                 summaries.strengths(counts, options.start, options.end),
                 tables.strengths(counts))


def _goals(repos: Repositories, options: ChartOptions) -> ChartData:
    progress = goal_progress(loading.goals(repos), options.start, options.end)
    return _data("goals", options, progress, summaries.goals(progress), tables.goals(progress))


def _balance(repos: Repositories, options: ChartOptions) -> ChartData:
    records = loading.balance_records(repos, options.start, options.end)
    result = balance(records.events, records.domains, options.start, options.end)
    return _data("life-balance", options, result, summaries.balance(result),
                 tables.balance(result))


LOADERS: dict[str, Loader] = {
    "mood-hope": _mood_hope,
    "measures": _measures,
    "calendar": _calendar,
    "tags": _tags,
    "before-after": _before_after,
    "strengths": _strengths,
    "goals": _goals,
    "life-balance": _balance,
}


def load(repos: Repositories, name: str, options: ChartOptions) -> ChartData:
    """The data, summary and table of chart `name` (ValueError for an unknown name)."""
    if name not in LOADERS:
        raise ValueError(f"There is no chart called {name!r}.")
    if options.end < options.start:
        options = replace(options, start=options.end, end=options.start)
    return LOADERS[name](repos, options)
