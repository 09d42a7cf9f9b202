"""The life balance wheel: activity per life area, this period beside the one before."""

from __future__ import annotations

import math
import textwrap
from typing import TYPE_CHECKING, cast

import numpy as np

from recovery_journal.charts import ChartTheme
from recovery_journal.charts import style as s
from recovery_journal.insights import words
from recovery_journal.insights.balance import Balance

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.projections.polar import PolarAxes


def _labels(result: Balance) -> tuple[str, str]:
    days = (result.end - result.start).days + 1
    return (f"This period ({words.short_day(result.start)} – {words.short_day(result.end)})",
            f"The {words.count(days, 'day')} before")


def _wheel(ax: PolarAxes, theme: ChartTheme, result: Balance) -> None:
    count = len(result.areas)
    angles = np.linspace(0, 2 * math.pi, count, endpoint=False)
    closed = np.concatenate((angles, angles[:1]))
    this, before = _labels(result)
    # Clockwise from the top, like a clock face.
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    for i, (values, label, style, marker) in enumerate((
        ([a.current for a in result.areas], this, "-", "o"),
        ([a.previous for a in result.areas], before, "--", "s"),
    )):
        ring = np.asarray([*values, values[0]], dtype=float)
        ax.plot(closed, ring, color=s.colour(theme, i), linestyle=style, marker=marker,
                markersize=5, linewidth=2, label=label)
        if i == 0:
            ax.fill(closed, ring, color=s.colour(theme, i), alpha=0.18)
    ax.set_xticks(angles, [textwrap.fill(a.name, 16) for a in result.areas])
    top = max(max(a.current, a.previous) for a in result.areas)
    ax.set_ylim(0, top * 1.08 or 1)
    s.integer_ticks(ax, "y", nbins=4)
    ax.set_rlabel_position(180 / count)
    ax.tick_params(colors=theme.foreground, labelsize=s.FONT_SIZE - 1.5)
    ax.tick_params(axis="x", pad=10)
    ax.tick_params(axis="y", colors=theme.muted)
    ax.grid(color=theme.grid)
    ax.spines["polar"].set_color(theme.grid)
    ax.set_facecolor(theme.background)


def _bars(ax: Axes, theme: ChartTheme, result: Balance) -> None:
    """Fewer than three life areas make no wheel; side-by-side bars say the same."""
    s.style_axes(ax, theme, grid_axis="x")
    this, before = _labels(result)
    rows = np.arange(len(result.areas))
    ax.barh(rows - 0.2, [a.current for a in result.areas], height=0.4,
            color=s.colour(theme, 0), label=this)
    ax.barh(rows + 0.2, [a.previous for a in result.areas], height=0.4,
            color=s.colour(theme, 1), hatch="//", edgecolor=theme.background, label=before)
    ax.set_yticks(rows, [a.name for a in result.areas])
    ax.invert_yaxis()


def balance(data: Balance, theme: ChartTheme, figure: Figure) -> Figure:
    if not data.areas or not (data.total_current or data.total_previous):
        return s.empty_message(
            figure, theme, "Nothing linked to a life area in this period or the one before it "
                           "yet. Give tags, strengths or goals a life area to see it here.")
    if len(data.areas) >= 3:
        wheel = cast("PolarAxes", figure.add_subplot(projection="polar"))
        _wheel(wheel, theme, data)
        s.legend(figure, theme, wheel, columns=2)
        return figure
    else:
        ax = figure.add_subplot()
        _bars(ax, theme, data)
    s.legend(figure, theme, ax, columns=2)
    return figure
