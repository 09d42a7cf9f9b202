"""Backups: verified copies, the daily/weekly rotation, restore and deleting everything."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from recovery_journal.storage import errors
from recovery_journal.storage.backups import (
    DAMAGED_BACKUP,
    automatic_backup,
    back_up,
    backup_day,
    backup_folder,
    days_to_keep,
    delete_everything,
    list_backups,
    restore,
    verify_backup,
)
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

WHEN = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def _titles(path: Path) -> list[str]:
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as opened:
        return [entry.title for entry in Journal(opened).list()]


def _flip_middle_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2 + 100] ^= 0x01
    path.write_bytes(bytes(data))


# -- the rotation rule -------------------------------------------------------------------------


def test_rotation_keeps_seven_days_and_four_weeks() -> None:
    last = date(2024, 3, 31)  # a Sunday
    days = [last - timedelta(days=n) for n in range(60)]
    kept = days_to_keep(days)
    newest_seven = {last - timedelta(days=n) for n in range(7)}
    # Newest day of each of the 4 newest ISO weeks: Sundays 31, 24, 17 and 10 March.
    weekly = {date(2024, 3, 31), date(2024, 3, 24), date(2024, 3, 17), date(2024, 3, 10)}
    assert kept == newest_seven | weekly


def test_rotation_with_gaps_keeps_what_there_is() -> None:
    days = [date(2024, 1, 3), date(2024, 2, 14), date(2024, 2, 15), date(2023, 12, 1)]
    assert days_to_keep(days) == set(days)
    many_one_week = [date(2024, 5, 6) + timedelta(days=n) for n in range(7)]
    assert days_to_keep([*many_one_week, date(2023, 1, 2)], daily=2, weekly=4) == {
        date(2024, 5, 12), date(2024, 5, 11), date(2023, 1, 2),
    }


def test_backup_names_carry_their_day(tmp_path: Path) -> None:
    assert backup_day(tmp_path / "journal-2024-02-29.vault") == date(2024, 2, 29)
    assert backup_day(tmp_path / "journal-2024-02-30.vault") is None
    assert backup_day(tmp_path / "notes.txt") is None
    assert backup_folder(tmp_path / "journal.vault") == tmp_path / "backups-journal"


# -- making backups ----------------------------------------------------------------------------


def test_back_up_is_a_verified_copy_with_the_same_passphrase(vault: Vault, tmp_path: Path) -> None:
    Journal(vault).add(written_at=WHEN, title="first", body="kept safe")
    target = back_up(vault, tmp_path / "copy.vault")
    assert target == tmp_path / "copy.vault"
    assert _titles(target) == ["first"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_automatic_backup_once_a_day_then_rotates(vault: Vault) -> None:
    Journal(vault).add(written_at=WHEN, title="first", body="")
    start = date(2024, 1, 1)
    made = [automatic_backup(vault, today=start + timedelta(days=n)) for n in range(40)]
    assert all(path is not None for path in made)
    assert automatic_backup(vault, today=start + timedelta(days=39)) is None
    kept = {backup_day(p) for p in list_backups(vault.path)}
    assert kept == days_to_keep(start + timedelta(days=n) for n in range(40))
    assert len(kept) == 9  # 7 daily (3 to 9 Feb) plus the Sundays 21 and 28 Jan
    newest = list_backups(vault.path)[0]
    assert backup_day(newest) == date(2024, 2, 9)
    assert _titles(newest) == ["first"]
    assert oct(backup_folder(vault.path).stat().st_mode & 0o777) == "0o700"


_CHILD = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from recovery_journal.storage.backups import back_up
    from recovery_journal.storage.vault import Vault

    stage = sys.argv[3]
    real_fsync = os.fsync
    def slow_fsync(fd):
        name = os.readlink(f"/proc/self/fd/{fd}")
        if (stage == "folder" and os.path.isdir(name)) or (stage != "folder" and stage in name):
            print("inside", flush=True)
            time.sleep(30)
        real_fsync(fd)
    os.fsync = slow_fsync
    vault = Vault.open(Path(sys.argv[1]), sys.argv[4], kdf_iter=int(sys.argv[5]))
    print("open", flush=True)
    back_up(vault, Path(sys.argv[2]))
    print("done", flush=True)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 and /proc are POSIX")
# Interrupted while syncing the half-made copy, or after it was renamed to its checking name.
@pytest.mark.parametrize("stage", [".partial-", "folder"])
def test_kill_during_backup_keeps_the_previous_one(
    make_vault: Callable[..., Vault], tmp_path: Path, stage: str
) -> None:
    vault = make_vault()
    Journal(vault).add(written_at=WHEN, title="before", body="")
    target = back_up(vault, tmp_path / "copy.vault")
    before = _digest(target)
    Journal(vault).add(written_at=WHEN, title="after", body="x" * 200_000)
    path = vault.path
    vault.close()
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path), str(target), stage, PASSPHRASE, str(FAST_KDF)],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2],
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "inside":
            break
    else:
        pytest.fail("the backup never reached the point to interrupt")
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert _digest(target) == before
    leftovers = {p.name for p in tmp_path.iterdir()} - {"journal.vault", "copy.vault"}
    assert all(n.startswith(".") or n.startswith("journal.vault-") for n in leftovers)
    assert any(".partial-" in n or ".verifying-" in n for n in leftovers), leftovers
    # The next start removes what the killed command left beside the file it opens.
    assert _titles(target) == ["before"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")
def test_kill_mid_copy_of_a_large_vault_leaves_no_half_file(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    vault = make_vault()
    journal = Journal(vault)
    for n in range(6):
        journal.add(written_at=WHEN, title=f"big {n}", body=os.urandom(1_500_000).hex())
    first = automatic_backup(vault, today=date(2024, 3, 1))
    assert first is not None
    before = _digest(first)
    path = vault.path
    vault.close()
    script = (
        "import sys; from datetime import date; from pathlib import Path\n"
        "from recovery_journal.storage.backups import automatic_backup\n"
        "from recovery_journal.storage.vault import Vault\n"
        "v = Vault.open(Path(sys.argv[1]), sys.argv[2], kdf_iter=int(sys.argv[3]))\n"
        "automatic_backup(v, today=date(2024, 3, 2))\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(path), PASSPHRASE, str(FAST_KDF)],
        cwd=Path(__file__).parents[2],
    )
    folder = backup_folder(path)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and child.poll() is None:
        if any(p.name.startswith(".") for p in folder.iterdir()):
            break
        time.sleep(0.001)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert _digest(first) == before
    # Either the new backup is whole and verified, or it isn't under its final name at all.
    assert [backup_day(p) for p in list_backups(path)] in (
        [date(2024, 3, 1)], [date(2024, 3, 2), date(2024, 3, 1)],
    )
    for backup in list_backups(path):
        verify_backup(path, backup, PASSPHRASE, kdf_iter=FAST_KDF)
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        automatic_backup(reopened, today=date(2024, 3, 3))
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


# -- restoring ---------------------------------------------------------------------------------


def test_restore_refuses_a_tampered_backup_and_changes_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    for n in range(40):
        Journal(vault).add(written_at=WHEN, title=f"entry {n}", body="words " * 200)
    backup = back_up(vault, tmp_path / "copy.vault")
    _flip_middle_byte(backup)
    path = vault.path
    vault.close()
    before = {name: _digest(tmp_path / name) for name in _files(tmp_path)}
    with pytest.raises(errors.DamagedVaultError) as caught:
        restore(path, backup, PASSPHRASE, kdf_iter=FAST_KDF)
    assert str(caught.value).startswith(DAMAGED_BACKUP)
    assert "left exactly as it was" in str(caught.value)
    assert {name: _digest(tmp_path / name) for name in _files(tmp_path)} == before


def test_restore_with_the_wrong_passphrase_changes_nothing(vault: Vault, tmp_path: Path) -> None:
    backup = back_up(vault, tmp_path / "copy.vault")
    path = vault.path
    vault.close()
    before = {name: _digest(tmp_path / name) for name in _files(tmp_path)}
    with pytest.raises(errors.WrongPassphraseError, match="doesn't open this backup"):
        restore(path, backup, "not the passphrase", kdf_iter=FAST_KDF)
    assert {name: _digest(tmp_path / name) for name in _files(tmp_path)} == before


def test_restore_keeps_the_current_vault_aside(vault: Vault, tmp_path: Path) -> None:
    Journal(vault).add(written_at=WHEN, title="old times", body="")
    backup = back_up(vault, tmp_path / "copy.vault")
    Journal(vault).add(written_at=WHEN, title="since then", body="")
    path = vault.path
    vault.close()
    kept = restore(path, backup, PASSPHRASE, kdf_iter=FAST_KDF).kept
    assert kept is not None and kept.parent == path.parent
    assert kept.name.startswith("journal.before-restore-")
    assert _titles(path) == ["old times"]
    assert sorted(_titles(kept)) == ["old times", "since then"]
    assert backup.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    again = restore(path, backup, PASSPHRASE, kdf_iter=FAST_KDF).kept
    assert again is not None and again != kept and kept.exists()


def test_restore_refuses_while_the_journal_is_open(vault: Vault, tmp_path: Path) -> None:
    backup = back_up(vault, tmp_path / "copy.vault")
    before = _digest(vault.path)
    with pytest.raises(errors.AlreadyOpenError):
        restore(vault.path, backup, PASSPHRASE, kdf_iter=FAST_KDF)
    assert _digest(vault.path) == before
    assert not [p for p in tmp_path.iterdir() if "before-restore" in p.name]


def test_restore_where_no_journal_is_left(vault: Vault, tmp_path: Path) -> None:
    Journal(vault).add(written_at=WHEN, title="back again", body="")
    backup = back_up(vault, tmp_path / "copy.vault")
    vault.close()
    fresh = tmp_path / "new.vault"
    assert restore(fresh, backup, PASSPHRASE, kdf_iter=FAST_KDF).kept is None
    assert _titles(fresh) == ["back again"]


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 100])
def test_restore_refuses_files_that_are_no_backup(
    vault: Vault, tmp_path: Path, content: bytes
) -> None:
    odd = tmp_path / "odd.vault"
    odd.write_bytes(content)
    path = vault.path
    vault.close()
    with pytest.raises((errors.EmptyFileError, errors.PlainDatabaseError)):
        restore(path, odd, PASSPHRASE, kdf_iter=FAST_KDF)
    assert not [p for p in tmp_path.iterdir() if "before-restore" in p.name]


# -- deleting everything -----------------------------------------------------------------------


def test_delete_everything_removes_exactly_the_journal_and_its_backups(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    vault = make_vault()
    other = make_vault("other.vault")
    automatic_backup(vault, today=date(2024, 3, 1))
    automatic_backup(vault, today=date(2024, 3, 2))
    automatic_backup(other, today=date(2024, 3, 1))
    back_up(vault, tmp_path / "my own copy.vault")
    path = vault.path
    vault.close()
    other.close()
    kept = restore(path, list_backups(path)[0], PASSPHRASE, kdf_iter=FAST_KDF).kept
    assert kept is not None
    for side in ("-wal", "-shm"):
        (tmp_path / f"journal.vault{side}").write_bytes(b"left by a crash")
    (tmp_path / "notes.txt").write_text("not a journal")
    (backup_folder(path) / "readme.txt").write_text("mine")
    delete_everything(path)
    assert _files(tmp_path) == {
        "other.vault", "my own copy.vault", "notes.txt", "backups-journal/readme.txt",
        "backups-other/other-2024-03-01.vault",
    }


def test_delete_everything_refuses_an_open_journal(vault: Vault, tmp_path: Path) -> None:
    automatic_backup(vault, today=date(2024, 3, 1))
    with pytest.raises(errors.AlreadyOpenError):
        delete_everything(vault.path)
    assert vault.path.exists() and list_backups(vault.path)
    vault.close()
    delete_everything(vault.path)
    assert _files(tmp_path) == set()
