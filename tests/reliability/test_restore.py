"""Restore never loses the saves still only in a journal's `-wal`, whenever it is cut short."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from recovery_journal.storage import errors, wal
from recovery_journal.storage.backups import DAMAGED_WAL_KEPT, OTHER_JOURNAL, back_up, restore
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.reliability.crashed import tag_names, write_then_die

_RESTORE_THEN_DIE = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from recovery_journal.storage.backups import restore
    steps = 0
    def dying(real):
        def step(*args, **kwargs):
            global steps
            steps += 1
            if steps == int(sys.argv[5]):
                os._exit(9)
            return real(*args, **kwargs)
        return step
    for name in ("replace", "link", "unlink", "fsync"):
        setattr(os, name, dying(getattr(os, name)))
    restore(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], kdf_iter=int(sys.argv[4]))
    print("finished", flush=True)
    """
)


def _journal_with_saves_in_wal(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> tuple[Path, Path, list[str]]:
    vault = make_vault()
    backup = back_up(vault, tmp_path / "backup.vault")
    path = vault.path
    vault.close()
    return path, backup, write_then_die(path, rows=30)


def _asides(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir()
                  if ".before-restore-" in p.name and p.suffix == ".vault")


def test_restore_keeps_the_saves_of_the_wal_in_the_copy_aside(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    path, backup, names = _journal_with_saves_in_wal(make_vault, tmp_path)
    done = restore(path, backup, PASSPHRASE, kdf_iter=FAST_KDF)
    assert done.kept is not None and done.notes() == []
    assert not done.other_journal and done.damaged_wal is None
    # The copy kept aside is whole on its own: no -wal beside it, every save inside.
    assert not done.kept.with_name(done.kept.name + "-wal").exists()
    assert tag_names(done.kept) == names
    assert tag_names(path) == []  # the backup, made before those saves
    assert os.stat(done.kept).st_mode & 0o777 == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="os._exit mid-restore, POSIX file moves")
def test_restore_cut_short_at_every_step_loses_nothing(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    path, backup, names = _journal_with_saves_in_wal(make_vault, tmp_path)
    pristine = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    step = 1
    while True:
        for p in tmp_path.iterdir():
            if p.is_file():
                p.unlink()
        for name, data in pristine.items():
            (tmp_path / name).write_bytes(data)
        run = subprocess.run(
            [sys.executable, "-c", _RESTORE_THEN_DIE, str(path), str(backup), PASSPHRASE,
             str(FAST_KDF), str(step)], capture_output=True, text=True, timeout=120,
        )
        finished = "finished" in run.stdout
        assert finished or run.returncode == 9, run.stderr
        at_path = tag_names(path)  # a DamagedWalError here: a -wal was parted from its file
        asides = _asides(tmp_path)
        if at_path != names:  # the backup is in place: the copy aside must hold every save
            assert at_path == [], step
            assert len(asides) == 1, step
            assert not asides[0].with_name(asides[0].name + "-wal").exists()
            assert tag_names(asides[0]) == names, step
        for aside in asides:  # any copy kept aside is whole on its own
            assert tag_names(aside) == names, step
        if finished:
            break
        step += 1
    assert step > 5  # the restore really was cut at many points


def test_a_symlinked_journal_stays_a_link(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    path, backup, names = _journal_with_saves_in_wal(make_vault, tmp_path)
    link_folder = tmp_path / "elsewhere"
    link_folder.mkdir()
    link = link_folder / "journal.vault"
    link.symlink_to(path)
    done = restore(link, backup, PASSPHRASE, kdf_iter=FAST_KDF)
    assert link.is_symlink() and link.resolve() == path
    assert tag_names(link) == []
    assert done.kept is not None and done.kept.parent == path.parent
    assert tag_names(done.kept) == names
    assert sorted(p.name for p in link_folder.iterdir()) == ["journal.vault"]


def test_restore_tells_when_the_backup_is_of_another_journal(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    other = make_vault("other.vault")
    with other.write() as w:  # a fresh identity, as a journal made on its own would have
        w.execute("UPDATE journal_identity SET identity = 'another journal'")
    foreign = back_up(other, tmp_path / "foreign.vault")
    other.close()
    mine = make_vault()
    own = back_up(mine, tmp_path / "own.vault")
    mine.close()
    assert not restore(mine.path, own, PASSPHRASE, kdf_iter=FAST_KDF).other_journal
    done = restore(mine.path, foreign, PASSPHRASE, kdf_iter=FAST_KDF)
    assert done.other_journal and done.notes() == [OTHER_JOURNAL]


def test_new_journals_each_get_their_own_identity(tmp_path: Path) -> None:
    identities = set()
    for name in ("a.vault", "b.vault"):
        with Vault.create(tmp_path / name, PASSPHRASE, kdf_iter=FAST_KDF) as vault:
            rows = vault.query("SELECT identity FROM journal_identity")
        assert len(rows) == 1 and len(str(rows[0][0])) == 32
        identities.add(rows[0][0])
    assert len(identities) == 2


def test_restore_over_a_damaged_wal_keeps_it_and_says_so(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    path, backup, _names = _journal_with_saves_in_wal(make_vault, tmp_path)
    log = wal.wal_path(path)
    data = log.read_bytes()
    log.write_bytes(data[: 32 + 2 * (24 + 4096)])
    found = log.read_bytes()
    done = restore(path, backup, PASSPHRASE, kdf_iter=FAST_KDF)
    assert done.damaged_wal is not None and done.damaged_wal.read_bytes() == found
    assert done.notes() == [DAMAGED_WAL_KEPT.format(name=done.damaged_wal.name)]
    assert done.kept is not None
    with Vault.open(done.kept, PASSPHRASE, kdf_iter=FAST_KDF) as kept:
        assert kept.check_integrity().ok


def test_opening_over_a_damaged_wal_keeps_the_files_and_tells(
    make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    path, _backup, names = _journal_with_saves_in_wal(make_vault, tmp_path)
    log = wal.wal_path(path)
    cut = log.read_bytes()[: 32 + 5 * (24 + 4096)]
    log.write_bytes(cut)
    main = path.read_bytes()
    with pytest.raises(errors.WrongPassphraseError):
        Vault.open(path, "wrong passphrase", kdf_iter=FAST_KDF)
    assert not [p for p in tmp_path.iterdir() if "wal-repair" in p.name]  # nothing new
    with pytest.raises(errors.DamagedWalError) as caught:
        Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF)
    message = str(caught.value)
    assert "damaged or lost" in message and "Unlock again" in message
    kept = sorted(p for p in tmp_path.iterdir() if "wal-repair" in p.name)
    assert [p.name.split(".vault")[-1] for p in kept] == ["", ".damaged-wal", ".damaged-wal-shm"]
    assert kept[0].read_bytes() == main and kept[1].read_bytes() == cut
    assert f"beside your journal as {kept[0].name}. Unlock again" in message
    # The second unlock goes on with what could be read, and says nothing more.
    saved = tag_names(path)
    assert saved == names[: len(saved)] and len(saved) < len(names)



@pytest.mark.slow
def test_schema1_journals_get_an_identity_that_stays(tmp_path: Path) -> None:
    """Migration 0005 on the stored schema-1 vault (real default key derivation)."""
    import shutil

    from tests.storage.test_migrations import FIXTURE_PASSPHRASE, FIXTURES

    path = tmp_path / "old.vault"
    shutil.copyfile(FIXTURES / "schema1.vault", path)
    with Vault.open(path, FIXTURE_PASSPHRASE) as vault:
        first = vault.query("SELECT id, identity FROM journal_identity")
        assert vault.query("SELECT note FROM checkin") == [("A calm morning.",)]
    assert len(first) == 1 and first[0][0] == 1 and len(str(first[0][1])) == 32
    with Vault.open(path, FIXTURE_PASSPHRASE) as vault:
        assert vault.query("SELECT id, identity FROM journal_identity") == first
        with pytest.raises(errors.StorageError), vault.write() as w:  # one row, always
            w.execute("INSERT INTO journal_identity (id, identity) VALUES (2, 'x')")
