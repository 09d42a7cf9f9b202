"""Chart themes and the small drawing habits every chart shares.

Series colours come from the Okabe-Ito colour-blind-safe set, darkened on light backgrounds
so lines keep a 3:1 contrast; none is red, and no colour ever stands for "low". Series also
differ by marker and line style, so nothing depends on telling colours apart.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING, Literal

import numpy as np
import numpy.typing as npt

from recovery_journal.charts import ChartTheme, wording
from recovery_journal.insights.language import ENGLISH, Language

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

MARKERS = ("o", "s", "^", "D", "v", "P")
LINESTYLES: tuple[str | tuple[int, tuple[int, ...]], ...] = (
    "-", "--", ":", "-.", (0, (6, 2, 1, 2, 1, 2)), (0, (1, 3)),
)
# A colour-blind-safe sequential palette from dark to light; low values are never red.
SEQUENTIAL = "viridis"
FONT_SIZE = 9.5
_EPOCH = date(1970, 1, 1)

_THEMES: dict[str, ChartTheme] = {
    "light": ChartTheme(
        name="light", foreground="#1f2328", background="#ffffff", grid="#e4e2dd",
        muted="#5f6368",
        series=("#0072b2", "#9a5f00", "#007a5e", "#a8478a", "#3d5a80", "#5f6368"),
    ),
    "dark": ChartTheme(
        name="dark", foreground="#e9e7e3", background="#16181b", grid="#33383e",
        muted="#a2a8ae",
        series=("#56b4e9", "#e69f00", "#2fbf8f", "#d98cbf", "#f0e442", "#c9ccd1"),
    ),
    "high_contrast": ChartTheme(
        name="high_contrast", foreground="#ffffff", background="#000000", grid="#6b6b6b",
        muted="#d0d0d0",
        series=("#66ffff", "#ffff00", "#ff99ff", "#7cfc00", "#ffffff", "#ffcc66"),
    ),
}

# Days in the period without a value: a neutral grey, apart from every palette colour.
_EMPTY_CELL = {"light": "#d9d7d2", "dark": "#3d4248", "high_contrast": "#505050"}


def theme_named(name: str) -> ChartTheme:
    """A built-in theme by name (ValueError naming the three for anything else)."""
    if name not in _THEMES:
        raise ValueError("The chart theme must be light, dark or high_contrast.")
    return _THEMES[name]


def empty_cell_colour(theme: ChartTheme) -> str:
    return _EMPTY_CELL.get(theme.name, theme.grid)


def colour(theme: ChartTheme, i: int) -> str:
    return theme.series[i % len(theme.series)]


def new_figure(theme: ChartTheme, width_in: float, height_in: float) -> Figure:
    """A blank Figure in the theme's background, laid out so labels never overlap."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_in, height_in), facecolor=theme.background,
                    layout="constrained")
    return figure


def fix_empty_axis_labels(figure: Figure) -> None:
    """Pin the axis labels that hold no text, so that laying out and drawing the figure does
    not measure every tick label again to place them (a tenth of a busy chart's time)."""
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if not axis.label.get_text():
                axis.set_label_coords(0.5, 0.5)


def style_axes(
    ax: Axes, theme: ChartTheme, *, grid_axis: Literal["x", "y", "both", ""] = "y"
) -> None:
    """Quiet axes: no box, a light grid, text in the theme's colours."""
    ax.set_facecolor(theme.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme.muted)
    ax.tick_params(colors=theme.foreground, labelsize=FONT_SIZE - 1, which="both")
    ax.title.set_color(theme.foreground)
    ax.xaxis.label.set_color(theme.foreground)
    ax.yaxis.label.set_color(theme.foreground)
    if grid_axis:
        ax.grid(True, axis=grid_axis, color=theme.grid, linewidth=0.8)
        ax.set_axisbelow(True)


def panel_title(ax: Axes, theme: ChartTheme, text: str) -> None:
    # wrap: a long title (Welsh, large text) breaks at the figure's edge instead of off it.
    # y: our panels have nothing above the axes for the title to clear, and a title placed
    # automatically looks for it at every layout pass (a quarter of the small multiples' time).
    ax.set_title(text, loc="left", fontsize=FONT_SIZE + 0.5, color=theme.foreground,
                 fontweight="bold", wrap=True, y=1.0)


def add_heading(figure: Figure, theme: ChartTheme, text: str) -> None:
    """The chart's title and period above everything else, for a saved image to carry.

    Constrained layout doesn't stack a suptitle above a legend outside the axes, so a chart
    with such a legend carries its heading as the legend's title, one box laid out as one.
    """
    import textwrap

    size = FONT_SIZE + 2
    wrapped = textwrap.fill(text, max(30, int(figure.get_figwidth() * 72 / size / 0.6)))
    if figure.legends:
        found = figure.legends[0]
        from matplotlib.font_manager import FontProperties

        found.set_title(wrapped, prop=FontProperties(size=size, weight="bold"))
        found.get_title().set_color(theme.foreground)
        return
    figure.suptitle(wrapped, fontsize=size, fontweight="bold", color=theme.foreground)


def heading_of(figure: Figure) -> str:
    """The heading `add_heading` drew, as one line ("" if none)."""
    text = figure.get_suptitle()
    if not text and figure.legends:
        text = figure.legends[0].get_title().get_text()
    return " ".join(text.split())


def empty_message(figure: Figure, theme: ChartTheme, text: str) -> Figure:
    """The calm sentence shown instead of an empty chart."""
    figure.text(0.5, 0.5, text, ha="center", va="center", wrap=True,
                fontsize=FONT_SIZE + 2, color=theme.muted)
    return figure


def day_number(value: date) -> float:
    """A day as matplotlib's date number (days since 1970-01-01, its default epoch)."""
    return float((value - _EPOCH).days)


def day_axis(start: date, end: date) -> npt.NDArray[np.float64]:
    """Every day from `start` to `end` as date numbers, the x values of the time charts.

    Plain floats skip matplotlib's unit conversion, which costs more than the drawing itself
    for ten years of days.
    """
    return np.arange(day_number(start), day_number(end) + 1, dtype=np.float64)


def day_labels(days: Sequence[date], *, years: int | None = None,
               lang: Language = ENGLISH) -> list[str]:
    """Plain tick labels in `lang`: "8 Nov" for days, "Nov" for months, "2025" for years."""
    return wording.day_labels(days, lang, years=years)


def date_limits(ax: Axes, start: date, end: date, lang: Language = ENGLISH) -> None:
    """Fit the x axis to the period with half a day either side, with plain date labels in
    `lang` (month names by hand, not matplotlib's English "%b")."""
    from matplotlib.dates import AutoDateLocator
    from matplotlib.ticker import FixedLocator, Formatter

    class _DayFormatter(Formatter):
        def __call__(self, x: float, pos: int | None = None) -> str:
            return day_labels([_EPOCH + timedelta(days=round(x))], lang=lang)[0]

        def format_ticks(self, values: Sequence[float]) -> list[str]:
            low, high = (_EPOCH + timedelta(days=round(v)) for v in ax.get_xlim())
            return day_labels([_EPOCH + timedelta(days=round(v)) for v in values],
                              years=high.year - low.year + 1, lang=lang)

    # Fewer ticks on a narrow axis (large text makes the figure narrower in inches).
    figure = ax.get_figure(root=True)
    width = ax.get_position().width * (figure.get_figwidth() if figure else 8.0)
    most = max(3, min(8, int(width * 1.2)))
    locator = AutoDateLocator(minticks=3, maxticks=most)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(_DayFormatter())
    ax.set_xlim(day_number(start) - 0.5, day_number(end) + 0.5)
    # The period is fixed, so are the ticks: found once here. Left to AutoDateLocator, they
    # were worked out again each time the layout and the draw asked (a quarter of the time
    # of a chart with several panels).
    low, high = ax.get_xlim()
    with warnings.catch_warnings():
        # A year or two on a narrow axis fits none of its intervals between 3 and `most`
        # ticks; it says so and takes every 6 months, which reads well: no need to say it.
        warnings.filterwarnings("ignore", "AutoDateLocator was unable", UserWarning)
        ticks = list(locator())
        # Its count includes the ticks either side of the axis: fifty years on a narrow panel
        # took every 40 years and showed one. Allow one more until two show.
        while sum(low <= tick <= high for tick in ticks) < 2 and most < 12:
            most += 1
            locator = AutoDateLocator(minticks=3, maxticks=most)  # type: ignore[no-untyped-call]
            ax.xaxis.set_major_locator(locator)
            ticks = list(locator())
    ax.xaxis.set_major_locator(FixedLocator(ticks))


def integer_ticks(ax: Axes, axis: Literal["x", "y"], nbins: int | None = None) -> None:
    """Counts get whole-number ticks only."""
    from matplotlib.ticker import MaxNLocator

    target = ax.xaxis if axis == "x" else ax.yaxis
    target.set_major_locator(MaxNLocator(nbins=nbins or "auto", integer=True))


def text_width_in(text: str, fontsize: float) -> float:
    """How wide `text` is drawn in the default font, in inches (no figure needed)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    width, _, _ = TextToPath().get_text_width_height_descent(
        text, FontProperties(size=fontsize), ismath=False)
    return float(width) / 72


def fitting_columns(labels: Sequence[str], width_in: float, fontsize: float,
                    most: int) -> int:
    """How many legend entries fit side by side in `width_in` (at least 1, at most `most`).

    Measured from the widest label, so larger text (fewer inches for the same pixels) wraps
    the legend into more rows instead of cutting it off at both ends.
    """
    if not labels:
        return 1
    # Each entry: matplotlib's handle, the gap to the text and to the next column (4.8 em).
    # Drawn text comes out a few per cent wider than its path.
    entries = [1.05 * text_width_in(label, fontsize) + 4.8 * fontsize / 72 for label in labels]
    for columns in range(min(most, len(labels)), 1, -1):
        # matplotlib fills the columns top to bottom, the first ones one entry longer when
        # the entries don't divide evenly; each column is as wide as its widest entry.
        base, longer = divmod(len(entries), columns)
        sizes = [base + 1] * longer + [base] * (columns - longer)
        ends = list(accumulate(sizes))
        widths = [max(entries[end - size:end]) for size, end in zip(sizes, ends, strict=True)]
        # The legend is centred over the axes, not the figure: keep room for the y labels.
        if sum(widths) <= width_in * 0.86:
            return columns
    return 1


def legend(figure: Figure, theme: ChartTheme, ax: Axes, *, columns: int = 3) -> None:
    """One legend above the chart, outside the data, in as many rows as its width needs."""
    handles, labels = ax.get_legend_handles_labels()
    if not handles:
        return
    size = FONT_SIZE - 0.5
    fit = fitting_columns(labels, figure.get_figwidth(), size, columns)
    found = figure.legend(handles, labels, loc="outside upper center", ncols=fit,
                          frameon=False, fontsize=size)
    for text in found.get_texts():
        text.set_color(theme.foreground)


def value_limits(ax: Axes, low: float, high: float) -> None:
    """The y axis covers the measure's whole scale, so a small change doesn't look huge."""
    pad = (high - low) * 0.04 or 0.5
    ax.set_ylim(low - pad, high + pad)


def localise_numbers(figure: Figure, lang: Language) -> None:
    """Numbers on every axis with `lang`'s decimal mark ("2,5"); English is left as drawn."""
    mark = wording.decimal_mark(lang)
    if mark == ".":
        return
    from matplotlib.axis import Axis
    from matplotlib.ticker import ScalarFormatter

    class _Marked(ScalarFormatter):
        def __call__(self, x: float, pos: int | None = None) -> str:
            return super().__call__(x, pos).replace(".", mark)

        def format_ticks(self, values: Sequence[float]) -> list[str]:
            return [text.replace(".", mark) for text in super().format_ticks(list(values))]

    # findobj reaches a colour key's axes too, which are drawn inside a chart's axes.
    for axis in figure.findobj(Axis):
        if type(axis.get_major_formatter()) is ScalarFormatter:
            axis.set_major_formatter(_Marked())
