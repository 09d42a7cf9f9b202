"""The life check's two figures drawn to pixels on a worker (matplotlib loads there, lazily),
worded in the app's language."""

from __future__ import annotations

from collections.abc import Sequence

from recovery_journal.insights.life_check import AreaHistory, Comparison
from recovery_journal.ui.insights.card import RenderedChart
from recovery_journal.ui.language import QtLanguage


def _pixels(figure: object, dpi: float, pixel_ratio: float) -> RenderedChart:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    assert isinstance(figure, Figure)
    empty = not figure.axes
    figure.set_dpi(dpi * pixel_ratio)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    width, height = canvas.get_width_height()
    rgba = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    return RenderedChart(rgba, width, height, pixel_ratio, empty)


def draw_wheel(comparison: Comparison, theme: str, size_px: tuple[int, int], dpi: float,
               pixel_ratio: float) -> RenderedChart:
    """Runs on a worker: the wheel (beside last time's) at the size it is shown."""
    from recovery_journal.charts import ChartTheme
    from recovery_journal.charts.life_check import wheel
    from recovery_journal.charts.style import new_figure

    chart_theme = ChartTheme.named(theme)
    figure = new_figure(chart_theme, size_px[0] / dpi, size_px[1] / dpi)
    return _pixels(wheel(comparison, chart_theme, figure, QtLanguage()), dpi, pixel_ratio)


def draw_history(histories: Sequence[AreaHistory], theme: str, size_px: tuple[int, int],
                 dpi: float, pixel_ratio: float) -> RenderedChart:
    """Runs on a worker: one small panel per area with its ratings over time."""
    from recovery_journal.charts import ChartTheme
    from recovery_journal.charts.life_check import history
    from recovery_journal.charts.style import new_figure

    chart_theme = ChartTheme.named(theme)
    figure = new_figure(chart_theme, size_px[0] / dpi, size_px[1] / dpi)
    return _pixels(history(histories, chart_theme, figure, QtLanguage()), dpi, pixel_ratio)
