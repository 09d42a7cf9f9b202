"""Life balance: a labelled bar per life area, this period beside the one before it.

Each area's name is written beside its bars and each bar carries its count, and the axis says
what is counted, so nothing has to be read off rings or guessed from a wheel.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import numpy as np

from recovery_journal.charts import ChartTheme
from recovery_journal.charts import style as s
from recovery_journal.charts.spec import QT_TRANSLATE_NOOP
from recovery_journal.insights.balance import AreaActivity, Balance
from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.life_areas import life_area_name
from recovery_journal.insights.words import short_span

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# What one unit of a bar is, spelled out under the bars.
UNIT = QT_TRANSLATE_NOOP(
    "ChartLegend", "Things linked to each life area: tagged check-ins and journal entries, "
    "strength uses and goal steps done")


# Under an area's name: the person's own rating from their latest life check, beside the counts.
RATED = QT_TRANSLATE_NOOP("ChartLegend", "you rated %1 of 7")


def period_labels(result: Balance, lang: Language = ENGLISH) -> tuple[str, str]:
    """The legend's two entries, each with its dates."""
    days = (result.end - result.start).days + 1
    return (lang.translate("ChartLegend", "This period (%1)",
                           short_span(result.start, result.end, lang)),
            lang.translate("ChartLegend", "The %n day(s) before (%1)",
                           short_span(result.previous_start, result.previous_end, lang), n=days))


def name_width(names: list[str], lines: int) -> int:
    """The fewest characters a line (at least 14) that keep every name on `lines` lines."""
    chars = 14
    while chars < 40 and any(len(textwrap.wrap(name, chars)) > lines for name in names):
        chars += 1
    return chars


def _name(area: AreaActivity, chars: int, lang: Language) -> str:
    """An area's name, with the person's own latest life check rating under it when rated."""
    name = textwrap.fill(life_area_name(area.name, lang), chars)
    if area.rating is None:
        return name
    return f"{name}\n{lang.translate('ChartLegend', RATED, area.rating)}"


def _bars(ax: Axes, theme: ChartTheme, result: Balance, size_in: tuple[float, float],
          lang: Language) -> None:
    width_in, height_in = size_in
    s.style_axes(ax, theme, grid_axis="x")
    this, before = period_labels(result, lang)
    rows = np.arange(len(result.areas))
    for offset, values, i, hatch, label in (
        (-0.2, [a.current for a in result.areas], 0, "", this),
        (0.2, [a.previous for a in result.areas], 1, "//", before),
    ):
        bars = ax.barh(rows + offset, values, height=0.4, color=s.colour(theme, i), hatch=hatch,
                       edgecolor=theme.background, label=label)
        # Each bar says its count; an empty one says nothing rather than "0".
        ax.bar_label(bars, labels=[str(v) if v else "" for v in values], padding=3,
                     color=theme.foreground, fontsize=s.FONT_SIZE - 1.5)
    for row, area in enumerate(result.areas):
        if not (area.current or area.previous):
            ax.annotate(lang.translate("ChartNotes", "nothing linked in either period"), (0, row),
                        xytext=(4, 0), textcoords="offset points", va="center",
                        fontsize=s.FONT_SIZE - 1.5, color=theme.muted)
    # Names wrap onto as many lines as a row has room for; while the figure has room, a name
    # stays on one line.
    lines = max(1, min(3, int(height_in * 0.7 / len(result.areas) * 72 /
                              ((s.FONT_SIZE - 1) * 1.25))))
    # A rated area's name leaves one of its lines to the rating under it.
    name_lines = max(1, lines - 1) if result.rated else lines
    chars = max(name_width([life_area_name(a.name, lang) for a in result.areas], name_lines),
                min(28, int(width_in * 5)))
    ax.set_yticks(rows, [_name(a, chars, lang) for a in result.areas])
    ax.set_ylim(len(result.areas) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    # Room on the right for the longest bar's count, wider in a narrow figure.
    longest = max(max(a.current, a.previous) for a in result.areas)
    label_in = (len(str(longest)) * 0.65 + 1) * (s.FONT_SIZE - 1.5) / 72
    ax.margins(x=max(0.08, 1.6 * label_in / (0.55 * width_in)))
    s.integer_ticks(ax, "x")
    if not longest:
        # Only ratings to show (nothing linked yet): an axis from 0, not around it.
        ax.set_xlim(0, 1)
        ax.set_xticks([0])
    # The words sit under the bars, beside the names: about 60 % of the figure's width.
    chars = max(24, int(width_in * 0.6 * 72 / (s.FONT_SIZE - 1) / 0.55))
    ax.set_xlabel(textwrap.fill(lang.translate("ChartLegend", UNIT), chars),
                  fontsize=s.FONT_SIZE - 1, color=theme.foreground)


def balance(data: Balance, theme: ChartTheme, figure: Figure,
            lang: Language = ENGLISH) -> Figure:
    """One row per life area, in the person's own order, with two labelled bars."""
    if not data.areas or not (data.total_current or data.total_previous or data.rated):
        return s.empty_message(figure, theme, lang.translate(
            "ChartNotes", "Nothing linked to a life area in this period or the one before it "
            "yet. Give tags, strengths or goals a life area to see it here."))
    ax = figure.add_subplot()
    _bars(ax, theme, data, (figure.get_figwidth(), figure.get_figheight()), lang)
    s.legend(figure, theme, ax, columns=2)
    return figure
