"""Charts a person can read: load the numbers, build a matplotlib Figure, export it cleanly.

matplotlib is imported only inside the functions that need it, so importing this package stays
cheap; the Insights page and the command line code against these names only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from recovery_journal.storage.repositories import Repositories

CHART_NAMES: tuple[str, ...] = (
    "mood-hope",
    "measures",
    "calendar",
    "tags",
    "before-after",
    "strengths",
    "goals",
    "life-balance",
)

CHART_TITLES: dict[str, str] = {
    "mood-hope": "Mood and hope over time",
    "measures": "Your measures over time",
    "calendar": "Year in pixels",
    "tags": "What goes with better days",
    "before-after": "Before and after",
    "strengths": "Strengths used",
    "goals": "Goals",
    "life-balance": "Life balance",
}


@dataclass(frozen=True)
class ChartOptions:
    """What to chart: the date range and the choices some charts take."""

    start: date
    end: date
    measure_keys: tuple[str, ...] = ()
    calendar_measure: str = "mood"
    pivot_date: date | None = None
    pivot_tag: str | None = None
    pivot_measure: str = "mood"
    pivot_days: int = 30


@dataclass(frozen=True)
class ChartTheme:
    """Chart colours as "#rrggbb"; series colours are colour-blind-safe, never red for low."""

    name: str
    foreground: str
    background: str
    grid: str
    muted: str
    series: tuple[str, ...]

    @classmethod
    def named(cls, name: str) -> ChartTheme:
        """One of the built-in themes: "light", "dark" or "high_contrast"."""
        from recovery_journal.charts.style import theme_named

        return theme_named(name)


@dataclass(frozen=True)
class ChartData:
    """Everything a chart needs, as plain values: computed once, drawn in any theme."""

    name: str
    options: ChartOptions
    payload: object
    summary: str
    table_headers: tuple[str, ...]
    table_rows: tuple[tuple[str, ...], ...]


def load_chart_data(repos: Repositories, name: str, options: ChartOptions) -> ChartData:
    """Read what chart `name` needs for `options` and compute its numbers, summary and table."""
    from recovery_journal.charts.data import load

    return load(repos, name, options)


def build_figure(
    data: ChartData, theme: ChartTheme, *, width_in: float = 8, height_in: float = 4.5
) -> Figure:
    """Draw `data` as a new Figure in `theme`; pure, so safe off the GUI thread."""
    from recovery_journal.charts.build import build

    return build(data, theme, width_in=width_in, height_in=height_in)


def export_figure(figure: Figure, path: Path, *, title: str = "") -> None:
    """Save `figure` as PNG (300 dpi), SVG or PDF by extension, with no metadata but `title`."""
    from recovery_journal.charts.export import export

    export(figure, path, title=title)


__all__ = [
    "CHART_NAMES",
    "CHART_TITLES",
    "ChartData",
    "ChartOptions",
    "ChartTheme",
    "build_figure",
    "export_figure",
    "load_chart_data",
]
