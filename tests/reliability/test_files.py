"""The one safe-writing module: whole or nothing, owner-only, and stale temporaries found."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from recovery_journal import files


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A umask that would make files 0666 and folders 0777 if the app trusted it."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_write_atomically_writes_whole_and_owner_only(tmp_path: Path, loose_umask: None) -> None:
    target = tmp_path / "export.json"
    files.write_atomically(target, lambda handle: handle.write(b"hello"))
    assert target.read_bytes() == b"hello"
    assert _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_write_atomically_keeps_the_previous_file_when_the_fill_fails(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"before")

    def fail(handle: BinaryIO) -> None:
        handle.write(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        files.write_atomically(target, fail)
    assert target.read_bytes() == b"before"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_write_atomically_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"old, longer content")
    files.write_atomically(target, lambda handle: handle.write(b"new"))
    assert target.read_bytes() == b"new"


def test_temporary_names_carry_the_target_and_this_process(tmp_path: Path) -> None:
    target = tmp_path / "a.vault"
    pid = os.getpid()
    assert files.temporary_name(target, "verifying").name == f".a.vault.verifying-{pid}"
    assert files.temporary_name(target, "restoring").name == f".a.vault.restoring-{pid}"
    part = files.temporary_name(target, "part").name
    assert re.fullmatch(rf"\.a\.vault\.{pid}-[0-9a-f]{{8}}\.part", part)
    assert files.temporary_name(target, "part") != files.temporary_name(target, "part")
    with pytest.raises(ValueError, match="unknown"):
        files.temporary_name(target, "other")


def test_create_private_refuses_an_existing_file_and_a_symlink(tmp_path: Path) -> None:
    existing = tmp_path / "there"
    existing.write_bytes(b"keep")
    with pytest.raises(FileExistsError):
        files.create_private(existing)
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(OSError):
        files.create_private(link)
    assert not (tmp_path / "elsewhere").exists()
    assert existing.read_bytes() == b"keep"


def test_copy_private_is_a_byte_copy_owner_only(tmp_path: Path, loose_umask: None) -> None:
    source = tmp_path / "source"
    source.write_bytes(os.urandom(3 << 20))
    target = tmp_path / "copy"
    files.copy_private(source, target)
    assert target.read_bytes() == source.read_bytes()
    assert _mode(target) == 0o600


def test_private_folders_are_0700_whatever_the_umask(tmp_path: Path, loose_umask: None) -> None:
    existing = tmp_path / "existing"
    existing.mkdir(mode=0o755)
    os.chmod(existing, 0o755)
    folder = existing / "a" / "b"
    files.make_private_folder(folder)
    assert _mode(tmp_path / "existing" / "a") == 0o700
    assert _mode(folder) == 0o700
    assert _mode(existing) == 0o755  # a folder the app did not make is left alone
    files.make_private_folder(folder)  # already there: nothing to do, no error


def test_make_private_tightens_a_file_and_ignores_a_missing_one(tmp_path: Path) -> None:
    path = tmp_path / "journal.vault-wal"
    path.write_bytes(b"x")
    os.chmod(path, 0o644)
    files.make_private(path)
    assert _mode(path) == 0o600
    files.make_private(tmp_path / "missing")


def test_stale_temporaries_only_ours_of_ended_processes_plaintext_first(tmp_path: Path) -> None:
    dead, alive = _dead_pid(), os.getpid()
    ours_dead = [
        f".journal.vault.restoring-{dead}",
        f".journal.vault.verifying-{dead}",
        f".a.vault.verifying-{dead}",  # sorts before every plaintext name, yet comes after
        f".export.json.{dead}-0123abcd.part",
        f".x.vault.partial-{dead}",
        f".x.vault.partial-{dead}-wal",
        f".x.vault.creating-{dead}",
        ".export.json.ab12cd_z.part",  # named by an older version (no process id)
        ".chart-k3j4l5m6.part",
    ]
    kept = [
        f".journal.vault.restoring-{alive}",
        f".export.json.{alive}-0123abcd.part",
        "journal.vault",
        "notes.part",  # the person's own file, not hidden, not ours
        ".notes.part",
        f".journal.vault.restoring-{dead}x",
        f".journal.vault.restoring-{dead}-other",
        f"journal.vault.restoring-{dead}",
        ".export.json.1234-zzzzzzzz.part",
        ".bashrc",
    ]
    for name in ours_dead + kept:
        (tmp_path / name).write_bytes(b"")
    (tmp_path / f".folder.verifying-{dead}").mkdir()  # not a regular file: left alone
    (tmp_path / f".linked.vault.restoring-{dead}").symlink_to(tmp_path / "journal.vault")
    stale = files.stale_temporaries(tmp_path)
    plain = sorted(n for n in ours_dead if n.endswith(".part"))
    assert [p.name for p in stale] == plain + sorted(set(ours_dead) - set(plain))
    removed = files.remove_stale_temporaries(tmp_path)
    assert removed == stale
    left = {p.name for p in tmp_path.iterdir()}
    assert left == set(kept) | {f".folder.verifying-{dead}", f".linked.vault.restoring-{dead}"}


def test_a_temporary_of_a_running_process_is_left_alone(tmp_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        busy = tmp_path / f".export.json.{child.pid}-0123abcd.part"
        busy.write_bytes(b"")
        assert files.stale_temporaries(tmp_path) == []
        assert child.poll() is None  # asked about, never signalled
    finally:
        child.kill()
        child.wait()


def test_stale_temporaries_of_a_missing_folder_is_nothing(tmp_path: Path) -> None:
    assert files.stale_temporaries(tmp_path / "missing") == []
    assert files.remove_stale_temporaries(tmp_path / "missing") == []


def test_special_outputs_are_named(tmp_path: Path) -> None:
    regular = tmp_path / "file"
    regular.write_bytes(b"")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(regular)
    assert files.refuse_special_output(tmp_path / "new") is None
    assert files.refuse_special_output(regular) is None
    assert files.refuse_special_output(fifo) == (
        "it is a special file (a pipe or a device), not an ordinary file")
    fifo.unlink()  # a FIFO left in the temp folder would hang a scan that opens every file
    assert files.refuse_special_output(link) == "it is a link to another file"
    assert files.refuse_special_output(tmp_path) == "it is a folder"
    assert files.refuse_special_output(Path("/dev/null")) is not None


def test_side_files_of_the_journal_are_recognised(tmp_path: Path) -> None:
    journal = tmp_path / "j.vault"
    journal.write_bytes(b"")
    for side in ("-wal", "-shm", "-journal"):
        assert files.is_side_file_of(tmp_path / f"j.vault{side}", journal)
    assert files.is_side_file_of(tmp_path / "." / "j.vault", journal)
    assert not files.is_side_file_of(tmp_path / "other.vault-wal", journal)
    assert not files.is_side_file_of(tmp_path / "j.vault-wal.json", journal)
    assert [p.name for p in files.iter_side_files(journal)] == [
        "j.vault-wal", "j.vault-shm", "j.vault-journal"]


def test_write_atomically_refuses_a_fifo_a_link_and_a_device(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    target = tmp_path / "real.json"
    target.write_bytes(b"keep")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    try:
        for path in (fifo, link, Path("/dev/null")):
            with pytest.raises(files.OutputRefusedError) as caught:
                files.write_atomically(path, lambda handle: handle.write(b"x"))
            assert caught.value.path == path
            assert str(caught.value) == caught.value.message
            why = files.refuse_special_output(path)
            assert why and caught.value.message == (
                f"Nothing was written to {path}: {why}. Choose another file name.")
    finally:
        fifo.unlink()
    assert link.is_symlink() and target.read_bytes() == b"keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_fsync_folder_accepts_the_current_folder_and_a_missing_one(tmp_path: Path) -> None:
    files.fsync_folder(Path(""))
    files.fsync_folder(tmp_path / "missing")
    (tmp_path / "f").write_bytes(b"x")
    files.fsync_file(tmp_path / "f")


def test_write_atomically_removes_what_a_killed_write_left_beside_it(tmp_path: Path) -> None:
    stale = tmp_path / f".report.pdf.{_dead_pid()}-89abcdef.part"
    stale.write_bytes(b"plaintext of a killed export")
    files.write_atomically(tmp_path / "chart.png", lambda handle: handle.write(b"png"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]
