"""A long period draws each week's or month's average, not a smear of days finer than a pixel,
and the how-to-read words say which."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from recovery_journal.charts import about
from recovery_journal.charts.style import theme_named
from recovery_journal.charts.timeseries import measures, mood_hope
from recovery_journal.insights.days import measure_days
from recovery_journal.insights.series import SeriesSet, measure_series
from tests.insights.records import checkin

END = date(2026, 11, 30)


def _series(days: int, keys: tuple[str, ...] = ("mood", "hope"), window: int = 30,
            ) -> SeriesSet:
    start = END - timedelta(days=days - 1)
    values = np.random.default_rng(3).integers(0, 11, size=days)
    found = [checkin(start + timedelta(days=i), dict.fromkeys(keys, float(values[i])))
             for i in range(days)]
    series = tuple(measure_series(measure_days(found, key), key.title(), (0, 10), start, END,
                                  short_window=7 if key in ("mood", "hope") and window == 30
                                  else window, long_window=window)
                   for key in keys)
    return SeriesSet(start, END, series)


def _lines(figure: Figure) -> dict[str, int]:
    """Each labelled line of the first panel and how many points it has."""
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    return {str(line.get_label()): len(line.get_xdata())  # type: ignore[arg-type]
            for line in figure.axes[0].get_lines() if not str(line.get_label()).startswith("_")}


@pytest.mark.parametrize(("days", "step"), [(1, "day"), (750, "day"), (751, "week"),
                                            (5250, "week"), (5251, "month")])
def test_a_point_is_a_day_a_week_or_a_month_by_the_length(days: int, step: str) -> None:
    assert about.line_step(days) == step


def test_two_years_keep_every_day() -> None:
    lines = _lines(mood_hope(_series(730), theme_named("light"), Figure()))
    assert lines == {"Each day": 730, "7-day average": 730, "30-day average": 730}


def test_ten_years_draw_each_week_and_the_thirty_day_average_weekly() -> None:
    data = _series(3650)
    lines = _lines(mood_hope(data, theme_named("light"), Figure()))
    # The 7-day average, read once a week, would only retrace the weekly line: left out.
    assert lines == {"Each week's average": 522, "30-day average": 522}
    assert "each week's average" in about.mood_hope(data, "")


def test_twenty_years_draw_each_month_alone() -> None:
    data = _series(7300)
    figure = mood_hope(data, theme_named("dark"), Figure())
    assert _lines(figure) == {"Each month's average": 240}
    assert "each month's average" in about.mood_hope(data, "")
    assert "30-day" not in about.mood_hope(data, "")


def test_small_multiples_sample_their_band_and_average_at_each_week() -> None:
    data = _series(1500, keys=("mood", "energy", "sleep", "anxiety"))
    figure = measures(data, theme_named("high_contrast"), Figure())
    assert _lines(figure) == {"Each week's average": 215, "30-day average": 215}
    band = figure.axes[0].collections[0]
    assert len(band.get_paths()[0].vertices) < 2 * 215 + 10
    assert "each week's average" in about.measures(data, "")


def test_dates_sit_under_the_lowest_panel_of_each_column_only() -> None:
    # Five measures: the second column's lowest panel sits above an empty place.
    data = _series(400, keys=("mood", "hope", "energy", "sleep", "anxiety"))
    figure = measures(data, theme_named("light"), Figure())
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    dated = [[bool(len(ax.get_xticks())) for ax in column if ax.get_visible()]
             for column in np.array(figure.axes).reshape(3, 2).T]
    assert dated == [[False, False, True], [False, True]]
    limits = {ax.get_xlim() for ax in figure.axes if ax.get_visible()}
    assert len(limits) == 1  # not shared, yet every panel covers the same days


def test_a_small_panel_reads_in_a_few_round_values() -> None:
    data = _series(400, keys=("mood", "sleep"), window=30)
    figure = measures(data, theme_named("light"), Figure())
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    values = [[t.get_text() for t in ax.get_yticklabels()] for ax in figure.axes]
    assert values == [["0", "5", "10"], ["0", "5", "10"]]  # not 0.0, 2.5, 5.0, 7.5, 10.0
    hours = _series(400, keys=("sleep",), window=30)
    hours = SeriesSet(hours.start, hours.end, (replace(hours.series[0], max_value=16),))
    figure = measures(hours, theme_named("light"), Figure())
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()] == ["0", "5", "10", "15"]
