"""The words around a chart follow what is drawn: dots, day ranges, and a year that is a year."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.lines import Line2D

from recovery_journal.charts import ChartOptions, ChartTheme, build_figure, load_chart_data
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.charts.conftest import END
from tests.charts.test_render import drawn


def legend_labels(data_name: str, repos: Repositories, days: int) -> tuple[str, list[str]]:
    data = load_chart_data(repos, data_name, ChartOptions(END - timedelta(days=days - 1), END))
    figure = drawn(data)
    return data.how_to_read, [t.get_text() for legend in figure.legends
                              for t in legend.get_texts()]


def markers_drawn(repos: Repositories, days: int) -> bool:
    data = load_chart_data(repos, "mood-hope", ChartOptions(END - timedelta(days=days - 1), END))
    lines = drawn(data).axes[0].get_lines()
    return any(isinstance(line, Line2D) and line.get_marker() not in ("", "None", None, "|")
               and len(line.get_xdata()) > 1 for line in lines)


def test_dots_are_named_only_when_drawn(ten_years: Repositories) -> None:
    month, _ = legend_labels("mood-hope", ten_years, 30)
    two_years, _ = legend_labels("mood-hope", ten_years, 730)
    all_time, labels = legend_labels("mood-hope", ten_years, 3653)
    assert "Each dot is a day" in month and markers_drawn(ten_years, 30)
    assert "dot" not in two_years and not markers_drawn(ten_years, 730)
    assert "thin line follows each day" in two_years
    # Ten years: a day is finer than a pixel, so the line follows each week.
    assert "thin line follows each week's average" in all_time
    assert labels == ["Each week's average", "30-day average"]


def add(repos: Repositories, day: date, hour: int, mood: int) -> None:
    repos.checkins.add(recorded_at=datetime(day.year, day.month, day.day, hour, tzinfo=UTC),
                       values={"mood": mood, "hope": 5})


def test_a_range_is_in_the_legend_only_when_a_day_has_one(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    add(repos, END, 9, 6)
    add(repos, END, 20, 6)  # two check-ins, one value: no range to draw
    about, labels = legend_labels("mood-hope", repos, 30)
    assert "Lowest to highest that day" not in labels and "lowest to highest" not in about
    add(repos, END - timedelta(days=1), 9, 4)
    add(repos, END - timedelta(days=1), 20, 8)
    about, labels = legend_labels("mood-hope", repos, 30)
    assert "Lowest to highest that day" in labels and "lowest to highest" in about


def test_the_year_view_shows_a_whole_year(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    add(repos, date(2025, 11, 20), 9, 6)
    add(repos, date(2025, 3, 2), 9, 4)  # before the month asked for, in the same year
    data = load_chart_data(repos, "calendar",
                           ChartOptions(date(2025, 11, 1), date(2025, 11, 30)))
    grid = data.payload
    assert len(grid.strips) == 1 and grid.strips[0].weeks >= 52
    # The days counted start at the first check-in: the ones before it aren't "missed".
    assert data.options.start == date(2025, 3, 2)
    assert grid.days_with_values == 2
    assert data.summary.startswith("From 2 March to 30 November 2025, 2 of 274 days")
    assert "A whole year" in data.how_to_read
    # January and February come before the journal, December is still to come: both faint,
    # named in the key, and left out of the numbers.
    key = [t.get_text() for t in drawn(data).axes[0].get_legend().get_texts()]
    assert key == ["No check-in", "Before your first check-in", "Still to come"]
    add(repos, date(2024, 6, 1), 9, 5)  # a journal begun the year before
    data = load_chart_data(repos, "calendar",
                           ChartOptions(date(2025, 11, 1), date(2025, 11, 30)))
    assert data.options.start == date(2025, 1, 1)
    key = [t.get_text() for t in drawn(data).axes[0].get_legend().get_texts()]
    assert key == ["No check-in", "Still to come"]


def test_the_year_view_across_new_year_shows_both_years(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    add(repos, date(2025, 12, 30), 9, 6)
    data = load_chart_data(repos, "calendar",
                           ChartOptions(date(2025, 12, 20), date(2026, 1, 10)))
    assert [strip.label for strip in data.payload.strips] == ["2025", "2026"]


def test_the_year_views_key_has_whole_numbers(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    add(repos, END, 9, 6)
    data = load_chart_data(repos, "calendar", ChartOptions(END - timedelta(days=29), END))
    figure = build_figure(data, ChartTheme.named("light"), width_in=4.3, height_in=3.85)
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    (key,) = figure.axes[0].child_axes  # the colour key, drawn inside the calendar
    ticks = [t.get_text() for t in key.get_xticklabels() if t.get_text()]
    assert ticks and all(t.lstrip("−-").isdigit() for t in ticks)


def test_the_year_view_shows_at_most_the_last_ten_years(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    for year in (1990, 2012, 2016, 2017, 2025):
        add(repos, date(year, 6, 1), 9, 6)
    data = load_chart_data(repos, "calendar",
                           ChartOptions(date(1990, 6, 1), date(2025, 11, 30)))
    grid = data.payload
    # Thirty-six years drew an empty grid under a smear of year labels: ten rows are kept.
    assert [strip.label for strip in grid.strips] == [str(y) for y in range(2016, 2026)]
    assert data.options.start == date(2016, 1, 1) and grid.days_with_values == 3
    assert data.summary.startswith("From 1 January 2016 to 30 November 2025")
    assert "last ten years" in data.how_to_read and "years before" in data.how_to_read
    FigureCanvasAgg(drawn(data)).draw()  # type: ignore[no-untyped-call]
    # Ten years asked for, or a journal begun within them: nothing left out, nothing said.
    for start in (date(2016, 1, 1), date(2016, 6, 1)):
        data = load_chart_data(repos, "calendar", ChartOptions(start, date(2025, 11, 30)))
        assert len(data.payload.strips) == 10 and not data.payload.earlier
        assert "A whole year" in data.how_to_read
