"""Charts of counts and comparisons: what goes with better days, and strengths used."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from recovery_journal.charts import ChartTheme
from recovery_journal.charts import style as s
from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.life_areas import life_area_name
from recovery_journal.insights.strengths import StrengthCounts
from recovery_journal.insights.tags import MIN_TAG_DAYS, TagDifference, not_cause

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

_MOST_TAGS = 12
_MOST_BARS = 10


def _short(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pairs(ax: Axes, theme: ChartTheme, shown: Sequence[TagDifference], measure: str,
           lang: Language) -> None:
    """One row per tag: a filled circle for days with it, a hollow square for days without."""
    with_ = [getattr(t, f"{measure}_with") for t in shown]
    without = [getattr(t, f"{measure}_without") for t in shown]
    rows = list(range(len(shown)))
    for row, a, b in zip(rows, with_, without, strict=True):
        if not (math.isnan(a) or math.isnan(b)):
            ax.plot([a, b], [row, row], color=theme.muted, linewidth=1.2, alpha=0.7)
    ax.plot(with_, rows, linestyle="none", marker="o", markersize=7, color=s.colour(theme, 0),
            label=lang.translate("ChartLegend", "Days with the tag"))
    ax.plot(without, rows, linestyle="none", marker="s", markersize=7, markerfacecolor="none",
            markeredgewidth=1.6, color=s.colour(theme, 1),
            label=lang.translate("ChartLegend", "Days without the tag"))


def tags(data: Sequence[TagDifference], theme: ChartTheme, figure: Figure,
         lang: Language = ENGLISH) -> Figure:
    """Mood and hope side by side, on days with and without each tag, most different first."""
    if not data:
        return s.empty_message(figure, theme, lang.translate(
            "ChartNotes", "No tag was used on %1 or more days with a check-in in this period yet.",
            MIN_TAG_DAYS))
    shown = list(data[:_MOST_TAGS])
    labels = [lang.translate("ChartLegend", "%1 (%n day(s))", _short(t.tag), n=t.days_with)
              for t in shown]
    axes = figure.subplots(1, 2, sharey=True)
    titles = (lang.translate("ChartLegend", "Mood"), lang.translate("ChartLegend", "Hope"))
    for ax, measure, title in zip(axes, ("mood", "hope"), titles, strict=True):
        s.style_axes(ax, theme, grid_axis="x")
        s.panel_title(ax, theme, title)
        _pairs(ax, theme, shown, measure, lang)
        ax.set_yticks(range(len(shown)), labels)
        ax.set_ylim(len(shown) - 0.5, -0.5)
        ax.set_xlim(-0.3, 10.3)
        # The 0–10 scale's own steps: "0.0 2.5 … 10.0" crowded the two panels at large text.
        ax.set_xticks(range(0, 11, 2))
    s.legend(figure, theme, axes[0], columns=2)
    note = not_cause(lang)
    if len(data) > len(shown):
        note = lang.translate("ChartNotes", "%1 of %2 tags are shown; the table has all of them.",
                              len(shown), len(data)) + f"\n{not_cause(lang)}"
    figure.supxlabel(note, fontsize=s.FONT_SIZE - 0.5, color=theme.muted)
    return figure


def _ranked_bars(ax: Axes, theme: ChartTheme, counts: Sequence[tuple[str, int]], i: int,
                 other: str) -> None:
    shown = list(counts[:_MOST_BARS])
    rest = sum(n for _, n in counts[_MOST_BARS:])
    if rest:
        shown.append((other, rest))
    names = [_short(name) for name, _ in shown]
    bars = ax.barh(range(len(shown)), [n for _, n in shown], color=s.colour(theme, i),
                   height=0.65, hatch=("" if i == 0 else "//"), edgecolor=theme.background)
    ax.bar_label(bars, padding=3, color=theme.foreground, fontsize=s.FONT_SIZE - 1)
    ax.set_yticks(range(len(shown)), names)
    ax.set_ylim(len(shown) - 0.5, -0.5)
    ax.margins(x=0.15)
    s.integer_ticks(ax, "x")


def strengths(data: StrengthCounts, theme: ChartTheme, figure: Figure,
              lang: Language = ENGLISH) -> Figure:
    """Times each strength was used, and the same counted by life area."""
    if not data.total:
        return s.empty_message(figure, theme, lang.translate(
            "ChartNotes", "No strength uses noted in this period yet."))
    axes = figure.subplots(1, 2)
    titles = (lang.translate("ChartLegend", "By strength"),
              lang.translate("ChartLegend", "By life area"))
    others = (lang.translate("ChartLegend", "Other strengths"),
              lang.translate("ChartLegend", "Other life areas"))
    # A built-in life area's name translated (if the loader left it English); what the person
    # typed stays as typed.
    areas = [(life_area_name(name, lang), n) for name, n in data.by_area]
    for i, (ax, counts, title, other) in enumerate(zip(
        axes, (data.by_strength, areas), titles, others, strict=True,
    )):
        s.style_axes(ax, theme, grid_axis="x")
        s.panel_title(ax, theme, title)
        _ranked_bars(ax, theme, counts, i, other)
        ax.set_xlabel(lang.translate("ChartLegend", "Times used"), fontsize=s.FONT_SIZE - 0.5)
    return figure
