"""A full disk during a passphrase change or an --out says the disk is full, and loses nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from recovery_journal.cli.errors import OutputError
from recovery_journal.storage import errors
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

_LIMITED_CLI = textwrap.dedent(
    """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG rather than being killed
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from recovery_journal.cli import main
    raise SystemExit(main(sys.argv[2:]))
    """
)


def _cli_with_file_limit(
    limit: int, argv: list[str], stdin: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _LIMITED_CLI, str(limit), *argv], input=stdin,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def filled(make_vault: Callable[..., Vault]) -> Path:
    vault = make_vault()
    for n in range(60):
        Journal(vault).add(written_at=vault.now(), title=f"entry {n}", body="words " * 300)
    vault.close()
    return vault.path


@pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE")
def test_a_full_disk_during_a_passphrase_change_says_so(filled: Path) -> None:
    run = _cli_with_file_limit(filled.stat().st_size // 2, [
        "--kdf-iter", str(FAST_KDF), "passwd", str(filled)], f"{PASSPHRASE}\nnew one\n")
    assert run.returncode == errors.DiskFullError.exit_code, run.stderr
    assert "isn't enough free space" in run.stderr and "Traceback" not in run.stderr
    assert "wasn't changed" in run.stderr
    with Vault.open(filled, PASSPHRASE, kdf_iter=FAST_KDF) as again:  # the old one still opens
        assert again.check_integrity().ok
        assert len(again.query("SELECT id FROM journal_entry")) == 60


@pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE")
@pytest.mark.parametrize("command", ["export", "backup"])
def test_a_full_disk_at_out_has_its_own_code_and_names_the_path(
    filled: Path, tmp_path: Path, command: str
) -> None:
    out = tmp_path / "out" / ("everything.json" if command == "export" else "copy.vault")
    out.parent.mkdir()
    run = _cli_with_file_limit(64 * 1024, [
        "--kdf-iter", str(FAST_KDF), command, str(filled), "--out", str(out)], f"{PASSPHRASE}\n")
    assert run.returncode == OutputError.exit_code, run.stderr
    assert str(out) in run.stderr and "the disk is full" in run.stderr
    assert list(out.parent.iterdir()) == []  # nothing half-written, no temporary file
