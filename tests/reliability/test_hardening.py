"""No core dump while the app runs, and the open vault keeps a derived key, not the passphrase."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from recovery_journal.storage.vault import Vault, normalise_passphrase
from tests.conftest import FAST_KDF, PASSPHRASE

_AFTER_MAIN = textwrap.dedent(
    """
    import json, resource, sys
    from recovery_journal import hardening
    # As a person with `ulimit -c unlimited` would start it.
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    before = (hardening.dumpable(), resource.getrlimit(resource.RLIMIT_CORE)[0])
    from recovery_journal.cli import main
    code = main(["--help"])
    after = (hardening.dumpable(), resource.getrlimit(resource.RLIMIT_CORE)[0])
    print(json.dumps({"before": before, "after": after, "code": code}))
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_entry_point_forbids_core_dumps() -> None:
    run = subprocess.run([sys.executable, "-c", _AFTER_MAIN], capture_output=True, text=True,
                         check=True, timeout=60)
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["before"][0] is True  # the guard is what changes it
    assert result["after"] == [False, 0]
    assert result["code"] == 0


@pytest.mark.skipif(sys.platform == "win32", reason="no core files on Windows")
def test_a_crash_after_start_writes_no_core(tmp_path: Path) -> None:
    crash = textwrap.dedent(
        """
        import os, resource
        resource.setrlimit(resource.RLIMIT_CORE, resource.getrlimit(resource.RLIMIT_CORE)[1:] * 2)
        from recovery_journal.hardening import forbid_core_dumps
        assert forbid_core_dumps()
        os.abort()
        """
    )
    run = subprocess.run([sys.executable, "-c", crash], cwd=tmp_path, capture_output=True,
                         timeout=60)
    assert run.returncode != 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("core")]


def test_the_open_vault_keeps_no_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "journal.vault"
    phrase = "a passphrase to look for 🌱"
    with Vault.create(path, phrase, kdf_iter=FAST_KDF) as vault:
        held = [value for value in vars(vault).values() if isinstance(value, bytes | str)]
        needle = normalise_passphrase(phrase)
        assert all(needle not in (v if isinstance(v, bytes) else v.encode()) for v in held)
        assert vault._key.startswith(b"x'") and len(vault._key) == 67
        vault.change_passphrase(PASSPHRASE)
        assert normalise_passphrase(PASSPHRASE) not in vault._key
        # The derived key still proves copies (backups) of this same journal.
        from recovery_journal.storage.backups import back_up

        copy = back_up(vault, tmp_path / "copy.vault")
    with Vault.open(copy, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        assert reopened.check_integrity().ok
