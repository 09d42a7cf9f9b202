"""Offering questionnaires: only those switched on, when their time has come, never nagging."""

from __future__ import annotations

from datetime import date

from recovery_journal.questionnaires.schedule import due

TODAY = date(2026, 3, 15)


def test_nothing_is_offered_while_everything_is_off() -> None:
    assert due({"phq9": 0, "gad7": 0}, {}, TODAY) == []


def test_one_never_answered_is_offered_once_switched_on() -> None:
    assert due({"phq9": 14, "gad7": 0}, {"phq9": None}, TODAY) == ["phq9"]


def test_offered_again_only_when_its_interval_has_passed() -> None:
    every = {"phq9": 14, "ons4": 7}
    last = {"phq9": date(2026, 3, 2), "ons4": date(2026, 3, 8)}
    assert due(every, last, TODAY) == ["ons4"]
    assert due(every, last, date(2026, 3, 16)) == ["phq9", "ons4"]


def test_a_long_gap_is_one_offer_not_a_count() -> None:
    assert due({"qpr15": 28}, {"qpr15": date(2020, 1, 1)}, TODAY) == ["qpr15"]


def test_not_now_rests_the_offer_for_the_day_only() -> None:
    assert due({"phq9": 14}, {}, TODAY, not_now=TODAY) == []
    assert due({"phq9": 14}, {}, TODAY, not_now=date(2026, 3, 14)) == ["phq9"]
