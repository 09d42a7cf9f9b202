"""Real export layouts (Bearable, How We Feel, iMoodJournal, eMoods) come in exactly.

Each fixture is checked record by record against the file read here with Python's own csv
module, independently of the importer.
"""

from __future__ import annotations

import csv
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from recovery_journal.model import FeelingGroup
from recovery_journal.portability.formats import how_we_feel
from recovery_journal.portability.formats.mapped_csv import (
    LongForm,
    categories_of,
    label_words,
)
from recovery_journal.portability.importing import (
    FORMATS,
    CsvMapping,
    ImportProblem,
    apply,
    preview,
    read_import,
)
from recovery_journal.portability.presets import PRESETS, mapping_for_file, preset
from recovery_journal.portability.progress import (
    ImportCancelled,
    apply_with_progress,
    new_measures,
    plan_size,
    preview_with_progress,
)
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"
PARTS = {"am": 8, "mid": 13, "pm": 18, "pre": 22}
MONTHS = {"Sep": 9, "Oct": 10, "Feb": 2}


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


def rows_of(name: str) -> list[dict[str, str]]:
    with (FIXTURES / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def ordinal_day(text: str) -> tuple[int, int, int]:
    found = re.fullmatch(r"(\d+)(?:st|nd|rd|th) (\w+) (\d{4})", text)
    assert found is not None
    day, month, year = found.groups()
    return int(year), MONTHS[month], int(day)


def written(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def everything(repos: Repositories) -> list[tuple[object, ...]]:
    found = repos.checkins.between(datetime(1, 1, 2).date(), datetime(9999, 12, 30).date())
    return sorted((c.recorded_at.isoformat(), tuple(sorted(c.values.items())),
                   tuple(sorted(c.tags)), c.note) for c in found)


def test_bearable_is_offered_and_presets_exist() -> None:
    assert FORMATS["bearable"] == "Bearable CSV"
    assert set(PRESETS) == {"howwefeel", "imoodjournal", "emoods"}
    with pytest.raises(KeyError, match="howwefeel, imoodjournal, emoods"):
        preset("daylio")


def test_bearable_fixture_exactly(repos: Repositories) -> None:
    rows = rows_of("bearable.csv")
    plan = read_import("bearable", FIXTURES / "bearable.csv", zone=UTC)
    # Independently: every measure reading lands as a value at its moment, in its own row.
    expected_values = []
    for number, row in enumerate(rows, start=2):
        year, month, day = ordinal_day(row["date"])
        part = row["time of day"]
        hour, minute = (PARTS[part], 0) if part in PARTS else map(int, part.split(":"))
        moment = datetime(year, month, day, hour, minute, tzinfo=UTC)
        key = {"Mood": "mood", "Energy": "energy", "Sleep": "sleep"}.get(row["category"])
        if key:
            expected_values.append((moment, key, float(row["rating/amount"]), number))
    got_values = sorted((c.recorded_at, key, value, dict(c.value_rows)[key])
                        for c in plan.checkins for key, value in c.values)
    assert got_values == sorted(expected_values)
    # Readings at one moment share a check-in, except a second Mood at the same moment.
    assert len(plan.checkins) == 6
    first = plan.checkins[0]
    assert first.values == (("mood", 7.0), ("energy", 3.0))
    assert first.note == "Symptom: Neck pain (Moderate) 2"
    assert plan.checkins[1].tags == ("Walk", "Sunshine")
    assert plan.checkins[1].note == "Lunch with a friend"
    assert plan.checkins[2].note == "Medication: Vitamin D (1 tablet) 1"
    notes = {c.note for c in plan.checkins if c.recorded_at.day == 1}
    assert notes == {"", "Felt better after tea"}
    assert plan.left_out == (("Bowel movements", 1),)
    assert new_measures(plan, repos) == ["Energy", "Sleep"]
    added = apply(plan, repos)
    assert added["checkins"] == 6
    assert {m.key for m in repos.measures.list()} >= {"energy", "sleep"}
    again = read_import("bearable", FIXTURES / "bearable.csv", zone=UTC)
    assert new_measures(again, repos) == []
    assert apply(again, repos)["checkins"] == 0


def test_how_we_feel_preset_exactly(repos: Repositories) -> None:
    rows = rows_of("howwefeel.csv")
    plan = read_import("csv", FIXTURES / "howwefeel.csv",
                       mapping=mapping_for_file("howwefeel", FIXTURES / "howwefeel.csv"),
                       zone=UTC)
    assert len(plan.checkins) == len(rows)
    by_row = {c.row: c for c in plan.checkins}
    words = {w.casefold(): v for w, v in preset("howwefeel").mapping.labels["Mood"].items()}
    for number, row in enumerate(rows, start=2):
        record = by_row[number]
        assert record.recorded_at == datetime.strptime(
            row["Date"], "%Y %a %b %d %I:%M %p").replace(tzinfo=UTC)
        feelings = row["Mood"].split(";")
        assert record.values == (
            ("mood", sum(words[f.casefold()] for f in feelings) / len(feelings)),)
        tags = [t for c in ("Tags (People)", "Tags (Places)", "Tags (Events)")
                for t in row[c].split(";") if t]
        assert record.tags == tuple(dict.fromkeys(tags))
        # Its feelings are feelings now, each in How We Feel's quadrant.
        assert record.feelings == tuple(feelings)
        assert dict(record.feeling_groups) == {
            f: how_we_feel.GROUPS[f.casefold()] for f in feelings}
        notes = [row[c] for c in ("Notes", "Reflections", "Takeaways") if row[c]]
        assert record.note == "\n\n".join(notes)
    assert plan.left_out == (("Temperature (F)", 3), ("Weather", 3))
    assert preview(plan, repos).new_feelings == ("Mellow",)  # the one word not in our list
    assert apply(plan, repos)["checkins"] == 3
    assert apply(plan, repos)["checkins"] == 0
    mellow = repos.feelings.by_name("mellow")
    assert mellow is not None and mellow.group == FeelingGroup.PLEASANT_LOW
    by_day = {c.local_date.day: c for c in repos.checkins.between(date.min, date.max)}
    assert (by_day[7].feelings, by_day[7].tags) == (("hopeful", "tired"), ("Appointment", "Home"))


def test_imoodjournal_preset_exactly(repos: Repositories) -> None:
    rows = rows_of("imoodjournal.csv")
    path = FIXTURES / "imoodjournal.csv"
    plan = read_import("csv", path, mapping=mapping_for_file("imoodjournal", path), zone=UTC)
    for number, row in enumerate(rows, start=2):
        record = next(c for c in plan.checkins if c.row == number)
        year, month, day = ordinal_day(row["Date"])
        hour, minute = (int(row["Hour"]), int(row["Minute"])) if row["Hour"] else (12, 0)
        assert record.recorded_at == datetime(year, month, day, hour, minute, tzinfo=UTC)
        assert record.values == (("mood", float(row["Level"])),)
        assert record.note == row["Comment"]
        assert record.tags == tuple(re.findall(r"#(\w+)", row["Comment"]))
    assert apply(plan, repos)["checkins"] == len(rows)


def test_emoods_preset_creates_its_measures(repos: Repositories) -> None:
    rows = rows_of("emoods.csv")
    path = FIXTURES / "emoods.csv"
    plan = read_import("csv", path, mapping=mapping_for_file("emoods", path), zone=UTC)
    keys = {"Depressed": "depressed", "Elevated": "elevated", "Irritability": "irritability",
            "Anxiety": "anxiety", "Sleep": "sleep"}
    for number, row in enumerate(rows, start=2):
        record = next(c for c in plan.checkins if c.row == number)
        assert record.recorded_at == datetime.fromisoformat(row["Date"]).replace(
            hour=12, tzinfo=UTC)
        assert record.values == tuple((k, float(row[c])) for c, k in keys.items() if row[c])
        assert record.note == row["Notes"]
    assert new_measures(plan, repos) == ["Depressed", "Elevated", "Irritability", "Anxiety",
                                         "Sleep"]
    apply(plan, repos)
    made = {m.key: m for m in repos.measures.list()}
    assert (made["anxiety"].min_value, made["anxiety"].max_value) == (0, 3)


@pytest.mark.parametrize(("cell", "expected"), [
    ("22nd Sep 2020", datetime(2020, 9, 22, 12, 0)),
    ("1st Oct 2020", datetime(2020, 10, 1, 12, 0)),
    ("Sep 3rd, 2020", datetime(2020, 9, 3, 12, 0)),
    ("2026 Sun Feb 8 4:04 PM", datetime(2026, 2, 8, 16, 4)),
    ("Tuesday 22 September 2020 21:30", datetime(2020, 9, 22, 21, 30)),
    ("2020-09-22", datetime(2020, 9, 22, 12, 0)),
    ("2020-09-22T07:15", datetime(2020, 9, 22, 7, 15)),
])
def test_dates_in_words_and_ordinals(tmp_path: Path, cell: str, expected: datetime) -> None:
    path = written(tmp_path, f'day,mood\n"{cell}",5\n')
    plan = read_import("csv", path, mapping=CsvMapping(date="day", measures={"mood": "mood"}),
                       zone=UTC)
    assert plan.checkins[0].recorded_at == expected.replace(tzinfo=UTC)


def test_a_date_format_may_hold_ordinals(tmp_path: Path) -> None:
    path = written(tmp_path, "day,mood\n03rd/04/2024,5\n")
    plan = read_import("csv", path, mapping=CsvMapping(
        date="day", measures={"mood": "mood"}, date_format="%d/%m/%Y"), zone=UTC)
    assert plan.checkins[0].recorded_at == datetime(2024, 4, 3, 12, tzinfo=UTC)


@pytest.mark.parametrize(("cell", "message"), [
    ("32nd Sep 2020", "doesn't exist"), ("Sep 2020", "isn't a date"),
    ("22nd Sep Oct 2020", "isn't a date"), ("22nd Smarch 2020", "isn't a date"),
    ("03/04/2024", "isn't a date"), ("22nd Sep 2020 25:00", "isn't a time"),
])
def test_a_bad_date_names_its_row(tmp_path: Path, cell: str, message: str) -> None:
    path = written(tmp_path, f'day,mood\n2020-01-01,5\n"{cell}",5\n')
    with pytest.raises(ImportProblem, match=message) as caught:
        read_import("csv", path, mapping=CsvMapping(date="day", measures={"mood": "mood"}),
                    zone=UTC)
    assert (caught.value.row, caught.value.column) == (3, "day")


def test_time_split_over_hour_and_minute(tmp_path: Path) -> None:
    path = written(tmp_path, "d,h,m,v\n2024-01-02,7,5,3\n2024-01-02,23,59,4\n2024-01-03,,,5\n")
    mapping = CsvMapping(date="d", hour="h", minute="m", measures={"v": "mood"})
    plan = read_import("csv", path, mapping=mapping, zone=UTC)
    assert [c.recorded_at.strftime("%d %H:%M") for c in plan.checkins] == [
        "02 07:05", "02 23:59", "03 12:00"]


@pytest.mark.parametrize(("hour", "minute", "column"), [
    ("24", "0", "h"), ("7", "60", "m"), ("x", "1", "h"), ("7", "-1", "m")])
def test_a_bad_split_time_names_row_and_column(tmp_path: Path, hour: str, minute: str,
                                               column: str) -> None:
    path = written(tmp_path, f"d,h,m,v\n2024-01-02,1,2,3\n2024-01-02,{hour},{minute},4\n")
    with pytest.raises(ImportProblem, match="isn't a time of day") as caught:
        read_import("csv", path, mapping=CsvMapping(date="d", hour="h", minute="m"), zone=UTC)
    assert (caught.value.row, caught.value.column) == (3, column)


def test_every_tag_separator(tmp_path: Path) -> None:
    path = written(tmp_path, 'd,t\n2024-01-02,"a | b, c;d"\n')
    plan = read_import("csv", path, mapping=CsvMapping(date="d", tags=("t",)), zone=UTC)
    assert plan.checkins[0].tags == ("a", "b", "c", "d")
    only = read_import("csv", path, mapping=CsvMapping(date="d", tags=("t",),
                                                       tag_separators="|"), zone=UTC)
    assert only.checkins[0].tags == ("a", "b, c;d")


def test_mood_words_map_to_numbers_like_daylio_labels(tmp_path: Path,
                                                       repos: Repositories) -> None:
    path = written(tmp_path, "d,feel\n2024-01-02, Great \n2024-01-03,OKAY\n2024-01-04,\n")
    mapping = CsvMapping(date="d", measures={"feel": "mood"},
                         labels={"feel": {"great": 9, "okay": 5}})
    plan = read_import("csv", path, mapping=mapping, zone=UTC)
    assert [c.values for c in plan.checkins] == [(("mood", 9.0),), (("mood", 5.0),), ()]
    missing = CsvMapping(date="d", measures={"feel": "mood"}, labels={"feel": {"great": 9}})
    with pytest.raises(ImportProblem, match="these words: OKAY") as caught:
        read_import("csv", path, mapping=missing, zone=UTC)
    assert caught.value.column == "feel"


def test_label_words_and_categories_for_the_dialog(tmp_path: Path) -> None:

    text = "d,feel\n2024-01-02,b\n2024-01-03,a;b\n"
    assert label_words(text, CsvMapping(date="d", labels={"feel": {}})) == {"feel": ("b", "a")}
    long = LongForm(category="feel", value="d")
    assert categories_of(text, long) == {"b": 1, "a;b": 1}


def test_a_measure_value_out_of_range_names_its_own_row(tmp_path: Path,
                                                        repos: Repositories) -> None:
    # Rows 2 and 3 share a moment; the bad value is in row 3, not the check-in's first row.
    path = written(tmp_path, "date,time of day,category,rating/amount,detail,notes\n"
                   "1st Oct 2020,am,Energy,3,,\n1st Oct 2020,am,Mood,11,,\n")
    plan = read_import("bearable", path, zone=UTC)
    with pytest.raises(ImportProblem, match="outside the measure's range") as caught:
        preview(plan, repos)
    assert (caught.value.row, caught.value.column) == (3, "rating/amount")
    assert everything(repos) == []


@pytest.mark.parametrize(("line", "column", "message"), [
    ("1st Oct 2020,noonish,Mood,3,,", "time of day", "part of the day"),
    ("1st Oct 2020,am,Mood,three,,", "rating/amount", "isn't a number"),
    ("31st Sep 2020,am,Mood,3,,", "date", "doesn't exist"),
])
def test_a_bad_bearable_value_names_its_row(tmp_path: Path, line: str, column: str,
                                            message: str) -> None:
    path = written(tmp_path, "date,time of day,category,rating/amount,detail,notes\n"
                   f"1st Oct 2020,am,Energy,3,,\n{line}\n")
    with pytest.raises(ImportProblem, match=message) as caught:
        read_import("bearable", path, zone=UTC)
    assert (caught.value.row, caught.value.column) == (3, column)


def test_bearable_needs_its_columns(tmp_path: Path) -> None:
    for header, missing in (("date,rating/amount", "category"),
                            ("category,rating", "date"), ("date,category", "rating/amount")):
        with pytest.raises(ImportProblem, match="Bearable") as caught:
            read_import("bearable", written(tmp_path, header + "\n"), zone=UTC)
        assert caught.value.column == missing


def test_bearable_categories_can_be_chosen(tmp_path: Path, repos: Repositories) -> None:
    uses = {"Symptom": "tags", "Factors": "skip", "Bowel movements": "note"}
    plan = read_import("bearable", FIXTURES / "bearable.csv", zone=UTC, uses=uses)
    first = plan.checkins[0]
    assert first.tags == ("Neck pain (Moderate)",)
    assert first.note == "Symptom: Neck pain (Moderate) 2"
    assert ("Factors", 1) in plan.left_out
    assert any("Bowel movements: Normal 1" in c.note for c in plan.checkins)


def test_a_long_import_can_be_stopped_with_nothing_written(repos: Repositories) -> None:
    plan = read_import("bearable", FIXTURES / "bearable.csv", zone=UTC)
    before = everything(repos)
    measures = [m.key for m in repos.measures.list(include_archived=True)]
    seen: list[tuple[int, int]] = []

    def stop_at_four(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 4:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        apply_with_progress(plan, repos, stop_at_four)
    assert seen == [(n, plan_size(plan)) for n in range(1, 5)]
    assert everything(repos) == before
    assert [m.key for m in repos.measures.list(include_archived=True)] == measures
    # And without a stop, the same plan goes in whole, progress reaching the end.
    steps: list[int] = []
    shown = preview_with_progress(plan, repos, lambda done, total: None)
    assert shown.counts["checkins"] == 6
    added = apply_with_progress(plan, repos, lambda done, total: steps.append(done))
    assert added["checkins"] == 6 and steps[-1] == plan_size(plan)


def test_preview_reports_progress_and_apply_ends_at_the_total(repos: Repositories) -> None:
    plan = read_import("bearable", FIXTURES / "bearable.csv", zone=UTC)
    seen: list[tuple[int, int]] = []
    preview_with_progress(plan, repos, lambda done, total: seen.append((done, total)))
    assert seen and seen[0] == (1, plan_size(plan))
    calls: list[tuple[int, int]] = []
    apply_with_progress(plan, repos, lambda done, total: calls.append((done, total)))
    assert calls[-1] == (plan_size(plan), plan_size(plan))


def test_an_archived_measure_is_not_made_again(repos: Repositories) -> None:
    made = repos.measures.add("energy", 0, 10)
    repos.measures.set_archived(made.id, True)
    plan = read_import("bearable", FIXTURES / "bearable.csv", zone=UTC)
    assert new_measures(plan, repos) == ["Sleep"]
