"""Nothing is cut off: keys, legends and labels stay inside the figure, at large text too.

The Insights page shows larger text by drawing at a higher dpi, so a figure gets fewer
inches for the same pixels; `width_in=4.3` is a card 820 px wide at 200 % text.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from recovery_journal.charts import ChartOptions, ChartTheme, build_figure, load_chart_data
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.charts.conftest import END

SIZES = [(8.5, 3.85), (4.3, 3.85)]


def drawn(repos: Repositories, name: str, days: int, size: tuple[float, float]) -> Figure:
    options = ChartOptions(start=END - timedelta(days=days - 1), end=END)
    figure = build_figure(load_chart_data(repos, name, options), ChartTheme.named("light"),
                          width_in=size[0], height_in=size[1])
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    return figure


def legend_texts(figure: Figure) -> list[Text]:
    return [text for legend in [*figure.legends, *(ax.get_legend() for ax in figure.axes)]
            if legend is not None for text in legend.get_texts()]


def outside(figure: Figure, texts: list[Text] | None = None) -> list[str]:
    """Visible texts that reach past the figure's edges (a pixel of slack)."""
    box = figure.bbox
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    found = []
    for text in figure.findobj(Text) if texts is None else texts:
        if not isinstance(text, Text) or not text.get_visible() or not text.get_text():
            continue
        extent = text.get_window_extent(renderer)
        if (extent.x0 < box.x0 - 1 or extent.x1 > box.x1 + 1 or extent.y0 < box.y0 - 1
                or extent.y1 > box.y1 + 1):
            found.append(text.get_text())
    return found


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("days", [30, 91, 365])
def test_the_calendar_key_is_whole(ten_years: Repositories, days: int,
                                   size: tuple[float, float]) -> None:
    figure = drawn(ten_years, "calendar", days, size)
    texts = [t.get_text() for t in figure.findobj(Text) if isinstance(t, Text)]
    assert "Mood, from 0 to 10" in texts
    assert outside(figure) == []


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", ["mood-hope", "measures", "before-after", "tags",
                                  "life-balance"])
def test_legends_wrap_instead_of_being_cut_off(ten_years: Repositories, name: str,
                                               size: tuple[float, float]) -> None:
    figure = drawn(ten_years, name, 365, size)
    texts = legend_texts(figure)
    assert texts
    assert outside(figure, texts) == []


def test_a_long_goal_name_wraps_beside_its_lane_and_is_whole_in_the_table(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    title = "Volunteer at the community garden on Saturday mornings with my neighbour"
    goal = repos.goals.add(title)
    for day, progress in ((END - timedelta(days=20), 20), (END, 60)):
        repos.goals.add_review(goal.id, day, progress)
    for size in SIZES:
        figure = drawn(repos, "goals", 30, size)
        (label,) = [t.get_text() for t in figure.axes[0].get_yticklabels()]
        assert "\n" in label
        assert label.replace("\n", " ").startswith("Volunteer at the community")
        # The review on the period's last day keeps its number inside the figure.
        assert outside(figure) == []
    data = load_chart_data(repos, "goals", ChartOptions(start=END - timedelta(days=29), end=END))
    assert any(title in row for row in data.table_rows)


@pytest.mark.parametrize("name", ["strengths", "feelings", "life-balance"])
def test_an_axis_label_with_words_still_sits_below_its_tick_labels(
        ten_years: Repositories, name: str) -> None:
    # Empty axis labels are pinned to save time (style.fix_empty_axis_labels); one with
    # words must still be placed by matplotlib, clear of the numbers above it.
    figure = drawn(ten_years, name, 365, SIZES[1])
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    labelled = [ax for ax in figure.axes if ax.get_visible() and ax.xaxis.label.get_text()]
    assert labelled
    for ax in labelled:
        ticks = [t.get_window_extent(renderer) for t in ax.get_xticklabels()
                 if t.get_visible() and t.get_text()]
        assert ticks
        assert ax.xaxis.label.get_window_extent(renderer).y1 <= min(t.y0 for t in ticks)
