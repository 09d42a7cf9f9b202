"""Supports against real vaults: events in order, current dose, undoable deletes, old vaults."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from recovery_journal.model import LifeRating, SupportEventKind, SupportKind
from recovery_journal.storage import vault as vault_module
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.migrations import load_migrations
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.supports import Supports, all_events
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.fixtures.make_fixtures import PASSPHRASE as FIXTURE_PASSPHRASE

FIXTURES = Path(__file__).parent.parent / "fixtures"
MARCH = date(2026, 3, 3)


@pytest.fixture
def supports(vault: Vault) -> Supports:
    return Supports(vault)


def test_a_medicine_keeps_its_changes_in_order(supports: Supports) -> None:
    saved = supports.add(SupportKind.MEDICINE, "  Sertraline ", dose="50 mg",
                         how_often="each morning", note=" from my GP ", started=MARCH)
    assert (saved.name, saved.dose, saved.note) == ("Sertraline", "50 mg", "from my GP")
    assert [e.kind for e in saved.events] == [SupportEventKind.STARTED]
    assert saved.since == MARCH and saved.status is SupportEventKind.STARTED
    # Recorded out of order, read back by day; a blank new dose means "unchanged".
    later = supports.record(saved.id, date(2026, 5, 1), "note", note="Sleeping better")
    change = supports.record(saved.id, date(2026, 4, 2), SupportEventKind.CHANGED,
                             dose=" 100 mg ", how_often="  ")
    assert change.dose == "100 mg" and change.how_often is None
    read = supports.get(saved.id)
    assert [e.id for e in read.events] == [saved.events[0].id, change.id, later.id]
    assert read.current_dose == "100 mg" and read.current_how_often == "each morning"
    assert read.dose == "50 mg"  # what the person first wrote stays as written
    assert read.status is SupportEventKind.STARTED  # a dose change or a note is no new status
    supports.record(saved.id, date(2026, 6, 1), SupportEventKind.STOPPED, note="Let go")
    supports.record(saved.id, date(2026, 7, 1), SupportEventKind.RESTARTED, dose="50 mg")
    again = supports.get(saved.id)
    assert again.status is SupportEventKind.RESTARTED and again.since == date(2026, 7, 1)
    assert again.current_dose == "50 mg"
    edited = supports.update_event(change.id, date(2026, 4, 3), "changed", dose="75 mg")
    assert (edited.day, edited.dose) == (date(2026, 4, 3), "75 mg")
    assert [e.day for e in all_events([again])][0] == MARCH


def test_kinds_names_and_bad_input_are_refused_plainly(supports: Supports) -> None:
    other = supports.add("other", "Allotment", kind_name="Gardening")
    group = supports.add(SupportKind.GROUP, "Hearing Voices group")
    assert other.kind_name == "Gardening" and other.events == () and other.since is None
    # Without a "started", the log is kept "since" its first change.
    supports.record(other.id, date(2026, 2, 1), SupportEventKind.CHANGED, how_often="Sundays")
    supports.record(other.id, date(2026, 1, 1), SupportEventKind.NOTE, note="Fresh air")
    assert supports.get(other.id).since == date(2026, 1, 1)
    # Listed by kind, then name.
    assert [s.id for s in supports.list()] == [group.id, other.id]
    with pytest.raises(ValueError, match="medicine"):
        supports.add("pills", "x")
    with pytest.raises(ValueError):
        supports.add(SupportKind.THERAPY, "   ")
    with pytest.raises(ValueError, match="kind of change"):
        supports.record(group.id, MARCH, "forgot")
    with pytest.raises(NotFoundError):
        supports.record(999, MARCH, "note")
    assert len(supports.list()) == 2 and supports.get(group.id).events == ()
    changed = supports.update(group.id, SupportKind.GROUP, "Peer group", note="Thursdays")
    assert (changed.name, changed.note) == ("Peer group", "Thursdays")
    with pytest.raises(NotFoundError):
        supports.update(999, SupportKind.GROUP, "x")


def test_deleting_sets_aside_with_undo_and_purges_later(vault: Vault, supports: Supports) -> None:
    med = supports.add(SupportKind.MEDICINE, "Lithium", started=MARCH)
    note = supports.record(med.id, date(2026, 4, 1), "note", note="Steadier")
    supports.delete_event(note.id)
    assert supports.get(med.id).events == med.events
    assert supports.restore_event(note.id) == note
    supports.delete(med.id)
    assert supports.list() == []
    assert supports.events_between(MARCH, date(2026, 12, 31)) == []
    with pytest.raises(NotFoundError):
        supports.event(note.id)
    with pytest.raises(NotFoundError):
        supports.delete_event(note.id)  # its support is set aside
    assert supports.restore(med.id).events == (med.events[0], note)
    later = supports.record(med.id, date(2026, 4, 2), "paused")
    assert [e.id for e in supports.events_between(date(2026, 3, 4), date(2026, 4, 1))] == [
        note.id]
    # An event set aside on a live support is purged on its own.
    supports.delete_event(later.id)
    assert supports.purge_deleted(vault.now() + timedelta(seconds=1)) == 1
    assert vault.query("SELECT count(*) FROM support_event") == [(2,)]
    supports.delete(med.id)
    assert supports.purge_deleted(vault.now() - timedelta(days=1)) == 0
    assert supports.purge_deleted(vault.now() + timedelta(seconds=1)) == 1
    assert vault.query("SELECT count(*) FROM support_event") == [(0,)]


def test_repositories_hold_supports(vault: Vault) -> None:
    assert isinstance(Repositories.from_vault(vault).supports, Supports)


@pytest.mark.parametrize("fixture", ["schema1.vault", "schema3.vault"])
def test_older_vaults_migrate_to_hold_supports_and_lose_nothing(
    tmp_path: Path, fixture: str
) -> None:
    path = tmp_path / "old.vault"
    shutil.copyfile(FIXTURES / fixture, path)
    with Vault.open(path, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version == load_migrations()[-1].version >= 10
        assert vault.query("SELECT count(*) FROM checkin")[0][0] >= 1
        supports = Supports(vault)
        assert supports.list() == []
        med = supports.add(SupportKind.MEDICINE, "Sertraline", started=MARCH)
        assert supports.get(med.id).since == MARCH
        assert vault.check_integrity().ok


def test_a_vault_of_the_previous_schema_keeps_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vault made at the schema before supports, with a check-in and a life check, upgrades
    with every row of every table as it was."""
    newest = load_migrations()
    previous = tuple(m for m in newest if m.version < 10)
    monkeypatch.setattr(vault_module, "load_migrations", lambda: previous)
    path = tmp_path / "previous.vault"
    with Vault.create(path, PASSPHRASE, kdf_iter=FAST_KDF) as old:
        assert old.schema_version == 9
        repos = Repositories.from_vault(old)
        measure = repos.measures.list()[0]
        repos.checkins.add(recorded_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
                           values={measure.key: 6.0}, tags=["walk"], note="A calm morning.")
        area = repos.life_domains.list()[0]
        repos.life_checks.add(datetime(2026, 3, 2, 9, tzinfo=UTC), [LifeRating(area.id, 5)])
        tables = [str(r[0]) for r in old.query(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'")]
        before = {t: old.query(f"SELECT * FROM {t}") for t in tables}
    monkeypatch.setattr(vault_module, "load_migrations", lambda: newest)
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as vault:
        assert vault.schema_version == newest[-1].version
        assert {t: vault.query(f"SELECT * FROM {t}") for t in tables} == before
        assert Supports(vault).list() == []
        assert vault.check_integrity().ok
