"""The numbers behind the charts: whole numbers stay whole, gaps are rows, empty columns go."""

from __future__ import annotations

import math
from datetime import date

from recovery_journal.insights import tables
from recovery_journal.insights.series import MeasureSeries, measure_series
from recovery_journal.model import MeasureDays

D = date(2026, 11, 1)
NAN = math.nan


def _series(values: dict[int, list[int]], days: int = 5) -> MeasureSeries:
    """Mood on days D + offset, several values a day when the list has several."""
    offsets = sorted(values)
    found = MeasureDays(
        key="mood",
        days=tuple(date.fromordinal(D.toordinal() + o) for o in offsets),
        mean=tuple(sum(values[o]) / len(values[o]) for o in offsets),
        low=tuple(float(min(values[o])) for o in offsets),
        high=tuple(float(max(values[o])) for o in offsets),
        count=tuple(len(values[o]) for o in offsets),
    )
    return measure_series(found, "Mood", (0, 10), D, date.fromordinal(D.toordinal() + days - 1))


def test_cells_write_whole_numbers_whole() -> None:
    assert tables.cell(6.0) == "6"
    assert tables.cell(6.25) == "6.2" or tables.cell(6.25) == "6.3"
    assert tables.cell(NAN) == ""


def test_days_without_a_check_in_are_rows_with_empty_cells() -> None:
    headers, rows = tables.for_screen(
        tables.over_time([_series({0: [6], 3: [7]})], spread=True), D, date(2026, 11, 5))
    assert [row[0] for row in rows] == [f"2026-11-0{d}" for d in range(1, 6)]
    assert rows[0][1] == "6" and rows[3][1] == "7"
    assert rows[1][1:] == ("",) * (len(headers) - 1)


def test_a_column_with_no_values_is_left_out() -> None:
    # One check-in a day: no day has a range, so the range column goes.
    headers, _ = tables.for_screen(
        tables.over_time([_series({0: [6], 1: [6, 6]})], spread=True), D, date(2026, 11, 5))
    assert not any("lowest" in h for h in headers)
    headers, rows = tables.for_screen(
        tables.over_time([_series({0: [4, 8]})], spread=True), D, date(2026, 11, 5))
    assert "Mood: lowest–highest that day" in headers
    assert rows[0][headers.index("Mood: lowest–highest that day")] == "4–8"


def test_a_list_of_events_gets_no_gap_rows() -> None:
    table = (("Day", "Goal", "What", "Number"),
             (("2026-11-02", "Walk", "Review", "65%"), ("2026-11-02", "Read", "Review", "65%")))
    assert tables.for_screen(table, D, date(2026, 11, 5)) == table
