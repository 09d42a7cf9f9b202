"""Feelings in a period from hand-made check-ins: counts, averages, honest words."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

from recovery_journal.insights.feelings import feeling_counts, summary, table
from recovery_journal.model import CheckIn

START, END = date(2026, 11, 1), date(2026, 11, 30)


def checkin(n: int, feelings: tuple[str, ...], mood: float | None = None,
            hope: float | None = None) -> CheckIn:
    values = {k: v for k, v in (("mood", mood), ("hope", hope)) if v is not None}
    moment = datetime(2026, 11, n, 9, tzinfo=UTC)
    return CheckIn(id=n, recorded_at=moment, local_date=moment.date(), note="", values=values,
                   tags=(), created_at=moment, updated_at=moment, feelings=feelings)


def test_counts_rank_and_average_where_each_feeling_came_up() -> None:
    counts = feeling_counts([
        checkin(1, ("calm", "tired"), mood=6, hope=5),
        checkin(2, ("calm",), mood=8),
        checkin(3, ("calm", "calm"), mood=7, hope=9),  # a repeat counts once
        checkin(4, (), mood=1, hope=1),
        checkin(5, ("anxious",)),
    ])
    assert [(f.name, f.checkins) for f in counts.feelings] == [
        ("calm", 3), ("anxious", 1), ("tired", 1)]
    calm = counts.feelings[0]
    assert (calm.mood, calm.hope) == (7.0, 7.0)
    assert math.isnan(counts.feelings[1].mood)
    assert (counts.checkins, counts.named) == (5, 4)
    assert counts.mood == 5.5 and counts.hope == 5.0
    text = summary(counts, START, END)
    assert text.startswith("4 check-ins from 1 to 30 November 2026 named a feeling.")
    assert "Most often: calm (3), anxious (1), tired (1)." in text
    assert "mood averaged 7.0, against 5.5 over the whole period, and hope 7.0" in text
    assert "not what causes what" in text
    assert table(counts) == (
        ("Feeling", "Check-ins naming it", "Average mood", "Average hope"),
        (("calm", "3", "7.0", "7.0"), ("anxious", "1", "", ""), ("tired", "1", "6.0", "5.0")),
    )


def test_few_and_no_feelings_are_said_plainly() -> None:
    few = feeling_counts([checkin(1, ("calm",), mood=9), checkin(2, ("calm",), mood=8)])
    text = summary(few, START, END)
    assert "1 check-in" not in text and text.startswith("2 check-ins")
    assert "too few times to say" in text and "averaged" not in text
    none = feeling_counts([checkin(1, (), mood=5)])
    assert summary(none, START, END) == (
        "No feelings named in a check-in from 1 to 30 November 2026 yet.")
    assert table(none)[1] == ()


def test_the_chart_leaves_out_averages_of_few_check_ins() -> None:
    from recovery_journal.charts.feelings import _label
    from recovery_journal.insights.language import ENGLISH

    assert _label(2, 9.0, 8.0, ENGLISH) == "2"
    assert _label(3, 6.5, math.nan, ENGLISH) == "3  ·  mood 6.5"


def test_counted_feelings_rank_by_count_then_name_ignoring_case() -> None:
    from recovery_journal.insights.feelings import counted_feelings
    from recovery_journal.model import FeelingTallies, FeelingTally

    tallies = FeelingTallies(
        feelings=(FeelingTally("Banana", 2, 10.0, 2), FeelingTally("apple", 2),
                  FeelingTally("calm", 5, 12.0, 3, 4.0, 1)),
        period=FeelingTally("", 6, 30.0, 5, 4.0, 1), named=6)
    counted = counted_feelings(tallies)
    assert [f.name for f in counted.feelings] == ["calm", "apple", "Banana"]
    assert counted.feelings[0].mood == 4.0 and counted.feelings[0].hope == 4.0
    assert math.isnan(counted.feelings[1].mood) and counted.feelings[2].mood == 5.0
    assert (counted.checkins, counted.named, counted.mood, counted.hope) == (6, 6, 6.0, 4.0)
