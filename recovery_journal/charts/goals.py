"""The goals chart: steps done so far in the period, and each goal's reviews on a lane of its own.

Every goal gets its own lane (its name beside it), so reviews of different goals never sit on
one another; within a lane, higher is further along, and the points carry their percentage.
A panel with nothing to show is left out, and the figure says so in words instead.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import accumulate, groupby
from typing import TYPE_CHECKING

from recovery_journal.charts import ChartTheme
from recovery_journal.charts import style as s
from recovery_journal.insights.goals import GoalHistory, GoalProgress
from recovery_journal.insights.language import ENGLISH, Language

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

_MOST_GOALS = 6
# Half the height of a goal's lane, in rows: 0 % sits at its bottom and 100 % at its top.
_LANE = 0.3
# The space a point's number needs beside the next one, in ems of its font.
_LABEL_EMS = 3.6


def _day(value: date) -> float:
    return s.day_number(value)


def _wrapped(title: str, chars: int) -> str:
    """A goal's name on at most three lines; longer ones end in "…" (the table has it whole)."""
    lines = textwrap.wrap(title, chars, break_on_hyphens=False) or [""]
    if len(lines) > 3:
        lines = [*lines[:2], textwrap.shorten(" ".join(lines[2:]), chars, placeholder=" …")]
    return "\n".join(lines)


def _steps(ax: Axes, theme: ChartTheme, data: GoalProgress, lang: Language) -> None:
    s.style_axes(ax, theme)
    s.panel_title(ax, theme, lang.translate("ChartLegend", "Steps done, added up"))
    s.date_limits(ax, data.start, data.end, lang)
    days = [data.start] + [day for day, _ in data.steps_done] + [data.end + timedelta(days=1)]
    totals = [0, *accumulate(n for _, n in data.steps_done)]
    totals.append(totals[-1])
    ax.step([_day(d) for d in days], totals, where="post", color=s.colour(theme, 0),
            linewidth=2.2)
    ax.plot([_day(d) for d, _ in data.steps_done], totals[1:-1], linestyle="none", marker="o",
            markersize=5, color=s.colour(theme, 0), clip_on=False)
    ax.set_ylim(0, totals[-1] * 1.12 + 0.5)
    s.integer_ticks(ax, "y")


def review_days(goal: GoalHistory) -> list[tuple[date, list[int]]]:
    """A goal's reviews by day: several on one day are one point with all their numbers."""
    return [(day, [p for _, p in group]) for day, group in groupby(goal.reviews, lambda r: r[0])]


def point_label(values: Sequence[int], lang: Language = ENGLISH) -> str:
    """"65%", "65% ×3" for three reviews at 65 % on one day, "40 → 65%" when they differ."""
    if len(values) == 1:
        return lang.translate("ChartNotes", "%1%", values[0])
    if len(set(values)) == 1:
        return lang.translate("ChartNotes", "%1% ×%2", values[0], len(values))
    return lang.translate("ChartNotes", "%1 → %2%", values[0], values[-1])


def _lane_y(row: int, progress: float) -> float:
    # Rows run downwards (row 0 at the top), so further along is a smaller y.
    return row + _LANE - 2 * _LANE * progress / 100


def labelled_points(places_in: Sequence[float], room_in: float) -> list[int]:
    """Which points get their number: the latest always, then each earlier one that has room
    (`room_in` inches) before the last one labelled, so numbers never sit on each other."""
    kept: list[int] = []
    for i in reversed(range(len(places_in))):
        if not kept or places_in[kept[-1]] - places_in[i] >= room_in:
            kept.append(i)
    return kept


def _lane(ax: Axes, theme: ChartTheme, data: GoalProgress, row: int, goal: GoalHistory,
          width_in: float, lang: Language) -> None:
    colour = s.colour(theme, row)
    ax.axhspan(row - _LANE, row + _LANE, color=theme.grid, alpha=0.45, linewidth=0)
    by_day = review_days(goal)
    xs = [_day(day) for day, _ in by_day]
    ys = [_lane_y(row, values[-1]) for _, values in by_day]
    ax.plot(xs, ys, color=colour, marker=s.MARKERS[row % len(s.MARKERS)],
            linestyle=s.LINESTYLES[row % len(s.LINESTYLES)], linewidth=1.8, markersize=7,
            clip_on=False)
    span = max(1.0, _day(data.end) - _day(data.start))
    places = [(x - _day(data.start)) / span * width_in for x in xs]
    size = s.FONT_SIZE - 1
    for i in labelled_points(places, _LABEL_EMS * size / 72):
        day, values = by_day[i]
        place = (_day(day) - _day(data.start)) / span
        # Near an edge the label leans inwards, so it is never cut off or lost at the border.
        align = "right" if place > 0.85 else "left" if place < 0.15 else "center"
        nudge = {"right": 4, "left": -4, "center": 0}[align]
        ax.annotate(point_label(values, lang), (_day(day), ys[i]), xytext=(nudge, 7),
                    textcoords="offset points", ha=align, va="bottom",
                    fontsize=size, color=theme.foreground, annotation_clip=False)


def _reviews(ax: Axes, theme: ChartTheme, data: GoalProgress, lang: Language) -> None:
    s.style_axes(ax, theme, grid_axis="x")
    s.panel_title(ax, theme, lang.translate("ChartLegend", "Progress at reviews"))
    s.date_limits(ax, data.start, data.end, lang)
    shown = sorted(data.goals, key=lambda g: g.reviews[-1][0], reverse=True)[:_MOST_GOALS]
    figure = ax.get_figure(root=True)
    width_in = figure.get_figwidth() if figure is not None else 8.0
    # The lanes get about what the panel's slot leaves beside the goals' names.
    lanes_in = ax.get_position().width * width_in * 0.7
    for row, goal in enumerate(shown):
        _lane(ax, theme, data, row, goal, lanes_in, lang)
    # The names stand beside their lanes; the narrower the figure, the sooner they wrap.
    chars = max(14, min(30, int(width_in * 3.2)))
    ax.set_yticks(range(len(shown)), [_wrapped(goal.title, chars) for goal in shown])
    ax.set_ylim(len(shown) - 0.5, -0.5 - _LANE / 2)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    if len(data.goals) > len(shown):
        note = lang.translate("ChartNotes", "The %1 goals reviewed most recently; the table "
                              "has all %2.", len(shown), len(data.goals))
        ax.set_xlabel(textwrap.fill(note, max(20, int(lanes_in * 72 / (s.FONT_SIZE - 1) / 0.55))),
                      fontsize=s.FONT_SIZE - 1, color=theme.muted)


def goals(data: GoalProgress, theme: ChartTheme, figure: Figure,
          lang: Language = ENGLISH) -> Figure:
    if not data.steps_done and not data.goals:
        return s.empty_message(figure, theme, lang.translate(
            "ChartNotes", "No goal steps done or reviews noted in this period yet."))
    if data.steps_done and data.goals:
        left, right = figure.subplots(1, 2, gridspec_kw={"width_ratios": (2, 3)})
        _steps(left, theme, data, lang)
        _reviews(right, theme, data, lang)
        return figure
    ax = figure.subplots()
    if data.goals:
        _reviews(ax, theme, data, lang)
        note = lang.translate("ChartNotes", "No goal steps were marked done in this period.")
    else:
        _steps(ax, theme, data, lang)
        note = lang.translate("ChartNotes", "No goal was reviewed in this period.")
    figure.supxlabel(note, fontsize=s.FONT_SIZE - 0.5, color=theme.muted)
    return figure
