"""What goes with better days: means with and without each tag, with both counts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from recovery_journal.insights.days import measure_days, tag_days
from recovery_journal.insights.tags import MIN_TAG_DAYS, TagDifference
from recovery_journal.insights.tags import tag_differences as differences
from recovery_journal.model import CheckIn
from tests.insights.records import D, checkin


def tag_differences(found: list[CheckIn], min_days: int = MIN_TAG_DAYS) -> list[TagDifference]:
    return differences(measure_days(found, "mood"), measure_days(found, "hope"),
                       tag_days(found), min_days)


def test_means_and_counts_with_and_without_a_tag() -> None:
    found = []
    for i in range(10):
        day = D + timedelta(days=i)
        tags = ["walk"] if i < 5 else []
        found.append(checkin(day, {"mood": 8 if i < 5 else 4, "hope": 6}, tags))
    # A second check-in on a walk day, without the tag, still makes it a walk day.
    found.append(checkin(D, {"mood": 6}, hour=20))
    (walk,) = tag_differences(found)
    assert (walk.tag, walk.days_with, walk.days_without) == ("walk", 5, 5)
    assert walk.mood_with == pytest.approx((7 + 8 * 4) / 5)
    assert walk.mood_without == pytest.approx(4.0)
    assert walk.hope_with == pytest.approx(6.0) and walk.hope_without == pytest.approx(6.0)


def test_tags_on_fewer_than_five_days_are_left_out_and_order_is_by_difference() -> None:
    found = []
    for i in range(12):
        day = D + timedelta(days=i)
        tags = ["rest"] if i % 2 else ["friends"]
        if i < 4:
            tags.append("rare")
        found.append(checkin(day, {"mood": 7 if i % 2 == 0 else 5}, tags))
    names = [t.tag for t in tag_differences(found)]
    assert names == ["friends", "rest"]
    assert tag_differences(found, min_days=4)[0].tag == "friends"


def test_days_without_mood_or_hope_do_not_count() -> None:
    found = [checkin(D + timedelta(days=i), {"energy": 3}, ["walk"]) for i in range(6)]
    assert tag_differences(found) == []
