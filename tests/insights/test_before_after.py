"""Before and after a day, or the first use of a tag."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest

from recovery_journal.insights.before_after import before_after, first_tag_day
from recovery_journal.insights.days import measure_days
from tests.insights.records import D, checkin


def test_means_before_and_from_the_pivot_on() -> None:
    found = [checkin(D - timedelta(days=i), {"mood": 4}) for i in range(1, 4)]
    found += [checkin(D + timedelta(days=i), {"mood": 7}) for i in range(0, 2)]
    found.append(checkin(D + timedelta(days=5), {"mood": 1}))  # outside the 3 days after
    found.append(checkin(D - timedelta(days=4), {"mood": 10}))  # outside the 3 days before
    result = before_after(measure_days(found, "mood"), "Mood", (0, 10), D, 3)
    assert result.before_mean == pytest.approx(4.0) and result.before_days == 3
    assert result.after_mean == pytest.approx(7.0) and result.after_days == 2
    assert len(result.daily.mean) == 6


def test_an_empty_side_has_no_mean() -> None:
    result = before_after(measure_days([checkin(D, {"mood": 5})], "mood"), "Mood", (0, 10), D, 7)
    assert result.before_days == 0 and math.isnan(result.before_mean)
    assert result.after_mean == pytest.approx(5.0)


def test_first_tag_day_matches_by_casefold() -> None:
    tagged = [(D + timedelta(days=3), ("New job",)), (D + timedelta(days=1), ("new JOB",)),
              (D, ("walk",))]
    assert first_tag_day(tagged, " new job ") == D + timedelta(days=1)
    assert first_tag_day(tagged, "missing") is None
