"""The words insights build for every chart (summary, "Show as table", notes) in Welsh and
Spanish through the app's own translator, and English exactly as before."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recovery_journal.charts import (
    CHART_NAMES,
    ChartData,
    ChartOptions,
    LoadedChart,
    heading_for,
    load_chart_data,
)
from recovery_journal.charts import screen_table as shown_table
from recovery_journal.insights.calendar import CalendarGrid
from recovery_journal.insights.questionnaires import QuestionnaireTrends
from recovery_journal.model import SupportKind
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.i18n import install_translations
from recovery_journal.ui.insights.table import ChartTableModel
from recovery_journal.ui.language import QtLanguage
from recovery_journal.ui.widgets.dates import friendly_day
from tests.charts.conftest import END

OPTIONS = ChartOptions(start=END - timedelta(days=89), end=END)
# Words of the English sentences and headers: none may be left in Welsh or Spanish.
ENGLISH_WORDS = ("averaged", " day", "check-in", "Your ", "You ", "This shows", "No ", "yet",
                 "Day", "with it", "average", "Goal", "Life area", "Counted by",
                 "Questionnaire", "Feeling", "Changes in your supports", "Started", " from ",
                 " to ", " on ")
# A phrase each language's sentences must hold, chart by chart.
EXPECTED = {
    "es": {"mood-hope": "Tu ánimo tuvo una media de", "tags": "no qué causa qué",
           "questionnaires": "Nada de esto es un diagnóstico.", "calendar": "cuadrados grises",
           "goals": "repaso de meta", "strengths": "Anotaste el uso de una fortaleza",
           "life-balance": "La mayor parte de tu actividad", "feelings": "nombraron un sentimiento",
           "before-after": "Tu ánimo: media de", "measures": "tuvo una media de"},
    "cy": {"mood-hope": "Roedd eich hwyliau ar gyfartaledd", "tags": "nid beth sy’n achosi beth",
           "questionnaires": "Nid diagnosis yw’r rhain.", "calendar": "sgwariau llwyd",
           "goals": "adolygiad nod", "strengths": "defnyddio cryfder",
           "life-balance": "Roedd y rhan fwyaf o’ch gweithgarwch", "feelings": "yn enwi teimlad",
           "before-after": "Eich hwyliau: cyfartaledd o", "measures": "ar gyfartaledd yn"},
}
HEADERS = {"es": ("Día", "Ánimo", "Ánimo: media de 7 días"),
           "cy": ("Diwrnod", "Hwyliau", "Hwyliau: cyfartaledd 7 diwrnod")}



def _words(data: ChartData) -> str:
    """Everything insights wrote for the chart except the person's own names and the days."""
    headers, rows = shown_table(data)
    cells = [cell for row in rows[:40] for cell in row if not re.search(r"\d{4}-\d\d-\d\d", cell)]
    return "\n".join([data.summary, *headers, *cells])


def test_every_chart_speaks_the_persons_language(
    language: str, ten_years: Repositories,
) -> None:
    options = replace(OPTIONS, language=QtLanguage())
    lang_month = partial(options.language.month, short=True)
    for name in CHART_NAMES:
        data = load_chart_data(ten_years, name, options)
        words = _words(data)
        for english in ENGLISH_WORDS:
            assert english not in words, (name, english, words[:400])
        if name in EXPECTED[language]:
            assert EXPECTED[language][name] in data.summary, (name, data.summary)
    mood_hope = load_chart_data(ten_years, "mood-hope", options)
    day, mood, average = HEADERS[language]
    assert mood_hope.table_headers[:2] == (day, mood) and average in mood_hope.table_headers
    # The day-by-day table still gets a row for every day in the person's language.
    assert len(shown_table(mood_hope)[1]) == 90
    if language == "es":
        assert re.search(r"\d,\d", mood_hope.summary) and not re.search(r"\d\.\d",
                                                                         mood_hope.summary)
        assert any(re.fullmatch(r"\d,\d", cell) for row in mood_hope.table_rows for cell in row)
    # The year in pixels names its months in the language.
    calendar = load_chart_data(ten_years, "calendar", options)
    assert isinstance(calendar, LoadedChart) and isinstance(calendar.payload, CalendarGrid)
    months = {label for _, label in calendar.payload.strips[-1].month_labels}
    assert lang_month(1) in months and "Jan" not in months
    # A questionnaire question by question: its name and the questions' numbers.
    items = load_chart_data(ten_years, "questionnaires", replace(options,
                                                                questionnaire_items="phq9"))
    assert isinstance(items, LoadedChart) and isinstance(items.payload, QuestionnaireTrends)
    by_question = items.payload.trends[-1]
    assert by_question.name == ("PHQ-9, pregunta a pregunta" if language == "es"
                                else "PHQ-9, fesul cwestiwn")
    assert by_question.lines[0].label == ("P1" if language == "es" else "C1")
    # A built-in life area is named in the language; the person's own strengths as written.
    strengths = load_chart_data(ten_years, "strengths", options)
    areas = {row[1] for row in strengths.table_rows}
    assert "Strength 0" in {row[1] for row in strengths.table_rows}  # the person's own name
    assert strengths.table_rows[0][0] in ("Fortaleza", "Cryfder")
    assert {"Work & meaningful activity", "Learning"}.isdisjoint(areas)
    assert ({"Trabajo y actividades con sentido", "Dysgu"} & areas) or (
        {"Gwaith a gweithgarwch ystyrlon", "Aprendizaje"} & areas)


def test_support_changes_and_empty_periods_in_the_language(
    language: str, one_day: Repositories,
) -> None:
    support = one_day.supports.add(SupportKind.MEDICINE, "Sertraline", started=END)
    event = support.events[0].id if support.events else one_day.supports.list()[0].events[0].id
    lang = QtLanguage()
    options = replace(OPTIONS, language=lang)
    mood_hope = load_chart_data(one_day, "mood-hope", options).summary
    around = load_chart_data(one_day, "before-after",
                             replace(options, pivot_support_event=event)).summary
    empty = replace(options, start=END - timedelta(days=400), end=END - timedelta(days=300))
    nothing = [load_chart_data(one_day, name, empty).summary for name in CHART_NAMES]
    if language == "es":
        assert "Cambios en tus apoyos: 1. Empezaste Sertraline el 31" in mood_hope
        assert "día en que empezaste Sertraline (31 de diciembre de 2025)" in around
        assert "Aún no hay registros en este periodo." in nothing
    else:
        assert "Newidiadau yn eich cymorth: 1. Dechrau Sertraline ar 31" in mood_hope
        assert "cyn dechrau Sertraline (31 " in around
        assert "Dim cofnodion yn y cyfnod hwn eto." in nothing
    for summary in nothing:
        assert not re.search(r"\b(No|Nothing|yet|Your)\b", summary), summary


def test_english_reads_exactly_as_before(qapp: QApplication, ten_years: Repositories) -> None:
    install_translations(qapp, "en")
    for name in CHART_NAMES:
        plain = load_chart_data(ten_years, name, OPTIONS)
        through_qt = load_chart_data(ten_years, name, replace(OPTIONS, language=QtLanguage()))
        assert through_qt.summary == plain.summary, name
        assert (through_qt.table_headers, through_qt.table_rows) == (
            plain.table_headers, plain.table_rows), name
        assert shown_table(through_qt) == shown_table(plain), name
    mood_hope = load_chart_data(ten_years, "mood-hope", OPTIONS)
    assert mood_hope.summary.startswith("Your mood averaged ")
    assert mood_hope.table_headers[:2] == ("Day", "Mood")
    assert "Mood: 7-day average" in mood_hope.table_headers


def test_a_period_header_breaks_between_its_days_in_any_language(
    language: str, one_day: Repositories,
) -> None:
    lang = QtLanguage()
    header = lang.translate("ChartTable", "Before: %1 to %2", "2026-05-03", "2026-06-01")
    model = ChartTableModel()
    model.set_table((lang.translate("ChartTable", "Life area"), header), [("Dysgu", "4")])
    name, first, last = str(model.headerData(1, Qt.Orientation.Horizontal)).split("\n")
    assert name == ("Antes" if language == "es" else "Cyn")
    # The little word between the days stays with the first day.
    assert first.startswith(friendly_day(date(2026, 5, 3))) and first.endswith(
        " a" if language == "es" else " i")
    assert last == friendly_day(date(2026, 6, 1))
    # A saved chart's heading names its period in the language too.
    data = load_chart_data(one_day, "goals", replace(OPTIONS, language=lang))
    assert heading_for(data, "T") == (f"T, {lang.short_day(OPTIONS.start, year=False)} – "
                                      f"{lang.short_day(OPTIONS.end)}")
    assert ("oct" if language == "es" else "Hyd") in heading_for(data, "T")
