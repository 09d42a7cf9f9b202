"""The words drawn on the charts in Welsh and Spanish: legends, axis labels, headings, month and
weekday names, notes and empty sentences, numbers with the language's decimal mark; English
draws exactly as before."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget
from pytestqt.qtbot import QtBot

from recovery_journal.charts import (
    CHART_NAMES,
    ChartOptions,
    ChartTheme,
    build_figure,
    heading_for,
    load_chart_data,
)
from recovery_journal.charts.life_check import history
from recovery_journal.charts.style import new_figure
from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.life_check import history as area_history
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.i18n import install_translations
from recovery_journal.ui.insights.controls import ChartControls
from recovery_journal.ui.language import QtLanguage
from tests.charts.conftest import END

# Set CHART_LANGUAGE_PNG to a folder to keep a Welsh and a Spanish chart for looking at.
KEEP = os.environ.get("CHART_LANGUAGE_PNG", "")
MONTH = (END - timedelta(days=29), END)
# (Over about 13 months the goals chart meets a matplotlib date-locator warning, language
# or not; a calendar year keeps clear of it.)
YEAR = (END - timedelta(days=364), END)
# English the charts draw themselves; none may be left in Welsh or Spanish. (Tag names, the
# questionnaires' licensed wording and the sentences worded in insights/ are not among them.)
ENGLISH_WORDS = (
    "Mood", "Hope", "Each day", "day average", "Usual range", "Lowest to highest",
    "A change in your supports", "Days with the tag", "Days without", "By strength",
    "By life area", "Times used", "Other strengths", "No check-in", "Before your first",
    "Still to come", "Steps done", "Progress at reviews", "This period", "days before",
    "This life check", "Last time", "you rated", "Things linked", "Learning", "Community",
    "Check-ins naming it", "mood", "hope", "Average before", "Average after", "Each day before",
    "Mon", "Wed", "Fri", "Sun", "from 0 to 10", "No goal", "No check-ins",
    "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)
SPOKEN = {
    "cy": ("Hwyliau", "Gobaith", "Pob diwrnod", "Cyfartaledd 7 diwrnod", "Ystod arferol",
           "Diwrnodau gyda’r tag", "Fesul cryfder", "Llun", "Rhag", "Tach", "Y cyfnod hwn",
           "Cyfartaledd cyn:", "Dysgu"),
    "es": ("Ánimo", "Esperanza", "Cada día", "Media de 7 días", "Rango habitual",
           "Días con la etiqueta", "Por fortaleza", "lun", "dic", "nov", "Este periodo",
           "Media antes:", "Aprendizaje"),
}



def _drawn(figure: Figure) -> list[str]:
    """Every text drawn, tick labels kept past an axis's end left out (never seen)."""
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
    unseen: set[int] = set()
    for ax in figure.axes:
        for axis, (low, high) in ((ax.xaxis, ax.get_xlim()), (ax.yaxis, ax.get_ylim())):
            low, high = min(low, high), max(low, high)
            unseen |= {id(tick.label1) for tick in axis.get_major_ticks()
                       if not low <= tick.get_loc() <= high}
    return [t.get_text() for t in figure.findobj(Text)
            if isinstance(t, Text) and t.get_text() and id(t) not in unseen]


def _options(span: tuple[date, date], lang: Language) -> ChartOptions:
    return ChartOptions(span[0], span[1], pivot_date=END - timedelta(days=14), language=lang)


def every_chart(repos: Repositories, lang: Language) -> dict[str, list[str]]:
    """Each chart's drawn words over a month and over a year, and the life check history's."""
    drawn: dict[str, list[str]] = {}
    for name in CHART_NAMES:
        for span in (MONTH, YEAR):
            data = load_chart_data(repos, name, _options(span, lang))
            figure = build_figure(data, ChartTheme.named("light"), width_in=8, height_in=4.5,
                                  heading=heading_for(data))
            drawn[f"{name} {span[0]}"] = _drawn(figure)
    checks = repos.life_checks.between(YEAR[0], YEAR[1])
    figure = new_figure(ChartTheme.named("light"), 8, 6)
    history(area_history(checks, repos.life_domains.list()), ChartTheme.named("light"), figure,
            lang)
    drawn["life check history"] = _drawn(figure)
    return drawn


def test_charts_draw_their_words_in_the_persons_language(
    language: str, ten_years: Repositories, tmp_path: Path,
) -> None:
    drawn = every_chart(ten_years, QtLanguage())
    everything = "\n".join(text for texts in drawn.values() for text in texts)
    for name, texts in drawn.items():
        for english in ENGLISH_WORDS:
            found = [t for t in texts if re.search(rf"\b{re.escape(english)}\b", t)]
            assert not found, (name, english, found)
    for word in SPOKEN[language]:
        assert word in everything, word
    if language == "es":
        # Averages with a decimal comma, in legends as on the bars.
        assert re.search(r"Media antes: \d,\d", everything)
        assert re.search(r"ánimo \d,\d", everything)
    # A saved chart's heading: the translated title and the period's dates in the language.
    data = load_chart_data(ten_years, "mood-hope", _options(MONTH, QtLanguage()))
    heading = heading_for(data, "T")
    assert heading == ("T, 2 Rhag – 31 Rhag 2025" if language == "cy" else "T, 2 dic – 31 dic 2025")
    # A long word or two more must still fit: render one to look at.
    out = Path(KEEP) if KEEP else tmp_path
    for name in ("mood-hope", "life-balance", "calendar"):
        data = load_chart_data(ten_years, name, _options(YEAR, QtLanguage()))
        build_figure(data, ChartTheme.named("light"), heading=heading_for(data, "Título")
                     ).savefig(out / f"{name}-{language}.png", dpi=100)


def test_empty_charts_say_so_in_the_persons_language(language: str, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    drawn = every_chart(repos, QtLanguage())
    for name, texts in drawn.items():
        assert texts, name
        for english in ("No check", "No goal", "No strength", "No feelings", "No life",
                        "No questionnaires", "Nothing linked", "yet."):
            assert not [t for t in texts if english in t], (name, english, texts)


def test_english_is_drawn_as_before(qapp: QApplication, ten_years: Repositories) -> None:
    install_translations(qapp, "en")
    through_qt = every_chart(ten_years, QtLanguage())
    by_hand = every_chart(ten_years, ENGLISH)
    assert through_qt == by_hand
    texts = "\n".join(text for drawn in by_hand.values() for text in drawn)
    for english in ("Mood", "7-day average", "Usual range over 7 days", "Each day before",
                    "Mon", "Dec", "Learning", "This period (2 Dec – 31 Dec 2025)"):
        assert english in texts, english
    data = load_chart_data(ten_years, "mood-hope", replace(_options(MONTH, ENGLISH)))
    assert heading_for(data) == "Mood and hope over time, 2 Dec – 31 Dec 2025"


def test_the_measure_choices_name_built_in_measures_in_the_persons_language(
    language: str, qtbot: QtBot, vault: Vault,
) -> None:
    repos = Repositories.from_vault(vault)
    repos.measures.add("Sleep hours", 0, 12)
    parent = QWidget()
    qtbot.addWidget(parent)
    controls = ChartControls(END, parent)
    controls.build_calendar(QGridLayout(), parent)
    controls.build_pivot(QGridLayout(), parent)
    controls.build_measures(QGridLayout(), parent)
    controls.set_measures(repos.measures.list())
    mood, hope = ("Hwyliau", "Gobaith") if language == "cy" else ("Ánimo", "Esperanza")
    for combo in (controls.calendar_measure, controls.pivot_measure):
        assert [combo.itemText(i) for i in range(combo.count())] == [mood, hope, "Sleep hours"]
        assert combo.itemData(0) == "mood"  # the choice is still the measure's key
    assert controls.measure_box("hope").text() == hope
    assert controls.measure_box("sleep_hours").text() == "Sleep hours"  # as the person typed it


def test_a_scale_with_decimals_is_drawn_with_a_decimal_comma_in_spanish(
    qapp: QApplication, vault: Vault,
) -> None:
    repos = Repositories.from_vault(vault)
    energy = repos.measures.add("Energy", 0, 1)
    for n in range(5):
        repos.checkins.add(recorded_at=datetime(2025, 12, 20 + n, 9, tzinfo=UTC),
                           values={energy.key: n / 4})
    options = ChartOptions(date(2025, 12, 1), END, measure_keys=(energy.key,))

    def ticks(lang: Language) -> list[str]:
        data = load_chart_data(repos, "measures", replace(options, language=lang))
        figure = build_figure(data, ChartTheme.named("light"))
        FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
        return [t.get_text() for t in figure.axes[0].get_yticklabels()]

    install_translations(qapp, "es")
    try:
        spanish = ticks(QtLanguage())
    finally:
        install_translations(qapp, "en")
    assert "0,5" in spanish and not any("." in tick for tick in spanish)
    assert "0.5" in ticks(ENGLISH)
