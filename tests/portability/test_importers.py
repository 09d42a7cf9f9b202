"""Each importer on sample files made for the tests (all content invented)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from recovery_journal.portability.importing import (
    FORMATS,
    CsvMapping,
    ImportProblem,
    apply,
    csv_columns,
    daylio_mood_labels,
    preview,
    read_import,
)
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

SAMPLES = Path(__file__).parent.parent / "fixtures" / "imports"
OLDER_MOODS: dict[str, float] = {"happy": 8, "average": 5, "sad": 2}


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


def sample(name: str, tmp_path: Path, *, crlf: bool = False, bom: bool = False) -> Path:
    data = (SAMPLES / name).read_bytes()
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    if bom:
        data = b"\xef\xbb\xbf" + data
    path = tmp_path / name
    path.write_bytes(data)
    return path


def written(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_the_formats_offered() -> None:
    assert set(FORMATS) == {"json", "daylio", "pixels", "jrnl", "bearable", "csv"}


@pytest.mark.parametrize(("crlf", "bom"), [(False, False), (True, False), (True, True)])
def test_daylio_current_header(repos: Repositories, tmp_path: Path, crlf: bool,
                               bom: bool) -> None:
    plan = read_import("daylio", sample("daylio_current.csv", tmp_path, crlf=crlf, bom=bom),
                       zone=UTC)
    assert set(plan.mood_labels) == {"good", "meh", "rad", "awful"}
    checkins = plan.checkins
    assert [c.recorded_at for c in checkins] == [
        datetime(2024, 3, 3, 21, 30, tzinfo=UTC), datetime(2024, 3, 4, 0, 5, tzinfo=UTC),
        datetime(2024, 3, 5, 8, 15, tzinfo=UTC), datetime(2024, 3, 5, 21, 30, tzinfo=UTC),
    ]
    assert [dict(c.values)["mood"] for c in checkins] == [0, 10, 5, 7.5]
    evening = checkins[3]
    assert evening.tags == ("walk", "friends", "reading")
    assert evening.note == "Evening\nTea with a friend\nFelt calmer & lighter"
    assert checkins[2].note == "Slow start\nCoffee helped"
    assert checkins[0].note == "Hard day" and checkins[0].tags == ("sleep early",)
    assert apply(plan, repos) == {"checkins": 4, "journal_entries": 0}
    saved = repos.checkins.between(date(2024, 3, 1), date(2024, 3, 31))
    assert [c.values["mood"] for c in saved] == [0, 10, 5, 7.5]
    assert saved[3].tags == ("friends", "reading", "walk")


def test_daylio_older_header_with_custom_moods(repos: Repositories, tmp_path: Path) -> None:
    path = sample("daylio_older.csv", tmp_path, crlf=True)
    assert daylio_mood_labels(path) == ("happy", "average", "sad")
    plan = read_import("daylio", path, mood_map=OLDER_MOODS, zone=UTC)
    assert [(c.recorded_at.time(), dict(c.values)["mood"]) for c in plan.checkins] == [
        (time(22, 21), 2), (time(7, 2), 5), (time(23, 54), 8)]
    assert plan.checkins[0].recorded_at.date() == date(2019, 5, 17)
    assert plan.checkins[1].tags == ("cook", "tired")
    apply(plan, repos)
    assert repos.checkins.count() == 3


def test_daylio_unknown_moods_are_named_and_nothing_is_read(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem) as caught:
        read_import("daylio", sample("daylio_older.csv", tmp_path), mood_map={"happy": 9})
    assert caught.value.column == "mood"
    assert "average" in caught.value.message and "sad" in caught.value.message


@pytest.mark.parametrize("value", [11, -1, float("nan")])
def test_daylio_mood_map_outside_0_to_10_is_refused(tmp_path: Path, value: float) -> None:
    with pytest.raises(ImportProblem, match="0 to 10"):
        read_import("daylio", sample("daylio_current.csv", tmp_path), mood_map={"good": value})


def test_daylio_twice_adds_nothing_the_second_time(repos: Repositories, tmp_path: Path) -> None:
    path = sample("daylio_current.csv", tmp_path)
    apply(read_import("daylio", path), repos)
    again = read_import("daylio", path)
    shown = preview(again, repos)
    assert shown.already_there["checkins"] == 4
    assert shown.first_day == date(2024, 3, 3) and shown.last_day == date(2024, 3, 5)
    assert apply(again, repos)["checkins"] == 0
    assert repos.checkins.count() == 4


def test_daylio_missing_optional_and_extra_columns(repos: Repositories, tmp_path: Path) -> None:
    path = written(tmp_path, "full_date,date,time,mood,colour\n2024-01-01,x,10:00,meh,blue\n")
    plan = read_import("daylio", path, zone=UTC)
    assert plan.checkins[0].note == "" and plan.checkins[0].tags == ()
    assert apply(plan, repos)["checkins"] == 1


@pytest.mark.parametrize(("text", "row", "column"), [
    ("full_date,date,time,activities\n", 1, "mood"),
    ("date,time,mood\n", 1, "full_date"),
    ("full_date,date,time,mood\n2024-02-30,x,10:00,meh\n", 2, "full_date"),
    ("full_date,date,time,mood\n2024-02-03,x,25:00,meh\n", 2, "time"),
    ("full_date,date,time,mood\n2024-02-03,x,13:00 pm,meh\n", 2, "time"),
    ("full_date,date,time,mood\n2024-02-03,x\n", 2, "mood"),
    ("full_date,date,time,mood\n2024-02-03,x,10:00,meh,extra\n", 2, None),
    ("year,date,time,mood\n2019,Smarch 3,10:00,meh\n", 2, "date"),
])
def test_daylio_bad_rows_name_row_and_column(
    tmp_path: Path, text: str, row: int, column: str | None
) -> None:
    with pytest.raises(ImportProblem) as caught:
        read_import("daylio", written(tmp_path, text))
    assert (caught.value.row, caught.value.column) == (row, column)


def test_daylio_five_megabyte_note(repos: Repositories, tmp_path: Path) -> None:
    note = "word " * 1_000_000
    path = written(tmp_path, f'full_date,date,time,mood,note\n2024-01-01,x,10:00,meh,"{note}"\n')
    apply(read_import("daylio", path), repos)
    assert len(repos.checkins.recent(1)[0].note) == len(note.strip())


@pytest.mark.parametrize("format", ["json", "daylio", "pixels", "jrnl", "csv"])
@pytest.mark.parametrize("content", [b"", b"   \n", b"\xff\xfe\x00b", b"\x00\x00"])
def test_empty_or_unreadable_files_are_a_plain_problem(
    tmp_path: Path, format: str, content: bytes
) -> None:
    path = tmp_path / "in"
    path.write_bytes(content)
    with pytest.raises(ImportProblem):
        read_import(format, path, mapping=CsvMapping(date="Date"))


def test_pixels(repos: Repositories, tmp_path: Path) -> None:
    """Two scores on one day (sub-pixels) are two check-ins, never one averaged mood."""
    plan = read_import("pixels", sample("pixels.json", tmp_path), zone=UTC)
    assert len(plan.checkins) == 3
    first, second, third = plan.checkins
    assert first.recorded_at == datetime(2024, 1, 2, 12, tzinfo=UTC)
    assert dict(first.values) == {"mood": 7.5}
    assert first.tags == ("walk",)  # Activities stay tags; Emotions become feelings
    assert first.feelings == ("calm", "tired")
    assert first.note == "Long walk by the river"
    assert [dict(second.values), dict(third.values)] == [{"mood": 2.5}, {"mood": 5.0}]
    assert plan.empty_rows == (3,)
    assert apply(plan, repos)["checkins"] == 3
    assert apply(read_import("pixels", sample("pixels.json", tmp_path), zone=UTC),
                 repos)["checkins"] == 0


def test_jrnl(repos: Repositories, tmp_path: Path) -> None:
    plan = read_import("jrnl", sample("jrnl.json", tmp_path), zone=UTC)
    assert [e.title for e in plan.journal_entries] == ["A quiet evening.",
                                                         "Breakfast with my sister."]
    assert plan.journal_entries[0].tags == ("garden",)
    assert plan.journal_entries[0].written_at == datetime(2023, 9, 1, 19, 45, tzinfo=UTC)
    assert apply(plan, repos)["journal_entries"] == 2
    assert apply(plan, repos)["journal_entries"] == 0
    assert repos.journal.count() == 2


def test_any_csv_with_a_column_mapping(repos: Repositories, tmp_path: Path) -> None:
    repos.measures.add("Sleep", 0, 24)
    path = sample("any_csv.csv", tmp_path, bom=True)
    assert csv_columns(path) == ["Date", "Time", "Depressed", "Elevated", "Sleep", "Notes",
                                 "Extra"]
    mapping = CsvMapping(date="Date", time="Time", measures={"Sleep": "sleep"},
                         tags=("Extra",), note="Notes")
    plan = read_import("csv", path, mapping=mapping, zone=UTC)
    assert [c.recorded_at for c in plan.checkins] == [
        datetime(2024, 2, 1, 22, tzinfo=UTC), datetime(2024, 2, 2, 12, tzinfo=UTC)]
    assert apply(plan, repos)["checkins"] == 2
    assert [c.values for c in repos.checkins.recent()] == [{"sleep": 8.0}, {"sleep": 7.5}]


def test_any_csv_value_outside_the_range_names_the_column(
    repos: Repositories, tmp_path: Path
) -> None:
    path = written(tmp_path, "when,how\n01/02/2024,4\n02/02/2024,40\n")
    mapping = CsvMapping(date="when", measures={"how": "mood"}, date_format="%d/%m/%Y")
    plan = read_import("csv", path, mapping=mapping)
    with pytest.raises(ImportProblem) as caught:
        preview(plan, repos)
    assert (caught.value.row, caught.value.column) == (3, "how")
    with pytest.raises(ImportProblem):
        apply(plan, repos)
    assert repos.checkins.count() == 0


@pytest.mark.parametrize(("text", "row", "column"), [
    ("d,m\n2024-13-01,1\n", 2, "d"),
    ("d,m\n2024-01-01,NaN\n", 2, "m"),
    ("d,m\n2024-01-01,lots\n", 2, "m"),
    ("d,x\n2024-01-01,1\n", 1, "m"),
])
def test_any_csv_bad_cells(tmp_path: Path, text: str, row: int, column: str) -> None:
    mapping = CsvMapping(date="d", measures={"m": "mood"})
    with pytest.raises(ImportProblem) as caught:
        read_import("csv", written(tmp_path, text), mapping=mapping)
    assert (caught.value.row, caught.value.column) == (row, column)


def test_any_csv_needs_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem):
        read_import("csv", written(tmp_path, "a\n1\n"))


@pytest.mark.parametrize(("text", "message"), [
    ('{"format": "recovery-journal", "version": 1, "checkins": [], "checkins": []}', "twice"),
    ('{"format": "recovery-journal", "version": 1, "checkins": [{"recorded_at": '
     '"2024-01-01T10:00:00+00:00", "values": {"mood": NaN}}]}', "ordinary number"),
    ("[" * 100_000 + "]" * 100_000, "nested"),
    ('{"format": "recovery-journal", "version": 9}', "newer"),
    ('{"format": "recovery-journal", "version": 1, "checkins": [{"recorded_at": "soon"}]}',
     "date and time"),
    ('{"format": "recovery-journal", "version": 1, "checkins": [{"recorded_at": '
     '"2024-01-01T10:00:00"}]}', "offset"),
    ('{"format": "other"}', "isn't a Recovery Journal export"),
    ("{", "valid JSON"),
])
def test_our_json_refuses_malformed_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ImportProblem, match=message):
        read_import("json", written(tmp_path, text, "in.json"))


def test_a_bad_row_late_in_the_file_writes_nothing(repos: Repositories, tmp_path: Path) -> None:
    good = '{"recorded_at": "2024-01-01T10:00:00+00:00", "values": {"mood": 5}}'
    bad = '{"recorded_at": "2024-01-02T10:00:00+00:00", "values": {"mood": 50}}'
    text = ('{"format": "recovery-journal", "version": 1, "tags": [{"name": "New"}], '
            f'"checkins": [{good}, {bad}]}}')
    plan = read_import("json", written(tmp_path, text, "in.json"))
    with pytest.raises(ImportProblem) as caught:
        apply(plan, repos)
    assert (caught.value.row, caught.value.column) == (2, "checkins.values.mood")
    assert repos.checkins.count() == 0
    assert repos.tags.by_name("New") is None
    assert "Row 2" in str(caught.value)
