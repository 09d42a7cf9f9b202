"""The Insights work done on a worker thread: plain values in, plain values out, no widgets.

matplotlib is imported inside these functions only, so importing this module costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_journal.charts.gentle import gentle
from recovery_journal.ui.insights.card import RenderedChart

if TYPE_CHECKING:
    from recovery_journal.charts import ChartData, ChartOptions, ChartTheme
    from recovery_journal.storage.vault import Vault


Table = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


@dataclass(frozen=True, slots=True)
class LoadedChart:
    """A chart's numbers, its pixels and its "Show as table" rows, from `draw_loaded`."""

    data: ChartData
    rendered: RenderedChart
    table: Table | None = None


def load_data(vault: Vault, name: str, options: ChartOptions) -> ChartData | None:
    """Runs on a worker: read chart `name`'s numbers on a read-only connection of its own
    (the GUI thread goes on using the vault); None when they can't be read."""
    from recovery_journal.charts import load_chart_data
    from recovery_journal.storage.errors import VaultError
    from recovery_journal.storage.repositories import Repositories

    try:
        with gentle(), vault.reader() as reading:
            return load_chart_data(Repositories.from_vault(reading), name, options)
    except (VaultError, ValueError):
        return None


def draw_loaded(
    data: ChartData, theme: ChartTheme, size_px: tuple[int, int], compact_height: int,
    dpi: float, pixel_ratio: float, with_table: bool = False,
) -> LoadedChart:
    """Runs on a worker: draw numbers already read, and make the "Show as table" rows when
    the card shows its table (`with_table`)."""
    from recovery_journal.charts import screen_table

    with gentle():
        rendered = draw_chart(data, theme, size_px, compact_height, dpi, pixel_ratio)
        # A table on screen (a row for every day of fifty years) is made here too, not on
        # the GUI thread; one not shown waits until it is opened.
        table = screen_table(data) if with_table else None
    return LoadedChart(data, rendered, table)


def make_table(data: ChartData) -> Table:
    """Runs on a worker: the "Show as table" rows of a chart already drawn, when first opened
    (fifty years of days take 70-130 ms)."""
    from recovery_journal.charts import screen_table

    with gentle():
        return screen_table(data)


# Blank room kept above and below a trimmed figure, in the window's pixels.
TRIM_MARGIN_PX = 8


def draw_chart(data: ChartData, theme: ChartTheme, size_px: tuple[int, int], compact_height: int,
               dpi: float, pixel_ratio: float) -> RenderedChart:
    """Runs on a worker: build the figure and render it to pixels at the size it is shown.

    Agg drawing takes 100-500 ms for a busy chart, so it happens here, not on the GUI thread.
    A figure with no axes is only the chart's calm "nothing yet" sentence: it gets a short strip.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from recovery_journal.charts import build_figure

    width, height = size_px
    figure = build_figure(data, theme, width_in=width / dpi, height_in=height / dpi)
    empty = not figure.axes
    if empty:
        figure = build_figure(data, theme, width_in=width / dpi, height_in=compact_height / dpi)
    figure.set_dpi(dpi * pixel_ratio)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    pixels_wide, pixels_high = canvas.get_width_height()
    buffer = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
    top, bottom = 0, pixels_high
    if not empty:
        top, bottom = content_rows(buffer, pixels_wide, pixels_high,
                                   round(TRIM_MARGIN_PX * pixel_ratio))
    # The buffer is rows × columns × 4: a slice of it is whole rows.
    rgba = bytes(memoryview(buffer)[top:bottom])
    return RenderedChart(rgba, pixels_wide, bottom - top, pixel_ratio, empty)


def content_rows(rgba: object, width: int, height: int, margin: int) -> tuple[int, int]:
    """The rows of a drawn figure worth showing: blank bands of its background above and
    below the drawing are cut to `margin` (a year in pixels keeps its days square, and in a
    tall box at large text that left a third of the card empty)."""
    import numpy as np

    # A pixel as one 32-bit number: a quarter of the comparisons of its four bytes.
    pixels = np.frombuffer(rgba, dtype=np.uint32).reshape(height, width)  # type: ignore[call-overload]
    drawn = np.flatnonzero((pixels != pixels[0, 0]).any(axis=1))
    if drawn.size == 0:
        return 0, height
    top, bottom = max(0, int(drawn[0]) - margin), min(height, int(drawn[-1]) + 1 + margin)
    if (top + height - bottom) < height // 10:
        return 0, height  # a sliver: not worth a card that changes height
    return top, bottom


def warm_up() -> bool:
    """Runs on a worker: load the charts code, numpy and matplotlib (about half a second)."""
    import matplotlib.backends.backend_agg  # noqa: F401

    from recovery_journal.charts import preload

    preload()
    return True


def export_chart(data: ChartData, path: Path, title: str, show_title: bool = True) -> Path:
    """Runs on a worker: a fresh light figure at the standard size, with `title` above it when
    `show_title`, written whole or not at all."""
    from recovery_journal.charts import ChartTheme, build_figure, export_figure

    figure = build_figure(data, ChartTheme.named("light"), heading=title if show_title else "")
    export_figure(figure, path, title=title)
    return path
