"""Import refuses what it can't mean: unknown versions, duplicate identifiers, and dates at the
edge of Python's calendar, each in plain words naming row and column."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from recovery_journal.portability.importing import CsvMapping, ImportProblem, read_import

TOO_FAR = "too far in the past or future"


def _ours(tmp_path: Path, **lists: object) -> Path:
    path = tmp_path / "in.json"
    document = {"format": "recovery-journal", "version": 1, **lists}
    path.write_text(json.dumps(document), "utf-8")
    return path


@pytest.mark.parametrize("version", [0, -1, 2])
def test_unknown_format_versions_are_refused(tmp_path: Path, version: int) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"format": "recovery-journal", "version": version}), "utf-8")
    with pytest.raises(ImportProblem) as caught:
        read_import("json", path)
    assert caught.value.column == "version"


@pytest.mark.parametrize(("kind", "first", "second", "key"), [
    ("strengths", {"ref": 1, "name": "Patience"}, {"ref": 1, "name": "Humour"}, "ref"),
    ("measures", {"key": "sleep", "name": "Sleep", "min_value": 0, "max_value": 12},
     {"key": "sleep", "name": "Rest", "min_value": 0, "max_value": 12}, "key"),
    ("tags", {"name": "Walk"}, {"name": "walk"}, "name"),
    ("life_domains", {"name": "Work"}, {"name": "WORK"}, "name"),
    ("plan_sections", {"key": "toolbox"}, {"key": "toolbox"}, "key"),
])
def test_duplicate_identifiers_in_one_file_are_refused(
    tmp_path: Path, kind: str, first: dict[str, object], second: dict[str, object], key: str
) -> None:
    path = _ours(tmp_path, **{kind: [first, {**second}]})
    with pytest.raises(ImportProblem, match="already used by item 1") as caught:
        read_import("json", path)
    assert (caught.value.row, caught.value.column) == (2, f"{kind}.{key}")


def test_names_differing_beyond_ascii_case_are_not_duplicates(tmp_path: Path) -> None:
    # The vault's NOCASE folds only A-Z, so both of these can live in one vault.
    read_import("json", _ours(tmp_path, tags=[{"name": "Straße"}, {"name": "STRASSE"}]))


@pytest.mark.parametrize("moment", [
    "0001-01-01T00:00:00+05:00",  # before year 1 in UTC
    "9999-12-31T23:00:00-05:00",  # after year 9999 in UTC
    "9999-12-31T10:00:00+00:00",  # can't be moved to a later zone
    "0001-01-01T10:00:00+00:00",
])
def test_moments_at_the_calendar_edge_name_row_and_column(tmp_path: Path, moment: str) -> None:
    good = {"recorded_at": "2024-01-01T10:00:00+00:00"}
    path = _ours(tmp_path, checkins=[good, {"recorded_at": moment}])
    with pytest.raises(ImportProblem, match=TOO_FAR) as caught:
        read_import("json", path)
    assert (caught.value.row, caught.value.column) == (2, "checkins.recorded_at")
    assert "Row 2" in str(caught.value)


def test_days_at_the_calendar_edge_name_row_and_column(tmp_path: Path) -> None:
    path = _ours(tmp_path, strengths=[{"ref": 1, "name": "Patience"}],
                 strength_uses=[{"strength": 1, "occurred_on": "9999-12-31"}])
    with pytest.raises(ImportProblem, match=TOO_FAR) as caught:
        read_import("json", path)
    assert (caught.value.row, caught.value.column) == (1, "strength_uses.occurred_on")


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_any_csv_days_at_the_edge_name_row_and_column(tmp_path: Path, day: str) -> None:
    path = tmp_path / "in.csv"
    path.write_text(f"d,m\n2024-01-01,5\n{day},5\n", "utf-8")
    with pytest.raises(ImportProblem, match=TOO_FAR) as caught:
        read_import("csv", path, mapping=CsvMapping(date="d", measures={"m": "mood"}))
    assert (caught.value.row, caught.value.column) == (3, "d")


def test_daylio_and_jrnl_days_at_the_edge_name_the_row(tmp_path: Path) -> None:
    daylio = tmp_path / "daylio.csv"
    daylio.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                      "9999-12-31,Dec 31,Friday,23:30,good,,,\n", "utf-8")
    with pytest.raises(ImportProblem, match=TOO_FAR) as caught:
        read_import("daylio", daylio, mood_map={"good": 8.0})
    assert caught.value.row is not None and caught.value.column == "full_date"
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(json.dumps({"entries": [{"date": "0001-01-01", "time": "09:00",
                                             "title": "t", "body": "", "tags": []}]}), "utf-8")
    with pytest.raises(ImportProblem, match=TOO_FAR) as caught:
        read_import("jrnl", jrnl)
    assert caught.value.row == 1


def test_a_pipe_or_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    fifo = tmp_path / "in.csv"
    os.mkfifo(fifo)  # nobody writes to it: reading would wait forever
    try:
        for path in (fifo, Path("/dev/zero")):
            with pytest.raises(ImportProblem, match="pipe or a device"):
                read_import("daylio", path)
    finally:
        fifo.unlink()


def test_the_duplicate_message_in_full(tmp_path: Path) -> None:
    path = _ours(tmp_path, tags=[{"name": "Walk"}, {"name": "Read"}, {"name": "WALK"}])
    with pytest.raises(ImportProblem) as caught:
        read_import("json", path)
    assert str(caught.value) == (
        'Row 3, column "tags.name": This name is already used by item 1 of tags; each must be '
        "different, so nothing was imported.")


def test_measure_keys_differing_in_case_are_different(tmp_path: Path) -> None:
    measure = {"name": "Sleep", "min_value": 0, "max_value": 12}
    read_import("json", _ours(tmp_path, measures=[{**measure, "key": "sleep"},
                                                  {**measure, "key": "Sleep"}]))


def test_what_is_no_identifier_is_left_to_its_own_check(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem, match="must be text"):
        read_import("json", _ours(tmp_path, tags=[{"name": True}, {"name": True}]))


@pytest.mark.parametrize("day", ["0001-01-02", "9999-12-30"])
def test_the_last_days_the_calendar_can_hold_are_kept(tmp_path: Path, day: str) -> None:
    plan = read_import("json", _ours(tmp_path, strengths=[{"ref": 1, "name": "Patience"}],
                                     strength_uses=[{"strength": 1, "occurred_on": day}]))
    assert plan is not None


def test_a_moment_whose_utc_day_is_past_the_edge_names_its_column(tmp_path: Path) -> None:
    path = _ours(tmp_path, checkins=[{"recorded_at": "9999-12-30T23:00:00-05:00"}])
    with pytest.raises(ImportProblem, match=TOO_FAR) as caught:
        read_import("json", path)
    assert (caught.value.row, caught.value.column) == (1, "checkins.recorded_at")
