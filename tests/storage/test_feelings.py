"""Feelings vocabulary and check-in feelings against real vaults, and the 0009 migration."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from recovery_journal.model import FeelingGroup
from recovery_journal.storage import vault as vault_module
from recovery_journal.storage.checkins import CheckIns
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.feelings import Feelings
from recovery_journal.storage.migrations import load_migrations
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

WHEN = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_the_starting_vocabulary_is_grouped_and_ordered(vault: Vault) -> None:
    feelings = Feelings(vault).list()
    by_group = {g: [f.name for f in feelings if f.group == g] for g in FeelingGroup}
    for group in (FeelingGroup.PLEASANT_HIGH, FeelingGroup.PLEASANT_LOW,
                  FeelingGroup.UNPLEASANT_HIGH, FeelingGroup.UNPLEASANT_LOW):
        assert 12 <= len(by_group[group]) <= 16
    assert by_group[FeelingGroup.OTHER] == []
    assert by_group[FeelingGroup.PLEASANT_HIGH][0] == "hopeful"
    assert by_group[FeelingGroup.PLEASANT_LOW][:3] == ["calm", "content", "grateful"]
    assert by_group[FeelingGroup.UNPLEASANT_LOW][:3] == ["low", "tired", "lonely"]
    # Groups come in reading order: pleasant before unpleasant, high energy first.
    assert [f.group for f in feelings] == sorted(
        (f.group for f in feelings), key=list(FeelingGroup).index)
    assert isinstance(Repositories.from_vault(vault).feelings, Feelings)


def test_add_rename_regroup_and_hide_like_tags(vault: Vault) -> None:
    feelings = Feelings(vault)
    added = feelings.add("  at  ease ", FeelingGroup.PLEASANT_LOW)
    assert added.name == "at ease" and added.group == FeelingGroup.PLEASANT_LOW
    assert feelings.list()[-1].group == FeelingGroup.UNPLEASANT_LOW  # OTHER is empty
    calm_group = [f for f in feelings.list() if f.group == FeelingGroup.PLEASANT_LOW]
    assert calm_group[-1] == added
    with pytest.raises(ValueError, match="already a feeling"):
        feelings.add("CALM")
    with pytest.raises(ValueError):
        feelings.add("   ")
    checkins = CheckIns(vault)
    saved = checkins.add(recorded_at=WHEN, values={"mood": 6}, feelings=["at ease", "Tired"])
    assert saved.feelings == ("at ease", "tired")
    assert feelings.rename(added.id, "AT EASE").name == "AT EASE"  # its own name, any case
    renamed = feelings.rename(added.id, "Easy")
    with pytest.raises(ValueError, match="already a feeling"):
        feelings.rename(added.id, "tired")
    assert checkins.get(saved.id).feelings == ("Easy", "tired")
    moved = feelings.set_group(added.id, FeelingGroup.PLEASANT_HIGH)
    assert moved.group == FeelingGroup.PLEASANT_HIGH
    assert moved.position > renamed.position or moved.position > 1
    assert feelings.set_group(added.id, FeelingGroup.PLEASANT_HIGH).position == moved.position
    hidden = feelings.set_archived(added.id, True)
    assert hidden.archived and hidden not in feelings.list()
    assert hidden in feelings.list(include_archived=True)
    # Hiding keeps what a check-in named.
    assert checkins.get(saved.id).feelings[0] == "Easy"
    assert not feelings.set_archived(added.id, False).archived
    for missing in (lambda: feelings.get(9999), lambda: feelings.rename(9999, "x"),
                    lambda: feelings.set_group(9999, FeelingGroup.OTHER),
                    lambda: feelings.set_archived(9999, True)):
        with pytest.raises(NotFoundError):
            missing()


def test_checkin_feelings_replace_add_new_words_and_undo(vault: Vault) -> None:
    checkins, feelings = CheckIns(vault), Feelings(vault)
    saved = checkins.add(recorded_at=WHEN, feelings=["anxious", "hopeful", "Anxious", "wobbly"])
    # Vocabulary order (pleasant first), repeats once, a new word kept in "other".
    assert saved.feelings == ("hopeful", "anxious", "wobbly")
    wobbly = feelings.by_name("WOBBLY")
    assert wobbly is not None and wobbly.group == FeelingGroup.OTHER
    assert feelings.usage_counts()[wobbly.id] == 1
    assert checkins.update(saved.id, note="x").feelings == saved.feelings  # untouched
    assert checkins.update(saved.id, feelings=["calm"]).feelings == ("calm",)
    assert checkins.update(saved.id, feelings=[]).feelings == ()
    checkins.update(saved.id, feelings=["calm"])
    checkins.delete(saved.id)
    calm = feelings.by_name("calm")
    assert calm is not None and calm.id not in feelings.usage_counts()
    assert checkins.restore(saved.id).feelings == ("calm",)
    with pytest.raises(TypeError):
        checkins.add(recorded_at=WHEN, feelings="calm")
    assert feelings.by_name("  ") is None


def test_ensure_adds_only_new_words_in_their_group(vault: Vault) -> None:
    feelings = Feelings(vault)
    new = feelings.ensure({"Calm": FeelingGroup.UNPLEASANT_HIGH, "Jittery": FeelingGroup
                           .UNPLEASANT_HIGH, "Wistful": None})
    assert new == ["Jittery", "Wistful"]
    calm, jittery, wistful = (feelings.by_name(n) for n in ("calm", "jittery", "wistful"))
    assert calm is not None and calm.group == FeelingGroup.PLEASANT_LOW  # never moved
    assert jittery is not None and jittery.group == FeelingGroup.UNPLEASANT_HIGH
    assert wistful is not None and wistful.group == FeelingGroup.OTHER
    assert feelings.ensure({"jittery": None}) == []


def test_a_previous_schema_vault_gains_feelings_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "schema8.vault"
    connection = vault_module._connect(path, PASSPHRASE.encode(), FAST_KDF)
    connection.execute(f"PRAGMA application_id = {vault_module.APPLICATION_ID}")
    migrations = load_migrations()
    assert migrations[8].name.startswith("0009_feelings")
    vault_module._apply_migrations(connection, migrations[:8], from_version=0)
    connection.executescript(
        """
        BEGIN;
        INSERT INTO tag (name) VALUES ('walk');
        INSERT INTO checkin (recorded_at, local_date, note, created_at, updated_at)
        VALUES ('2025-03-01T09:30:00+00:00', '2025-03-01', 'A calm morning.',
                '2025-03-01T09:30:00+00:00', '2025-03-01T09:30:00+00:00');
        INSERT INTO checkin_value VALUES (1, 1, 6), (1, 2, 7);
        INSERT INTO checkin_tag VALUES (1, 1);
        INSERT INTO life_check (taken_at, local_date, created_at)
        VALUES ('2025-03-01T10:00:00+00:00', '2025-03-01', '2025-03-01T10:00:00+00:00');
        COMMIT;
        """
    )
    connection.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as vault:
        assert vault.schema_version == migrations[-1].version
        (old,) = CheckIns(vault).recent()
        assert (old.note, old.values, old.tags, old.feelings) == (
            "A calm morning.", {"mood": 6.0, "hope": 7.0}, ("walk",), ())
        assert vault.query("SELECT count(*) FROM life_check") == [(1,)]
        assert len(Feelings(vault).list()) >= 48
        assert CheckIns(vault).update(old.id, feelings=["calm"]).feelings == ("calm",)
        assert vault.check_integrity().ok


def test_feeling_tallies_add_up_exactly_what_the_check_ins_hold(vault: Vault) -> None:
    # The Feelings chart counts in SQL; it must say what reading every check-in would.
    import math
    import random
    from datetime import date, timedelta

    from recovery_journal.insights.feelings import counted_feelings, feeling_counts

    checkins = CheckIns(vault)
    sleep = Repositories.from_vault(vault).measures.add("Sleep", 0, 12).key
    rng = random.Random(7)
    words = ["calm", "tired", "hopeful", "Ärger", "low"]
    first = date(2026, 1, 1)
    for n in range(160):
        day = first + timedelta(days=n // 2)
        values = {key: float(rng.randint(0, 9)) + rng.choice((0.0, 0.5))
                  for key in ("mood", "hope", sleep) if rng.random() < 0.8}
        named = rng.sample(words, rng.randint(0, 3))
        made = checkins.add(recorded_at=datetime(day.year, day.month, day.day, 8 + n % 2,
                                                 tzinfo=UTC),
                            values=values, feelings=named)
        if n % 11 == 0:
            checkins.delete(made.id)  # let go: counted nowhere
    only_deleted = checkins.add(recorded_at=datetime(2026, 2, 1, 12, tzinfo=UTC),
                                values={"mood": 9.0}, feelings=["weary"])
    checkins.delete(only_deleted.id)

    def same(a: float, b: float) -> bool:
        return (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b)

    for start, end in ((first, first + timedelta(days=79)), (date(2026, 1, 10),
                       date(2026, 1, 20)), (date(2026, 6, 1), date(2026, 6, 30)),
                       (date(2026, 1, 20), date(2026, 1, 10))):
        counted = counted_feelings(checkins.feeling_tallies(start, end))
        read = feeling_counts(checkins.between(start, end))
        assert [(f.name, f.checkins) for f in counted.feelings] == [
            (f.name, f.checkins) for f in read.feelings]
        for mine, theirs in zip(counted.feelings, read.feelings, strict=True):
            assert same(mine.mood, theirs.mood) and same(mine.hope, theirs.hope)
        assert (counted.checkins, counted.named) == (read.checkins, read.named)
        assert same(counted.mood, read.mood) and same(counted.hope, read.hope)
    whole = counted_feelings(checkins.feeling_tallies(first, first + timedelta(days=79)))
    assert whole.checkins > 100 and whole.named > 50 and len(whole.feelings) == len(words)
    assert "weary" not in [f.name for f in whole.feelings]
