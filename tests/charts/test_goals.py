"""The goals chart hides nothing: reviews that coincide stay apart, and an empty panel is words."""

from __future__ import annotations

from datetime import timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from recovery_journal.charts import ChartOptions, ChartTheme, build_figure, load_chart_data
from recovery_journal.charts.goals import point_label
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.charts.conftest import END
from tests.charts.test_layout import outside

OPTIONS = ChartOptions(start=END - timedelta(days=29), end=END)


def drawn(repos: Repositories, width: float = 8.0) -> Figure:
    data = load_chart_data(repos, "goals", OPTIONS)
    figure = build_figure(data, ChartTheme.named("light"), width_in=width, height_in=4.5)
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    return figure


def texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text) if isinstance(t, Text)]


def test_three_goals_at_65_on_one_day_are_three_points_apart(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    for name in ("Volunteer", "Return to work", "Call Mum"):
        repos.goals.add_review(repos.goals.add(name).id, END, 65)
    figure = drawn(repos)
    (ax,) = figure.axes  # no steps were done: no empty steps panel
    points = [(float(line.get_xdata()[0]), float(line.get_ydata()[0]))  # type: ignore[index]
              for line in ax.get_lines() if line.get_marker() not in ("", "None")]
    assert len(points) == 3 and len(set(points)) == 3
    assert texts(figure).count("65%") == 3
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Volunteer", "Return to work",
                                                            "Call Mum"]
    for width in (8.0, 4.3):
        assert outside(drawn(repos, width)) == []


def test_reviews_of_one_goal_on_one_day_are_counted() -> None:
    assert point_label([65]) == "65%"
    assert point_label([65, 65, 65]) == "65% ×3"
    assert point_label([40, 65]) == "40 → 65%"


def test_no_steps_done_is_said_in_words_not_an_empty_box(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    repos.goals.add_review(repos.goals.add("Walk").id, END - timedelta(days=3), 30)
    figure = drawn(repos)
    assert len(figure.axes) == 1
    assert "No goal steps were marked done in this period." in texts(figure)
    assert "Steps done, added up" not in texts(figure)
    data = load_chart_data(repos, "goals", OPTIONS)
    assert "Left" not in data.how_to_read and "band of its own" in data.how_to_read


def test_steps_and_reviews_are_two_panels(one_day: Repositories) -> None:
    figure = drawn(one_day)
    assert len(figure.axes) == 2
    assert {"Steps done, added up", "Progress at reviews"} <= set(texts(figure))


def test_numbers_that_would_touch_are_thinned_from_the_latest() -> None:
    from recovery_journal.charts.goals import labelled_points

    assert labelled_points([0.0, 1.0, 2.0], 0.5) == [2, 1, 0]
    assert labelled_points([0.0, 1.7, 1.8, 2.0], 0.5) == [3, 0]
