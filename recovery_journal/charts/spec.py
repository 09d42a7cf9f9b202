"""What a chart is: the options it is drawn for, its colours, its spec and its loaded data.

Cheap to import (no matplotlib, numpy or storage): the Insights page reads the chart registry
while it is built, long before anything is read or drawn. A `ChartSpec[P]` ties a chart's
loader to its builder through `P`, the type of the payload one makes and the other draws, so
no caller ever checks what a payload is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from recovery_journal.insights.language import ENGLISH, Language

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from recovery_journal.storage.repositories import Repositories

P = TypeVar("P")
Table = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    """Mark `text` for translation in `context` without Qt; the UI translates it when shown."""
    return text


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
    # A questionnaire whose questions are drawn one by one beside its total ("" for none).
    questionnaire_items: str = ""
    # Changes in the person's supports as marks on time charts (the control's default is on).
    show_supports: bool = True
    # A change in the person's supports to compare around (its event id), instead of a date.
    pivot_support_event: int | None = None
    # The words of the summary, legends and table (the window passes the person's language).
    language: Language = field(default=ENGLISH, compare=False)


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
class Deferred:
    """A table made only when first asked for, and whether it has a row (known without it).

    A day-by-day table of ten years is 20,000-40,000 strings: Insights made one for every
    chart it drew (30-40 ms of the redraw, 3-4 MiB kept), though "Show as table" is seldom
    opened.
    """

    make: Callable[[], Table]
    has_rows: bool


@dataclass(frozen=True)
class Computed(Generic[P]):
    """What a chart's loader works out: the payload to draw, its sentence and its table (or
    how to make it), and `start` when the chart shows more than the period asked for (the
    year view: 1 January)."""

    payload: P
    summary: str
    table: Table | Deferred
    start: date | None = None


class ChartData(Protocol):
    """A loaded chart, whatever its payload: all a screen, a file or a report needs of it."""

    @property
    def name(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def options(self) -> ChartOptions: ...

    @property
    def summary(self) -> str: ...

    @property
    def how_to_read(self) -> str: ...

    @property
    def table_headers(self) -> tuple[str, ...]: ...

    @property
    def table_rows(self) -> tuple[tuple[str, ...], ...]: ...

    @property
    def has_table_rows(self) -> bool: ...

    def draw(self, theme: ChartTheme, figure: Figure) -> Figure:
        """Draw the chart on `figure`, which was made in `theme`'s colours."""
        ...


@dataclass(frozen=True)
class LoadedChart(Generic[P]):
    """Everything chart `spec` needs, as plain values: computed once, drawn in any theme."""

    spec: ChartSpec[P]
    options: ChartOptions
    payload: P
    summary: str
    # The table follows from the payload, so it takes no part in comparing two charts.
    table_source: Table | Deferred = field(compare=False, repr=False)

    @cached_property
    def _table(self) -> Table:
        source = self.table_source
        return source.make() if isinstance(source, Deferred) else source

    @property
    def table_headers(self) -> tuple[str, ...]:
        """The headers of the chart's numbers as a table."""
        return self._table[0]

    @property
    def table_rows(self) -> tuple[tuple[str, ...], ...]:
        """The chart's numbers as rows of text (made when first asked for)."""
        return self._table[1]

    @property
    def has_table_rows(self) -> bool:
        """Whether the table has a row, without making a deferred one."""
        source = self.table_source
        return source.has_rows if isinstance(source, Deferred) else bool(source[1])

    @property
    def name(self) -> str:
        """The chart's name, as files and the command line know it."""
        return self.spec.name

    @property
    def title(self) -> str:
        """The chart's title in plain words."""
        return self.spec.title

    @property
    def how_to_read(self) -> str:
        """The line on how to read the chart, worded after what is drawn for this data."""
        if self.spec.explain is None:
            return self.spec.about
        return self.spec.explain(self.payload, self.spec.about)

    def draw(self, theme: ChartTheme, figure: Figure) -> Figure:
        """Draw the payload on `figure`, which was made in `theme`'s colours."""
        return self.spec.builder(self, theme, figure)


class ChartKind(Protocol):
    """Any chart in the registry, whatever its payload."""

    @property
    def name(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def about(self) -> str: ...

    def load(self, repos: Repositories, options: ChartOptions) -> ChartData:
        """Read what the chart needs for `options` and compute its numbers."""
        ...


# The days a chart can cover. Averages reach a month before the start and the year view to the
# end of its year, so the very ends of Python's calendar (years 1 and 9999) are out of reach;
# nobody's check-ins lie outside these either.
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)


@dataclass(frozen=True)
class ChartSpec(Generic[P]):
    """One chart: its name, title and a line on how to read it, the loader that makes a `P` and
    the builder that draws it; `explain` rewords the line for what a payload draws (given
    `about` to fall back on)."""

    name: str
    title: str
    about: str
    loader: Callable[[Repositories, ChartOptions], Computed[P]]
    builder: Callable[[LoadedChart[P], ChartTheme, Figure], Figure]
    explain: Callable[[P, str], str] | None = None

    def load(self, repos: Repositories, options: ChartOptions) -> LoadedChart[P]:
        """Read and compute this chart for `options`; a range given backwards is turned round,
        and one reaching past what a chart can hold (EARLIEST..LATEST) is cut to it."""
        if options.end < options.start:
            options = replace(options, start=options.end, end=options.start)
        options = replace(options, start=min(max(options.start, EARLIEST), LATEST),
                          end=max(min(options.end, LATEST), EARLIEST))
        done = self.loader(repos, options)
        if done.start is not None:
            options = replace(options, start=done.start)
        return LoadedChart(self, options, done.payload, done.summary, done.table)
