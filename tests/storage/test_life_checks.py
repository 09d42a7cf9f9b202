"""Life checks against real vaults: ratings kept in the person's order, skips, notes, undo."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from recovery_journal.model import LifeRating
from recovery_journal.storage.errors import NotFoundError, StorageError
from recovery_journal.storage.life_checks import LifeChecks
from recovery_journal.storage.life_domains import LifeDomains
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.settings import Settings
from recovery_journal.storage.vault import Vault
from tests.fixtures.make_fixtures import PASSPHRASE as FIXTURE_PASSPHRASE

FIXTURES = Path(__file__).parent.parent / "fixtures"
WHEN = datetime(2026, 11, 30, 23, 30, tzinfo=timezone(timedelta(hours=-5)))


@pytest.fixture
def checks(vault: Vault) -> LifeChecks:
    return LifeChecks(vault)


def domain_ids(vault: Vault) -> list[int]:
    return [d.id for d in LifeDomains(vault).list()]


def test_a_life_check_keeps_ratings_skips_and_notes(vault: Vault, checks: LifeChecks) -> None:
    work, learning, family, *_ = domain_ids(vault)
    saved = checks.add(WHEN, [
        LifeRating(family, 6, "  Sunday dinners  "),
        LifeRating(work, 3),
        LifeRating(learning, None),  # skipped entirely: not stored
    ])
    # The day is the person's own (the offset's date), and the ratings follow their order.
    assert saved.local_date.isoformat() == "2026-11-30"
    assert saved.ratings == (LifeRating(work, 3, ""), LifeRating(family, 6, "Sunday dinners"))
    assert checks.get(saved.id) == saved


def test_a_note_without_a_rating_is_kept(vault: Vault, checks: LifeChecks) -> None:
    work = domain_ids(vault)[0]
    saved = checks.add(WHEN, [LifeRating(work, None, "A good week at the allotment")])
    assert saved.ratings == (LifeRating(work, None, "A good week at the allotment"),)


@pytest.mark.parametrize("bad", [0, 8, -1, True])
def test_ratings_outside_one_to_seven_are_refused(
    vault: Vault, checks: LifeChecks, bad: int
) -> None:
    with pytest.raises(ValueError, match="1 to 7"):
        checks.add(WHEN, [LifeRating(domain_ids(vault)[0], bad)])
    assert checks.list() == []


def test_an_empty_check_and_a_twice_rated_area_are_refused(
    vault: Vault, checks: LifeChecks
) -> None:
    work = domain_ids(vault)[0]
    with pytest.raises(ValueError, match="at least one"):
        checks.add(WHEN, [LifeRating(work, None, "   ")])
    with pytest.raises(ValueError, match="once"):
        checks.add(WHEN, [LifeRating(work, 2), LifeRating(work, 3)])


def test_an_unknown_area_is_refused_and_nothing_is_half_saved(checks: LifeChecks) -> None:
    with pytest.raises(NotFoundError):
        checks.add(WHEN, [LifeRating(9999, 4)])
    assert checks.list() == []


def test_lists_run_oldest_first_and_latest_gives_the_newest(
    vault: Vault, checks: LifeChecks
) -> None:
    work = domain_ids(vault)[0]
    # Given out of order, and with offsets whose text does not sort as time.
    later = checks.add(datetime(2026, 6, 1, 1, 0, tzinfo=timezone(timedelta(hours=5))),
                       [LifeRating(work, 5)])
    earlier = checks.add(datetime(2026, 5, 31, 21, 0, tzinfo=UTC), [LifeRating(work, 4)])
    newest = checks.add(WHEN, [LifeRating(work, 6)])
    assert [c.id for c in checks.list()] == [later.id, earlier.id, newest.id]
    assert [c.id for c in checks.latest(2)] == [earlier.id, newest.id]
    assert checks.latest(0) == []


def test_update_replaces_the_ratings(vault: Vault, checks: LifeChecks) -> None:
    work, learning, *_ = domain_ids(vault)
    saved = checks.add(WHEN, [LifeRating(work, 3)])
    changed = checks.update(saved.id, [LifeRating(learning, 5, "A course")])
    assert changed.ratings == (LifeRating(learning, 5, "A course"),)
    assert changed.taken_at == saved.taken_at


def test_delete_is_undoable_and_purge_removes_for_good(vault: Vault, checks: LifeChecks) -> None:
    work = domain_ids(vault)[0]
    saved = checks.add(WHEN, [LifeRating(work, 3, "Kept")])
    checks.delete(saved.id)
    assert checks.list() == []
    assert [c.id for c in checks.recently_deleted()] == [saved.id]
    with pytest.raises(NotFoundError):
        checks.delete(saved.id)
    assert checks.restore(saved.id) == saved
    checks.delete(saved.id)
    assert checks.purge_deleted(vault.now() + timedelta(seconds=1)) == 1
    assert vault.query("SELECT count(*) FROM life_check_rating") == [(0,)]


def test_a_rated_life_area_cannot_be_deleted_under_the_ratings(
    vault: Vault, checks: LifeChecks
) -> None:
    added = LifeDomains(vault).add("Music")
    checks.add(WHEN, [LifeRating(added.id, 7, "Choir")])
    with pytest.raises(StorageError), vault.write() as w:
        w.execute("DELETE FROM life_domain WHERE id = ?", (added.id,))
    assert checks.list()[0].ratings[0].going_well == "Choir"


def test_how_often_to_offer_is_off_by_default_and_bounded(vault: Vault) -> None:
    settings = Settings(vault)
    assert settings.get("life_check_every_weeks") == 0
    settings.set("life_check_every_weeks", 6)
    assert settings.get("life_check_every_weeks") == 6
    with pytest.raises(ValueError, match="1 to 52"):
        settings.set("life_check_every_weeks", 53)


def test_repositories_hold_life_checks(vault: Vault) -> None:
    assert isinstance(Repositories.from_vault(vault).life_checks, LifeChecks)


@pytest.mark.parametrize("fixture", ["schema1.vault", "schema3.vault"])
def test_older_vaults_migrate_to_hold_life_checks(tmp_path: Path, fixture: str) -> None:
    path = tmp_path / "old.vault"
    shutil.copyfile(FIXTURES / fixture, path)
    with Vault.open(path, FIXTURE_PASSPHRASE) as vault:
        checks = LifeChecks(vault)
        assert checks.list() == []
        work = domain_ids(vault)[0]
        assert checks.add(WHEN, [LifeRating(work, 4)]).ratings == (LifeRating(work, 4),)
        assert vault.check_integrity().ok


def test_between_latest_before_and_latest_ratings(vault: Vault, checks: LifeChecks) -> None:
    from recovery_journal.insights.life_check import latest_ratings

    work, learning, *_ = domain_ids(vault)
    first = checks.add(datetime(2026, 1, 5, 20, tzinfo=UTC),
                       [LifeRating(work, 2), LifeRating(learning, 6)])
    second = checks.add(datetime(2026, 2, 2, 20, tzinfo=UTC),
                        [LifeRating(work, 4), LifeRating(learning, None, "A course")])
    third = checks.add(datetime(2026, 3, 2, 20, tzinfo=UTC), [LifeRating(work, 5)])
    checks.delete(third.id)
    day = datetime(2026, 2, 1).date()
    assert [c.id for c in checks.between(day, day.replace(month=12))] == [second.id]
    assert [c.id for c in checks.latest(1, before=day)] == [first.id]
    assert checks.latest(1, before=datetime(2026, 1, 5).date()) == []
    # The newest rating of each area on or before the day; a note alone, or a deleted check,
    # leaves the one before standing.
    found = checks.latest_ratings(datetime(2026, 12, 31).date())
    assert found == {work: (second.local_date, 4), learning: (first.local_date, 6)}
    assert found == latest_ratings(checks.list(), datetime(2026, 12, 31).date())
    assert checks.latest_ratings(datetime(2026, 1, 4).date()) == {}
