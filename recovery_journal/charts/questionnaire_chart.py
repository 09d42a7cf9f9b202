"""Questionnaires over time: a panel per questionnaire, its totals as a line over the published
bands, shaded in quiet greys and named at the side (never red, never a verdict).

ONS4 has no total: its four questions share one panel, each a line of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recovery_journal.charts import ChartTheme
from recovery_journal.charts import style as s
from recovery_journal.charts.support_marks import draw_marks
from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.questionnaires import QuestionnaireTrends, Trend

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Beyond this many points a line carries no markers: they would be a smear.
_MARKED = 60


def _bands(ax: Axes, theme: ChartTheme, trend: Trend) -> None:
    for i, band in enumerate(trend.bands):
        # Alternate the neutral background and the grid colour: bands read apart, no hue.
        if i % 2:
            ax.axhspan(band.low - 0.5, band.high + 0.5, color=theme.grid, alpha=0.45,
                       linewidth=0, zorder=0)
        ax.text(1.01, (band.low + band.high) / 2, band.label, transform=ax.get_yaxis_transform(),
                va="center", ha="left", fontsize=s.FONT_SIZE - 2, color=theme.muted)


def _panel(ax: Axes, theme: ChartTheme, data: QuestionnaireTrends, trend: Trend,
           lang: Language) -> None:
    s.style_axes(ax, theme)
    s.panel_title(ax, theme, trend.name)
    s.value_limits(ax, 0, trend.high)
    s.date_limits(ax, data.start, data.end, lang)
    _bands(ax, theme, trend)
    for i, line in enumerate(trend.lines):
        if not line.points:
            continue
        x = [s.day_number(day) for day, _ in line.points]
        y = [value for _, value in line.points]
        marked = len(x) <= _MARKED
        # Past the colours and markers (nine questions of PHQ-9), the line's dash tells apart.
        dash = s.LINESTYLES[(i // len(s.MARKERS)) % len(s.LINESTYLES)]
        ax.plot(x, y, color=s.colour(theme, i), linewidth=1.8, linestyle=dash,
                marker=s.MARKERS[i % len(s.MARKERS)] if marked else "", markersize=4,
                label=line.label if len(trend.lines) > 1 else None)
    if len(trend.lines) > 1:
        columns = 5 if len(trend.lines) > 4 else 4
        rows = -(-len(trend.lines) // columns)
        # Head room for the legend's rows, so it never sits on the highest answers.
        low, high = ax.get_ylim()
        ax.set_ylim(low, high + (high - low) * 0.3 * rows)
        ax.set_yticks(range(0, trend.high + 1, 1 if trend.high <= 5 else 2))
        ax.legend(loc="upper left", fontsize=s.FONT_SIZE - 2, frameon=False, ncols=columns,
                  labelcolor=theme.foreground)


def questionnaires(data: QuestionnaireTrends, theme: ChartTheme, figure: Figure,
                   lang: Language = ENGLISH) -> Figure:
    """One panel per questionnaire answered in the period, stacked."""
    drawable = [t for t in data.trends if any(line.points for line in t.lines)]
    if not drawable:
        text = (lang.translate("ChartNotes", "No questionnaires answered in this period yet.")
                if not data.trends else lang.translate(
                    "ChartNotes", "No totals in this period: each time, a question was left "
                    "blank."))
        return s.empty_message(figure, theme, text)
    axes = figure.subplots(len(drawable), 1, sharex=True, squeeze=False)[:, 0]
    for ax, trend in zip(axes, drawable, strict=True):
        _panel(ax, theme, data, trend, lang)
    draw_marks(list(axes), theme, data.marks, data.start, data.end, lang)
    return figure
