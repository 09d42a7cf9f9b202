"""Measure steps and bounded ranges; values kept exactly; old vaults migrate with data intact."""

from __future__ import annotations

import math
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recovery_journal.storage.measures import (
    RANGE_LIMIT,
    STEPS,
    Measures,
    check_range,
    plain_number,
    suggested_shape,
)
from recovery_journal.storage.migrations import load_migrations
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.fixtures.make_fixtures import PASSPHRASE as FIXTURE_PASSPHRASE

FIXTURES = Path(__file__).parent.parent / "fixtures"
WHEN = datetime(2025, 6, 1, 9, tzinfo=UTC)


def _steps(vault: Vault) -> dict[str, float]:
    return {m.key: m.step for m in Measures(vault).list(include_archived=True)}


@pytest.mark.slow
def test_schema3_fixture_migrates_with_steps_and_every_value_exact(tmp_path: Path) -> None:
    path = tmp_path / "old.vault"
    shutil.copyfile(FIXTURES / "schema3.vault", path)
    with Vault.open(path, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version == load_migrations()[-1].version >= 4
        assert _steps(vault) == {"mood": 1.0, "hope": 1.0, "sleep_hours": 0.5, "focus": 0.1,
                                 "energy": 1.0, "odd": 0.5}
        values = vault.query("SELECT checkin_id, measure_id, value FROM checkin_value "
                             "ORDER BY checkin_id, measure_id")
        assert values == [(1, 1, 7.0), (1, 3, 7.5), (1, 4, 6.25), (1, 5, 4.0), (2, 3, 6.0),
                          (2, 6, 123456789.5)]
        odd = Measures(vault).by_key("odd")
        assert (odd.min_value, odd.max_value) == (-1e300, 1e300)  # kept, not "repaired"
        assert vault.query("SELECT note FROM checkin ORDER BY id") == [("Slept well.",), ("",)]
        assert vault.query("SELECT measure_key, threshold FROM early_warning_rule") == [
            ("sleep_hours", 5.5)]
        assert vault.check_integrity().ok
    assert len(list(tmp_path.glob("old.before-update-3-to-*.vault"))) == 1


@pytest.mark.slow
def test_schema1_fixture_gets_whole_number_steps_for_mood_and_hope(tmp_path: Path) -> None:
    path = tmp_path / "old.vault"
    shutil.copyfile(FIXTURES / "schema1.vault", path)
    with Vault.open(path, FIXTURE_PASSPHRASE) as vault:
        assert _steps(vault) == {"mood": 1.0, "hope": 1.0}
        assert vault.query("SELECT value FROM checkin_value ORDER BY measure_id") == [
            (6.0,), (7.0,)]


def test_a_new_measure_starts_whole_and_sleep_in_halves_up_to_16(vault: Vault) -> None:
    measures = Measures(vault)
    energy = measures.add("Energy")
    assert (energy.min_value, energy.max_value, energy.step) == (0, 10, 1)
    sleep = measures.add("Sleep hours")
    assert (sleep.min_value, sleep.max_value, sleep.step) == (0, 16, 0.5)
    assert suggested_shape("Hours slept") == (0, 16, 0.5)
    chosen = measures.add("Focus", 0, 5, step=0.1)
    assert chosen.step == 0.1
    assert measures.update(chosen.id, step=0.5).step == 0.5
    assert measures.get(chosen.id).step == 0.5
    assert measures.update(chosen.id, name="Focus now").step == 0.5


@pytest.mark.parametrize("step", [0.25, 2, 0, -1, True, math.nan, "1"])
def test_a_step_other_than_whole_halves_or_tenths_is_refused(vault: Vault, step: object) -> None:
    measures = Measures(vault)
    with pytest.raises(ValueError, match="whole numbers .1., halves .0.5. or tenths .0.1."):
        measures.add("Focus", step=step)  # type: ignore[arg-type]
    made = measures.add("Calm")
    with pytest.raises(ValueError, match="The step must be"):
        measures.update(made.id, step=step)  # type: ignore[arg-type]
    assert measures.get(made.id).step == 1
    assert STEPS == (1.0, 0.5, 0.1)


@pytest.mark.parametrize(("low", "high", "message"), [
    (0, RANGE_LIMIT + 1, "highest value must be between -1,000,000 and 1,000,000"),
    (-RANGE_LIMIT - 0.01, 0, "lowest value must be between -1,000,000 and 1,000,000"),
    (0, 1e300, "highest value must be between"),
    (0.125, 1, "lowest value can have at most two decimals"),
    (0, 10.001, "highest value can have at most two decimals"),
    (0, math.inf, "highest value must be an ordinary number"),
    (math.nan, 1, "lowest value must be an ordinary number"),
    (5, 5, "lowest value must be below the highest value"),
])
def test_a_range_beyond_what_can_be_drawn_is_refused_in_plain_words(
    vault: Vault, low: float, high: float, message: str
) -> None:
    measures = Measures(vault)
    with pytest.raises(ValueError, match=message):
        measures.add("Focus", low, high)
    made = measures.add("Calm")
    with pytest.raises(ValueError, match=message):
        measures.update(made.id, min_value=low, max_value=high)
    assert [m.key for m in measures.list()] == ["mood", "hope", "calm"]


def test_the_widest_and_finest_ranges_allowed_are_kept_exactly(vault: Vault) -> None:
    measures = Measures(vault)
    wide = measures.add("Steps walked", -RANGE_LIMIT, RANGE_LIMIT)
    assert (wide.min_value, wide.max_value) == (-1_000_000, 1_000_000)
    fine = measures.add("Weight", 0.01, 999_999.99, step=0.1)
    assert (fine.min_value, fine.max_value) == (0.01, 999_999.99)
    assert check_range(-0.5, 0.25) == (-0.5, 0.25)


def _odd_range(vault: Vault, key: str, low: float, high: float) -> None:
    """What an older version (or another tool) may have left: written with raw SQL."""
    with vault.write() as w:
        w.execute("UPDATE measure SET min_value = ?, max_value = ? WHERE key = ?",
                  (low, high, key))


def test_an_odd_stored_range_still_reads_and_renames(vault: Vault) -> None:
    measures = Measures(vault)
    made = measures.add("Odd")
    _odd_range(vault, "odd", -math.inf, 1e300)
    assert measures.get(made.id).max_value == 1e300
    renamed = measures.update(made.id, name="Odd one", low_label="low")
    assert (renamed.name, renamed.min_value, renamed.max_value) == ("Odd one", -math.inf, 1e300)
    with pytest.raises(ValueError, match="lowest value must be an ordinary number"):
        measures.update(made.id, max_value=10)
    assert measures.update(made.id, min_value=0, max_value=10).max_value == 10


def test_editing_keeps_values_exactly_even_off_step_or_outside_the_range(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    sleep = repos.measures.add("Sleep hours")
    saved = repos.checkins.add(recorded_at=WHEN, values={"mood": 6.37, sleep.key: 7.5})
    # The range moved on since (raw SQL: storage itself refuses to narrow past saved values).
    _odd_range(vault, "mood", 7, 10)
    edited = repos.checkins.update(saved.id, values=dict(saved.values), note="later")
    assert edited.values == {"mood": 6.37, sleep.key: 7.5}
    assert edited.note == "later"
    with pytest.raises(ValueError, match=r"outside its measure's range \(7 to 10\)"):
        repos.checkins.update(saved.id, values={"mood": 6.5, sleep.key: 7.5})
    with pytest.raises(ValueError, match="outside its measure's range"):
        repos.checkins.add(recorded_at=WHEN, values={"mood": 6.37})
    assert repos.checkins.get(saved.id).values == {"mood": 6.37, sleep.key: 7.5}


@pytest.mark.parametrize(("value", "text"), [
    (6.0, "6"), (7.5, "7.5"), (7.25, "7.25"), (-0.0, "0"), (0.0, "0"), (1_000_000, "1000000"),
    (-1_000_000.5, "-1000000.5"), (0.1, "0.1"), (0.00001, "0.00001"), (1e-6, "0.000001"),
    (999_999_999_999_999.0, "999999999999999"), (1e15, "1e+15"), (-1e300, "-1e+300"),
    (1e-7, "1e-07"),
    (123456789.5, "123456789.5"), (0.123456789, "0.123456789"), (math.inf, "∞"),
    (-math.inf, "−∞"), (math.nan, "?"),
])
def test_plain_number_shows_a_value_exactly_and_without_an_exponent(
    value: float, text: str
) -> None:
    assert plain_number(value) == text


@pytest.mark.parametrize(("call", "message"), [
    (lambda m: m.add("Focus", step=0.25),
     "The step must be whole numbers (1), halves (0.5) or tenths (0.1)."),
    (lambda m: m.add("Focus", "0", 10), "The lowest value must be a number."),
    (lambda m: m.add("Focus", 0, None), None),
    (lambda m: m.add("Focus", 0, 10.001), "The highest value can have at most two decimals."),
    (lambda m: m.add("Focus", -2e6, 10),
     "The lowest value must be between -1,000,000 and 1,000,000."),
    (lambda m: m.add("Focus", 3, 3), "The lowest value must be below the highest value."),
    (lambda m: m.add(" "), "Please give a name for the measure."),
    (lambda m: m.update(m.by_key("mood").id, name=""), "Please give a name for the measure."),
])
def test_refusals_are_whole_plain_sentences(
    vault: Vault, call: Callable[[Measures], object], message: str | None
) -> None:
    measures = Measures(vault)
    if message is None:  # a missing end takes the suggested one
        assert call(measures) is not None
        return
    with pytest.raises(ValueError) as caught:
        call(measures)
    assert str(caught.value) == message


def test_narrowing_past_saved_values_is_refused_in_plain_words(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    repos.checkins.add(recorded_at=WHEN, values={"mood": 2})
    mood = repos.measures.by_key("mood").id
    with pytest.raises(ValueError) as caught:
        repos.measures.update(mood, min_value=3)
    assert str(caught.value) == ("Some check-ins hold values outside that range, so the range "
                                 "can't be narrowed that far.")
    assert repos.measures.update(mood, min_value=2).min_value == 2


@pytest.mark.parametrize(("values", "message"), [
    ({"no_such": 1}, "One of the values is for a measure this journal doesn't have."),
    ({"mood": "5"}, "Each value must be a number."),
    ({"mood": True}, "Each value must be a number."),
    ({"mood": 11}, "A value is outside its measure's range (0 to 10)."),
])
def test_value_refusals_are_whole_plain_sentences(
    vault: Vault, values: dict[str, object], message: str
) -> None:
    checkins = Repositories.from_vault(vault).checkins
    with pytest.raises(ValueError) as caught:
        checkins.add(recorded_at=WHEN, values=values)  # type: ignore[arg-type]
    assert str(caught.value) == message
    assert checkins.count() == 0
