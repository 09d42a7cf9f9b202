"""Check-ins summed up per day by the vault: the same numbers as reading every check-in."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from recovery_journal.insights.days import measure_days, tag_days
from recovery_journal.model import MeasureDays, TagDays
from recovery_journal.storage.checkins import CheckIns
from recovery_journal.storage.measures import Measures
from recovery_journal.storage.vault import Vault

DAY = date(2026, 1, 10)


@pytest.fixture
def checkins(vault: Vault) -> CheckIns:
    return CheckIns(vault)


def at(day: date, hour: int = 9, tz: timezone = UTC) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=tz)


def test_several_check_ins_a_day_give_count_mean_lowest_and_highest(checkins: CheckIns) -> None:
    for hour, mood in ((8, 4), (13, 8), (21, 6)):
        checkins.add(recorded_at=at(DAY, hour), values={"mood": mood, "hope": 5})
    checkins.add(recorded_at=at(DAY + timedelta(days=2)), values={"mood": 3})
    found = checkins.daily_values(DAY, DAY + timedelta(days=2), ["mood", "hope"])
    assert found["mood"] == MeasureDays(
        key="mood", days=(DAY, DAY + timedelta(days=2)), count=(3, 1), mean=(6.0, 3.0),
        low=(4.0, 3.0), high=(8.0, 3.0),
    )
    assert found["hope"] == MeasureDays(key="hope", days=(DAY,), count=(3,), mean=(5.0,),
                                        low=(5.0,), high=(5.0,))


def test_only_the_period_the_measures_asked_for_and_live_check_ins(
    checkins: CheckIns, vault: Vault
) -> None:
    Measures(vault).add("Energy")
    checkins.add(recorded_at=at(DAY - timedelta(days=1)), values={"mood": 1})
    checkins.add(recorded_at=at(DAY), values={"mood": 7, "energy": 2})
    gone = checkins.add(recorded_at=at(DAY, 20), values={"mood": 1})
    checkins.delete(gone.id)
    checkins.add(recorded_at=at(DAY + timedelta(days=1)), values={"mood": 1})
    found = checkins.daily_values(DAY, DAY, ["mood", "no_such_measure"])
    assert list(found) == ["mood"]
    assert (found["mood"].days, found["mood"].mean) == ((DAY,), (7.0,))
    everything = checkins.daily_values(DAY, DAY)
    assert set(everything) == {"mood", "hope", "energy"}
    assert everything["energy"].mean == (2.0,) and everything["hope"] == MeasureDays("hope")


def test_an_empty_or_backwards_period_has_every_key_without_days(checkins: CheckIns) -> None:
    checkins.add(recorded_at=at(DAY), values={"mood": 5})
    assert checkins.daily_values(DAY + timedelta(days=1), DAY + timedelta(days=9), ["mood"]) == {
        "mood": MeasureDays("mood")}
    assert checkins.daily_values(DAY, DAY - timedelta(days=1), ["mood"]) == {
        "mood": MeasureDays("mood")}
    assert checkins.daily_values(DAY, DAY, []) == {}
    with pytest.raises(TypeError):
        checkins.daily_values(DAY, DAY, "mood")


def test_the_day_is_the_check_ins_own_day_not_utc(checkins: CheckIns) -> None:
    late = timezone(timedelta(hours=-5))
    checkins.add(recorded_at=at(DAY, 23, late), values={"mood": 9}, tags=["walk"])
    assert checkins.daily_values(DAY, DAY, ["mood"])["mood"].days == (DAY,)
    assert checkins.daily_tags(DAY, DAY) == [TagDays("walk", (DAY,), (1,))]


def test_daily_tags_count_the_check_ins_carrying_each_tag(checkins: CheckIns) -> None:
    checkins.add(recorded_at=at(DAY, 8), tags=["walk", "Tea"])
    checkins.add(recorded_at=at(DAY, 20), tags=["walk"])
    gone = checkins.add(recorded_at=at(DAY, 21), tags=["walk", "rest"])
    checkins.delete(gone.id)
    checkins.add(recorded_at=at(DAY + timedelta(days=3)), tags=["walk"])
    checkins.add(recorded_at=at(DAY + timedelta(days=9)), tags=["walk"])
    assert checkins.daily_tags(DAY, DAY + timedelta(days=3)) == [
        TagDays("Tea", (DAY,), (1,)),
        TagDays("walk", (DAY, DAY + timedelta(days=3)), (2, 1)),
    ]
    assert checkins.daily_tags(DAY, DAY - timedelta(days=1)) == []


def test_the_same_numbers_as_reading_every_check_in(checkins: CheckIns, vault: Vault) -> None:
    Measures(vault).add("Sleep hours", 0, 12)
    rng = random.Random(7)
    for offset in range(120):
        day = DAY + timedelta(days=offset)
        for hour in rng.sample(range(6, 23), rng.choice((0, 1, 1, 2, 3))):
            values = {key: rng.randint(0, 9) + rng.choice((0, 0.5))
                      for key in rng.sample(["mood", "hope", "sleep_hours"], rng.randint(0, 3))}
            checkins.add(recorded_at=at(day, hour), values=values,
                         tags=rng.sample(["walk", "rest", "Music"], rng.randint(0, 2)))
    start, end = DAY + timedelta(days=10), DAY + timedelta(days=100)
    read = checkins.between(start, end)
    summed = checkins.daily_values(start, end)
    for key in ("mood", "hope", "sleep_hours"):
        expected, got = measure_days(read, key), summed[key]
        assert (got.days, got.count, got.low, got.high) == (
            expected.days, expected.count, expected.low, expected.high)
        assert got.mean == pytest.approx(expected.mean)
    assert checkins.daily_tags(start, end) == tag_days(read)


def test_first_day_with_a_tag_in_any_case(checkins: CheckIns) -> None:
    gone = checkins.add(recorded_at=at(DAY - timedelta(days=5)), tags=["New job"])
    checkins.delete(gone.id)
    checkins.add(recorded_at=at(DAY + timedelta(days=4)), tags=["New job"])
    checkins.add(recorded_at=at(DAY), tags=["New job"])
    assert checkins.first_day_with_tag(" new JOB ") == DAY
    assert checkins.first_day_with_tag("walk") is None
