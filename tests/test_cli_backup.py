"""`recovery-journal backup` and `restore`: a round trip, refusals, and plain messages."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recovery_journal.cli import main
from recovery_journal.cli.errors import OutputError
from recovery_journal.storage import errors
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.vault import Vault

FAST = ["--kdf-iter", "2"]
PASS = "correct horse battery staple"
WHEN = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def run(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def titles(path: Path) -> list[str]:
    with Vault.open(path, PASS, kdf_iter=2) as vault:
        return sorted(entry.title for entry in Journal(vault).list())


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.vault"
    with Vault.create(path, PASS, kdf_iter=2) as vault:
        Journal(vault).add(written_at=WHEN, title="before the backup", body="")
    return path


def test_backup_then_restore_round_trip(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "saved.vault"
    assert run([*FAST, "backup", str(journal), "--out", str(out)], PASS + "\n", monkeypatch) == 0
    assert "checked" in capsys.readouterr().out
    with Vault.open(journal, PASS, kdf_iter=2) as vault:
        Journal(vault).add(written_at=WHEN, title="after the backup", body="")
    code = run([*FAST, "restore", str(journal), "--from", str(out)], PASS + "\n", monkeypatch)
    assert code == 0
    printed = capsys.readouterr()
    assert "restored" in printed.out and printed.err == ""
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and str(kept[0]) in printed.out
    assert titles(journal) == ["before the backup"]
    assert titles(kept[0]) == ["after the backup", "before the backup"]


def test_backup_never_replaces_an_existing_file(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = journal.read_bytes()
    other = tmp_path / "other.vault"
    other.write_bytes(b"keep")
    code = run([*FAST, "backup", str(journal), "--out", str(other)], PASS + "\n", monkeypatch)
    assert code == errors.VaultExistsError.exit_code
    assert "already exists at --out" in capsys.readouterr().err
    assert other.read_bytes() == b"keep"
    code = run([*FAST, "backup", str(journal), "--out", str(journal)], PASS + "\n", monkeypatch)
    assert code == OutputError.exit_code
    assert "the journal itself" in capsys.readouterr().err
    assert journal.read_bytes() == before


def test_restore_refuses_a_tampered_backup_with_a_plain_message(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Vault.open(journal, PASS, kdf_iter=2) as vault:
        for n in range(30):
            Journal(vault).add(written_at=WHEN, title=f"entry {n}", body="words " * 300)
    out = tmp_path / "saved.vault"
    assert run([*FAST, "backup", str(journal), "--out", str(out)], PASS + "\n", monkeypatch) == 0
    data = bytearray(out.read_bytes())
    data[len(data) // 2 + 10] ^= 0x40
    out.write_bytes(bytes(data))
    before = journal.read_bytes()
    capsys.readouterr()
    code = run([*FAST, "restore", str(journal), "--from", str(out)], PASS + "\n", monkeypatch)
    assert code == errors.DamagedVaultError.exit_code
    err = capsys.readouterr().err
    assert "part of this backup is damaged" in err and "Traceback" not in err
    assert journal.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if "before-restore" in p.name]


def test_restore_with_the_wrong_passphrase(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "saved.vault"
    assert run([*FAST, "backup", str(journal), "--out", str(out)], PASS + "\n", monkeypatch) == 0
    code = run([*FAST, "restore", str(journal), "--from", str(out)], "nope\n", monkeypatch)
    assert code == errors.WrongPassphraseError.exit_code
    assert "doesn't open this backup" in capsys.readouterr().err


def test_help_lists_backup_and_restore(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "backup" in out and "restore" in out
