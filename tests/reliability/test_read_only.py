"""A read-only journal or folder gets a clear refusal, and not a byte changes.

(That a read-only journal can still be checked, exported and backed up is proved with that
work; tests/storage/test_vault_errors.py covers a file that can't be read at all.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

_OPEN = """
import os, sys
from recovery_journal.storage.vault import Vault
from recovery_journal.storage import errors
if sys.argv[3] == "nobody":
    os.setgid(65534); os.setuid(65534)  # root may write anywhere: ask as an ordinary user
try:
    Vault.open(sys.argv[1], sys.argv[2], kdf_iter=int(sys.argv[4]))
except errors.VaultError as exc:
    print(type(exc).__name__)
    print(exc)
else:
    print("opened")
"""


@pytest.fixture
def open_folder(_vault_template: Path) -> Iterator[Path]:
    """A folder anyone may read (so an unprivileged child can reach it) with a journal in it."""
    folder = Path(tempfile.mkdtemp(prefix="rj-read-only-"))
    folder.chmod(0o755)
    shutil.copyfile(_vault_template, folder / "journal.vault")
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_journal_or_folder_is_refused_plainly(open_folder: Path, what: str) -> None:
    path = open_folder / "journal.vault"
    path.chmod(0o444 if what == "file" else 0o666)
    if what == "folder":
        open_folder.chmod(0o555)
    before = _snapshot(open_folder)
    who = "nobody" if os.geteuid() == 0 else "me"
    result = subprocess.run(
        [sys.executable, "-c", _OPEN, str(path), PASSPHRASE, who, str(FAST_KDF)],
        capture_output=True, text=True, check=False, timeout=60,
    )
    lines = result.stdout.splitlines()
    assert lines[:1] == ["PermissionDeniedError"], result.stdout + result.stderr
    assert "read-only" in lines[1]
    assert "Traceback" not in result.stderr
    assert _snapshot(open_folder) == before
    open_folder.chmod(0o755)
    path.chmod(0o600)
    Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF).close()
