"""Files are what the person named: side files, links, FIFOs and devices refused at --out;
read-only journals still checked, exported and backed up; owner-only modes; no stale temps."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recovery_journal.cli import main
from recovery_journal.cli.errors import OutputError
from recovery_journal.storage.backups import automatic_backup, back_up, restore
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.vault import Vault

FAST = ["--kdf-iter", "2"]
PASS = "correct horse battery staple"
WHEN = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = PASS + "\n") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.vault"
    with Vault.create(path, PASS, kdf_iter=2) as vault:
        Journal(vault).add(written_at=WHEN, title="an entry", body="words")
    return path


@pytest.fixture
def loose_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal", ""])
@pytest.mark.parametrize("command", ["export", "backup"])
def test_out_as_the_journal_or_its_side_files_is_refused(
    journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    side: str, command: str,
) -> None:
    out = journal.with_name(journal.name + side)
    before = {p.name: p.read_bytes() for p in journal.parent.iterdir()}
    code = run([*FAST, command, str(journal), "--out", str(out)], monkeypatch)
    assert code == OutputError.exit_code
    assert str(out) in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in journal.parent.iterdir()} == before


@pytest.mark.parametrize("kind", ["fifo", "symlink", "device"])
def test_export_to_a_fifo_link_or_device_is_refused(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], kind: str,
) -> None:
    target = tmp_path / "real.json"
    target.write_text("keep", "utf-8")
    out = tmp_path / "out.json"
    if kind == "fifo":
        os.mkfifo(out)
    elif kind == "symlink":
        out.symlink_to(target)
    else:
        out = Path("/dev/null")
    try:
        code = run([*FAST, "export", str(journal), "--out", str(out)], monkeypatch)
        err = capsys.readouterr().err
        assert code == OutputError.exit_code
        assert str(out) in err and "nothing was written" in err
        if kind == "fifo":
            assert stat.S_ISFIFO(out.lstat().st_mode)
        if kind == "symlink":
            assert out.is_symlink() and target.read_text("utf-8") == "keep"
    finally:
        if kind == "fifo":
            out.unlink()  # a FIFO left behind would hang a scan of the temp folder


def test_a_read_only_journal_can_be_checked_exported_and_backed_up(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A person (not root) who may only read the journal and its folder."""
    real_access = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)).resolve() in {journal, journal.parent}:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    before = journal.read_bytes()
    out = tmp_path / "outside"
    out.mkdir()
    os.chmod(journal, 0o400)
    monkeypatch.setattr(os, "access", access)
    try:
        assert run([*FAST, "check", str(journal)], monkeypatch) == 0
        assert run([*FAST, "export", str(journal), "--out", str(out / "all.json")],
                   monkeypatch) == 0
        assert run([*FAST, "backup", str(journal), "--out", str(out / "copy.vault")],
                   monkeypatch) == 0
    finally:
        os.chmod(journal, 0o600)
    assert journal.read_bytes() == before
    assert "an entry" in (out / "all.json").read_text("utf-8")
    with Vault.open(out / "copy.vault", PASS, kdf_iter=2) as copy:
        assert [e.title for e in Journal(copy).list()] == ["an entry"]


def test_a_read_only_vault_writes_nothing_and_backs_up_the_wal(journal: Path) -> None:
    from tests.reliability.crashed import tag_names, write_then_die

    names = write_then_die(journal, rows=5)
    data = {p.name: p.read_bytes() for p in journal.parent.iterdir() if p.suffix != ".vault-shm"}
    with Vault.open(journal, PASS, kdf_iter=2, read_only=True) as vault:
        assert vault.check_integrity().ok
        copy = back_up(vault, journal.parent / "copy.vault")
    # The vault and its -wal are untouched (the -shm is SQLite's shared index, not data).
    assert {p.name: p.read_bytes() for p in journal.parent.iterdir()
            if p.name in data} == data
    assert tag_names(copy) == names


def test_everything_the_app_makes_is_owner_only(tmp_path: Path, loose_umask: None) -> None:
    from datetime import date

    monkey_path = tmp_path / "journal.vault"
    code = subprocess.run(
        [sys.executable, "-c", "import os, sys; os.umask(0); from recovery_journal.cli import "
         "main; raise SystemExit(main(sys.argv[1:]))", *FAST, "init", str(monkey_path)],
        input=PASS + "\n", text=True, capture_output=True, timeout=60, check=False)
    assert code.returncode == 0, code.stderr
    assert _mode(monkey_path) == 0o600
    with Vault.open(monkey_path, PASS, kdf_iter=2) as vault:
        for side in ("-wal", "-shm"):
            assert _mode(monkey_path.with_name(monkey_path.name + side)) == 0o600
        made = automatic_backup(vault, today=date(2026, 12, 1))
        assert made is not None
        assert _mode(made) == 0o600 and _mode(made.parent) == 0o700
        copy = back_up(vault, tmp_path / "copy.vault")
        assert _mode(copy) == 0o600
    kept = restore(monkey_path, copy, PASS, kdf_iter=2).kept
    assert kept is not None and _mode(kept) == 0o600 and _mode(monkey_path) == 0o600


def test_an_older_journal_is_made_owner_only_when_it_opens(journal: Path) -> None:
    os.chmod(journal, 0o644)
    Vault.open(journal, PASS, kdf_iter=2).close()
    assert _mode(journal) == 0o600


def test_a_journal_kept_aside_is_owner_only(journal: Path, tmp_path: Path) -> None:
    with Vault.open(journal, PASS, kdf_iter=2) as vault:
        copy = back_up(vault, tmp_path / "copy.vault")
    os.chmod(journal, 0o644)  # as a version before this one left it
    kept = restore(journal, copy, PASS, kdf_iter=2).kept
    assert kept is not None and _mode(kept) == 0o600


def test_the_next_command_removes_stale_temporaries_plaintext_first(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    dead = child.pid
    out = tmp_path / "exports"
    out.mkdir()
    stale = [out / f".all.json.{dead}-0a1b2c3d.part",
             tmp_path / f".journal.vault.restoring-{dead}",
             tmp_path / f".copy.vault.verifying-{dead}"]
    mine = [out / "notes.part", tmp_path / ".hidden",
            out / f".all.json.{os.getpid()}-00000000.part"]
    for path in stale + mine:
        path.write_text("x", "utf-8")
    assert run([*FAST, "export", str(journal), "--out", str(out / "all.json")], monkeypatch) == 0
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in mine)


def test_opening_a_journal_removes_what_killed_commands_left_beside_it(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    backups = tmp_path / "backups-journal"
    backups.mkdir()
    stale = [tmp_path / f".all.json.{child.pid}-0a1b2c3d.part",
             tmp_path / f".journal.vault.restoring-{child.pid}",
             backups / f".journal-2026-12-01.vault.verifying-{child.pid}"]
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    unrelated = elsewhere / f".all.json.{child.pid}-0a1b2c3d.part"
    for path in [*stale, unrelated]:
        path.write_text("x", "utf-8")
    monkeypatch.chdir(elsewhere)
    Vault.open(journal, PASS, kdf_iter=2).close()
    assert not any(p.exists() for p in stale)
    assert unrelated.exists()  # only beside the journal and in its backups folder
