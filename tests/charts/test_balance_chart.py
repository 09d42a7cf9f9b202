"""Life balance is a labelled bar chart: names beside bars, counts on bars, the unit in words."""

from __future__ import annotations

from datetime import timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from recovery_journal.charts import ChartOptions, ChartTheme, build_figure, load_chart_data
from recovery_journal.charts.balance import UNIT, name_width
from recovery_journal.storage.repositories import Repositories
from tests.charts.conftest import END
from tests.charts.test_layout import outside


def drawn(repos: Repositories, size: tuple[float, float]) -> Figure:
    data = load_chart_data(repos, "life-balance",
                           ChartOptions(start=END - timedelta(days=29), end=END))
    figure = build_figure(data, ChartTheme.named("light"), width_in=size[0], height_in=size[1])
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    return figure


def test_bars_with_names_counts_and_the_unit(ten_years: Repositories) -> None:
    areas = [d.name for d in ten_years.life_domains.list()]
    for size in ((8.5, 3.85), (4.3, 3.85)):
        figure = drawn(ten_years, size)
        (ax,) = figure.axes
        assert ax.name == "rectilinear"  # no wheel with rings of unnamed numbers
        # Each name, then (the ten years hold life checks) the person's own rating under it.
        labels = [t.get_text().rsplit("\n", 1) for t in ax.get_yticklabels()]
        assert all(rating.startswith("you rated ") for _name, rating in labels)
        names = [name.replace("\n", " ") for name, _rating in labels]
        assert names == areas
        assert " ".join(ax.get_xlabel().split()) == UNIT
        counts = [t.get_text() for t in ax.texts if isinstance(t, Text)]
        assert any(c.isdigit() for c in counts)
        # Names are large enough to read: the chart's own size, never shrunk to fit.
        assert min(t.get_fontsize() for t in ax.get_yticklabels()) >= 8
        # matplotlib keeps (but never draws) a tick label past the axis's end: not counted.
        low, high = ax.get_xlim()
        undrawn = {id(label) for loc, label in zip(ax.get_xticks(), ax.get_xticklabels(),
                                                   strict=True) if not low <= loc <= high}
        texts = [t for t in figure.findobj(Text) if isinstance(t, Text) and id(t) not in undrawn]
        assert outside(figure, texts) == []


def test_the_summary_says_of_what(ten_years: Repositories) -> None:
    data = load_chart_data(ten_years, "life-balance",
                           ChartOptions(start=END - timedelta(days=29), end=END))
    assert "things you linked to a life area)" in data.summary
    assert "not a score" in data.how_to_read


def test_names_wrap_only_as_far_as_they_must() -> None:
    assert name_width(["Work & meaningful activity"], 1) == 26
    assert name_width(["Work & meaningful activity"], 2) < 26
