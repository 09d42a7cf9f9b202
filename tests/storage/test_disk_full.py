"""A full disk while saving: a plain message, and everything committed before is intact."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime

import pytest

from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

_CHILD = textwrap.dedent(
    """
    import resource, signal, sys
    from datetime import UTC, datetime
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.storage.vault import Vault
    from recovery_journal.storage import errors
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
    vault = Vault.open(sys.argv[1], sys.argv[2], kdf_iter=int(sys.argv[3]))
    repos = Repositories.from_vault(vault)
    limit = int(sys.argv[4])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        repos.checkins.add(recorded_at=datetime.now(UTC), values={}, note="y" * 2_000_000)
    except errors.VaultError as exc:
        print(type(exc).__name__)
        print(str(exc))
    else:
        print("saved")
    vault.close()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE")
def test_a_full_disk_gives_a_plain_message_and_loses_nothing(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    kept = repos.checkins.add(recorded_at=datetime.now(UTC), values={"mood": 6}, note="kept")
    path = vault.path
    vault.close()
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), PASSPHRASE, str(FAST_KDF),
         str(path.stat().st_size + 64 * 1024)],
        capture_output=True, text=True, check=False, timeout=60,
    )
    lines = result.stdout.strip().splitlines()
    assert lines and lines[0] in {"DiskFullError", "StorageError"}, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "disk" in lines[1] and "y" * 20 not in result.stdout
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as again:
        assert again.check_integrity().ok
        checkins = Repositories.from_vault(again).checkins.recent()
        assert [c.id for c in checkins] == [kept.id]
        assert checkins[0].note == "kept"
