"""The "year in pixels" calendar: one square per day, coloured on a colour-blind-safe scale.

Squares are painted as one RGBA image (fast for ten years); days without a value are a neutral
grey and days outside the period are left as background.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from recovery_journal.charts import ChartTheme, wording
from recovery_journal.charts import style as s
from recovery_journal.insights import words
from recovery_journal.insights.calendar import CalendarGrid, CalendarStrip
from recovery_journal.insights.language import ENGLISH, Language

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.cm import ScalarMappable
    from matplotlib.figure import Figure

# A short period is drawn at least this many weeks wide, so a month isn't a wall of huge squares.
_NARROWEST = 24
# Up to this many weeks, each square shows its day of the month.
_NUMBERED_WEEKS = 16


def _rgb(colour: str) -> tuple[float, float, float, float]:
    from matplotlib.colors import to_rgba

    return to_rgba(colour)


def _to_come_colour(theme: ChartTheme) -> tuple[float, float, float, float]:
    """A faint tint for days of the year still to come: the year's shape, nothing in it."""
    back, fore = np.asarray(_rgb(theme.background)), np.asarray(_rgb(theme.foreground))
    r, g, b, a = back * 0.93 + fore * 0.07
    return float(r), float(g), float(b), float(a)


def _to_come(grid: CalendarGrid, strip: CalendarStrip, row: int, column: int) -> bool:
    """A day of the strip's year outside the days shown: before the first check-in, or still
    to come. Drawn faintly, so the year keeps its shape without calling them missed."""
    day = strip.day_at(row, column)
    if day.year != int(strip.label[:4]):
        return False
    return (grid.end is not None and day > grid.end) or (
        grid.start is not None and day < grid.start)


def _image(grid: CalendarGrid, theme: ChartTheme) -> np.ndarray:
    """Each day's colour as RGBA bytes, a row per weekday, a column per week."""
    # Bytes, as matplotlib would draw them (it truncates too: the same pixels). Given floats,
    # it scales them to the figure's pixels as floats first: 10 MiB more for ten years.
    return (_colours(grid, theme) * 255).astype(np.uint8)


def _colours(grid: CalendarGrid, theme: ChartTheme) -> np.ndarray:
    from matplotlib import colormaps
    from matplotlib.colors import Normalize

    weeks = max(strip.weeks for strip in grid.strips)
    rows = len(grid.strips) * 8 - 1  # a blank row between strips
    values = np.full((rows, weeks), np.nan)
    inside = np.zeros((rows, weeks), dtype=bool)
    to_come = np.zeros((rows, weeks), dtype=bool)
    for k, strip in enumerate(grid.strips):
        for row, cells in enumerate(strip.cells):
            for column, value in enumerate(cells):
                if value is not None:
                    inside[k * 8 + row, column] = True
                    values[k * 8 + row, column] = value
                elif _to_come(grid, strip, row, column):
                    to_come[k * 8 + row, column] = True
    norm = Normalize(grid.min_value, grid.max_value)
    image = colormaps[s.SEQUENTIAL](norm(np.nan_to_num(values, nan=grid.min_value)))
    image[np.isnan(values)] = _rgb(s.empty_cell_colour(theme))
    image[~inside] = _rgb(theme.background)
    image[to_come] = _to_come_colour(theme)
    return np.asarray(image)


def _spaced(labels: Sequence[tuple[int, str]], square_pt: float) -> list[tuple[int, str]]:
    """Month names that fit side by side at this square size (large text makes them wider).

    When the first two collide the first goes: it is the period's partial first month.
    """
    def columns_needed(text: str) -> float:
        return (0.62 * (s.FONT_SIZE - 1) * len(text) + 4) / max(square_pt, 0.1)

    kept: list[tuple[int, str]] = []
    for column, text in labels:
        if kept and column - kept[-1][0] < columns_needed(kept[-1][1]):
            if len(kept) == 1 and kept[0] == labels[0]:
                kept.pop()
            else:
                continue
        kept.append((column, text))
    return kept


def _labels(ax: Axes, grid: CalendarGrid, theme: ChartTheme, square_pt: float,
            lang: Language) -> None:
    widest: CalendarStrip = max(grid.strips, key=lambda strip: len(strip.month_labels))
    shown = _spaced(widest.month_labels, square_pt)  # named in the language by the loader
    ax.set_xticks([column for column, _ in shown], [name for _, name in shown])
    ax.xaxis.tick_top()
    if len(grid.strips) == 1:
        ax.set_yticks([0, 2, 4, 6], [wording.weekday(lang, i) for i in (0, 2, 4, 6)])
    else:
        ax.set_yticks([k * 8 + 3 for k in range(len(grid.strips))],
                      [strip.label for strip in grid.strips])
    ax.tick_params(length=0, colors=theme.foreground, labelsize=s.FONT_SIZE - 1)
    for spine in ax.spines.values():
        spine.set_visible(False)


def _mappable(grid: CalendarGrid) -> ScalarMappable:
    from matplotlib import colormaps
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import Normalize

    return ScalarMappable(Normalize(grid.min_value, grid.max_value), colormaps[s.SEQUENTIAL])


# The key under a single strip: the colour bar's top, in rows below Monday, and its height.
_KEY_TOP = 8.0
_KEY_HEIGHT = 0.55
# Room the key's tick labels and its words need under the bar, in points at FONT_SIZE.
_KEY_TEXT_PT = 3.4 * s.FONT_SIZE


def _square_pt(figure: Figure, columns: int, rows: float) -> float:
    """About how many points wide a day's square is drawn (the axes keeps squares square)."""
    width_in, height_in = figure.get_size_inches()
    return float(72 * min(width_in * 0.88 / columns, height_in * 0.82 / rows))


def _key_rows(figure: Figure, columns: int) -> float:
    """Rows below the week (Monday at 0) that a single strip's key needs, words included."""
    rows = 7.0
    for _ in range(3):  # the square size depends on the rows; this settles in two steps
        rows = _KEY_TOP + _KEY_HEIGHT + _KEY_TEXT_PT / _square_pt(figure, columns, rows + 0.5)
    return rows


def _colour_key(figure: Figure, ax: Axes, grid: CalendarGrid, theme: ChartTheme,
                lang: Language) -> None:
    """The colour scale under the calendar, with the grey "no check-in" square beside it."""
    from matplotlib.patches import Patch

    if len(grid.strips) == 1:
        # Square days leave the axes shorter than its slot, and constrained layout doesn't
        # see inset axes: the key sits inside the axes' own rows (see `calendar`), in day
        # units, right under the squares, so nothing of it is cut off.
        width = max(_NARROWEST, grid.strips[0].weeks) * 0.45
        cax = ax.inset_axes((-0.5, _KEY_TOP, width, _KEY_HEIGHT), transform=ax.transData)
        bar = figure.colorbar(_mappable(grid), cax=cax, orientation="horizontal")
        anchor: tuple[float, float] = (width + 0.5, _KEY_TOP - 0.25)
        transform = ax.transData
    else:
        bar = figure.colorbar(_mappable(grid), ax=ax, orientation="horizontal",
                              location="bottom", fraction=0.05, shrink=0.5, aspect=30, pad=0.03)
        anchor, transform = (0.78, -0.02), ax.transAxes
    mark = wording.decimal_mark(lang)
    bar.set_label(lang.translate("ChartLegend", "%1, from %2 to %3",
                                 wording.measure_name(lang, grid.key, grid.name),
                                 f"{grid.min_value:g}".replace(".", mark),
                                 f"{grid.max_value:g}".replace(".", mark)),
                  color=theme.foreground, fontsize=s.FONT_SIZE - 0.5)
    if float(grid.min_value).is_integer() and float(grid.max_value).is_integer():
        from matplotlib.ticker import MaxNLocator

        # A scale of whole numbers gets whole-number ticks ("5", not "5.0" or "2.5").
        bar.locator = MaxNLocator(nbins=5, integer=True)
    bar.ax.tick_params(colors=theme.foreground, labelsize=s.FONT_SIZE - 1)
    bar.outline.set_visible(False)
    handles = [Patch(color=s.empty_cell_colour(theme),
                     label=lang.translate("ChartLegend", "No check-in"))]
    first_year, last_year = int(grid.strips[0].label[:4]), int(grid.strips[-1].label[:4])
    faint = [(grid.start is not None and grid.start > date(first_year, 1, 1),
              lang.translate("ChartLegend", "Before your first check-in")),
             (grid.end is not None and grid.end < date(last_year, 12, 31),
              lang.translate("ChartLegend", "Still to come"))]
    handles += [Patch(facecolor=_to_come_colour(theme), edgecolor=theme.grid, label=label)
                for shown, label in faint if shown]
    key = ax.legend(handles=handles,
                    loc="upper left", bbox_to_anchor=anchor, bbox_transform=transform,
                    frameon=False, fontsize=s.FONT_SIZE - 1)
    for text in key.get_texts():
        text.set_color(theme.foreground)


def _day_numbers(ax: Axes, grid: CalendarGrid, theme: ChartTheme) -> None:
    """In a short period each square carries its day of the month, so days can be found."""
    strip = grid.strips[0]
    span = grid.max_value - grid.min_value or 1.0
    for column in range(strip.weeks):
        for row in range(7):
            value = strip.cells[row][column]
            if value is None:
                continue
            # The light (high) end of viridis needs dark text; the dark end needs light text.
            light = not math.isnan(value) and (value - grid.min_value) / span > 0.55
            ink = "#1f2328" if light or theme.name == "light" and math.isnan(value) else (
                "#ffffff")
            ax.text(column, row, str(strip.day_at(row, column).day), ha="center", va="center",
                    fontsize=s.FONT_SIZE - 1.5, color=ink)


def _separators(ax: Axes, theme: ChartTheme, rows: int, columns: int) -> None:
    """Thin background-coloured lines between squares, so single days can be counted.

    One path with NaN breaks: grid lines from hundreds of minor ticks, or a LineCollection,
    cost more than the image itself.
    """
    across = np.arange(-0.5, columns, 1)
    down = np.arange(-0.5, rows, 1)
    gap_x, gap_y = np.full(len(across), np.nan), np.full(len(down), np.nan)
    xs = np.concatenate((np.column_stack((across, across, gap_x)).ravel(),
                         np.column_stack((np.full(len(down), -0.5),
                                          np.full(len(down), columns - 0.5), gap_y)).ravel()))
    ys = np.concatenate((np.column_stack((np.full(len(across), -0.5),
                                          np.full(len(across), rows - 0.5), gap_x)).ravel(),
                         np.column_stack((down, down, gap_y)).ravel()))
    ax.plot(xs, ys, color=theme.background, linewidth=0.8 if columns < 60 else 0.4)


def calendar(data: CalendarGrid, theme: ChartTheme, figure: Figure,
             lang: Language = ENGLISH) -> Figure:
    """Weeks as columns, Monday at the top, a month name above each month's first week."""
    if not data.strips or not data.days_with_values:
        what = words.measure_words(wording.measure_name(lang, data.key, data.name))
        return s.empty_message(figure, theme, lang.translate(
            "ChartNotes", "No check-ins with a %1 value in this year yet.", what))
    ax = figure.subplots()
    ax.set_facecolor(theme.background)
    single = len(data.strips) == 1
    # One strip gets square days; several years get wide ones so they still fill the space.
    ax.imshow(_image(data, theme), aspect="equal" if single else "auto",
              interpolation="nearest")
    rows, columns = len(data.strips) * 8 - 1, max(strip.weeks for strip in data.strips)
    _separators(ax, theme, rows, columns)
    ax.set_ylim(rows - 0.5, -0.5)
    # Several years stretch their squares to fill the width.
    square_pt = 72 * figure.get_figwidth() * 0.88 / columns
    if single:
        # Room on the right keeps a short period's squares day-sized and its labels at hand;
        # room below holds the colour key.
        wide = max(columns, _NARROWEST)
        ax.set_xlim(-0.5, wide - 0.5)
        bottom = _key_rows(figure, wide)
        ax.set_ylim(bottom, -0.5)
        square_pt = _square_pt(figure, wide, bottom + 0.5)
    if single and columns <= _NUMBERED_WEEKS:
        _day_numbers(ax, data, theme)
    _labels(ax, data, theme, square_pt, lang)
    _colour_key(figure, ax, data, theme, lang)
    return figure
