"""Life check charts: this life check's wheel beside the previous one, and each area's history.

Every point carries its number (1-7) and every spoke its area's name, so nothing has to be read
off rings; a skipped area leaves a gap, never a zero.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from recovery_journal.charts import ChartTheme
from recovery_journal.charts import style as s
from recovery_journal.charts.spec import QT_TRANSLATE_NOOP
from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.life_areas import life_area_name
from recovery_journal.insights.life_check import (
    HIGHEST,
    AreaHistory,
    Comparison,
    LifeCheckPeriod,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.projections.polar import PolarAxes

NOTHING_RATED = QT_TRANSLATE_NOOP(
    "ChartNotes", "No life area rated yet. Your ratings will show here as a wheel.")
NO_HISTORY = QT_TRANSLATE_NOOP(
    "ChartNotes", "No life checks yet. Each area's ratings over time will show here.")
SKIPPED = QT_TRANSLATE_NOOP("ChartLegend", " (skipped)")
NO_CHECK_IN_PERIOD = QT_TRANSLATE_NOOP("ChartNotes", "No life check in this period yet.")


def _frame(ax: PolarAxes, theme: ChartTheme, names: Sequence[str],
           values: Sequence[int | None], label_chars: int, lang: Language) -> list[float]:
    """The rings 1-7 and a named spoke per area (skipped ones say so); returns the angles."""
    count = len(names)
    # Clockwise from the top, as a clock face is read.
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    angles = [2 * math.pi * i / count for i in range(count)]
    ax.set_facecolor(theme.background)
    # A little room past 7, so a top rating's number stays clear of its area's name.
    ax.set_ylim(0, HIGHEST + 0.9)
    ax.set_yticks(range(1, HIGHEST + 1), [""] * HIGHEST)
    labels = [
        textwrap.fill(name if value is not None else
                      f"{name}{lang.translate('ChartLegend', SKIPPED)}", label_chars,
                      break_long_words=False)
        for name, value in zip(names, values, strict=True)
    ]
    ax.set_xticks(angles, labels)
    ax.tick_params(colors=theme.foreground, labelsize=s.FONT_SIZE - 1.5, pad=5)
    ax.grid(True, color=theme.grid, linewidth=0.8)
    ax.spines["polar"].set_color(theme.grid)
    return angles


def _ring(ax: PolarAxes, theme: ChartTheme, angles: list[float], values: Sequence[int | None],
          colour: str, label: str, *, numbers: bool = True, dashed: bool = False) -> None:
    """One life check's outline; a skipped area breaks it (NaN), so nothing is drawn as if it
    were rated."""
    radii = [math.nan if v is None else float(v) for v in [*values, values[0]]]
    style = "--" if dashed else "-"
    ax.plot([*angles, 2 * math.pi], radii, color=colour, linewidth=1.5, linestyle=style,
            label=label)
    if not dashed and len(values) >= 3 and all(v is not None for v in values):
        ax.fill([*angles, 2 * math.pi], radii, color=colour, alpha=0.25)
    for angle, value in zip(angles, values, strict=True):
        if value is None:
            continue
        ax.plot([angle], [value], marker="o", color=colour, markersize=5 if numbers else 3.5)
        if numbers:
            ax.annotate(str(value), (angle, value), xytext=(0, 6), textcoords="offset points",
                        ha="center", fontsize=s.FONT_SIZE - 1, color=theme.foreground,
                        fontweight="bold")


def _layout(figure: Figure, panels: int) -> str:
    """"across" (side by side), "down" (one above the other) or "over" (one wheel, the earlier
    check as a dashed outline) for what the figure's shape leaves room for."""
    width, height = figure.get_figwidth(), figure.get_figheight()
    if panels == 1:
        return "across"
    if width >= 6 and width >= 1.3 * height:
        return "across"
    return "down" if height >= 1.5 * width else "over"


def wheel(data: Comparison, theme: ChartTheme, figure: Figure,
          lang: Language = ENGLISH) -> Figure:
    """This life check as a wheel of 1-7 ratings, beside the previous one when there is one."""
    from matplotlib.projections.polar import PolarAxes

    areas = data.areas
    if not areas or all(a.current is None and a.previous is None for a in areas):
        return s.empty_message(figure, theme, lang.translate("ChartNotes", NOTHING_RATED))
    names = [life_area_name(a.name, lang) for a in areas]
    current = [a.current for a in areas]
    this = lang.translate("ChartLegend", "This life check (%1)", lang.short_day(data.taken_on))
    panels: list[tuple[list[int | None], int, str]] = []
    if data.previous_on is not None:
        before = lang.translate("ChartLegend", "Last time (%1)",
                                lang.short_day(data.previous_on))
        panels.append(([a.previous for a in areas], 1, before))
    panels.append((current, 0, this))
    layout = _layout(figure, len(panels))
    if layout == "over":
        ax = figure.add_subplot(projection="polar")
        assert isinstance(ax, PolarAxes)
        angles = _frame(ax, theme, names, current, max(8, min(18, int(figure.get_figwidth() *
                                                                      2.4))), lang)
        _ring(ax, theme, angles, panels[0][0], s.colour(theme, 1), panels[0][2],
              numbers=False, dashed=True)
        _ring(ax, theme, angles, current, s.colour(theme, 0), this)
        s.legend(figure, theme, ax, columns=2)
        return figure
    across = len(panels) if layout == "across" else 1
    chars = max(8, min(18, int(figure.get_figwidth() / across * 2.4)))
    for i, (values, colour, title) in enumerate(panels):
        ax = figure.add_subplot(len(panels) // across, across, i + 1, projection="polar")
        assert isinstance(ax, PolarAxes)
        angles = _frame(ax, theme, names, values, chars, lang)
        _ring(ax, theme, angles, values, s.colour(theme, colour), title)
    _legend(figure, theme, across)
    return figure


def _legend(figure: Figure, theme: ChartTheme, columns: int) -> None:
    """Which wheel is which, above them all: constrained layout keeps a figure legend whole at
    any dpi, where a polar axes' title can be pushed off the top by its spokes' names."""
    handles = [h for ax in figure.axes for h in ax.get_legend_handles_labels()[0]]
    labels = [t for ax in figure.axes for t in ax.get_legend_handles_labels()[1]]
    found = figure.legend(handles, labels, loc="outside upper center", ncols=columns,
                          frameon=False, fontsize=s.FONT_SIZE - 0.5)
    for text in found.get_texts():
        text.set_color(theme.foreground)


def period_wheel(data: LifeCheckPeriod, theme: ChartTheme, figure: Figure,
                 lang: Language = ENGLISH) -> Figure:
    """The period's newest life check beside the one before it, or a calm line when none."""
    if data.comparison is None:
        return s.empty_message(figure, theme, lang.translate("ChartNotes", NO_CHECK_IN_PERIOD))
    return wheel(data.comparison, theme, figure, lang)


def history(data: Sequence[AreaHistory], theme: ChartTheme, figure: Figure,
            lang: Language = ENGLISH) -> Figure:
    """One small panel per life area: its ratings (1-7) at each life check, oldest first."""
    shown = [h for h in data if h.points]
    if not shown:
        return s.empty_message(figure, theme, lang.translate("ChartNotes", NO_HISTORY))
    columns = 2 if len(shown) > 3 and figure.get_figwidth() >= 6 else 1
    rows = math.ceil(len(shown) / columns)
    first = min(p[0] for h in shown for p in h.points)
    last = max(p[0] for h in shown for p in h.points)
    axes = figure.subplots(rows, columns, squeeze=False, sharex=True)
    for index, ax in enumerate(axes.flat):
        if index >= len(shown):
            ax.set_visible(False)
            continue
        area = shown[index]
        s.style_axes(ax, theme, grid_axis="y")
        days = np.array([s.day_number(day) for day, _ in area.points])
        values = [value for _, value in area.points]
        ax.plot(days, values, color=s.colour(theme, 0), linewidth=1.2, marker="o",
                markersize=3.5 if len(values) <= 60 else 0)
        ax.set_ylim(0.5, HIGHEST + 0.5)
        ax.set_yticks([1, 4, 7])
        ax.set_title(lang.translate("ChartLegend", "%1: %2 of %3", life_area_name(
            area.name, lang), values[-1], HIGHEST), loc="left",
                     fontsize=s.FONT_SIZE - 0.5, color=theme.foreground)
        s.date_limits(ax, first, last, lang)
    return figure
