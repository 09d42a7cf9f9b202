"""Every chart loads and draws for an empty vault, a single day and ten years, in every theme."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from recovery_journal.charts import (
    CHART_NAMES,
    CHART_TITLES,
    ChartData,
    ChartOptions,
    ChartTheme,
    build_figure,
    load_chart_data,
)
from recovery_journal.insights.language import English
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.charts.conftest import END


def drawn(data: ChartData, theme: str = "light") -> Figure:
    figure = build_figure(data, ChartTheme.named(theme), width_in=6, height_in=3.5)
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    return figure


def texts(figure: Figure) -> str:
    return " ".join(t.get_text() for t in figure.findobj(Text) if isinstance(t, Text))


def test_every_chart_has_a_title() -> None:
    assert set(CHART_TITLES) == set(CHART_NAMES) and len(CHART_NAMES) == 11


@pytest.mark.parametrize("name", CHART_NAMES)
def test_an_empty_vault_gives_a_calm_sentence(vault: Vault, name: str) -> None:
    data = load_chart_data(Repositories.from_vault(vault), name,
                           ChartOptions(start=END - timedelta(days=29), end=END))
    assert data.table_headers
    # Before and after names its two periods and life balance every life area, all empty.
    skip = {"before-after": 2, "life-balance": 1}.get(name, 0)
    assert bool(data.table_rows) == bool(skip) == data.has_table_rows
    assert all(set(row[skip:]) <= {"0", ""} for row in data.table_rows)
    assert data.summary.endswith(".") and "yet" in data.summary
    figure = drawn(data)
    assert not figure.get_axes()  # no empty axes, only the sentence
    assert "yet" in texts(figure)


@pytest.mark.parametrize("name", CHART_NAMES)
def test_a_single_day(one_day: Repositories, name: str) -> None:
    data = load_chart_data(one_day, name, ChartOptions(start=END, end=END, pivot_days=7))
    # One day can't show a tag on five days; every other chart has its numbers.
    assert bool(data.table_rows) == (name != "tags") == data.has_table_rows, data.summary
    assert all(len(row) == len(data.table_headers) for row in data.table_rows)
    figure = drawn(data, "dark")
    assert bool(figure.get_axes()) == (name != "tags")


@pytest.mark.parametrize("name", CHART_NAMES)
def test_ten_years(ten_years: Repositories, name: str) -> None:
    options = ChartOptions(start=END - timedelta(days=3652), end=END, pivot_tag="music")
    data = load_chart_data(ten_years, name, options)
    assert data.has_table_rows
    assert len(data.table_rows) > 0


@pytest.mark.parametrize(("name", "maker"), [("mood-hope", "over_time"),
                                             ("measures", "over_time"), ("calendar", "calendar")])
def test_a_table_of_every_day_is_made_only_when_asked_for(
    ten_years: Repositories, name: str, maker: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from recovery_journal.insights import tables

    made: list[str] = []
    real = getattr(tables, maker)

    def counted(*args: object, **kwargs: object) -> object:
        made.append(maker)
        return real(*args, **kwargs)

    monkeypatch.setattr(tables, maker, counted)
    data = load_chart_data(ten_years, name, ChartOptions(start=END - timedelta(days=3652),
                                                         end=END))
    assert data.has_table_rows and made == []
    rows = data.table_rows
    assert len(rows) > 1000 and data.table_headers[0] == "Day"
    assert data.table_rows is rows and made == [maker]  # made once, then kept
    again = load_chart_data(ten_years, name, ChartOptions(start=END - timedelta(days=3652),
                                                          end=END))
    assert again.table_rows == rows and made == [maker, maker]
    assert "yet" not in data.summary
    drawn(data, "high_contrast")


def test_every_theme_is_distinct_and_never_red() -> None:
    themes = [ChartTheme.named(n) for n in ("light", "dark", "high_contrast")]
    assert len({t.background for t in themes}) == 3
    for theme in themes:
        for colour in theme.series:
            red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
            assert not (red > 180 and green < 100 and blue < 100), colour
    with pytest.raises(ValueError, match="light, dark or high_contrast"):
        ChartTheme.named("pink")


def test_the_mood_summary_compares_with_the_period_before(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    from datetime import UTC, datetime

    for day, mood in ((END - timedelta(days=1), 4), (END - timedelta(days=3), 5),
                      (END, 6), (END, 7)):
        repos.checkins.add(recorded_at=datetime.combine(day, datetime.min.time(), UTC),
                           values={"mood": mood})
    data = load_chart_data(repos, "mood-hope", ChartOptions(start=END - timedelta(days=1),
                                                            end=END))
    assert data.summary == ("Your mood averaged 5.2 from 30 to 31 December 2025, up from 5.0 "
                            "in the 2 days before.")


def test_tags_summary_says_together_not_cause(ten_years: Repositories) -> None:
    data = load_chart_data(ten_years, "tags", ChartOptions(start=date(2025, 1, 1), end=END))
    assert "not what causes what" in data.summary
    assert data.table_headers[:3] == ("Tag", "Days with it", "Days without it")


def test_the_tags_chart_steps_its_scale_in_whole_numbers(ten_years: Repositories) -> None:
    # "0.0 2.5 … 10.0" ran the two panels' labels together at 200 % text.
    figure = drawn(load_chart_data(ten_years, "tags", ChartOptions(start=date(2025, 1, 1),
                                                                   end=END)))
    for ax in figure.axes:
        assert [label.get_text() for label in ax.get_xticklabels()] == [
            "0", "2", "4", "6", "8", "10"]


class _LongerTitles(English):
    """English, but the strengths chart's panel titles as long as the Welsh."""

    def translate(self, context: str, source: str, *args: object, n: int | None = None) -> str:
        longer = {"By strength": "Fesul cryfder", "By life area": "Fesul maes bywyd"}
        return super().translate(context, longer.get(source, source), *args, n=n)


def test_a_long_panel_title_stays_inside_a_narrow_chart(ten_years: Repositories) -> None:
    # At 200 % text a chart is about five inches wide: the Welsh "Fesul maes bywyd" ran off it.
    options = ChartOptions(start=date(2025, 1, 1), end=END, language=_LongerTitles())
    figure = build_figure(load_chart_data(ten_years, "strengths", options),
                          ChartTheme.named("light"), width_in=5, height_in=3.5)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    renderer = canvas.get_renderer()
    titles = [t for t in figure.findobj(Text) if isinstance(t, Text)
              and " ".join(t.get_text().split()) in ("Fesul cryfder", "Fesul maes bywyd")]
    assert len(titles) == 2
    for title in titles:
        box = title.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= figure.bbox.width, title.get_text()


def test_a_date_axis_finds_its_ticks_once(ten_years: Repositories) -> None:
    # AutoDateLocator worked the same ticks out again for every layout pass and draw.
    from matplotlib.ticker import FixedLocator

    figure = drawn(load_chart_data(ten_years, "measures", ChartOptions(start=date(2016, 1, 1),
                                                                       end=END)))
    from matplotlib.ticker import NullLocator

    # The panels above the lowest of each column carry no dates at all.
    assert all(isinstance(ax.xaxis.get_major_locator(), FixedLocator | NullLocator)
               for ax in figure.axes)
    columns = 1 if len(figure.axes) <= 3 else 2
    assert sum(isinstance(ax.xaxis.get_major_locator(), FixedLocator)
               for ax in figure.axes) == columns
    labels = [label.get_text() for ax in figure.axes for label in ax.get_xticklabels()]
    labels = [text for text in labels if text]
    assert labels and all(text.isdigit() and len(text) == 4 for text in labels), labels


def test_a_year_or_two_on_a_narrow_axis_draws_without_a_warning(
    ten_years: Repositories,
) -> None:
    # AutoDateLocator found no interval it liked and printed so (and took every 6 months).
    import warnings

    data = load_chart_data(ten_years, "goals", ChartOptions(start=END - timedelta(days=420),
                                                            end=END))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = build_figure(data, ChartTheme.named("light"), width_in=4, height_in=3.5)
        FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    labels = [label.get_text() for ax in figure.axes for label in ax.get_xticklabels()]
    assert len([text for text in labels if text]) >= 2


def test_before_after_around_a_tag_never_used(one_day: Repositories) -> None:
    data = load_chart_data(one_day, "before-after",
                           ChartOptions(start=END, end=END, pivot_tag="never used"))
    assert data.payload is None and "hasn't been used yet" in data.summary
    assert "hasn't been used yet" in texts(drawn(data))


def test_before_after_around_a_date(one_day: Repositories) -> None:
    data = load_chart_data(one_day, "before-after", ChartOptions(
        start=END, end=END, pivot_date=END - timedelta(days=2), pivot_days=5))
    assert data.table_rows[1][1:] == ("5", "1", "6")  # a whole number stays whole
    assert "had no check-ins in the 5 days before" in data.summary


def test_unknown_names_are_refused(one_day: Repositories) -> None:
    with pytest.raises(ValueError, match="no chart"):
        load_chart_data(one_day, "pie", ChartOptions(start=END, end=END))
    with pytest.raises(ValueError, match="no measure"):
        load_chart_data(one_day, "calendar",
                        ChartOptions(start=END, end=END, calendar_measure="nope"))


def test_measures_small_multiples_for_chosen_keys(one_day: Repositories) -> None:
    data = load_chart_data(one_day, "measures", ChartOptions(
        start=END, end=END, measure_keys=("sleep_hours",)))
    assert data.table_headers == ("Day", "Sleep hours", "Sleep hours: 7-day average")
    assert data.summary == "On 31 December 2025, your sleep hours averaged 8.0."


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_the_year_in_pixels_is_handed_over_as_bytes_drawn_the_same(
    ten_years: Repositories, theme: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import numpy as np

    from recovery_journal.charts import calendar

    data = load_chart_data(ten_years, "calendar", ChartOptions(start=END - timedelta(days=3652),
                                                               end=END))
    figure = drawn(data, theme)
    # Bytes: given floats, matplotlib scales them to the figure's pixels as floats (10 MiB
    # more at the peak of drawing ten years).
    assert np.asarray(figure.axes[0].images[0].get_array()).dtype == np.uint8
    as_bytes = np.asarray(figure.canvas.buffer_rgba())  # type: ignore[attr-defined]
    monkeypatch.setattr(calendar, "_image", calendar._colours)  # the colours as floats
    as_floats = drawn(data, theme)
    assert np.asarray(as_floats.axes[0].images[0].get_array()).dtype == np.float64
    assert np.array_equal(np.asarray(as_floats.canvas.buffer_rgba()),  # type: ignore[attr-defined]
                          as_bytes)
