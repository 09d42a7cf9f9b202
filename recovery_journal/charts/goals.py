"""The goals chart: steps done so far in the period, and each goal's reviews over time."""

from __future__ import annotations

import textwrap
from datetime import date, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING

from recovery_journal.charts import ChartTheme
from recovery_journal.charts import style as s
from recovery_journal.insights.goals import GoalProgress

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

_MOST_GOALS = 6


def _note(ax: Axes, theme: ChartTheme, text: str) -> None:
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center",
            color=theme.muted, fontsize=s.FONT_SIZE)


def _day(value: date) -> float:
    return s.day_number(value)


def _line_chars(width_in: float, fontsize: float) -> int:
    """Characters of a legend label that fit on one line of a column `width_in` wide."""
    # A character is about 0.6 em; the marker, line and gaps take about 4.8 em.
    return max(10, int(width_in * 0.96 * 72 / fontsize / 0.6) - 8)


def _wrapped(title: str, chars: int) -> str:
    """A goal's name on at most two lines; longer ones end in "…" (the table has it whole)."""
    lines = textwrap.wrap(title, chars, break_on_hyphens=False) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), chars, placeholder=" …")]
    return "\n".join(lines)


def _steps(ax: Axes, theme: ChartTheme, data: GoalProgress) -> None:
    s.style_axes(ax, theme)
    s.panel_title(ax, theme, "Steps done in this period")
    s.date_limits(ax, data.start, data.end)
    if not data.steps_done:
        ax.set_yticks([])
        _note(ax, theme, "No steps marked done in this period")
        return
    days = [data.start] + [day for day, _ in data.steps_done] + [data.end + timedelta(days=1)]
    totals = [0, *accumulate(n for _, n in data.steps_done)]
    totals.append(totals[-1])
    ax.step([_day(d) for d in days], totals, where="post", color=s.colour(theme, 0),
            linewidth=2.2)
    ax.plot([_day(d) for d, _ in data.steps_done], totals[1:-1], linestyle="none", marker="o",
            markersize=4, color=s.colour(theme, 0))
    ax.set_ylim(0, totals[-1] * 1.12 + 0.5)
    s.integer_ticks(ax, "y")


def _reviews(ax: Axes, theme: ChartTheme, data: GoalProgress) -> None:
    s.style_axes(ax, theme)
    s.panel_title(ax, theme, "Progress at reviews")
    s.date_limits(ax, data.start, data.end)
    ax.set_ylim(-4, 104)
    ax.set_yticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])
    if not data.goals:
        _note(ax, theme, "No goal reviews in this period")
        return
    shown = sorted(data.goals, key=lambda g: g.reviews[-1][0], reverse=True)[:_MOST_GOALS]
    size = s.FONT_SIZE - 1
    # The legend has the right half of the figure; a long name wraps onto a second line.
    width_in = ax.get_figure(root=True).get_figwidth() * 0.46  # type: ignore[union-attr]
    columns = 2 if len(shown) > 1 and _line_chars(width_in / 2, size) >= 18 else 1
    chars = _line_chars(width_in / columns, size)
    for i, goal in enumerate(shown):
        title = _wrapped(goal.title, chars)
        ax.plot([_day(d) for d, _ in goal.reviews], [p for _, p in goal.reviews],
                color=s.colour(theme, i), marker=s.MARKERS[i % len(s.MARKERS)],
                linestyle=s.LINESTYLES[i % len(s.LINESTYLES)], linewidth=1.8, markersize=5,
                label=title)
    found = ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=columns,
                      frameon=False, fontsize=size)
    for text in found.get_texts():
        text.set_color(theme.foreground)


def goals(data: GoalProgress, theme: ChartTheme, figure: Figure) -> Figure:
    if not data.steps_done and not data.goals:
        return s.empty_message(figure, theme,
                               "No goal steps done or reviews noted in this period yet.")
    left, right = figure.subplots(1, 2)
    _steps(left, theme, data)
    _reviews(right, theme, data)
    return figure
