"""Check-ins set aside and brought back: delete, restore, recently deleted, purge, reopen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from recovery_journal.storage.checkins import CheckIns
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.measures import Measures
from recovery_journal.storage.tags import Tags
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.clocks import Clock


@pytest.fixture
def clock(vault: Vault) -> Clock:
    clock = Clock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    vault.clock = clock
    return clock


@pytest.fixture
def checkins(vault: Vault) -> CheckIns:
    return CheckIns(vault)


def at(day: int) -> datetime:
    return datetime(2026, 1, day, 9, 0, tzinfo=UTC)


def test_delete_hides_and_restore_brings_back(checkins: CheckIns) -> None:
    made = checkins.add(recorded_at=at(1), values={"mood": 3}, tags=["tea"], note="n")
    checkins.delete(made.id)
    with pytest.raises(NotFoundError):
        checkins.get(made.id)
    assert checkins.recent() == []
    assert checkins.between(date(2026, 1, 1), date(2026, 1, 1)) == []
    assert checkins.restore(made.id) == made
    assert checkins.recent() == [made]


def test_delete_twice_and_restore_of_missing(checkins: CheckIns) -> None:
    made = checkins.add(recorded_at=at(1))
    checkins.delete(made.id)
    with pytest.raises(NotFoundError):
        checkins.delete(made.id)
    with pytest.raises(NotFoundError):
        checkins.delete(12345)
    with pytest.raises(NotFoundError):
        checkins.restore(12345)
    assert checkins.restore(made.id) == checkins.restore(made.id)


def test_recently_deleted_is_most_recent_first(checkins: CheckIns, clock: Clock) -> None:
    ids = [checkins.add(recorded_at=at(day)).id for day in (1, 2, 3, 4)]
    for checkin_id in (ids[2], ids[0], ids[3]):
        clock.tick()
        checkins.delete(checkin_id)
    assert [c.id for c in checkins.recently_deleted()] == [ids[3], ids[0], ids[2]]
    assert [c.id for c in checkins.recently_deleted(2)] == [ids[3], ids[0]]
    assert checkins.recently_deleted(0) == []
    checkins.restore(ids[0])
    assert [c.id for c in checkins.recently_deleted()] == [ids[3], ids[2]]


def test_deletion_order_holds_across_clocks_in_other_offsets(
    checkins: CheckIns, vault: Vault
) -> None:
    first = checkins.add(recorded_at=at(1))
    second = checkins.add(recorded_at=at(2))
    # 10:00+05:00 is earlier than 06:00 UTC, although its clock text sorts later.
    vault.clock = lambda: datetime(2026, 3, 1, 10, 0, tzinfo=timezone(timedelta(hours=5)))
    checkins.delete(first.id)
    vault.clock = lambda: datetime(2026, 3, 1, 6, 0, tzinfo=UTC)
    checkins.delete(second.id)
    assert [c.id for c in checkins.recently_deleted()] == [second.id, first.id]


def test_purge_removes_only_what_was_deleted_before(
    checkins: CheckIns, clock: Clock, vault: Vault
) -> None:
    extra = Measures(vault).add("Extra")
    old = checkins.add(recorded_at=at(1), values={"extra": 1}, tags=["tea"])
    newer = checkins.add(recorded_at=at(2))
    kept = checkins.add(recorded_at=at(3))
    checkins.delete(old.id)
    cutoff = clock.tick(3600)
    clock.tick(3600)
    checkins.delete(newer.id)
    assert checkins.purge_deleted(cutoff) == 1
    assert [c.id for c in checkins.recently_deleted()] == [newer.id]
    with pytest.raises(NotFoundError):
        checkins.restore(old.id)
    assert checkins.get(kept.id) == kept
    # The purged check-in's values went with it, so its measure may now be deleted.
    Measures(vault).delete(extra.id)
    assert Tags(vault).by_name("tea") is not None
    assert checkins.purge_deleted(clock.tick(1)) == 1
    assert checkins.recently_deleted() == []


def test_a_naive_purge_time_is_refused(checkins: CheckIns) -> None:
    with pytest.raises(ValueError):
        checkins.purge_deleted(datetime(2026, 1, 1))


def test_undo_works_after_reopening_the_vault(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    checkins = CheckIns(vault)
    made = checkins.add(recorded_at=at(1), values={"mood": 8}, tags=["sun"], note="good day")
    gone = checkins.add(recorded_at=at(2))
    checkins.delete(made.id)
    checkins.delete(gone.id)
    path = vault.path
    vault.close()

    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        again = CheckIns(reopened)
        assert {c.id for c in again.recently_deleted()} == {made.id, gone.id}
        assert again.restore(made.id) == made
        assert again.recent() == [made]
        assert again.purge_deleted(datetime.now(UTC) + timedelta(seconds=1)) == 1

    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as third:
        assert CheckIns(third).recent() == [made]
        assert CheckIns(third).recently_deleted() == []
