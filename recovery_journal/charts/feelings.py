"""Feelings chart: how often each feeling came up, with mood and hope where it did."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from recovery_journal.charts import ChartTheme
from recovery_journal.charts import style as s
from recovery_journal.charts.spec import ChartOptions, Computed
from recovery_journal.insights.feelings import (
    FEW,
    FeelingCounts,
    counted_feelings,
    summary,
    table,
)
from recovery_journal.insights.language import ENGLISH, Language

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from recovery_journal.storage.repositories import Repositories

_MOST = 12


def load(repos: Repositories, options: ChartOptions) -> Computed[FeelingCounts]:
    """Read the period's check-ins and count their feelings."""
    counts = counted_feelings(repos.checkins.feeling_tallies(options.start, options.end))
    lang = options.language
    return Computed(counts, summary(counts, options.start, options.end, lang),
                    table(counts, lang))


def _label(count: int, mood: float, hope: float, lang: Language) -> str:
    if count < FEW:
        return str(count)  # an average of one or two check-ins says little: left out
    parts = [lang.whole(count)]
    if not math.isnan(mood):
        parts.append(lang.translate("ChartLegend", "mood %1", lang.number(mood)))
    if not math.isnan(hope):
        parts.append(lang.translate("ChartLegend", "hope %1", lang.number(hope)))
    return "  ·  ".join(parts)


def draw(data: FeelingCounts, theme: ChartTheme, figure: Figure,
         lang: Language = ENGLISH) -> Figure:
    """Horizontal bars, most named first, each labelled with its count and averages."""
    if not data.feelings:
        return s.empty_message(figure, theme, lang.translate(
            "ChartNotes", "No feelings named in this period yet."))
    shown = data.feelings[:_MOST]
    ax = figure.subplots()
    s.style_axes(ax, theme, grid_axis="x")
    bars = ax.barh(range(len(shown)), [f.checkins for f in shown], color=s.colour(theme, 0),
                   height=0.65, edgecolor=theme.background)
    ax.bar_label(bars, labels=[_label(f.checkins, f.mood, f.hope, lang) for f in shown],
                 padding=4,
                 color=theme.foreground, fontsize=s.FONT_SIZE - 1)
    ax.set_yticks(range(len(shown)), [f.name for f in shown])
    ax.set_ylim(len(shown) - 0.5, -0.5)
    ax.margins(x=0.45)  # room for the words beside each bar
    s.integer_ticks(ax, "x")
    ax.set_xlabel(lang.translate("ChartLegend", "Check-ins naming it (with average mood and "
                                 "hope there, from %1 on)", FEW), fontsize=s.FONT_SIZE - 0.5)
    return figure
