"""Measures against real vaults: built-ins, keys, ranges, hiding, order and deletion."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from recovery_journal.storage.checkins import CheckIns
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.measures import Measures, key_from_name
from recovery_journal.storage.ordering import move
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

NOON = datetime(2026, 2, 1, 12, tzinfo=UTC)


@pytest.fixture
def measures(vault: Vault) -> Measures:
    return Measures(vault)


def keys(measures: Measures, include_archived: bool = False) -> list[str]:
    return [m.key for m in measures.list(include_archived)]


def test_mood_and_hope_are_built_in(measures: Measures) -> None:
    mood, hope = measures.list()
    assert (mood.key, mood.name, mood.built_in, mood.position) == ("mood", "Mood", True, 0)
    assert (hope.key, hope.name, hope.built_in, hope.position) == ("hope", "Hope", True, 1)
    assert (mood.min_value, mood.max_value) == (0.0, 10.0)
    assert mood.low_label and mood.high_label
    assert not mood.archived


def test_add_round_trips_and_goes_last(measures: Measures) -> None:
    made = measures.add("Sleep hours", 0, 14, "none", "plenty")
    assert made == measures.get(made.id) == measures.by_key("sleep_hours")
    assert (made.name, made.min_value, made.max_value) == ("Sleep hours", 0.0, 14.0)
    assert (made.low_label, made.high_label) == ("none", "plenty")
    assert (made.built_in, made.archived, made.position) == (False, False, 2)
    assert keys(measures) == ["mood", "hope", "sleep_hours"]


def test_add_uses_the_default_range(measures: Measures) -> None:
    made = measures.add("Energy")
    assert (made.min_value, made.max_value, made.low_label, made.high_label) == (0, 10, "", "")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Energy", "energy"),
        ("  Sleep   hours ", "sleep_hours"),
        ("Énergie & élan!", "energie_elan"),
        ("Connection (with others)", "connection_with_others"),
        ("8 hours' sleep", "8_hours_sleep"),
        ("睡眠", "measure"),
        ("🙂", "measure"),
        ("x" * 200, "x" * 40),
        ("Straße Øl Æble", "strasse_ol_aeble"),
    ],
)
def test_keys_are_lowercase_ascii_slugs(name: str, key: str) -> None:
    assert key_from_name(name) == key


def test_keys_are_made_unique(measures: Measures) -> None:
    assert measures.add("Sleep").key == "sleep"
    assert measures.add("sleep!").key == "sleep_2"
    assert measures.add("SLEEP").key == "sleep_3"
    assert measures.add("Mood (evening)").key == "mood_evening"
    assert measures.add("Mood").key == "mood_2"
    assert measures.add("平静").key == "measure"
    assert measures.add("安心").key == "measure_2"


def test_names_are_trimmed_and_an_empty_one_refused(measures: Measures) -> None:
    assert measures.add("  Calm \n  mind ").name == "Calm mind"
    for empty in ("", "   ", "\n\t"):
        with pytest.raises(ValueError, match="name"):
            measures.add(empty)
    assert keys(measures) == ["mood", "hope", "calm_mind"]


@pytest.mark.parametrize(
    ("low", "high"),
    [(5, 5), (10, 0), (math.nan, 10), (0, math.inf), (-math.inf, 0), (True, 10), ("0", 10)],
)
def test_bad_ranges_are_refused(measures: Measures, low: Any, high: Any) -> None:
    with pytest.raises(ValueError):
        measures.add("Range", low, high)
    with pytest.raises(ValueError):
        measures.update(measures.by_key("mood").id, min_value=low, max_value=high)
    assert keys(measures) == ["mood", "hope"]
    assert measures.by_key("mood").max_value == 10


def test_renaming_never_changes_the_key(measures: Measures) -> None:
    mood = measures.by_key("mood")
    renamed = measures.update(mood.id, name="How I feel")
    assert (renamed.key, renamed.name, renamed.built_in) == ("mood", "How I feel", True)
    added = measures.add("Energy")
    assert measures.update(added.id, name="Vitality").key == "energy"
    assert measures.by_key("energy").name == "Vitality"


def test_update_changes_only_what_is_given(measures: Measures) -> None:
    made = measures.add("Anxiety", 0, 10, "calm", "very anxious")
    changed = measures.update(made.id, high_label="a lot", min_value=-2)
    assert (changed.name, changed.low_label, changed.high_label) == ("Anxiety", "calm", "a lot")
    assert (changed.min_value, changed.max_value) == (-2.0, 10.0)
    assert measures.update(made.id) == changed
    cleared = measures.update(made.id, low_label="", high_label="")
    assert (cleared.low_label, cleared.high_label) == ("", "")
    with pytest.raises(ValueError):
        measures.update(made.id, name="  ")


def test_a_range_that_would_strand_saved_values_is_refused(
    measures: Measures, vault: Vault
) -> None:
    mood = measures.by_key("mood")
    CheckIns(vault).add(recorded_at=NOON, values={"mood": 9})
    with pytest.raises(ValueError, match="range"):
        measures.update(mood.id, max_value=8, name="Feeling")
    assert measures.get(mood.id) == mood
    assert measures.update(mood.id, max_value=9).max_value == 9
    assert measures.update(mood.id, max_value=100).max_value == 100


def test_values_of_deleted_check_ins_also_hold_the_range(
    measures: Measures, vault: Vault
) -> None:
    checkins = CheckIns(vault)
    checkins.delete(checkins.add(recorded_at=NOON, values={"hope": 1}).id)
    with pytest.raises(ValueError):
        measures.update(measures.by_key("hope").id, min_value=2)


def test_missing_ids_and_keys(measures: Measures) -> None:
    for call in (
        lambda: measures.get(99),
        lambda: measures.by_key("nothing"),
        lambda: measures.update(99, name="x"),
        lambda: measures.set_archived(99, True),
        lambda: measures.move(99, 0),
        lambda: measures.delete(99),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_archiving_hides_and_unarchiving_shows(measures: Measures) -> None:
    hope = measures.by_key("hope")
    hidden = measures.set_archived(hope.id, True)
    assert hidden.archived and hidden.built_in
    assert keys(measures) == ["mood"]
    assert keys(measures, include_archived=True) == ["mood", "hope"]
    assert not measures.set_archived(hope.id, False).archived
    assert keys(measures) == ["mood", "hope"]


def test_move_renumbers_every_position(measures: Measures) -> None:
    energy, sleep, calm = (measures.add(n) for n in ("Energy", "Sleep", "Calm"))
    measures.move(calm.id, 0)
    assert keys(measures) == ["calm", "mood", "hope", "energy", "sleep"]
    measures.move(calm.id, 3)
    assert keys(measures) == ["mood", "hope", "energy", "calm", "sleep"]
    measures.move(energy.id, 99)
    assert keys(measures) == ["mood", "hope", "calm", "sleep", "energy"]
    measures.move(sleep.id, -4)
    assert keys(measures) == ["sleep", "mood", "hope", "calm", "energy"]
    assert [m.position for m in measures.list()] == [0, 1, 2, 3, 4]


def test_move_counts_hidden_measures_too(measures: Measures) -> None:
    energy = measures.add("Energy")
    measures.set_archived(measures.by_key("hope").id, True)
    measures.move(energy.id, 1)
    assert keys(measures, include_archived=True) == ["mood", "energy", "hope"]
    assert keys(measures) == ["mood", "energy"]


def test_built_in_measures_are_never_deleted(measures: Measures) -> None:
    for key in ("mood", "hope"):
        measure = measures.by_key(key)
        with pytest.raises(ValueError, match="built in"):
            measures.delete(measure.id)
        measures.set_archived(measure.id, True)
        with pytest.raises(ValueError, match="built in"):
            measures.delete(measure.id)
    assert keys(measures, include_archived=True) == ["mood", "hope"]


def test_a_measure_with_values_is_hidden_not_deleted(measures: Measures, vault: Vault) -> None:
    energy = measures.add("Energy")
    checkins = CheckIns(vault)
    made = checkins.add(recorded_at=NOON, values={"energy": 3})
    with pytest.raises(ValueError, match="hidden"):
        measures.delete(energy.id)
    # A deleted check-in may come back, so its values still count.
    checkins.delete(made.id)
    with pytest.raises(ValueError, match="hidden"):
        measures.delete(energy.id)
    assert checkins.restore(made.id).values == {"energy": 3.0}


def test_deleting_an_unused_measure_closes_the_gap(measures: Measures) -> None:
    energy = measures.add("Energy")
    measures.add("Sleep")
    measures.delete(energy.id)
    with pytest.raises(NotFoundError):
        measures.get(energy.id)
    assert [(m.key, m.position) for m in measures.list()] == [
        ("mood", 0), ("hope", 1), ("sleep", 2),
    ]
    assert measures.add("Energy").key == "energy"


def test_odd_names_and_labels_round_trip(measures: Measures) -> None:
    made = measures.add("שינה 😴", 0, 12, "\u202elow\u202c", "high\x00er")
    assert measures.get(made.id).name == "שינה 😴"
    assert (made.low_label, made.high_label) == ("\u202elow\u202c", "high\x00er")


def test_reorder_refuses_an_unknown_table(vault: Vault) -> None:
    with vault.write() as w, pytest.raises(ValueError):
        move(w, "checkin; DROP TABLE measure", 1, 0)
    assert len(Measures(vault).list()) == 2


def test_changes_survive_reopening(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    measures = Measures(vault)
    energy = measures.add("Energy", 1, 5)
    measures.update(measures.by_key("mood").id, name="Feeling")
    measures.set_archived(measures.by_key("hope").id, True)
    measures.move(energy.id, 0)
    before = measures.list(include_archived=True)
    path = vault.path
    vault.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        assert Measures(reopened).list(include_archived=True) == before
