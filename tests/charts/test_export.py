"""Exported files: no metadata but the title, the same bytes every time, whole or not at all."""

from __future__ import annotations

import os
import stat
import struct
from datetime import date, timedelta
from pathlib import Path

import pytest

from recovery_journal.charts import (
    ChartOptions,
    ChartTheme,
    build_figure,
    export_figure,
    load_chart_data,
)
from recovery_journal.files import OutputRefusedError
from recovery_journal.storage.repositories import Repositories
from tests.charts.conftest import END

BANNED = (b"matplotlib", b"Matplotlib", b"Creator", b"Producer", b"CreationDate", b"Software",
          b"ModDate")


def export_twice(repos: Repositories, folder: Path, name: str, suffix: str,
                 title: str = "") -> tuple[bytes, bytes]:
    data = load_chart_data(repos, name, ChartOptions(start=END - timedelta(days=29), end=END))
    found = []
    for i in range(2):
        # A fresh figure each time, as the page and the command line would make; small, as
        # 300 dpi costs time.
        figure = build_figure(data, ChartTheme.named("light"), width_in=3, height_in=2)
        path = folder / f"{i}{suffix}"
        export_figure(figure, path, title=title)
        found.append(path.read_bytes())
    return found[0], found[1]


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
@pytest.mark.parametrize("name", ["mood-hope", "calendar", "life-balance"])
def test_metadata_is_clean_and_bytes_repeat(
    one_day: Repositories, tmp_path: Path, name: str, suffix: str
) -> None:
    first, second = export_twice(one_day, tmp_path, name, suffix)
    assert first == second
    for word in BANNED:
        assert word not in first, word
    for private in (str(tmp_path), os.environ["HOME"], str(Path.cwd())):
        assert private.encode() not in first
    assert b"2025-12" not in first and b"2026" not in first  # no date stamped in


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_the_chosen_title_is_kept(one_day: Repositories, tmp_path: Path, suffix: str) -> None:
    first, _ = export_twice(one_day, tmp_path, "goals", suffix, title="For Dr Okafor")
    assert b"For Dr Okafor" in first


def test_png_is_300_dpi_and_private(one_day: Repositories, tmp_path: Path) -> None:
    data = load_chart_data(one_day, "strengths", ChartOptions(start=END, end=END))
    path = tmp_path / "chart.PNG"
    export_figure(build_figure(data, ChartTheme.named("dark"), width_in=4, height_in=3), path)
    raw = path.read_bytes()
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", raw[16:24]) == (1200, 900)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_other_formats_are_refused_and_nothing_is_left(
    one_day: Repositories, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    data = load_chart_data(one_day, "goals", ChartOptions(start=END, end=END))
    figure = build_figure(data, ChartTheme.named("light"))
    with pytest.raises(ValueError, match=r"\.png, \.svg or \.pdf"):
        export_figure(figure, folder / "chart.jpg")
    # A folder in the way is refused with a message, and no temporary file stays behind.
    (folder / "taken.png").mkdir()
    with pytest.raises(OutputRefusedError, match="it is a folder"):
        export_figure(figure, folder / "taken.png")
    assert sorted(p.name for p in folder.iterdir()) == ["taken.png"]


def test_an_existing_file_is_replaced_whole(one_day: Repositories, tmp_path: Path) -> None:
    path = tmp_path / "chart.svg"
    path.write_bytes(b"old")
    data = load_chart_data(one_day, "mood-hope", ChartOptions(start=END, end=END))
    export_figure(build_figure(data, ChartTheme.named("light")), path)
    assert path.read_bytes().startswith(b"<?xml") and path.read_bytes().rstrip().endswith(b"</svg>")


@pytest.mark.parametrize("name", ["mood-hope", "calendar", "life-balance", "goals"])
def test_a_heading_is_drawn_above_the_chart_inside_the_image(one_day: Repositories,
                                                              name: str) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    from recovery_journal.charts import heading_for
    from recovery_journal.charts.style import heading_of
    from tests.charts.test_layout import outside

    data = load_chart_data(one_day, name, ChartOptions(start=END - timedelta(days=29), end=END))
    heading = heading_for(data)
    for width in (8.0, 4.3):
        figure = build_figure(data, ChartTheme.named("light"), width_in=width, height_in=3.85,
                              heading=heading)
        FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
        assert heading_of(figure) == heading
        # The heading is the topmost text, whole inside the image, above the axes.
        found = [t for t in figure.findobj(Text) if isinstance(t, Text)
                 and " ".join(t.get_text().split()) == heading]
        assert len(found) == 1 and outside(figure, found) == []
        top = max(ax.get_tightbbox().y1 for ax in figure.axes)  # type: ignore[union-attr]
        assert found[0].get_window_extent().y0 >= top - 1
    assert heading_of(build_figure(data, ChartTheme.named("light"))) == ""


def test_the_heading_names_the_period() -> None:
    from recovery_journal.insights.words import short_span

    assert short_span(date(2026, 11, 2), date(2026, 12, 1)) == "2 Nov – 1 Dec 2026"
    assert short_span(date(2025, 12, 30), date(2026, 1, 5)) == "30 Dec 2025 – 5 Jan 2026"
    assert short_span(date(2026, 12, 1), date(2026, 12, 1)) == "1 Dec 2026"
