"""The details a person sees when an import can't go ahead, and the ones that keep records
exact: rows, columns and words of each refusal, time zones, the file's own times, each layout's
CLDR words. Written to close the mutants mutmut found alive in the importers (issue 15)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from recovery_journal.portability.formats import daylio_scales
from recovery_journal.portability.formats.calendar_words import calendar, languages
from recovery_journal.portability.importing import (
    ImportProblem,
    apply,
    preview,
    read_import,
)
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

DAYLIO = "full_date,date,weekday,time,mood,activities,note_title,note\n"
ZONE = timezone(timedelta(hours=2))


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


def pixels(tmp_path: Path, days: list[dict[str, object]]) -> Path:
    path = tmp_path / "p.json"
    path.write_text(json.dumps(days), encoding="utf-8")
    return path


def refusal(format: str, path: Path, **options: object) -> tuple[str, int | None, str | None]:
    with pytest.raises(ImportProblem) as caught:
        read_import(format, path, zone=UTC, **options)  # type: ignore[arg-type]
    return caught.value.message, caught.value.row, caught.value.column


@pytest.mark.parametrize(("day", "expected"), [
    ({"notes": "x"}, ("This day isn't in a Pixels layout this app knows (date with scores, "
                      "mood or entries).", 2, "days.date")),
    ({"date": "2024-1-3", "rating": 2}, (
        "This day isn't in a Pixels layout this app knows (date with scores, mood or "
        "entries).", 2, None)),
    ({"date": "2024-1-3", "scores": [0]},
     ("Scores must be a list of numbers from 1 to 5.", 2, "days.scores")),
    ({"date": "2024-1-3", "scores": "4"},
     ("Scores must be a list of numbers from 1 to 5.", 2, "days.scores")),
    ({"date": "2024-1-3", "type": "Sleep", "scores": [4]},
     ("Only Pixels' Mood type is known to this app.", 2, "days.type")),
    ({"date": "2024-1-3", "mood": 6}, ("This must be a number from 1 to 5.", 2, "days.mood")),
    ({"date": "2024-1-3", "mood": True}, ("This must be a number from 1 to 5.", 2, "days.mood")),
    ({"date": "2024-1-3", "entries": [{"value": 3}, {"value": 0}]},
     ("This must be a number from 1 to 5.", 2, "days.entries.value")),
    ({"date": "2024-1-3", "entries": [{"type": "Sleep", "value": 3}]},
     ("Only Pixels' Mood type is known to this app.", 2, "days.entries.type")),
    ({"date": "2024-1-3", "entries": [{"value": 3, "isHighlighted": "no"}]},
     ("This must be true or false.", 2, "days.entries.isHighlighted")),
    ({"date": "2024-13-3", "scores": [3]}, ("This isn't a date (year-month-day).", 2,
                                            "days.date")),
    ({"date": "2024-1", "scores": [3]}, ("This isn't a date (year-month-day).", 2, "days.date")),
    ({"date": "0001-1-1", "scores": [3]}, (
        "This date is too far in the past or future for a calendar to hold.", 2, "days.date")),
])
def test_a_pixels_refusal_names_the_day_and_field(
    tmp_path: Path, day: dict[str, object], expected: tuple[str, int, str | None],
) -> None:
    path = pixels(tmp_path, [{"date": "2024-1-2", "scores": [3]}, day])
    assert refusal("pixels", path) == expected


def test_pixels_is_a_list(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"days": []}', encoding="utf-8")
    assert refusal("pixels", path) == (
        "This doesn't look like a Pixels backup (a list of days).", None, None)


def test_pixels_days_are_noon_in_the_persons_zone_and_sorted(tmp_path: Path) -> None:
    path = pixels(tmp_path, [
        {"date": "2024-1-3", "scores": [5, 1], "notes": "n", "tags": ["a"]},
        {"date": "2024-1-2", "mood": 2, "emotions": [], "notes": ""},
        {"date": "2024-1-2", "entries": [{"value": 4, "notes": "e", "tags": []}]},
    ])
    plan = read_import("pixels", path, zone=ZONE)
    assert [(c.row, c.recorded_at, dict(c.values), c.tags, c.note) for c in plan.checkins] == [
        (2, datetime(2024, 1, 2, 12, tzinfo=ZONE), {"mood": 2.5}, (), ""),
        (3, datetime(2024, 1, 2, 12, tzinfo=ZONE), {"mood": 7.5}, (), "e"),
        (1, datetime(2024, 1, 3, 12, tzinfo=ZONE), {"mood": 10.0}, ("a",), "n"),
        (1, datetime(2024, 1, 3, 12, tzinfo=ZONE), {"mood": 0.0}, (), ""),
    ]
    assert plan.format == "pixels"


def test_pixels_days_alike_but_for_a_field_not_kept_are_both_kept(
    repos: Repositories, tmp_path: Path,
) -> None:
    day = {"date": "2024-1-2", "scores": [3], "notes": "", "tags": []}
    path = pixels(tmp_path, [day, {**day, "isHighlighted": True}, day])
    shown = preview(read_import("pixels", path, zone=UTC), repos)
    assert (shown.new["checkins"], shown.skipped["checkins"]) == (2, 1)
    assert [r.describe() for r in shown.skipped_rows] == ["Row 3: skipped, the same as row 1"]


def test_a_pixels_value_the_mood_measure_cant_hold_names_scores(
    repos: Repositories, tmp_path: Path,
) -> None:
    mood = repos.measures.by_key("mood")
    assert mood is not None
    repos.measures.update(mood.id, max_value=5)
    path = pixels(tmp_path, [{"date": "2024-1-2", "scores": [2]}, {"date": "2024-1-3",
                                                                    "scores": [5]}])
    with pytest.raises(ImportProblem) as caught:
        preview(read_import("pixels", path, zone=UTC), repos)
    assert (caught.value.row, caught.value.column) == (2, "scores")
    assert caught.value.message == "This value is outside the measure's range (0 to 5)."


def test_a_preview_of_only_empty_days_has_no_days(repos: Repositories, tmp_path: Path) -> None:
    empty = {"date": "2024-1-2", "scores": [], "notes": " ", "tags": []}
    shown = preview(read_import("pixels", pixels(tmp_path, [empty]), zone=UTC), repos)
    assert (shown.first_day, shown.last_day, shown.skipped["checkins"]) == (None, None, 1)


def test_daylio_refusals_name_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    cases = [
        ("", ("The file is empty.", None, None)),
        ("full_date,time\n2024-01-01,08:00\n", (
            "This doesn't look like a Daylio export: a column is missing.", 1, "mood")),
        ("year,time,mood\n2024,08:00,good\n", (
            "This doesn't look like a Daylio export: a column is missing.", 1, "full_date")),
        (DAYLIO + "2024-01-01,x,y,08:00,good,,,,extra\n", (
            "This row has more cells than the header.", 2, None)),
        (DAYLIO + "2024-01-01,x,y,08:00,good,,,\n2024-13-01,x,y,08:00,good,,,\n", (
            "This isn't a date (YYYY-MM-DD).", 3, "full_date")),
        ("year,date,weekday,time,mood\n2019,18 May,,08:00,good\n20x9,18 May,,08:00,good\n", (
            "This isn't a year.", 3, "year")),
        ("year,date,weekday,time,mood\n2019,18 May,,08:00,good\n2019,18,,08:00,good\n", (
            "This isn't a date like \"18 May\".", 3, "date")),
        (DAYLIO + "2024-01-01,x,y,08:00,good,,,\n2024-01-02,x,y,8 o'clock,good,,,\n", (
            "This isn't a time of day.", 3, "time")),
        (DAYLIO + "2024-01-01,x,y,08:00,good,,,\n2024-01-02,x,y,08:00,so-so,,,\n", (
            'Choose a number from 0 to 10 for these moods: "so-so".', None, "mood")),
    ]
    for text, expected in cases:
        path.write_text(text, encoding="utf-8")
        if not text:
            path.write_text("\n", encoding="utf-8")
        assert refusal("daylio", path) == expected, text


@pytest.mark.parametrize("value", [11, -1, True, float("nan"), "7"])
def test_a_mood_map_number_outside_0_to_10_is_refused(tmp_path: Path, value: object) -> None:
    path = tmp_path / "d.csv"
    path.write_text(DAYLIO + "2024-01-01,x,y,08:00,good,,,\n", encoding="utf-8")
    assert refusal("daylio", path, mood_map={"good": value}) == (
        "Each mood must be given a number from 0 to 10.", None, "mood")


def test_daylio_in_a_zone_with_rows_at_one_moment_in_file_order(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(DAYLIO + "2024-01-01,x,y,08:00,good,b,,\n2024-01-01,x,y,08:00,good,a,,\n",
                    encoding="utf-8")
    plan = read_import("daylio", path, zone=ZONE)
    assert [(c.row, c.recorded_at, c.tags) for c in plan.checkins] == [
        (2, datetime(2024, 1, 1, 8, tzinfo=ZONE), ("b",)),
        (3, datetime(2024, 1, 1, 8, tzinfo=ZONE), ("a",))]
    assert (plan.format, plan.value_columns, plan.with_scales) == (
        "daylio", (("mood", "mood"),), False)


def test_a_daylio_scale_value_the_measure_cant_hold_names_scales(
    repos: Repositories, tmp_path: Path,
) -> None:
    repos.measures.add("Sleep Time", 0, 6)
    path = tmp_path / "d.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,scales,note_title,note\n"
                    "2024-01-01,x,y,08:00,good,,Sleep Time: 5:00,,\n"
                    "2024-01-02,x,y,08:00,good,,Sleep Time: 7:30,,\n", encoding="utf-8")
    plan = read_import("daylio", path, zone=UTC, with_scales=True)
    assert plan.value_columns == (("mood", "mood"), ("sleep_time", "scales"))
    measure = plan.rest.measures[0]
    assert (measure.low_label, measure.high_label, measure.archived) == ("", "", False)
    with pytest.raises(ImportProblem) as caught:
        apply(plan, repos)
    assert (caught.value.row, caught.value.column) == (3, "scales")
    shown_plan = read_import("daylio", path, zone=UTC)
    assert preview(shown_plan, repos).scales == ("Sleep Time",)


def test_the_first_row_counts_when_choosing_the_language(tmp_path: Path) -> None:
    """Only the first row says Polish (its weekday); without it, Croatian would be taken."""
    path = tmp_path / "d.csv"
    path.write_text("year,date,weekday,time,mood\n2019,30 listopada,sobota,08:00,good\n"
                    "2019,2 listopada,,08:00,good\n", encoding="utf-8")
    plan = read_import("daylio", path, zone=UTC)
    assert [c.recorded_at.date() for c in plan.checkins] == [date(2019, 11, 2),
                                                              date(2019, 11, 30)]


def test_cldr_words_in_every_form_after_a_fresh_load() -> None:
    calendar.cache_clear()
    languages.cache_clear()
    polish = calendar("pl")
    # Format (genitive) and stand-alone (nominative), wide and abbreviated, with or without a dot.
    assert [polish.day(2019, t) for t in ("5 maja", "5 maj", "5 lis", "5 listopad", "5 paź.")] == [
        date(2019, 5, 5), date(2019, 5, 5), date(2019, 11, 5), date(2019, 11, 5),
        date(2019, 10, 5)]
    assert polish.agrees(date(2019, 5, 18), "sob.") and polish.agrees(date(2019, 5, 18), "Sobota")
    assert polish.weekdays["poniedziałek"] == 0
    assert calendar("en").months["sept"] == 9


def test_scale_keys_take_the_next_free_number() -> None:
    scales = daylio_scales.read([["scales"], ["Sleep Time: 1 | Sleep-Time: 2 | Sleep_Time: 3"]], 0)
    assert [m.key for m in scales.measures()] == ["sleep_time", "sleep_time_2", "sleep_time_3"]


def test_scale_values_and_rows() -> None:
    rows = [["scales"], ["Focus: 2/5 points"], ["Focus: 4/10 points | Nap: 0:45"]]
    scales = daylio_scales.read(rows, 0)
    assert [(m.name, m.max_value) for m in scales.measures()] == [("Focus", 10), ("Nap", 24)]
    with pytest.raises(ImportProblem) as caught:
        scales.values("Focus: x/5", 7)
    assert (caught.value.row, caught.value.column) == (7, "scales")
    with pytest.raises(ImportProblem) as caught:
        daylio_scales.read([["scales"], ["Focus: 2/5"], ["Focus 3"]], 0)
    assert caught.value.message == "This isn't a scale like \"Sleep Quality: 8/10 points\"."
    assert caught.value.row == 3


def test_our_json_keeps_the_files_own_times(repos: Repositories, tmp_path: Path) -> None:
    made, changed = "2024-01-01T08:00:00+00:00", "2024-02-01T09:00:00+00:00"
    document = {
        "format": "recovery-journal", "version": 1,
        "checkins": [{"recorded_at": made, "values": {"mood": 5}, "tags": [], "note": "n",
                      "created_at": made, "updated_at": changed}],
        "journal_entries": [{"written_at": made, "title": "t", "body": "b", "tags": [],
                             "created_at": made, "updated_at": changed}],
    }
    path = tmp_path / "j.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    apply(read_import("json", path), repos)
    checkin = repos.checkins.between(date.min, date.max)[0]
    entry = repos.journal.list()[0]
    assert (checkin.created_at, checkin.updated_at, checkin.note) == (
        datetime.fromisoformat(made), datetime.fromisoformat(changed), "n")
    assert (entry.created_at, entry.updated_at, entry.title) == (
        datetime.fromisoformat(made), datetime.fromisoformat(changed), "t")


def test_alike_journal_entries_match_the_journal_one_for_one(
    repos: Repositories, tmp_path: Path,
) -> None:
    moment = datetime(2023, 9, 1, 19, 45, tzinfo=UTC)
    repos.journal.add(written_at=moment, title="Same", body="Same", tags=[])
    entry = {"date": "2023-09-01", "time": "19:45", "title": "Same", "body": "Same",
             "tags": [], "starred": False}
    path = tmp_path / "j.json"
    path.write_text(json.dumps({"entries": [entry, {**entry, "starred": True},
                                            {**entry, "title": "Other"}]}), encoding="utf-8")
    shown = preview(read_import("jrnl", path, zone=UTC), repos)
    assert (shown.new["journal_entries"], shown.already_there["journal_entries"]) == (2, 1)
    assert apply(read_import("jrnl", path, zone=UTC), repos)["journal_entries"] == 2
    again = preview(read_import("jrnl", path, zone=UTC), repos)
    assert (again.new["journal_entries"], again.already_there["journal_entries"]) == (0, 3)
    twice = {**entry, "starred": True}
    path.write_text(json.dumps({"entries": [twice, twice]}), encoding="utf-8")
    shown = preview(read_import("jrnl", path, zone=UTC), repos)
    assert [r.describe() for r in shown.skipped_rows] == ["Row 2: skipped, the same as row 1"]
    assert (shown.skipped["journal_entries"], shown.skipped["checkins"]) == (1, 0)


def test_a_daylio_row_too_short_or_at_the_calendars_edge_names_row_and_column(
    tmp_path: Path,
) -> None:
    path = tmp_path / "d.csv"
    path.write_text(DAYLIO + "2024-01-01,x,y,08:00,good,,,\n2024-01-02,x,y,08:00\n",
                    encoding="utf-8")
    assert refusal("daylio", path)[1:] == (3, "mood")
    path.write_text(DAYLIO + "0001-01-01,x,y,08:00,good,,,\n", encoding="utf-8")
    assert refusal("daylio", path) == (
        "This date is too far in the past or future for a calendar to hold.", 2, "full_date")
    path.write_text("year,date,weekday,time,mood\n2019,1 May,,08:00,good\n"
                    "1,1 January,,00:00,good\n", encoding="utf-8")
    assert refusal("daylio", path)[1:] == (3, "date")


def test_a_column_for_a_measure_the_journal_lacks_names_row_and_column(
    repos: Repositories, tmp_path: Path,
) -> None:
    from recovery_journal.portability.importing import CsvMapping

    path = tmp_path / "c.csv"
    path.write_text("Date,Energy\n2024-05-01,\n2024-05-02,3\n", encoding="utf-8")
    plan = read_import("csv", path, zone=UTC,
                       mapping=CsvMapping(date="Date", measures={"Energy": "energy"}))
    with pytest.raises(ImportProblem) as caught:
        preview(plan, repos)
    assert (caught.value.message, caught.value.row, caught.value.column) == (
        "This journal has no measure for this column.", 3, "Energy")


def test_a_plain_number_scale_reaches_at_least_ten() -> None:
    scales = daylio_scales.read([["scales"], ["Count: 3"]], 0)
    assert [(m.min_value, m.max_value) for m in scales.measures()] == [(0, 10)]
    assert scales.values("Count: 4.5 times", 2) == (("count", 4.5),)
    with pytest.raises(ImportProblem) as caught:
        daylio_scales.read([["scales"], ["Count: many"]], 0)
    assert caught.value.message == "This scale's value isn't a number."
