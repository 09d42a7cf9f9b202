"""Edges of the CSV mapping: every refusal's words, row and column, time zones, short rows."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest

from recovery_journal.portability.formats import bearable
from recovery_journal.portability.formats.csv_dates import (
    clock_or_part,
    parse_when,
    split_clock,
)
from recovery_journal.portability.formats.mapped_csv import (
    CsvMapping,
    LongForm,
    NewMeasure,
    categories_of,
    columns_of,
    label_words,
    parse,
)
from recovery_journal.portability.records import ImportProblem, MeasureRecord

FIVE = timezone(timedelta(hours=5))
LONG = LongForm(category="cat", value="val", detail="det", uses={"Mood": "m:mood",
                                                                 "Walk": "tags",
                                                                 "Pain": "note"})
EMPTY = "The file is empty."
NO_COLUMN = "The file has no column with this name."
SHORT = "This row has fewer cells than the header."


def problem(call: object, *args: object, **kwargs: object) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        call(*args, **kwargs)  # type: ignore[operator]
    return caught.value


@pytest.mark.parametrize("call", [
    lambda: parse(" \n", CsvMapping(date="d"), UTC),
    lambda: label_words("\n", CsvMapping(date="d")),
    lambda: categories_of("\n", LONG),
    lambda: columns_of("\n"),
    lambda: bearable.parse("\n", UTC),
])
def test_an_empty_file_says_so(call: object) -> None:
    found = problem(call)
    assert (found.message, found.row, found.column) == (EMPTY, None, None)


def test_a_missing_column_is_named_in_row_one() -> None:
    found = problem(parse, "d,x\n2024-01-01,1\n", CsvMapping(date="d", note="Notes"), UTC)
    assert (found.message, found.row, found.column) == (NO_COLUMN, 1, "Notes")
    found = problem(categories_of, "d,x\n", LONG)
    assert (found.message, found.row, found.column) == (NO_COLUMN, 1, "cat")
    long_note = CsvMapping(date="d", note="n", long=LONG)
    found = problem(parse, "d,cat,val,det\n2024-01-01,Mood,1,\n", long_note, UTC)
    assert (found.message, found.row, found.column) == (NO_COLUMN, 1, "n")


@pytest.mark.parametrize(("header", "column"), [
    ("date,rating/amount", "category"), ("category,amount", "date"),
    ("date,category,detail", "rating/amount")])
def test_bearable_names_the_missing_column(header: str, column: str) -> None:
    found = problem(bearable.parse, header + "\n", UTC)
    assert found.message == "This doesn't look like a Bearable export: a column is missing."
    assert (found.row, found.column) == (1, column)


def test_bearable_reads_a_minimal_header_in_another_zone() -> None:
    plan = bearable.parse("Date,Category,Amount\n1st Oct 2020,Mood,4\n"
                          "1st Oct 2020,Factors,\n", FIVE)
    assert plan.format == "bearable"
    [record] = plan.checkins
    assert record.recorded_at == datetime(2020, 10, 1, 12, tzinfo=FIVE)
    assert (record.values, record.tags, record.note) == ((("mood", 4.0),), ("Factors",), "")
    assert plan.value_columns == (("energy", "amount"), ("mood", "amount"), ("sleep", "amount"))


def test_bearable_keeps_detail_and_notes_columns_as_written() -> None:
    plan = bearable.parse("DATE,TIME OF DAY,CATEGORY,RATING/AMOUNT,DETAIL,NOTES\n"
                          "1st Oct 2020,AM,Factors,,Tea | Walk,Slow start\n", UTC)
    [record] = plan.checkins
    assert record.recorded_at == datetime(2020, 10, 1, 8, tzinfo=UTC)
    assert (record.tags, record.note) == (("Tea", "Walk"), "Slow start")


@pytest.mark.parametrize(("form", "cell", "clock"), [
    ("%d/%m/%Y %H", "03/04/2024 21", time(21)),
    ("%d/%m/%Y %I%p", "03/04/2024 9PM", time(21)),
    ("%d/%m/%Y %M", "03/04/2024 30", time(0, 30)),
    ("%d %B %Y", "3rd April 2024", None),
])
def test_a_date_format_says_whether_it_holds_a_clock(form: str, cell: str,
                                                    clock: time | None) -> None:
    day, found = parse_when(cell, form, row=2, column="d")
    assert (day.isoformat(), found) == ("2024-04-03", clock)


def test_a_date_not_in_the_format_names_row_and_column() -> None:
    found = problem(parse_when, "2024-04-03", "%d/%m/%Y", row=7, column="when")
    assert (found.message, found.row, found.column) == (
        "This isn't a date in the expected form.", 7, "when")


def test_dates_without_a_clock_have_none() -> None:
    assert parse_when("22nd Sep 2020", None, row=2, column="d")[1] is None
    found = problem(parse_when, "30th Feb 2020", None, row=4, column="d")
    assert (found.message, found.row, found.column) == ("This date doesn't exist.", 4, "d")


def test_a_split_time_needs_its_hour() -> None:
    assert split_clock("", " ", row=2, hour_column="h", minute_column="m") is None
    assert split_clock("7", "", row=2, hour_column="h", minute_column="m") == time(7, 0)
    found = problem(split_clock, "", "5", row=3, hour_column="h", minute_column="m")
    assert (found.message, found.row, found.column) == ("This isn't a time of day.", 3, "h")


def test_a_part_of_the_day_it_does_not_know() -> None:
    parts = {"am": time(8), "pm": time(18)}
    found = problem(clock_or_part, "dusk", parts, row=5, column="t")
    assert (found.message, found.row, found.column) == (
        "This part of the day isn't one this import knows (am, pm).", 5, "t")
    found = problem(clock_or_part, "25:00", parts, row=6, column="t")
    assert (found.row, found.column) == (6, "t")
    assert clock_or_part(" PM ", parts, row=2, column="t") == time(18)
    assert clock_or_part("", parts, row=2, column="t") is None


def test_parts_of_the_day_may_be_written_without_minutes() -> None:
    mapping = CsvMapping(date="d", time="t", parts_of_day={"dawn": "5:30", "dusk": "21"})
    plan = parse("d,t\n2024-01-02,dawn\n2024-01-02,dusk\n", mapping, UTC)
    assert [c.recorded_at.time() for c in plan.checkins] == [time(5, 30), time(21, 0)]


def test_wide_rows_in_another_zone_with_every_part() -> None:
    mapping = CsvMapping(
        date="d", hour="h", minute="m", measures={"Feel": "mood", "E": "energy"},
        labels={"Feel": {"Good": 8, "low": 2}}, tags=("T",), hashtags=("N",), note="N",
        notes=("R",), new_measures=(NewMeasure("energy", "Energy", 0, 5, 0.5, "a", "b"),
                                    NewMeasure("unused", "Unused", 0, 1)))
    text = ("d,h,m,Feel,E,T,N,R,Extra\n"
            "2024-01-02,7,5,good;LOW,3,a|b,Hi #tea and #walk-long,More,x\n"
            "2024-01-03,,,,,,,,\n")
    plan = parse(text, mapping, FIVE)
    assert plan.format == "csv"
    first, second = plan.checkins
    assert first.recorded_at == datetime(2024, 1, 2, 7, 5, tzinfo=FIVE)
    assert first.values == (("mood", 5.0), ("energy", 3.0))
    assert first.tags == ("a", "b", "tea", "walk-long")
    assert first.note == "Hi #tea and #walk-long\n\nMore"
    assert (second.recorded_at, second.values, second.tags, second.note) == (
        datetime(2024, 1, 3, 12, tzinfo=FIVE), (), (), "")
    assert plan.rest.measures == (MeasureRecord("energy", "Energy", 0, 5, "a", "b", False, 0.5),)
    assert plan.value_columns == (("mood", "Feel"), ("energy", "E"))
    assert plan.left_out == (("Extra", 1),)
    words = CsvMapping(date="d", labels={"Feel": {}}, tag_separators="")
    assert label_words("d,Feel\n1, b \n2,a\n3,b\n4,\n", words) == {"Feel": ("b", "a")}


def test_unknown_words_are_listed_once_each() -> None:
    mapping = CsvMapping(date="d", measures={"F": "mood"}, labels={"F": {"ok": 5}})
    found = problem(parse, "d,F\n2024-01-01,meh\n2024-01-02,ok;blah\n2024-01-03,meh\n",
                    mapping, UTC)
    assert (found.message, found.row, found.column) == (
        "Choose a number for each of these words: meh, blah.", None, "F")


def test_long_rows_in_another_zone() -> None:
    mapping = CsvMapping(date="d", time="t", note="n", long=LONG, tag_separators="|",
                         new_measures=(NewMeasure("mood", "Mood", 0, 10),))
    text = ("d,t,cat,val,det,n\n"
            "2024-01-02,09:00,Mood,,,\n"
            "2024-01-02,09:00,Mood,,,\n"
            "2024-01-02,09:00,,1,,\n"
            "2024-01-02,09:00,Sleep,8,,\n"
            "2024-01-02,09:00,Walk,2,Park | Sun,Nice\n"
            "2024-01-02,09:00,Pain,,Knee,\n"
            "2024-01-02,09:00,Mood,6,,\n")
    plan = parse(text, mapping, FIVE)
    [record] = plan.checkins
    assert record.row == 6
    assert record.recorded_at == datetime(2024, 1, 2, 9, tzinfo=FIVE)
    assert record.values == (("mood", 6.0),) and record.value_rows == (("mood", 8),)
    assert record.tags == ("Park", "Sun")
    assert record.note == "Walk: Park | Sun 2\nNice\nPain: Knee"
    assert plan.left_out == (("(no category)", 1), ("Mood (no number)", 2), ("Sleep", 1))
    assert plan.rest.measures == (MeasureRecord("mood", "Mood", 0, 10, "", "", False, None),)
    assert plan.value_columns == (("mood", "val"),)
    assert categories_of(text, LONG) == {"Mood": 3, "Sleep": 1, "Walk": 1, "Pain": 1}
    assert categories_of("cat\nmood\nMOOD\n", LongForm(category="cat", value="v")) == {
        "mood": 2}


def test_a_tag_reading_without_a_detail_is_its_category() -> None:
    plan = parse("d,cat,val,det\n2024-01-02,Walk,,\n", CsvMapping(date="d", long=LONG), UTC)
    assert plan.checkins[0].tags == ("Walk",)


@pytest.mark.parametrize("cells", range(1, 10))
def test_a_short_wide_row_names_its_row_and_first_missing_column(cells: int) -> None:
    header = ["d", "t", "h", "m", "F", "Tg", "N", "R", "Hs"]
    mapping = CsvMapping(date="d", time="t", hour="h", minute="m", measures={"F": "mood"},
                         tags=("Tg",), note="N", notes=("R",), hashtags=("Hs",))
    full = ["2024-01-02", "09:00", "9", "0", "5", "x", "note", "more", "#a"]
    text = ",".join(header) + "\n" + ",".join(full) + "\n" + ",".join(full[:cells]) + "\n"
    if cells == len(header):
        assert len(parse(text, mapping, UTC).checkins) == 2
        return
    found = problem(parse, text, mapping, UTC)
    order = ["d", "t", "h", "m", "F", "Tg", "Hs", "N", "R"]
    expected = next(c for c in order if header.index(c) >= cells)
    assert (found.message, found.row, found.column) == (SHORT, 3, expected)


@pytest.mark.parametrize("cells", range(1, 6))
def test_a_short_long_row_names_its_row_and_first_missing_column(cells: int) -> None:
    header = ["d", "cat", "val", "det", "n"]
    full = ["2024-01-02", "Walk", "1", "Park", "x"]
    mapping = CsvMapping(date="d", note="n", long=LONG)
    text = ",".join(header) + "\n" + ",".join(full) + "\n" + ",".join(full[:cells]) + "\n"
    if cells == len(header):
        assert len(parse(text, mapping, UTC).checkins) == 1
        return
    found = problem(parse, text, mapping, UTC)
    assert (found.message, found.row, found.column) == (SHORT, 3, header[cells])


def test_short_rows_in_the_dialog_helpers() -> None:
    found = problem(label_words, "d,F\n1,a\n2\n", CsvMapping(date="d", labels={"F": {}}))
    assert (found.message, found.row, found.column) == (SHORT, 3, "F")
    found = problem(categories_of, "d,cat\n1,a\n2\n", LONG)
    assert (found.message, found.row, found.column) == (SHORT, 3, "cat")
    found = problem(parse, "d,F\n1,a\n2\n", CsvMapping(
        date="d", measures={"F": "mood"}, labels={"F": {"a": 1}}), UTC)
    assert (found.message, found.row, found.column) == (SHORT, 3, "F")


def test_a_bad_number_names_row_and_column() -> None:
    found = problem(parse, "d,F\n2024-01-01,1\n2024-01-02,x\n",
                    CsvMapping(date="d", measures={"F": "mood"}), UTC)
    assert (found.message, found.row, found.column) == ("This isn't a number.", 3, "F")
    found = problem(parse, "d\n2024-01-01\n0001-01-01\n", CsvMapping(date="d"), UTC)
    assert (found.row, found.column) == (3, "d")


def test_a_preset_keeps_only_the_columns_the_file_has() -> None:
    from recovery_journal.portability.presets import present_columns

    full = CsvMapping(date="Date", time="Time", hour="Hour", minute="Minute",
                      measures={"Mood": "mood", "Gone": "gone"}, tags=("Tags", "Lost"),
                      note="Note", notes=("More", "Away"), hashtags=("Note", "Nope"),
                      labels={"Mood": {"ok": 5.0}, "Gone": {"x": 1.0}}, tag_separators=";")
    header = ["date", "TIME", "hour", "minute", "mood", "tags", "note", "more"]
    kept = present_columns(full, header)
    assert (kept.date, kept.time, kept.hour, kept.minute, kept.note) == (
        "Date", "Time", "Hour", "Minute", "Note")
    assert (kept.measures, kept.tags, kept.notes, kept.hashtags) == (
        {"Mood": "mood"}, ("Tags",), ("More",), ("Note",))
    assert kept.labels == {"Mood": {"ok": 5.0}} and kept.tag_separators == ";"
    bare = present_columns(full, ["date"])
    assert (bare.time, bare.hour, bare.minute, bare.note, bare.measures, bare.labels) == (
        None, None, None, None, {}, {})


def test_progress_counts_every_record_and_ends_at_the_total() -> None:
    from recovery_journal.portability.progress import plan_size
    from recovery_journal.portability.records import CheckInRecord, ImportPlan, VaultRecords

    assert plan_size(ImportPlan("csv")) == 1
    moment = datetime(2024, 1, 2, tzinfo=UTC)
    plan = ImportPlan("csv", checkins=(CheckInRecord(2, moment), CheckInRecord(3, moment)),
                      rest=VaultRecords(measures=(MeasureRecord("e", "E", 0, 1, "", "", False),)))
    assert plan_size(plan) == 3


def test_a_row_with_more_cells_than_the_header_is_refused() -> None:
    found = problem(parse, "d,n\n2024-01-01,a\n2024-01-02,Tea, then a walk\n",
                    CsvMapping(date="d", note="n"), UTC)
    assert (found.message, found.row, found.column) == (
        "This row has more cells than the header.", 3, None)
    # Empty trailing cells (a spreadsheet's habit) hold nothing, so they are fine.
    plan = parse("d,n\n2024-01-01,a,,\n", CsvMapping(date="d", note="n"), UTC)
    assert plan.checkins[0].note == "a"


def test_a_short_row_missing_only_an_unread_column_is_read() -> None:
    plan = parse("d,x\n2024-01-01\n", CsvMapping(date="d"), UTC)
    assert len(plan.checkins) == 1 and plan.left_out == ()


def test_a_new_measure_for_a_column_holds_every_number_in_it() -> None:
    from recovery_journal.portability.formats.mapped_csv import new_measure_for

    text = "d,Sleep (h),Pain\n1,7.5,2\n2,,12.2\n3,-0.5,\n"
    assert new_measure_for(text, "Sleep (h)") == NewMeasure("sleep_h", "Sleep (h)", -1, 10)
    assert new_measure_for(text, " pain ") == NewMeasure("pain", "pain", 0, 13)
    assert new_measure_for("d,?\n1,3\n", "?") == NewMeasure("measure", "?", 0, 10)
    found = problem(new_measure_for, "d,P\n1,2\n2,lots\n", "P")
    assert (found.message, found.row, found.column) == ("This isn't a number.", 3, "P")


def test_short_rows_where_the_date_or_a_note_is_the_missing_cell() -> None:
    found = problem(parse, "x,d\na,2024-01-01\nb\n", CsvMapping(date="d"), UTC)
    assert (found.message, found.row, found.column) == (SHORT, 3, "d")
    mapping = CsvMapping(date="d", hashtags=("H",), note="N")
    found = problem(parse, "d,H,N\n2024-01-01,#a,x\n2024-01-02,#b\n", mapping, UTC)
    assert (found.message, found.row, found.column) == (SHORT, 3, "N")


def test_long_rows_count_and_gather_every_reading() -> None:
    mapping = CsvMapping(date="d", long=LONG, tag_separators="|")
    text = ("d,cat,val,det\n2024-01-02,,1,\n2024-01-02,,2,\n"
            "2024-01-02,Walk,,Park\n2024-01-02,Walk,,Sea | Sun\n")
    plan = parse(text, mapping, UTC)
    assert plan.left_out == (("(no category)", 2),)
    assert plan.checkins[0].tags == ("Park", "Sea", "Sun")
    found = problem(parse, "d,cat,val,det\n2024-01-02,Walk,,\n0001-01-01,Walk,,\n", mapping,
                    UTC)
    assert (found.row, found.column) == (3, "d")


def test_bearable_splits_details_on_the_bar_only() -> None:
    plan = bearable.parse("date,category,rating/amount,detail\n"
                          "1st Oct 2020,Factors,,\"Xanax, low; dose | Tea\"\n", UTC)
    assert plan.checkins[0].tags == ("Xanax, low; dose", "Tea")


def test_a_new_measure_for_an_empty_or_short_file() -> None:
    from recovery_journal.portability.formats.mapped_csv import new_measure_for

    assert new_measure_for(" \n", "Pain") == NewMeasure("pain", "Pain", 0, 10)
    assert new_measure_for("d,P\n1,-2.5\n", "P") == NewMeasure("p", "P", -3, 10)
    found = problem(new_measure_for, "d,P\n1,2\n3\n", "P")
    assert (found.message, found.row, found.column) == (SHORT, 3, "P")
