"""Migrations: numbered files, one transaction each, a verified copy first, stored fixtures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from recovery_journal.storage import vault as vault_module
from recovery_journal.storage.migrations import Migration, load_migrations
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.fixtures.make_fixtures import PASSPHRASE as FIXTURE_PASSPHRASE

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_migrations_are_numbered_without_gaps() -> None:
    versions = [m.version for m in load_migrations()]
    assert versions == list(range(1, len(versions) + 1))
    assert len(versions) >= 2


@pytest.mark.slow
def test_schema1_fixture_migrates_with_data_intact(tmp_path: Path) -> None:
    """The stored schema-1 vault (real default KDF) opens, migrates, and keeps every record."""
    path = tmp_path / "old.vault"
    shutil.copyfile(FIXTURES / "schema1.vault", path)
    original = path.read_bytes()
    with Vault.open(path, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version == load_migrations()[-1].version
        assert vault.query("SELECT note FROM checkin") == [("A calm morning.",)]
        values = vault.query("SELECT value FROM checkin_value ORDER BY measure_id")
        assert values == [(6.0,), (7.0,)]
        assert vault.query("SELECT body FROM plan_section WHERE key = 'toolbox'") == [
            ("Walking every morning.",)
        ]
        hits = vault.query("SELECT rowid FROM journal_fts WHERE journal_fts MATCH 'cafe'")
        assert hits == [(1,)]
        assert vault.query("SELECT count(*) FROM draft") == [(0,)]  # schema 2 is there
        assert vault.check_integrity().ok
    backups = list(tmp_path.glob("old.before-update-1-to-*.vault"))
    assert len(backups) == 1
    # The copy taken before migrating is the old vault, encrypted with the same passphrase.
    assert backups[0].read_bytes() == original
    connection = sqlcipher.connect(str(backups[0]))
    connection.set_key(FIXTURE_PASSPHRASE.encode())
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    connection.close()
    # Opening again migrates nothing and makes no second copy.
    Vault.open(path, FIXTURE_PASSPHRASE).close()
    assert len(list(tmp_path.glob("*.before-update-*"))) == 1


def test_a_failing_migration_changes_nothing(vault: Vault) -> None:
    path = vault.path
    vault.close()
    connection = vault_module._connect(path, PASSPHRASE.encode(), FAST_KDF)
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    bad = Migration(
        version + 1, "9999_bad.sql",
        "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);",
    )
    with pytest.raises(sqlcipher.OperationalError):
        vault_module._apply_migrations(connection, [bad], from_version=version)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == version
    assert connection.execute(
        "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"
    ).fetchone()[0] == 0
    connection.close()


def test_indexes_for_live_rows_arrive_on_an_older_vault(vault: Vault) -> None:
    """0012 adds only indexes: a vault from just before it gains them and keeps every row."""
    from datetime import UTC, datetime

    from recovery_journal.storage.journal import Journal

    journal = Journal(vault)
    kept = journal.add(written_at=datetime(2022, 3, 1, 9, tzinfo=UTC), body="kept")
    journal.delete(journal.add(written_at=datetime(2022, 3, 2, 9, tzinfo=UTC), body="x").id)
    path = vault.path
    vault.close()
    connection = vault_module._connect(path, PASSPHRASE.encode(), FAST_KDF)
    names = ("journal_entry_live_newest", "journal_entry_set_aside", "checkin_live_by_day",
             "checkin_set_aside", "strength_use_live_by_day")
    for name in (*names, "journal_entry_live_by_day"):  # 0013's too: it came after
        connection.execute(f"DROP INDEX {name}")
    connection.execute("PRAGMA user_version = 11")
    connection.commit()
    connection.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        assert reopened.schema_version >= 12
        found = {str(row[0]) for row in reopened.query(
            "SELECT name FROM sqlite_schema WHERE type = 'index'")}
        assert set(names) <= found
        assert [line.id for line in Journal(reopened).summaries(limit=5)] == [kept.id]
        assert Journal(reopened).recently_deleted()[0].body == "x"



def test_entries_by_day_come_from_an_index_of_live_entries(vault: Vault) -> None:
    """0013: a vault from just before it gains the index; tags by day (the life balance chart)
    are read from it, never from the entries' words, and still leave deleted entries out."""
    from datetime import UTC, date, datetime

    from recovery_journal.storage.journal import Journal

    journal = Journal(vault)
    kept = journal.add(written_at=datetime(2022, 3, 1, 9, tzinfo=UTC), body="kept",
                       tags=["walk"])
    journal.delete(journal.add(written_at=datetime(2022, 3, 2, 9, tzinfo=UTC), body="x",
                               tags=["rest"]).id)
    path = vault.path
    vault.close()
    connection = vault_module._connect(path, PASSPHRASE.encode(), FAST_KDF)
    connection.execute("DROP INDEX journal_entry_live_by_day")
    connection.execute("PRAGMA user_version = 12")
    connection.commit()
    connection.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        assert reopened.schema_version >= 13
        plan = " ".join(str(row[3]) for row in reopened.query(
            "EXPLAIN QUERY PLAN SELECT e.id, e.local_date FROM journal_entry e "
            "WHERE e.deleted_at IS NULL AND e.local_date BETWEEN ? AND ?",
            ["2022-01-01", "2022-12-31"]))
        assert "USING INDEX journal_entry_live_by_day" in plan
        # SQLite says USING, not COVERING, yet reads no column of the entries themselves.
        root = reopened.query("SELECT rootpage FROM sqlite_schema WHERE name = 'journal_entry'")
        program = reopened.query(
            "EXPLAIN SELECT e.id, e.local_date FROM journal_entry e "
            "WHERE e.deleted_at IS NULL AND e.local_date BETWEEN ? AND ?",
            ["2022-01-01", "2022-12-31"])
        table = {row[2] for row in program if row[1] == "OpenRead" and row[3] == root[0][0]}
        assert table and not [row for row in program if row[1] == "Column" and row[2] in table]
        assert Journal(reopened).tagged_days(date(2022, 1, 1), date(2022, 12, 31)) == [
            (date(2022, 3, 1), ("walk",))]
        # Only an index came: every entry is there as it was, the deleted one still restorable.
        assert Journal(reopened).get(kept.id) == kept
        assert [e.body for e in Journal(reopened).recently_deleted()] == ["x"]
