"""Check-ins against real vaults: round trips, ranges, days, ordering, undoable delete, odd text."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from recovery_journal.storage.checkins import CheckIns
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.measures import Measures
from recovery_journal.storage.tags import Tags
from recovery_journal.storage.vault import Vault
from tests.storage.clocks import Clock

PLUS_ONE = timezone(timedelta(hours=1))
MINUS_FIVE = timezone(timedelta(hours=-5))


@pytest.fixture
def clock(vault: Vault) -> Clock:
    clock = Clock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    vault.clock = clock
    return clock


@pytest.fixture
def checkins(vault: Vault) -> CheckIns:
    return CheckIns(vault)


def at(day: int, hour: int = 9, minute: int = 0, tz: timezone = UTC) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=tz)


# -- adding and reading ----------------------------------------------------------------------


def test_add_round_trips_every_field(checkins: CheckIns, clock: Clock) -> None:
    made = checkins.add(
        recorded_at=at(5, 23, 30, PLUS_ONE), values={"mood": 6.5, "hope": 3},
        tags=["Walk", "tea with Sam"], note="A quiet evening.",
    )
    assert made == checkins.get(made.id)
    assert made.recorded_at == at(5, 23, 30, PLUS_ONE)
    assert made.recorded_at.utcoffset() == timedelta(hours=1)
    assert made.local_date == date(2026, 1, 5)
    assert made.values == {"mood": 6.5, "hope": 3.0}
    assert made.tags == ("tea with Sam", "Walk")
    assert made.note == "A quiet evening."
    assert made.created_at == made.updated_at == clock.now


@pytest.mark.parametrize(
    ("moment", "day"),
    [
        (datetime(2026, 1, 2, 0, 30, tzinfo=timezone(timedelta(hours=2))), date(2026, 1, 2)),
        (datetime(2026, 1, 1, 23, 30, tzinfo=MINUS_FIVE), date(2026, 1, 1)),
        (datetime(2026, 1, 1, 23, 30, tzinfo=PLUS_ONE), date(2026, 1, 1)),
        (datetime(2026, 1, 1, 0, 0, tzinfo=UTC), date(2026, 1, 1)),
    ],
)
def test_local_date_is_the_day_in_the_check_ins_own_offset(
    checkins: CheckIns, moment: datetime, day: date
) -> None:
    made = checkins.add(recorded_at=moment)
    assert made.local_date == day
    assert [c.id for c in checkins.between(day, day)] == [made.id]


def test_an_empty_check_in_is_allowed(checkins: CheckIns) -> None:
    made = checkins.add(recorded_at=at(1))
    assert (made.values, made.tags, made.note) == ({}, (), "")


def test_a_time_without_offset_is_refused(checkins: CheckIns) -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        checkins.add(recorded_at=datetime(2026, 1, 1, 9))
    assert checkins.count() == 0


def test_several_check_ins_a_day_and_past_days(checkins: CheckIns) -> None:
    ids = [checkins.add(recorded_at=at(10, hour)).id for hour in (8, 13, 21)]
    old = checkins.add(recorded_at=datetime(2019, 6, 1, 9, tzinfo=UTC))
    assert [c.id for c in checkins.between(date(2026, 1, 10), date(2026, 1, 10))] == ids
    assert checkins.get(old.id).local_date == date(2019, 6, 1)


def test_get_of_a_missing_check_in(checkins: CheckIns) -> None:
    with pytest.raises(NotFoundError):
        checkins.get(404)


# -- values ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "values",
    [
        {"mood": 11},
        {"mood": -0.5},
        {"hope": 10.0001},
        {"mood": math.nan},
        {"mood": math.inf},
        {"hope": -math.inf},
        {"mood": True},
        {"mood": "5"},
        {"no_such_measure": 1},
    ],
)
def test_bad_values_are_refused_with_a_plain_sentence(
    checkins: CheckIns, values: dict[str, Any]
) -> None:
    with pytest.raises(ValueError) as caught:
        checkins.add(recorded_at=at(1), values=values)
    assert str(caught.value).endswith((".", ")."))
    assert "no_such_measure" not in str(caught.value)
    assert checkins.count() == 0


def test_range_ends_are_inclusive(checkins: CheckIns) -> None:
    assert checkins.add(recorded_at=at(1), values={"mood": 0, "hope": 10}).values == {
        "mood": 0.0, "hope": 10.0,
    }


def test_values_follow_the_measures_own_range(checkins: CheckIns, vault: Vault) -> None:
    Measures(vault).add("Anxiety shift", min_value=-5, max_value=5)
    made = checkins.add(recorded_at=at(1), values={"anxiety_shift": -4.5})
    assert made.values == {"anxiety_shift": -4.5}
    with pytest.raises(ValueError, match=r"-5 to 5"):
        checkins.add(recorded_at=at(1), values={"anxiety_shift": 6})


def test_values_are_listed_in_measure_order(checkins: CheckIns, vault: Vault) -> None:
    measures = Measures(vault)
    sleep = measures.add("Sleep")
    measures.move(sleep.id, 0)
    made = checkins.add(recorded_at=at(1), values={"hope": 1, "mood": 2, "sleep": 3})
    assert list(made.values) == ["sleep", "mood", "hope"]


def test_archived_measures_keep_and_accept_values(checkins: CheckIns, vault: Vault) -> None:
    measures = Measures(vault)
    energy = measures.add("Energy")
    made = checkins.add(recorded_at=at(1), values={"energy": 4, "mood": 5})
    measures.set_archived(energy.id, True)
    assert checkins.get(made.id).values == {"mood": 5.0, "energy": 4.0}
    # Editing an old check-in writes its values back, the hidden measure's included.
    again = checkins.update(made.id, values={"mood": 6, "energy": 4})
    assert again.values == {"mood": 6.0, "energy": 4.0}
    assert checkins.add(recorded_at=at(2), values={"energy": 1}).values == {"energy": 1.0}


def test_renaming_a_measure_keeps_its_values_key(checkins: CheckIns, vault: Vault) -> None:
    made = checkins.add(recorded_at=at(1), values={"mood": 5})
    Measures(vault).update(Measures(vault).by_key("mood").id, name="How I feel")
    assert checkins.get(made.id).values == {"mood": 5.0}


# -- tags ------------------------------------------------------------------------------------


def test_tags_are_created_as_typed_and_reused_ignoring_case(
    checkins: CheckIns, vault: Vault
) -> None:
    first = checkins.add(recorded_at=at(1), tags=["Walk", " walk ", "", "  ", "sea  swim"])
    assert first.tags == ("sea swim", "Walk")
    second = checkins.add(recorded_at=at(2), tags=["WALK"])
    assert second.tags == ("Walk",)
    assert [t.name for t in Tags(vault).list()] == ["sea swim", "Walk"]


def test_a_single_string_is_not_taken_for_a_list_of_tags(checkins: CheckIns) -> None:
    with pytest.raises(TypeError):
        checkins.add(recorded_at=at(1), tags="walk")
    assert checkins.count() == 0


def test_renamed_tags_show_their_new_name(checkins: CheckIns, vault: Vault) -> None:
    made = checkins.add(recorded_at=at(1), tags=["walk"])
    tags = Tags(vault)
    tag = tags.by_name("walk")
    assert tag is not None
    tags.rename(tag.id, "Long walk")
    assert checkins.get(made.id).tags == ("Long walk",)


# -- updating --------------------------------------------------------------------------------


def test_update_changes_only_what_is_given(checkins: CheckIns, clock: Clock) -> None:
    made = checkins.add(recorded_at=at(3), values={"mood": 4}, tags=["tea"], note="before")
    later = clock.tick(60)
    changed = checkins.update(made.id, note="after")
    assert changed.note == "after"
    assert (changed.values, changed.tags, changed.recorded_at) == (
        made.values, made.tags, made.recorded_at,
    )
    assert changed.created_at == made.created_at
    assert changed.updated_at == later
    assert checkins.get(made.id) == changed


def test_update_replaces_values_and_tags_entirely(checkins: CheckIns) -> None:
    made = checkins.add(recorded_at=at(3), values={"mood": 4, "hope": 2}, tags=["a", "b"])
    changed = checkins.update(made.id, values={"hope": 9}, tags=["c"])
    assert changed.values == {"hope": 9.0}
    assert changed.tags == ("c",)
    cleared = checkins.update(made.id, values={}, tags=[])
    assert (cleared.values, cleared.tags) == ({}, ())


def test_update_moves_the_day_with_the_time(checkins: CheckIns) -> None:
    made = checkins.add(recorded_at=at(3))
    moved = checkins.update(made.id, recorded_at=datetime(2026, 1, 8, 0, 15, tzinfo=PLUS_ONE))
    assert moved.local_date == date(2026, 1, 8)
    assert checkins.between(date(2026, 1, 3), date(2026, 1, 3)) == []
    assert checkins.between(date(2026, 1, 8), date(2026, 1, 8)) == [moved]


def test_update_of_missing_or_deleted_check_in(checkins: CheckIns) -> None:
    made = checkins.add(recorded_at=at(3))
    checkins.delete(made.id)
    for missing in (made.id, 999):
        with pytest.raises(NotFoundError):
            checkins.update(missing, note="x")


# -- all or nothing --------------------------------------------------------------------------


def test_a_failing_add_leaves_nothing_behind(checkins: CheckIns, vault: Vault) -> None:
    with pytest.raises(ValueError):
        checkins.add(
            recorded_at=at(1), values={"mood": 5, "hope": 99}, tags=["brand new tag"],
            note="should not stay",
        )
    assert checkins.count() == 0
    assert checkins.recent() == []
    assert Tags(vault).by_name("brand new tag") is None
    # No stray value of the check-in that was rolled back blocks deleting a measure.
    extra = Measures(vault).add("Extra")
    with pytest.raises(ValueError):
        checkins.add(recorded_at=at(1), values={"extra": 1, "nope": 1})
    Measures(vault).delete(extra.id)


def test_a_failing_update_changes_nothing(checkins: CheckIns, vault: Vault) -> None:
    made = checkins.add(recorded_at=at(1), values={"mood": 5}, tags=["tea"], note="kept")
    with pytest.raises(ValueError):
        checkins.update(
            made.id, recorded_at=at(9), note="lost", tags=["other"], values={"mood": 50},
        )
    assert checkins.get(made.id) == made
    assert Tags(vault).by_name("other") is None


# -- finding ---------------------------------------------------------------------------------


def test_between_is_inclusive_and_oldest_first(checkins: CheckIns) -> None:
    made = {day: checkins.add(recorded_at=at(day)).id for day in (9, 1, 5, 3, 7)}
    found = checkins.between(date(2026, 1, 3), date(2026, 1, 7))
    assert [c.id for c in found] == [made[3], made[5], made[7]]
    assert checkins.between(date(2026, 1, 7), date(2026, 1, 3)) == []
    assert checkins.between(date(2025, 1, 1), date(2025, 12, 31)) == []


def test_within_a_day_the_order_is_by_instant_not_clock_text(checkins: CheckIns) -> None:
    # Flying west: 20:00 in London, then 17:00 in New York, two hours later, the same day.
    london = checkins.add(recorded_at=at(4, 20, 0, UTC))
    new_york = checkins.add(recorded_at=at(4, 17, 0, MINUS_FIVE))
    assert [c.id for c in checkins.between(date(2026, 1, 4), date(2026, 1, 4))] == [
        london.id, new_york.id,
    ]
    assert [c.id for c in checkins.recent(1)] == [new_york.id]


def test_recent_is_newest_first_and_limited(checkins: CheckIns) -> None:
    ids = [checkins.add(recorded_at=at(day, hour)).id for day in (1, 2, 3) for hour in (8, 20)]
    assert [c.id for c in checkins.recent()] == ids[::-1]
    assert [c.id for c in checkins.recent(3)] == ids[::-1][:3]
    assert checkins.recent(0) == []
    assert [c.id for c in checkins.recent(100)] == ids[::-1]


def test_count_and_date_range(checkins: CheckIns) -> None:
    assert checkins.count() == 0
    assert checkins.date_range() is None
    first = checkins.add(recorded_at=at(2))
    checkins.add(recorded_at=at(6))
    last = checkins.add(recorded_at=at(20))
    assert checkins.count() == 3
    assert checkins.date_range() == (date(2026, 1, 2), date(2026, 1, 20))
    checkins.delete(first.id)
    checkins.delete(last.id)
    assert checkins.count() == 1
    assert checkins.date_range() == (date(2026, 1, 6), date(2026, 1, 6))


def _spy_queries(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Record every read the repository makes (passing each through to the real vault)."""
    seen: list[tuple[str, Any]] = []
    real: Callable[..., list[tuple[Any, ...]]] = vault.query

    def spy(sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        seen.append((sql, params))
        return real(sql, params)

    monkeypatch.setattr(vault, "query", spy)
    return seen


def test_reading_many_check_ins_takes_four_indexed_queries(
    checkins: CheckIns, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    for day in range(120):
        checkins.add(
            recorded_at=start + timedelta(days=day), values={"mood": day % 11, "hope": 5},
            tags=["walk", f"t{day % 7}"],
        )
    seen = _spy_queries(vault, monkeypatch)
    found = checkins.between(date(2025, 1, 1), date(2025, 12, 31))
    assert len(found) == 120
    assert all(len(c.tags) == 2 and len(c.values) == 2 for c in found)
    # Check-ins, values, tags, feelings: a fixed number whatever the count.
    assert len(seen) == 4
    seen.clear()
    assert len(checkins.recent(50)) == 50
    assert len(seen) == 4
    monkeypatch.undo()
    for sql, params in seen:
        plan = [str(row[-1]) for row in vault.query(f"EXPLAIN QUERY PLAN {sql}", params)]
        # A day index: the live-rows one (migration 0012) or the one every row is in.
        days = ("USING INDEX checkin_by_day", "USING INDEX checkin_live_by_day")
        assert any(index in step for step in plan for index in days), plan
        # Nothing walks a whole table except a day index itself.
        assert all(
            any(index in step for index in days) for step in plan if step.startswith("SCAN")
        ), plan


@pytest.mark.slow
def test_ten_years_of_daily_check_ins(checkins: CheckIns) -> None:
    start = datetime(2016, 1, 1, 21, tzinfo=PLUS_ONE)
    days = 3653
    for day in range(days):
        checkins.add(
            recorded_at=start + timedelta(days=day), values={"mood": day % 11, "hope": 7},
            tags=["walk"] if day % 3 else [],
        )
    assert checkins.count() == days
    assert checkins.date_range() == (date(2016, 1, 1), date(2025, 12, 31))
    every = checkins.between(date(2016, 1, 1), date(2025, 12, 31))
    assert len(every) == days
    assert [c.local_date for c in every] == sorted(c.local_date for c in every)
    assert every[100].values == {"mood": float(100 % 11), "hope": 7.0}
    year = checkins.between(date(2020, 1, 1), date(2020, 12, 31))
    assert len(year) == 366
    assert [c.local_date for c in checkins.recent(2)] == [date(2025, 12, 31), date(2025, 12, 30)]


# -- odd text --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Feeling 🙂 then 😢, 👩🏽‍🦱 came over",
        "\u202eRTL override\u202c and שלום עליכם and مرحبا",
        "before\x00after",
        "tabs\tand\r\nnewlines\x07bell\x1b[31m",
        "'; DROP TABLE checkin; --",
        "",
    ],
)
def test_odd_notes_round_trip(checkins: CheckIns, note: str) -> None:
    made = checkins.add(recorded_at=at(1), note=note, tags=[note[:20] or "x"])
    assert checkins.get(made.id).note == note


def test_a_lone_surrogate_is_saved_as_a_replacement_character(checkins: CheckIns) -> None:
    made = checkins.add(recorded_at=at(1), note="a\ud800b \U0001f600", tags=["t\udc00"])
    assert made.note == "a\ufffdb \U0001f600"
    assert made.tags == ("t\ufffd",)


def test_a_five_megabyte_note(checkins: CheckIns) -> None:
    note = ("Ünïcødé line 🙂\n" * 400_000)[: 5 * 1024 * 1024]
    made = checkins.add(recorded_at=at(1), note=note)
    assert checkins.get(made.id).note == note
    assert checkins.update(made.id, note=note + "!").note == note + "!"
