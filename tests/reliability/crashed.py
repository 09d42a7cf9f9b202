"""A vault whose writer was killed: its latest saves are only in its `-wal`."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

_WRITE_THEN_DIE = textwrap.dedent(
    """
    import os, sys
    from recovery_journal.storage.vault import Vault
    vault = Vault.open(sys.argv[1], sys.argv[2], kdf_iter=int(sys.argv[3]))
    for i in range(int(sys.argv[5]), int(sys.argv[5]) + int(sys.argv[4])):
        with vault.write() as w:
            w.execute("INSERT INTO tag (name) VALUES (?)", (f"saved {i:04d} " + "x" * 200,))
    os._exit(0)  # no close, no checkpoint: as if the power went
    """
)


def write_then_die(path: Path, rows: int = 40, first: int = 0) -> list[str]:
    """Commit `rows` tags in a child that then dies; return the names it saved."""
    subprocess.run(
        [sys.executable, "-c", _WRITE_THEN_DIE, str(path), PASSPHRASE, str(FAST_KDF), str(rows),
         str(first)],
        check=True, timeout=120,
    )
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    return [f"saved {i:04d} " + "x" * 200 for i in range(first, first + rows)]


def tag_names(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    """The tags named "saved ..." in the vault at `path`, in order."""
    with Vault.open(path, passphrase, kdf_iter=FAST_KDF) as vault:
        rows = vault.query("SELECT name FROM tag WHERE name LIKE 'saved %' ORDER BY name")
    return [str(r[0]) for r in rows]
