"""Charts over time: mood and hope, any measures as small multiples, and before/after.

NaN marks a day without a value, and matplotlib breaks a line at NaN, so a line never bridges
a day without a check-in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

import numpy as np

from recovery_journal.charts import ChartTheme, about
from recovery_journal.charts import style as s
from recovery_journal.charts.spec import QT_TRANSLATE_NOOP
from recovery_journal.charts.support_marks import draw_marks
from recovery_journal.charts.wording import NO_CHECK_INS, measure_name
from recovery_journal.insights import words
from recovery_journal.insights.before_after import BeforeAfter
from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.series import MeasureSeries, SeriesSet, block_ends, block_means

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Where markers and whiskers stop (the how-to-read words follow the same limits).
_MARKED_DAYS = about.MARKED_DAYS
_WHISKER_DAYS = about.WHISKER_DAYS
# The thin line's legend for a long period (marked here for translation, read by _daily).
_EACH = {
    "week": QT_TRANSLATE_NOOP("ChartLegend", "Each week's average"),
    "month": QT_TRANSLATE_NOOP("ChartLegend", "Each month's average"),
}


def _has_values(series: MeasureSeries) -> bool:
    return series.daily.days_with_values > 0


def _step(series: MeasureSeries) -> str:
    return about.line_step(len(series.daily.mean))


def _daily(ax: Axes, theme: ChartTheme, series: MeasureSeries, i: int, lang: Language, *,
           whiskers: bool) -> None:
    first = s.day_number(series.daily.start)
    if (step := _step(series)) != "day":
        # A long period: each week's (or month's) mean, not a smear of days finer than a pixel.
        middle, means = block_means(series.daily, step)
        ax.plot(first + middle, means, color=s.colour(theme, i),
                linewidth=1.2 if step == "week" else 2.0, alpha=0.75 if step == "week" else 0.9,
                label=lang.translate("ChartLegend", _EACH[step]))
        return
    x = s.day_axis(series.daily.start, series.daily.start + timedelta(
        days=len(series.daily.mean) - 1))
    mean = np.asarray(series.daily.mean)
    marked = len(mean) <= _MARKED_DAYS
    ax.plot(x, mean, color=s.colour(theme, i), linewidth=0.9, alpha=0.55,
            marker=s.MARKERS[i % len(s.MARKERS)] if marked else "", markersize=3.5,
            label=lang.translate("ChartLegend", "Each day"))
    if whiskers and len(mean) <= _WHISKER_DAYS:
        # Only a day whose check-ins differ has a range to draw (and to name in the legend).
        several = (np.asarray(series.daily.count) > 1) & (
            np.asarray(series.daily.high) > np.asarray(series.daily.low))
        if several.any():
            # One line with NaN breaks between days draws hundreds of whiskers in one path;
            # a LineCollection (vlines) costs a Path object per day.
            xs, lows, highs = x[several], np.asarray(series.daily.low)[several], np.asarray(
                series.daily.high)[several]
            gap = np.full(len(xs), np.nan)
            ax.plot(np.column_stack((xs, xs, gap)).ravel(),
                    np.column_stack((lows, highs, gap)).ravel(), color=s.colour(theme, i),
                    linewidth=1.2, alpha=0.6)
            # The whiskers are upright: their legend key is too, not one more thin line.
            ax.plot([], [], linestyle="none", marker="|", markersize=10, markeredgewidth=1.4,
                    color=s.colour(theme, i), alpha=0.8,
                    label=lang.translate("ChartLegend", "Lowest to highest that day"))


def _sampled(series: MeasureSeries, values: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """A rolling series as drawn: every day, or for a long period the last day of each block."""
    start = series.daily.start
    if (step := _step(series)) == "day":
        return s.day_axis(start, start + timedelta(days=len(values) - 1)), np.asarray(values)
    days, sampled = block_ends(values, start, step)
    return s.day_number(start) + days, sampled


def _rolling(ax: Axes, theme: ChartTheme, series: MeasureSeries, i: int,
             lang: Language) -> None:
    # An average over no more days than a point of the thin line stands for would retrace it.
    longer = about.STEP_DAYS[_step(series)]
    if series.short_window > longer:
        ax.plot(*_sampled(series, series.short_mean), color=s.colour(theme, i), linewidth=2.2,
                linestyle="-",
                label=lang.translate("ChartLegend", "%1-day average", series.short_window))
    if series.long_window != series.short_window and series.long_window > longer:
        ax.plot(*_sampled(series, series.long_mean), color=theme.foreground, linewidth=1.8,
                linestyle="--",
                label=lang.translate("ChartLegend", "%1-day average", series.long_window))


def _band(ax: Axes, theme: ChartTheme, series: MeasureSeries, i: int, lang: Language) -> None:
    x, mean = _sampled(series, series.short_mean)
    _, spread = _sampled(series, series.short_spread)
    low = np.clip(mean - spread, series.min_value, series.max_value)
    high = np.clip(mean + spread, series.min_value, series.max_value)
    ax.fill_between(x, low, high, color=s.colour(theme, i), alpha=0.22, linewidth=0,
                    label=lang.translate("ChartLegend", "Usual range over %n day(s)",
                                         n=series.short_window))


def _panel(ax: Axes, theme: ChartTheme, payload: SeriesSet, series: MeasureSeries,
           lang: Language) -> None:
    s.style_axes(ax, theme)
    s.panel_title(ax, theme, measure_name(lang, series.key, series.name))
    s.value_limits(ax, series.min_value, series.max_value)
    s.date_limits(ax, payload.start, payload.end, lang)


def mood_hope(data: SeriesSet, theme: ChartTheme, figure: Figure,
              lang: Language = ENGLISH) -> Figure:
    """Two panels, mood above hope: each day (with its spread), 7- and 30-day averages."""
    if not any(_has_values(one) for one in data.series):
        return s.empty_message(figure, theme, lang.translate("ChartNotes", NO_CHECK_INS))
    axes = figure.subplots(len(data.series), 1, sharex=True, squeeze=False)[:, 0]
    for i, (ax, series) in enumerate(zip(axes, data.series, strict=True)):
        _panel(ax, theme, data, series, lang)
        _daily(ax, theme, series, i, lang, whiskers=True)
        _rolling(ax, theme, series, i, lang)
    draw_marks(list(axes), theme, data.marks, data.start, data.end, lang)
    s.legend(figure, theme, axes[0], columns=4)
    return figure


def measures(data: SeriesSet, theme: ChartTheme, figure: Figure,
             lang: Language = ENGLISH) -> Figure:
    """Small multiples, one panel per measure: each day, the average, and its usual range."""
    if not any(_has_values(one) for one in data.series):
        return s.empty_message(figure, theme, lang.translate("ChartNotes", NO_CHECK_INS))
    count = len(data.series)
    columns = 1 if count <= 3 else 2
    rows = math.ceil(count / columns)
    # Not shared: each panel is given the same dates, and only the lowest of each column
    # carries them (a panel above an empty place too, which sharing left without any).
    grid = figure.subplots(rows, columns, squeeze=False)
    for i, ax in enumerate(grid.flat):
        if i >= count:
            ax.set_visible(False)
            continue
        series = data.series[i]
        _panel(ax, theme, data, series, lang)
        _band(ax, theme, series, i, lang)
        _daily(ax, theme, series, i, lang, whiskers=False)
        _rolling(ax, theme, series, i, lang)
        _few_values(ax)
    _dates_under_each_column(grid)
    draw_marks([ax for ax in grid.flat if ax.get_visible()], theme, data.marks, data.start,
               data.end, lang)
    s.legend(figure, theme, grid.flat[0], columns=3)
    return figure


def _few_values(ax: Axes) -> None:
    """A small panel's scale in three or four round values ("0, 5, 10", not "0.0, 2.5, …"),
    found once: the automatic ones were worked out at each layout pass, with ticks beyond the
    scale made and measured too."""
    from matplotlib.ticker import FixedLocator, MaxNLocator

    low, high = ax.get_ylim()
    found = MaxNLocator(nbins=4, steps=[1, 2, 5, 10]).tick_values(low, high)
    ax.yaxis.set_major_locator(FixedLocator([v for v in found if low <= v <= high]))


def _dates_under_each_column(grid: np.ndarray) -> None:
    """Dates under the lowest panel of each column; the others get no date ticks at all, as
    making and measuring ticks nobody reads was a seventh of the small multiples' time."""
    from matplotlib.ticker import NullLocator

    for column in grid.T:
        shown = [ax for ax in column if ax.get_visible()]
        for ax in shown[:-1]:
            ax.xaxis.set_major_locator(NullLocator())


def before_after(data: BeforeAfter | None, theme: ChartTheme, figure: Figure,
                 summary: str, lang: Language = ENGLISH) -> Figure:
    """Each day around the pivot, with the average before and the average after."""
    if data is None or not (data.before_days or data.after_days):
        return s.empty_message(figure, theme, summary if data is None else lang.translate(
            "ChartNotes", "No check-ins around this day yet."))
    ax = figure.subplots()
    start = data.pivot - timedelta(days=data.days)
    end = data.pivot + timedelta(days=data.days - 1)
    s.style_axes(ax, theme)
    s.panel_title(ax, theme, measure_name(lang, data.key, data.name))
    s.value_limits(ax, data.min_value, data.max_value)
    s.date_limits(ax, start, end, lang)
    x = s.day_axis(start, end)
    mean = np.asarray(data.daily.mean)
    before, after = slice(0, data.days), slice(data.days, None)
    ax.plot(x[before], mean[before], linestyle="none", marker="o", markersize=4,
            color=s.colour(theme, 0), alpha=0.7,
            label=lang.translate("ChartLegend", "Each day before"))
    ax.plot(x[after], mean[after], linestyle="none", marker="s", markersize=4,
            color=s.colour(theme, 1), alpha=0.7,
            label=lang.translate("ChartLegend", "Each day after"))
    _average_line(ax, theme, x[before], 0, "-",
                  lang.translate("ChartLegend", "Average before: %1", lang.number(
                      data.before_mean)), data.before_mean)
    _average_line(ax, theme, x[after], 1, "--",
                  lang.translate("ChartLegend", "Average after: %1", lang.number(
                      data.after_mean)), data.after_mean)
    pivot = s.day_number(data.pivot) - 0.5
    ax.axvline(pivot, color=theme.muted, linestyle=":", linewidth=1.2)
    label = lang.short_day(data.pivot)
    if data.pivot_tag:
        label = lang.translate("ChartNotes", "first %1, %2", words.quoted(data.pivot_tag, lang),
                               label)
    if data.pivot_event:
        label = lang.translate("ChartNotes", "%1, %2", data.pivot_event, label)
    ax.annotate(label, (pivot, 1.0), xycoords=("data", "axes fraction"), xytext=(4, -2),
                textcoords="offset points", va="top", fontsize=s.FONT_SIZE - 1,
                color=theme.muted)
    s.legend(figure, theme, ax, columns=4)
    return figure


def _average_line(ax: Axes, theme: ChartTheme, x: np.ndarray, i: int, linestyle: str,
                  label: str, value: float) -> None:
    if math.isnan(value) or not len(x):
        return
    ax.plot([x[0], x[-1]], [value, value], color=s.colour(theme, i), linewidth=2.4,
            linestyle=linestyle, label=label)
