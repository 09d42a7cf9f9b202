"""Life checks compared on hand-made records: what has grown, stayed, is lower; history; due."""

from __future__ import annotations

from datetime import UTC, date, datetime

from recovery_journal.insights.life_check import (
    Change,
    compare,
    history,
    latest_ratings,
    next_due,
    summary,
)
from recovery_journal.model import LifeCheck, LifeDomain, LifeRating

DOMAINS = [
    LifeDomain(1, "Work", 0, False),
    LifeDomain(2, "Friends", 1, False),
    LifeDomain(3, "Home", 2, False),
    LifeDomain(4, "Old hobby", 3, True),
    LifeDomain(5, "Learning", 4, False),
]


def check(id: int, day: date, *ratings: tuple[int, int | None] | LifeRating) -> LifeCheck:
    made = tuple(r if isinstance(r, LifeRating) else LifeRating(r[0], r[1]) for r in ratings)
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    return LifeCheck(id, moment, day, made)


EARLIER = check(1, date(2026, 10, 1), (1, 3), (2, 4), (3, 5), (5, 2))
LATER = check(2, date(2026, 11, 12), (2, 5), (1, 4), (3, 5), LifeRating(4, None, "Kept"))


def test_each_area_is_compared_in_the_persons_order() -> None:
    result = compare(LATER, EARLIER, DOMAINS)
    assert [(a.name, a.previous, a.current, a.change) for a in result.areas] == [
        ("Work", 3, 4, Change.GROWN),
        ("Friends", 4, 5, Change.GROWN),
        ("Home", 5, 5, Change.SAME),
        # Hidden, but it holds a note now, so it is shown.
        ("Old hobby", None, None, Change.SKIPPED),
        ("Learning", 2, None, Change.SKIPPED),
    ]
    assert result.areas[3].going_well == "Kept"
    assert result.previous_on == date(2026, 10, 1)


def test_the_summary_says_what_has_grown_first() -> None:
    assert summary(compare(LATER, EARLIER, DOMAINS)) == (
        "Grown since last time: Work, Friends. The same: Home."
    )


def test_lower_and_new_areas_are_named_calmly() -> None:
    later = check(3, date(2026, 12, 1), (1, 2), (2, 5), (5, 6))
    before = check(2, date(2026, 11, 1), (1, 4), (2, 5))
    assert summary(compare(later, before, DOMAINS)) == (
        "The same as last time: Friends. Lower: Work. Rated for the first time: Learning."
    )
    only_lower = compare(check(4, date(2026, 12, 2), (1, 1)), before, DOMAINS)
    assert summary(only_lower) == "Lower than last time: Work."


def test_a_first_check_names_what_is_rated_highest() -> None:
    first = compare(EARLIER, None, DOMAINS)
    assert all(a.change is Change.NEW or a.current is None for a in first.areas)
    assert summary(first) == "Your first life check. Rated highest (5 of 7): Home."
    notes_only = check(5, date(2026, 1, 1), LifeRating(1, None, "A new job"))
    assert summary(compare(notes_only, None, DOMAINS)) == (
        "Your first life check: you noted what is going well."
    )
    assert summary(compare(notes_only, EARLIER, DOMAINS)) == (
        "Nothing was rated in this life check; what is going well is noted."
    )


def test_a_hidden_area_without_ratings_is_left_out() -> None:
    result = compare(EARLIER, None, DOMAINS)
    assert "Old hobby" not in [a.name for a in result.areas]


def test_history_per_area_runs_oldest_first_and_leaves_skips_out() -> None:
    result = {h.name: h.points for h in history([LATER, EARLIER], DOMAINS)}
    assert result["Work"] == ((date(2026, 10, 1), 3), (date(2026, 11, 12), 4))
    assert result["Learning"] == ((date(2026, 10, 1), 2),)
    assert result["Old hobby"] == ()
    assert list(result) == ["Work", "Friends", "Home", "Old hobby", "Learning"]
    assert history([], DOMAINS)[0].points == ()


def test_latest_ratings_on_or_before_a_day() -> None:
    assert latest_ratings([EARLIER, LATER], date(2026, 11, 1)) == {
        1: (date(2026, 10, 1), 3), 2: (date(2026, 10, 1), 4), 3: (date(2026, 10, 1), 5),
        5: (date(2026, 10, 1), 2),
    }
    assert latest_ratings([EARLIER, LATER], date(2026, 12, 1))[1] == (date(2026, 11, 12), 4)
    assert latest_ratings([], date(2026, 12, 1)) == {}


def test_next_due_is_never_when_off_and_waits_after_putting_aside() -> None:
    assert next_due(date(2026, 1, 1), 0, None) is None
    assert next_due(None, 4, None) == date.min
    assert next_due(date(2026, 1, 1), 4, None) == date(2026, 1, 29)
    assert next_due(date(2026, 1, 1), 4, date(2026, 1, 29)) == date(2026, 2, 26)
    assert next_due(date(2026, 1, 1), 4, date(2026, 1, 10)) == date(2026, 1, 29)


def test_life_balance_carries_each_areas_latest_rating_beside_the_counts() -> None:
    from recovery_journal.insights import summaries, tables
    from recovery_journal.insights.balance import balance

    day = date(2026, 11, 20)
    ratings = latest_ratings([EARLIER, LATER], date(2026, 11, 30))
    result = balance([(day, 1), (day, 1), (day, 3)], DOMAINS, date(2026, 11, 1),
                     date(2026, 11, 30), ratings)
    by_name = {a.name: a for a in result.areas}
    assert (by_name["Work"].current, by_name["Work"].rating) == (2, 4)
    assert by_name["Work"].rated_on == date(2026, 11, 12)
    assert by_name["Learning"].rating == 2  # skipped last time: the one before stands
    headers, rows = tables.balance(result)
    assert headers[-1] == "Your latest life check rating"
    assert rows[0] == ("Work", "2", "0", "4 of 7 (2026-11-12)")
    assert "latest life check" in summaries.balance(result)
    unrated = balance([(day, 1)], DOMAINS, date(2026, 11, 1), date(2026, 11, 30))
    assert not unrated.rated
    assert len(tables.balance(unrated)[0]) == 3
    assert "life check" not in summaries.balance(unrated)
