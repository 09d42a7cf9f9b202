"""The questionnaires chart on an empty vault, a few answers and ten years of them."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from recovery_journal.charts import ChartOptions, ChartTheme, build_figure, load_chart_data
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

END = date(2025, 12, 31)


def _drawn(repos: Repositories, start: date, theme: str = "light") -> tuple[Figure, object]:
    data = load_chart_data(repos, "questionnaires", ChartOptions(start=start, end=END))
    figure = build_figure(data, ChartTheme.named(theme), width_in=6, height_in=5)
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    return figure, data


def _texts(figure: Figure) -> str:
    return " ".join(t.get_text() for t in figure.findobj(Text) if isinstance(t, Text))


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Repositories]:
    """PHQ-9 and GAD-7 every two weeks and ONS4 every week for ten years, some items blank."""
    path = tmp_path_factory.mktemp("questionnaires") / "ten.vault"
    vault = Vault.create(path, PASSPHRASE, kdf_iter=FAST_KDF)
    repos = Repositories.from_vault(vault)
    rng = random.Random(16)
    start = END - timedelta(days=3652)
    with vault.write():
        for week in range(522):
            day = start + timedelta(weeks=week)
            when = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
            repos.questionnaires.add("ons4", [rng.randint(0, 10) for _ in range(4)],
                                     taken_at=when)
            if week % 2 == 0:
                phq = [rng.randint(0, 3) for _ in range(9)]
                if rng.random() < 0.1:
                    phq[rng.randrange(9)] = None  # type: ignore[call-overload]
                repos.questionnaires.add("phq9", phq, taken_at=when)
                repos.questionnaires.add("gad7", [rng.randint(0, 3) for _ in range(7)],
                                         taken_at=when)
    yield repos
    vault.close()


def test_empty_vault_draws_a_calm_sentence(vault: Vault) -> None:
    figure, data = _drawn(Repositories.from_vault(vault), END - timedelta(days=29))
    assert "No questionnaires answered in this period yet." in _texts(figure)
    assert data.table_rows == ()  # type: ignore[attr-defined]


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_ten_years_draw_with_bands_named_and_every_value_in_the_table(
    ten_years: Repositories, theme: str,
) -> None:
    figure, data = _drawn(ten_years, END - timedelta(days=3652), theme)
    shown = _texts(figure)
    for label in ("PHQ-9", "GAD-7", "ONS4", "Minimal", "Moderately severe", "Severe"):
        assert label in shown
    rows = data.table_rows  # type: ignore[attr-defined]
    phq_rows = [row for row in rows if row[1] == "PHQ-9"]
    assert len(phq_rows) == len(ten_years.questionnaires.history("phq9"))
    blank = [row for row in phq_rows if row[3] == "no total"]
    assert blank and all("blank" in row[5] for row in blank)  # a blank item: no total
    assert "not a diagnosis" in data.summary  # type: ignore[attr-defined]
    # Bands are neutral: no red in anything drawn.
    for artist in figure.findobj():
        colour = getattr(artist, "get_facecolor", lambda: None)()
        if colour is not None and len(colour) == 4 and not hasattr(colour[0], "__len__"):
            red, green, blue, _ = colour
            assert not (red > 0.7 and green < 0.35 and blue < 0.35)
