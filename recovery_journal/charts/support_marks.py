"""Changes in the person's supports drawn on a time chart: a thin dotted line down every panel,
its number at the top of the first (the chart's summary lists the numbers in words)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from recovery_journal.charts import style as s
from recovery_journal.charts.spec import QT_TRANSLATE_NOOP, ChartTheme
from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.support_marks import SupportMark

if TYPE_CHECKING:
    from matplotlib.axes import Axes

LEGEND = QT_TRANSLATE_NOOP("ChartLegend", "A change in your supports")


def draw_marks(axes: Sequence[Axes], theme: ChartTheme, marks: Sequence[SupportMark],
               start: date, end: date, lang: Language = ENGLISH) -> None:
    """Mark each of `marks` on `axes` (stacked panels over `start`..`end`)."""
    if not axes:
        return
    legend = lang.translate("ChartLegend", LEGEND)
    span = max(1.0, s.day_number(end) - s.day_number(start))
    previous, level = -math.inf, 0
    for mark in marks:
        x = s.day_number(mark.day)
        for k, ax in enumerate(axes):
            ax.axvline(x, color=theme.muted, linestyle=":", linewidth=1.0, zorder=1,
                       label=legend if k == 0 and mark.number == 1 else None)
        # Changes a few days apart would print "45": the second number steps down a line.
        level = (level + 1) % 3 if (x - previous) / span < 0.03 else 0
        previous = x
        axes[0].annotate(str(mark.number), (x, 1.0), xycoords=("data", "axes fraction"),
                         xytext=(2, -2 - level * 1.3 * s.FONT_SIZE), textcoords="offset points",
                         va="top", fontsize=s.FONT_SIZE - 1, color=theme.foreground)
