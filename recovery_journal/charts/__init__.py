"""Charts a person can read: load the numbers, build a matplotlib Figure, export it cleanly.

matplotlib is imported only inside the functions that need it, so importing this package stays
cheap; the Insights page, the report and the command line code against these names only. Which
charts there are, and how each is loaded and drawn, is said once, in `registry.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from recovery_journal.charts.registry import (
    BEFORE_AFTER,
    CALENDAR,
    CHART_NAMES,
    CHART_TITLES,
    CHARTS,
    GOALS,
    LIFE_BALANCE,
    MEASURES,
    MOOD_HOPE,
    QUESTIONNAIRES,
    STRENGTHS,
    TAGS,
    chart_named,
)
from recovery_journal.charts.spec import (
    ChartData,
    ChartKind,
    ChartOptions,
    ChartSpec,
    ChartTheme,
    LoadedChart,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from recovery_journal.storage.repositories import Repositories


def load_chart_data(repos: Repositories, name: str, options: ChartOptions) -> ChartData:
    """Read what chart `name` needs for `options` and compute its numbers, summary and table."""
    return chart_named(name).load(repos, options)


def build_figure(
    data: ChartData, theme: ChartTheme, *, width_in: float = 8, height_in: float = 4.5,
    heading: str = "",
) -> Figure:
    """Draw `data` as a new Figure in `theme`, with `heading` above it if given; pure, so safe
    off the GUI thread."""
    from recovery_journal.charts.style import (
        add_heading,
        fix_empty_axis_labels,
        localise_numbers,
        new_figure,
    )

    # A calm sentence instead of axes when there is nothing to show is the builder's part.
    figure = data.draw(theme, new_figure(theme, width_in, height_in))
    localise_numbers(figure, data.options.language)
    fix_empty_axis_labels(figure)
    if heading:
        add_heading(figure, theme, heading)
    return figure


def heading_for(data: ChartData, title: str = "") -> str:
    """The title (`title`, translated, or the chart's own) and period a saved chart carries:
    "Mood and hope over time, 2 Nov – 1 Dec 2026" (the year view shows from 1 January)."""
    from recovery_journal.insights.words import short_span

    lang = data.options.language
    span = short_span(data.options.start, data.options.end, lang)
    return lang.translate("ChartLegend", "%1, %2", title or lang.translate("Charts", data.title),
                         span)


def preload() -> None:
    """Import every loader and builder now (on a worker), so the first chart drawn is quick."""
    from recovery_journal.charts import (  # noqa: F401
        balance,
        bars,
        calendar,
        data,
        goals,
        style,
        timeseries,
    )


def screen_table(data: ChartData) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The chart's numbers as "Show as table" lists them: every day of the period (a day
    without a check-in is a row of empty cells) and only the columns that hold a value."""
    from recovery_journal.insights.tables import for_screen

    return for_screen((data.table_headers, data.table_rows), data.options.start,
                      data.options.end, data.options.language)


def export_figure(figure: Figure, path: Path, *, title: str = "") -> None:
    """Save `figure` as PNG (300 dpi), SVG or PDF by extension, with no metadata but `title`."""
    from recovery_journal.charts.export import export

    export(figure, path, title=title)


__all__ = [
    "BEFORE_AFTER",
    "CALENDAR",
    "GOALS",
    "LIFE_BALANCE",
    "QUESTIONNAIRES",
    "MEASURES",
    "MOOD_HOPE",
    "STRENGTHS",
    "TAGS",
    "CHARTS",
    "CHART_NAMES",
    "CHART_TITLES",
    "ChartData",
    "ChartKind",
    "ChartOptions",
    "ChartSpec",
    "ChartTheme",
    "LoadedChart",
    "build_figure",
    "chart_named",
    "export_figure",
    "heading_for",
    "load_chart_data",
    "preload",
    "screen_table",
]
