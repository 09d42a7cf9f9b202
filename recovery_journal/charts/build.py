"""Pick the builder for a chart and draw its data in a theme, on a new Figure (never pyplot)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recovery_journal.charts import (
    ChartData,
    ChartTheme,
    balance,
    bars,
    calendar,
    goals,
    timeseries,
)
from recovery_journal.charts import style as s

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def build(data: ChartData, theme: ChartTheme, *, width_in: float, height_in: float) -> Figure:
    """A new Figure showing `data`; a calm sentence when there is nothing to show."""
    figure = s.new_figure(theme, width_in, height_in)
    payload: Any = data.payload
    match data.name:
        case "mood-hope":
            return timeseries.mood_hope(payload, theme, figure)
        case "measures":
            return timeseries.measures(payload, theme, figure)
        case "calendar":
            return calendar.calendar(payload, theme, figure)
        case "tags":
            return bars.tags(payload, theme, figure)
        case "before-after":
            return timeseries.before_after(payload, theme, figure, data.summary)
        case "strengths":
            return bars.strengths(payload, theme, figure)
        case "goals":
            return goals.goals(payload, theme, figure)
        case "life-balance":
            return balance.balance(payload, theme, figure)
    raise ValueError(f"There is no chart called {data.name!r}.")
