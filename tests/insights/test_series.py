"""Daily values and rolling means over calendar days: gaps stay gaps."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from recovery_journal.insights.days import measure_days
from recovery_journal.insights.series import (
    DailyValues,
    block_ends,
    block_means,
    daily_values,
    measure_series,
    min_days_for,
    rolling_mean,
    rolling_spread,
)
from tests.insights.records import D, checkin

NAN = math.nan


def same(a: tuple[float, ...], b: list[float]) -> bool:
    pairs = zip(a, b, strict=False)
    return len(a) == len(b) and all(
        (math.isnan(x) and math.isnan(y)) or x == pytest.approx(y) for x, y in pairs
    )


def test_several_checkins_a_day_are_averaged_with_their_spread() -> None:
    found = [checkin(D, {"mood": 4}, hour=8), checkin(D, {"mood": 8}, hour=20),
             checkin(D, {"mood": 6}, hour=12), checkin(D + timedelta(days=2), {"mood": 5})]
    daily = daily_values(measure_days(found, "mood"), D, D + timedelta(days=2))
    assert same(daily.mean, [6.0, NAN, 5.0])
    assert same(daily.low, [4.0, NAN, 5.0])
    assert same(daily.high, [8.0, NAN, 5.0])
    assert daily.count == (3, 0, 1)
    assert daily.days_with_values == 2
    # Each day counts once: (6 + 5) / 2, not the mean of the four check-ins.
    assert daily.average() == pytest.approx(5.5)


def test_values_of_other_measures_and_days_outside_are_left_out() -> None:
    found = [checkin(D - timedelta(days=1), {"mood": 1}), checkin(D, {"hope": 3}),
             checkin(D + timedelta(days=1), {"mood": 7})]
    daily = daily_values(measure_days(found, "mood"), D, D + timedelta(days=1))
    assert same(daily.mean, [NAN, 7.0])


def test_an_empty_period_has_no_average() -> None:
    daily = daily_values(measure_days([], "mood"), D, D + timedelta(days=6))
    assert daily.days_with_values == 0 and math.isnan(daily.average())
    assert len(daily.mean) == 7


def test_rolling_mean_is_over_calendar_days_and_needs_enough_days() -> None:
    values = [2.0, NAN, 4.0, NAN, NAN, NAN, 6.0]
    # Window 3, at least 2 days with a value.
    assert same(rolling_mean(values, 3, 2), [NAN, NAN, 3.0, NAN, NAN, NAN, NAN])
    # At least 1: every day with a value within the last 3 calendar days counts.
    assert same(rolling_mean(values, 3, 1), [2.0, 2.0, 3.0, 4.0, 4.0, NAN, 6.0])


def test_rolling_mean_breaks_across_a_long_gap() -> None:
    values = [5.0] * 10 + [NAN] * 10 + [7.0] * 10
    week = rolling_mean(values, 7)
    assert min_days_for(7) == 3
    # Day 13's week still holds three days with a value; days 14 to 21 hold fewer.
    assert not math.isnan(week[13]) and not math.isnan(week[22])
    assert all(math.isnan(v) for v in week[14:22])
    assert week[9] == pytest.approx(5.0) and week[29] == pytest.approx(7.0)


def test_rolling_spread_is_the_standard_deviation_of_the_window() -> None:
    values = [4.0, 6.0, 4.0, 6.0]
    assert same(rolling_spread(values, 2, 2), [NAN, 1.0, 1.0, 1.0])
    assert rolling_spread([], 7) == () and rolling_mean([], 7) == ()


def test_measure_series_reads_the_days_before_the_period_for_its_averages() -> None:
    start = date(2025, 6, 1)
    found = [checkin(start - timedelta(days=i), {"mood": 8}) for i in range(1, 8)]
    found.append(checkin(start, {"mood": 1}))
    series = measure_series(measure_days(found, "mood"), "Mood", (0, 10), start, start)
    assert same(series.daily.mean, [1.0])
    # The 7-day average on the first day includes the six days before it.
    assert series.short_mean[0] == pytest.approx((1 + 6 * 8) / 7)
    # Eight days with a value are too few for a 30-day average (it needs ten).
    assert math.isnan(series.long_mean[0])
    more = [*found, *(checkin(start - timedelta(days=i), {"mood": 8}) for i in (20, 29))]
    longer = measure_series(measure_days(more, "mood"), "Mood", (0, 10), start, start)
    assert longer.long_mean[0] == pytest.approx((1 + 9 * 8) / 10)


def test_a_twenty_day_gap_is_a_gap_in_both_averages() -> None:
    start = date(2025, 1, 1)
    # Sixty days of check-ins, then twenty without, then thirty more.
    days = [start + timedelta(days=i) for i in range(110) if not 60 <= i < 80]
    found = [checkin(day, {"mood": 5 + (day.day % 3)}) for day in days]
    series = measure_series(measure_days(found, "mood"), "Mood", (0, 10), start,
                            start + timedelta(days=109))
    gap = range(60, 80)
    assert all(series.daily.count[i] == 0 for i in gap)
    for line in (series.short_mean, series.long_mean, series.short_spread):
        # Drawn up to the gap and again after it, but broken inside it.
        assert not math.isnan(line[59]) and not math.isnan(line[109])
        assert any(math.isnan(line[i]) for i in gap)
    # The 30-day average stops within a week of the last check-in, not ten days later.
    assert all(math.isnan(series.long_mean[i]) for i in range(67, 80))
    assert all(math.isnan(series.short_mean[i]) for i in range(65, 80))



def _days(values: list[float], start: date) -> DailyValues:
    return DailyValues(key="mood", start=start, mean=tuple(values), low=tuple(values),
                       high=tuple(values), count=tuple(0 if math.isnan(v) else 1 for v in values))


def test_weeks_end_on_the_last_day_and_each_day_counts_once() -> None:
    # Ten days: a partial first block of three days, then one whole week ending on the last.
    values = [1.0, NAN, 3.0, 4.0, 4.0, NAN, NAN, NAN, NAN, 6.0]
    middle, means = block_means(_days(values, D), "week")
    assert middle.tolist() == [1.0, 6.0]  # days 0–2 and days 3–9
    assert means.tolist() == [2.0, pytest.approx(14 / 3)]
    ends, sampled = block_ends(values, D, "week")
    assert ends.tolist() == [2.0, 9.0] and sampled.tolist() == [3.0, 6.0]


def test_a_week_without_a_value_is_a_gap() -> None:
    values = [5.0] * 7 + [NAN] * 7 + [7.0] * 7
    _, means = block_means(_days(values, D), "week")
    assert means[0] == 5.0 and math.isnan(means[1]) and means[2] == 7.0


def test_months_are_calendar_months_from_a_day_inside_the_first() -> None:
    start = date(2025, 1, 20)  # 12 days of January, 28 of February, 3 of March
    values = [1.0] * 12 + [2.0] * 28 + [NAN, 9.0, NAN]
    middle, means = block_means(_days(values, start), "month")
    assert middle.tolist() == [5.5, 25.5, 41.0]
    assert means.tolist() == [1.0, 2.0, 9.0]
    ends, sampled = block_ends(values, start, "month")
    assert ends.tolist() == [11.0, 39.0, 42.0]
    assert sampled[:2].tolist() == [1.0, 2.0] and math.isnan(sampled[2])


def test_days_stay_days() -> None:
    values = [1.0, NAN, 3.0]
    middle, means = block_means(_days(values, D), "day")
    assert middle.tolist() == [0.0, 1.0, 2.0] and means[0] == 1.0 and math.isnan(means[1])
    assert block_means(_days([], D), "week")[0].size == 0
    assert block_ends([], D, "month")[0].size == 0
