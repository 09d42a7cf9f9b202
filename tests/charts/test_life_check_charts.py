"""Life check charts on hand-made records: empty, one check, two, and ten years of them."""

from __future__ import annotations

import os
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from recovery_journal.charts import ChartTheme
from recovery_journal.charts.life_check import (
    NO_HISTORY,
    NOTHING_RATED,
    SKIPPED,
    history,
    wheel,
)
from recovery_journal.charts.style import new_figure
from recovery_journal.insights.life_check import compare
from recovery_journal.insights.life_check import history as area_history
from recovery_journal.model import LifeCheck, LifeDomain, LifeRating
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.charts.test_layout import outside

NAMES = ["Work & meaningful activity", "Learning", "Relationships & family",
         "Friends & social life", "Community", "Spirituality & faith", "Culture & identity",
         "Physical health", "Emotional wellbeing", "Home & money"]
DOMAINS = [LifeDomain(i + 1, name, i, False) for i, name in enumerate(NAMES)]
# Set LIFE_CHECK_PNG to a folder to keep the pictures for looking at.
KEEP = os.environ.get("LIFE_CHECK_PNG", "")


def checks(count: int, skip_some: bool = True) -> list[LifeCheck]:
    rng = random.Random(16)
    start = date(2016, 1, 4)
    made = []
    for n in range(count):
        day = start + timedelta(weeks=4 * n)
        ratings = tuple(
            LifeRating(d.id, None if skip_some and rng.random() < 0.1 else rng.randint(1, 7))
            for d in DOMAINS
        )
        made.append(LifeCheck(n + 1, datetime(day.year, day.month, day.day, tzinfo=UTC), day,
                              ratings))
    return made


def drawn(build: str, records: list[LifeCheck], theme: str, size: tuple[float, float],
          name: str) -> Figure:
    figure = new_figure(ChartTheme.named(theme), *size)
    if build == "wheel":
        previous = records[-2] if len(records) > 1 else None
        current = records[-1] if records else LifeCheck(1, datetime(2026, 1, 1, tzinfo=UTC),
                                                        date(2026, 1, 1), ())
        wheel(compare(current, previous, DOMAINS), ChartTheme.named(theme), figure)
    else:
        history(area_history(records, DOMAINS), ChartTheme.named(theme), figure)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    if KEEP:
        figure.savefig(Path(KEEP) / f"{name}.png")
    return figure


def texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text) if isinstance(t, Text) and t.get_text()]


@pytest.mark.parametrize("build, message", [("wheel", NOTHING_RATED), ("history", NO_HISTORY)])
def test_nothing_yet_is_a_calm_sentence(build: str, message: str) -> None:
    figure = drawn(build, [], "light", (8, 4), f"{build}-empty")
    assert not figure.axes
    assert texts(figure) == [message]


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("size", [(8.5, 4.2), (4.3, 8)])
def test_the_wheel_names_every_area_and_numbers_every_point(
    theme: str, size: tuple[float, float]
) -> None:
    records = checks(2)
    figure = drawn("wheel", records, theme, size, f"wheel-{theme}-{size[0]}")
    assert [ax.name for ax in figure.axes] == ["polar", "polar"]
    for ax, check in zip(figure.axes, records, strict=True):
        spokes = [t.get_text().replace("\n", " ") for t in ax.get_xticklabels()]
        assert spokes == [
            name + ("" if r.rating is not None else SKIPPED)
            for name, r in zip(NAMES, check.ratings, strict=True)
        ]
        numbers = sorted(t.get_text() for t in ax.texts)
        assert numbers == sorted(str(r.rating) for r in check.ratings if r.rating is not None)
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == ["Last time (4 Jan 2016)", "This life check (1 Feb 2016)"]
    # No axes titles: saved at the report's 170 dpi, a polar title was cut off at the top.
    assert all(not ax.get_title() for ax in figure.axes)
    assert outside(figure) == []


def test_a_first_check_is_one_wheel() -> None:
    figure = drawn("wheel", checks(1), "light", (6, 4.2), "wheel-first")
    assert len(figure.axes) == 1
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == ["This life check (4 Jan 2016)"]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_ten_years_of_history_is_one_panel_per_area(theme: str) -> None:
    records = checks(131)  # every four weeks for ten years
    figure = drawn("history", records, theme, (8.5, 6), f"history-{theme}")
    shown = [ax for ax in figure.axes if ax.get_visible()]
    assert [ax.get_title(loc="left").split(":")[0] for ax in shown] == NAMES
    assert outside(figure, drawn_texts(figure)) == []


def drawn_texts(figure: Figure) -> list[Text]:
    """Every text but the tick labels matplotlib keeps, undrawn, past an axis's end."""
    undrawn = set()
    for ax in figure.axes:
        low, high = ax.get_xlim()
        undrawn |= {id(tick.label1) for tick in ax.xaxis.get_major_ticks()
                    if not low <= tick.get_loc() <= high}
    return [t for t in figure.findobj(Text) if isinstance(t, Text) and id(t) not in undrawn]


def test_life_balance_shows_ratings_under_the_area_names(repos_with_checks: Repositories) -> None:
    from recovery_journal.charts import ChartOptions, build_figure, load_chart_data
    from recovery_journal.charts.balance import RATED
    from recovery_journal.insights.language import fill

    data = load_chart_data(repos_with_checks, "life-balance",
                           ChartOptions(start=date(2026, 11, 1), end=date(2026, 11, 30)))
    figure = build_figure(data, ChartTheme.named("light"), width_in=8.5, height_in=4.6)
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    if KEEP:
        figure.savefig(Path(KEEP) / "balance-rated.png")
    (ax,) = figure.axes  # no activity yet, but the ratings are there to show
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0].endswith(fill(RATED, 5))
    assert not labels[1].endswith(fill(RATED, 5)) and "rated" not in labels[1]
    assert outside(figure) == []


@pytest.fixture
def repos_with_checks(vault: Vault) -> Repositories:
    repos = Repositories.from_vault(vault)
    work, learning, *_ = repos.life_domains.list()
    repos.life_checks.add(datetime(2026, 11, 10, 9, tzinfo=UTC),
                          [LifeRating(work.id, 5), LifeRating(learning.id, None, "A course")])
    return repos


def test_a_squarish_figure_draws_one_wheel_with_last_time_dashed() -> None:
    records = checks(2)
    figure = drawn("wheel", records, "light", (4.6, 4.4), "wheel-over")
    (ax,) = figure.axes
    assert ax.name == "polar"
    assert [t.get_text() for t in figure.legends[0].get_texts()] == [
        "Last time (4 Jan 2016)", "This life check (1 Feb 2016)"]
    # Numbers for this life check only; last time's are in the table.
    assert sorted(t.get_text() for t in ax.texts) == sorted(
        str(r.rating) for r in records[-1].ratings if r.rating is not None)
    assert outside(figure) == []
