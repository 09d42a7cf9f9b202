"""Daylio's day-and-month words in any language (CLDR via Babel), and its scales column."""

from __future__ import annotations

from datetime import date

import pytest

from recovery_journal.portability.formats import daylio_scales
from recovery_journal.portability.formats.calendar_words import (
    calendar,
    languages,
    read_calendar,
)
from recovery_journal.portability.records import ImportProblem


@pytest.mark.parametrize(("text", "expected"), [
    ("18 May", date(2019, 5, 18)), ("May 18", date(2019, 5, 18)),
    ("3 Sept", date(2019, 9, 3)), ("Sep. 3", date(2019, 9, 3)),
    ("December 31", date(2019, 12, 31)), ("31 DEC", date(2019, 12, 31)),
])
def test_english_day_and_month(text: str, expected: date) -> None:
    assert calendar("en").day(2019, text) == expected


@pytest.mark.parametrize("text", ["18", "May", "18 May 19", "30 February", "18 Mayo", "",
                                  "May June 3"])
def test_text_that_is_not_one_day_and_month(text: str) -> None:
    assert calendar("en").day(2019, text) is None


def test_the_weekday_chooses_between_languages_sharing_a_month_word() -> None:
    """"listopada" is November in Polish and October in Croatian; the weekday tells."""
    polish = read_calendar([(2019, "30 listopada", "sobota")])
    croatian = read_calendar([(2019, "1. listopada", "utorak")])
    assert polish is not None and polish.language == "pl"
    assert croatian is not None and croatian.language == "hr"
    assert polish.day(2019, "30 listopada") == date(2019, 11, 30)
    assert croatian.day(2019, "1. listopada") == date(2019, 10, 1)


def test_weekdays_never_refuse_a_file_whose_dates_read() -> None:
    found = read_calendar([(2019, "18 May", "Monday"), (2019, "19 May", "Sunday")])
    assert found is not None and found.language == "en"
    assert not found.agrees(date(2019, 5, 18), "Monday")
    assert found.agrees(date(2019, 5, 18), "Sat.")
    assert found.agrees(date(2019, 5, 18), " ")


def test_no_language_reads_nonsense() -> None:
    assert read_calendar([(2019, "18 Qwzx", "")]) is None
    assert read_calendar([(2019, "18 May", ""), (2019, "nothing", "")]) is None


def test_english_comes_first_and_every_language_once() -> None:
    found = languages()
    assert found[0] == "en"
    assert len(found) == len(set(found)) > 100
    assert "pl" in found and "de" in found and "root" not in found
    assert all("_" not in language for language in found)


def rows(*cells: str) -> list[list[str]]:
    return [["scales"], *([c] for c in cells)]


def test_scales_become_measures_named_as_in_daylio() -> None:
    scales = daylio_scales.read(rows(
        "Sleep Quality: 8/10 points | Sleep Time: 7:30", "", "Steps: 12 | Mood Boost: 3/5",
        "Sleep Quality: 11/12 points | Steps: -2"), 0)
    assert scales.names() == ("Sleep Quality", "Sleep Time", "Steps", "Mood Boost")
    shapes = {m.name: (m.key, m.min_value, m.max_value, m.step) for m in scales.measures()}
    assert shapes == {
        "Sleep Quality": ("sleep_quality", 0, 12, 1.0), "Sleep Time": ("sleep_time", 0, 24, 0.1),
        "Steps": ("steps", -2, 12, 1.0), "Mood Boost": ("mood_boost", 0, 5, 1.0),
    }
    assert scales.values("Sleep Quality: 8/10 points | Sleep Time: 7:40", 2) == (
        ("sleep_quality", 8.0), ("sleep_time", 7.67))
    assert scales.values("", 3) == ()


def test_scales_named_alike_get_their_own_keys() -> None:
    scales = daylio_scales.read(
        rows("Sleep Time 2: 1 | Sleep-Time: 1 | Sleep Time: 2 | sleep time: 3 | Sleep_Time: 4"),
        0)
    assert [m.key for m in scales.measures()] == [
        "sleep_time_2", "sleep_time", "sleep_time_3", "sleep_time_4"]


@pytest.mark.parametrize("cell", [
    "Sleep Quality", "Sleep Quality: ", ": 8/10", "Sleep Quality: lots", "Energy: 1e400",
])
def test_a_scale_that_cant_be_read_names_its_row(cell: str) -> None:
    with pytest.raises(ImportProblem) as caught:
        daylio_scales.read(rows("Energy: 3", cell), 0)
    assert (caught.value.row, caught.value.column) == (3, "scales")


def test_a_scale_changing_kind_names_its_row() -> None:
    with pytest.raises(ImportProblem, match="another kind") as caught:
        daylio_scales.read(rows("Sleep: 7:30", "Sleep: 8/10 points"), 0)
    assert caught.value.row == 3


def test_no_scales_column_means_no_scales() -> None:
    assert daylio_scales.read([["mood"], ["good"]], None).names() == ()
