"""Time charts label their date axis in plain words: "8 Nov", "Nov 2025", "2024"."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from recovery_journal.charts import ChartOptions, ChartTheme, build_figure, load_chart_data
from recovery_journal.charts.style import day_labels
from recovery_journal.storage.repositories import Repositories
from tests.charts.conftest import END

PLAIN = re.compile(r"^(\d{1,2} )?[A-Z][a-z]{2}( \d{4})?$|^\d{4}$")


def test_days_months_and_years() -> None:
    days = [date(2025, 11, d) for d in (1, 8, 15, 22)]
    assert day_labels(days) == ["1 Nov", "8 Nov", "15 Nov", "22 Nov"]
    months = [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    assert day_labels(months) == ["Nov 2025", "Dec", "Jan 2026", "Feb"]
    assert day_labels([date(y, 1, 1) for y in (2020, 2022, 2024)]) == ["2020", "2022", "2024"]
    # The axis crosses a year the ticks don't show: the first tick carries its year.
    assert day_labels(months[2:], years=2) == ["Jan 2026", "Feb"]


@pytest.mark.parametrize("days", [30, 91, 365, 3652])
@pytest.mark.parametrize("name", ["mood-hope", "measures", "goals", "before-after"])
def test_every_time_chart_uses_plain_labels(ten_years: Repositories, name: str,
                                           days: int) -> None:
    options = ChartOptions(start=END - timedelta(days=days - 1), end=END, pivot_days=days // 2)
    figure = build_figure(load_chart_data(ten_years, name, options), ChartTheme.named("light"))
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    labels = [t.get_text() for ax in figure.axes for t in ax.get_xticklabels() if t.get_text()]
    assert labels
    assert all(PLAIN.match(label) for label in labels), labels


def test_a_narrow_panel_over_fifty_years_shows_at_least_two_years() -> None:
    from matplotlib.figure import Figure

    from recovery_journal.charts.style import date_limits

    figure = Figure(figsize=(3.0, 2.0))
    ax = figure.subplots()
    start, end = date(1976, 12, 1), date(2026, 11, 30)
    date_limits(ax, start, end)
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    low, high = ax.get_xlim()
    shown = [t.get_text() for t, x in zip(ax.get_xticklabels(), ax.get_xticks(), strict=True)
             if low <= x <= high]
    # Every 40 years showed "2000" alone.
    assert shown == ["1980", "2000", "2020"]
