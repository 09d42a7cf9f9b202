"""A second instance on the same journal hears "already open", and the first keeps working.

tests/storage/test_vault.py proves the refusal and that a lock left by a killed process does
not block; here the first process goes on saving after the second was turned away, and the
second attempt changed no byte of any file.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from recovery_journal.storage import errors
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

_FIRST = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.storage.vault import Vault
    vault = Vault.open(sys.argv[1], sys.argv[2], kdf_iter=int(sys.argv[3]))
    journal = Repositories.from_vault(vault).journal
    journal.add(written_at=datetime(2026, 5, 1, 9, tzinfo=UTC), title="first, before")
    print("open", flush=True)
    sys.stdin.readline()  # the second instance has been turned away meanwhile
    journal.add(written_at=datetime(2026, 5, 1, 10, tzinfo=UTC), title="first, after")
    vault.close()
    print("saved", flush=True)
    """
)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_the_second_instance_is_turned_away_and_the_first_keeps_saving(vault: Vault) -> None:
    path = vault.path
    vault.close()
    first = subprocess.Popen(
        [sys.executable, "-c", _FIRST, str(path), PASSPHRASE, str(FAST_KDF)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert first.stdin is not None and first.stdout is not None
    try:
        assert first.stdout.readline().strip() == "open"
        before = _files(path.parent)
        for _ in range(3):
            with pytest.raises(errors.AlreadyOpenError) as refused:
                Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF)
            assert "already open" in str(refused.value)
        assert _files(path.parent) == before  # the attempt wrote nothing, not even a -shm
        first.stdin.write("go on\n")
        first.stdin.flush()
        assert first.stdout.readline().strip() == "saved"
    finally:
        first.stdin.close()
        first.wait(timeout=60)
        first.stdout.close()
    assert first.returncode == 0
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as again:
        titles = [row[0] for row in again.query("SELECT title FROM journal_entry ORDER BY id")]
    assert titles == ["first, before", "first, after"]
