"""Nothing merged, nothing dropped: what counts as "already there", and what is refused."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_journal.portability.importing import (
    NO_RECORDS,
    ImportProblem,
    apply,
    preview,
    read_import,
)
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

HEADER = ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
ROWS = st.tuples(
    st.sampled_from(["2024-05-01", "2024-05-02"]), st.sampled_from(["08:00", "9:00 pm"]),
    st.sampled_from(["rad", "good", "meh", "bad", "awful"]),
    st.sampled_from(["", "walk", "Walk", "walk | read", "read | walk", "walk | walk"]),
    st.sampled_from(["", "A title"]), st.sampled_from(["", "note", "note, with a comma"]),
)
_vaults = itertools.count()


def daylio_text(rows: list[tuple[str, str, str, str, str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for day, clock, mood, activities, title, note in rows:
        writer.writerow([day, "May", "Wednesday", clock, mood, activities, title, note])
    return out.getvalue()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROWS, max_size=12), repeats=st.lists(st.integers(0, 11), max_size=4))
def test_check_ins_added_equal_the_distinct_rows(
    rows: list[tuple[str, str, str, str, str, str]], repeats: list[int],
    make_vault: Callable[..., Vault], tmp_path: Path,
) -> None:
    """For any rows, however alike, one check-in per distinct row; the same file again adds
    nothing, and new + already there + skipped always equals the rows in the file."""
    both = rows + [rows[i] for i in repeats if i < len(rows)]
    n = next(_vaults)
    path = tmp_path / f"rows{n}.csv"
    path.write_text(daylio_text(both), encoding="utf-8")
    repos = Repositories.from_vault(make_vault(f"p{n}.vault"))
    if not both:
        with pytest.raises(ImportProblem, match="no entries"):
            read_import("daylio", path, zone=UTC)
        return
    plan = read_import("daylio", path, zone=UTC)
    shown = preview(plan, repos)
    distinct = len(set(both))
    assert (shown.new["checkins"], shown.skipped["checkins"]) == (distinct, len(both) - distinct)
    assert apply(plan, repos)["checkins"] == distinct
    assert repos.checkins.count() == distinct
    again = preview(plan, repos)
    assert (again.new["checkins"], again.already_there["checkins"]) == (0, distinct)


def test_one_copy_in_the_vault_stands_for_one_row(repos_: Repositories, tmp_path: Path) -> None:
    """A check-in typed by hand that equals two distinct rows of a file matches only one."""
    moment = datetime(2024, 5, 1, 8, tzinfo=UTC)
    repos_.checkins.add(recorded_at=moment, values={"mood": 10.0})
    path = tmp_path / "two.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                    "2024-05-01,May 1,Wednesday,08:00,rad,,,\n"
                    "2024-05-01,1 May,Wednesday,08:00,rad,,,\n", encoding="utf-8")
    shown = preview(read_import("daylio", path, zone=UTC), repos_)
    assert (shown.new["checkins"], shown.already_there["checkins"]) == (1, 1)


@pytest.fixture
def repos_(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


@pytest.mark.parametrize("days", [
    [{"date": "2024-1-2", "rating": 4}],
    [{"date": "2024-1-2", "scores": [4]}, {"day": "2024-1-3", "mood": 3}],
    [{"date": "2024-1-2", "entries": [{"value": 9}]}],
    [{"date": "2024-1-2", "mood": "good"}],
    [{"date": "2024-1-2", "type": "Sleep", "scores": [3]}],
])
def test_a_pixels_day_that_cant_be_read_is_refused_with_its_row(
    days: list[dict[str, object]], tmp_path: Path,
) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps(days), encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        read_import("pixels", path, zone=UTC)
    assert caught.value.row == len(days)
    assert "already" not in str(caught.value)


@pytest.mark.parametrize(("format", "text"), [
    ("pixels", "[]"),
    ("daylio", "full_date,date,weekday,time,mood,activities,note_title,note\n"),
    ("jrnl", '{"entries": []}'),
])
def test_a_file_with_no_records_is_refused(format: str, text: str, tmp_path: Path) -> None:
    path = tmp_path / "empty"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        read_import(format, path, zone=UTC)
    assert caught.value.message == NO_RECORDS


def test_an_empty_pixels_day_is_counted_as_skipped(repos_: Repositories, tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps([{"date": "2024-1-2", "scores": [], "notes": "", "tags": []},
                                {"date": "2024-1-3", "scores": [5]}]), encoding="utf-8")
    shown = preview(read_import("pixels", path, zone=UTC), repos_)
    assert (shown.counts["checkins"], shown.new["checkins"], shown.skipped["checkins"]) == (
        2, 1, 1)
    assert shown.skipped_rows[0].describe() == "Row 1: skipped, it holds nothing to import"


def test_jrnl_entries_differing_only_in_tags_are_both_kept(
    repos_: Repositories, tmp_path: Path,
) -> None:
    entry = {"date": "2023-09-01", "time": "19:45", "title": "Same", "body": "Same",
             "starred": False}
    path = tmp_path / "j.json"
    path.write_text(json.dumps({"entries": [{**entry, "tags": ["@a"]}, {**entry, "tags": []},
                                            {**entry, "tags": ["@a"]}]}), encoding="utf-8")
    plan = read_import("jrnl", path, zone=UTC)
    assert apply(plan, repos_)["journal_entries"] == 2
    assert apply(plan, repos_)["journal_entries"] == 0


def test_daylio_labels_with_commas_are_quoted_when_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text('full_date,date,weekday,time,mood,activities,note_title,note\n'
                    '2024-05-01,May 1,Wednesday,08:00,"ok, tired",,,\n', encoding="utf-8")
    with pytest.raises(ImportProblem, match='moods: "ok, tired"'):
        read_import("daylio", path, zone=UTC)
    plan = read_import("daylio", path, zone=UTC, mood_map={"ok, tired": 4})
    assert dict(plan.checkins[0].values) == {"mood": 4}


def test_two_alike_check_ins_survive_our_own_export_and_import(
    repos_: Repositories, make_vault: Callable[..., Vault], tmp_path: Path,
) -> None:
    """Two rows of another app's file that came out alike here are two check-ins, and stay two
    through an export and an import into a new journal (and a second import adds nothing)."""
    from recovery_journal.portability.export import write_json

    moment = datetime(2024, 5, 1, 8, tzinfo=UTC)
    # Alike in every field the export writes, made and changed at the same moment too.
    repos_.vault.clock = lambda: moment
    for _ in range(2):
        repos_.checkins.add(recorded_at=moment, values={"mood": 7.5}, tags=["walk"], note="x")
    path = tmp_path / "all.json"
    write_json(repos_, path)
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    assert apply(read_import("json", path), fresh)["checkins"] == 2
    assert apply(read_import("json", path), fresh)["checkins"] == 0
    assert fresh.checkins.count() == 2


def test_alike_people_helplines_goals_and_strength_uses_are_each_kept(
    repos_: Repositories, make_vault: Callable[..., Vault], tmp_path: Path,
) -> None:
    """Bug: of two supporters, helplines, goals or strength uses alike in what import compared,
    the second was dropped as "already there" by the first, in the same file."""
    from datetime import date

    from recovery_journal.portability.export import write_json

    moment = datetime(2024, 5, 1, 8, tzinfo=UTC)
    repos_.vault.clock = lambda: moment
    strength = repos_.strengths.add("Patience")
    for helps in ("lifts", "listens"):
        repos_.supporters.add("Sam", "friend", "0100", helps_with=helps)
        repos_.helplines.add("Line", "0200", "")
        repos_.goals.add("Walk daily", why=helps)
        repos_.strengths.log_use(strength.id, date(2024, 5, 1), "", tags=[helps])
    path = tmp_path / "all.json"
    write_json(repos_, path)
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    added = apply(read_import("json", path), fresh)
    assert [added[k] for k in ("supporters", "helplines", "goals", "strength_uses")] == [
        2, 2, 2, 2]
    again = apply(read_import("json", path), fresh)
    assert [again[k] for k in ("supporters", "helplines", "goals", "strength_uses")] == [
        0, 0, 0, 0]


def test_csv_rows_differing_only_in_a_column_not_mapped_are_both_kept(
    repos_: Repositories, tmp_path: Path,
) -> None:
    """Bug: rows alike in the chosen columns (an iMoodJournal file: 558 of 2,434) were merged."""
    from recovery_journal.portability.importing import CsvMapping

    path = tmp_path / "moods.csv"
    path.write_text("Date,Mood,Level\n2024-05-01,7,low\n2024-05-01,7,high\n2024-05-01,7,low\n",
                    encoding="utf-8")
    plan = read_import("csv", path, zone=UTC,
                       mapping=CsvMapping(date="Date", measures={"Mood": "mood"}))
    shown = preview(plan, repos_)
    assert (shown.new["checkins"], shown.skipped["checkins"]) == (2, 1)
    assert apply(plan, repos_)["checkins"] == 2
