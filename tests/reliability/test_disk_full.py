"""A full disk while saving, backing up or exporting: a plain message, nothing lost, retry works.

Two ways to fill a disk without root: RLIMIT_FSIZE in a child ("file too large", as on a full
quota), and a real 1 MiB tmpfs in a user and mount namespace of its own (`unshare -rm`), where
SQLite meets a genuinely full disk. Saving under RLIMIT_FSIZE: tests/storage/test_disk_full.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX resource limits")


def _cli_with_size_limit(kilobytes: int, *args: str) -> subprocess.CompletedProcess[str]:
    # XFSZ ignored, so a write past the limit fails with EFBIG instead of killing the process.
    command = " ".join(f"'{arg}'" for arg in (sys.executable, "-m", "recovery_journal", *args))
    return subprocess.run(
        ["bash", "-c", f"trap '' XFSZ; ulimit -f {kilobytes}; exec {command}"],
        input=PASSPHRASE + "\n", capture_output=True, text=True, check=False, timeout=120,
    )


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "recovery_journal", *args],
                          input=PASSPHRASE + "\n", capture_output=True, text=True,
                          check=False, timeout=120)


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A journal of some 400 KiB under the real key derivation the command line uses."""
    path = tmp_path / "journal.vault"
    with Vault.create(path, PASSPHRASE) as vault, vault.write() as w:
        w.executemany(
            "INSERT INTO journal_entry (written_at, local_date, title, body, created_at, "
            "updated_at) VALUES ('2026-01-01T10:00:00+00:00', '2026-01-01', ?, ?, "
            "'2026-01-01T10:00:00+00:00', '2026-01-01T10:00:00+00:00')",
            [(f"entry {i}", f"words {i} " * 400) for i in range(100)],
        )
    return path


@pytest.mark.parametrize("kind", ["backup", "json", "csv"])
def test_a_full_disk_during_a_backup_or_export(filled: Path, kind: str) -> None:
    out = filled.with_name({"backup": "copy.vault", "json": "all.json", "csv": "all.zip"}[kind])
    args = ["backup", str(filled), "--out", str(out)] if kind == "backup" else [
        "export", str(filled), "--format", kind, "--out", str(out)]
    if kind != "backup":
        out.write_bytes(b"the previous export")
    before = filled.read_bytes()
    result = _cli_with_size_limit(16, *args)
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr and "words" not in result.stderr
    assert "disk" in result.stderr and "full" in result.stderr, result.stderr
    assert filled.read_bytes() == before
    if kind == "backup":
        assert not out.exists()
    else:
        assert out.read_bytes() == b"the previous export"
    # Space again: the same command works.
    retry = _cli(*args)
    assert retry.returncode == 0, retry.stderr
    assert out.stat().st_size > 1000


_ON_A_FULL_TMPFS = textwrap.dedent(
    """
    import json, os, shutil, sys
    from datetime import UTC, datetime, timedelta
    from pathlib import Path
    from recovery_journal.storage import errors
    from recovery_journal.storage.backups import back_up
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.storage.vault import Vault
    disk, template, passphrase, kdf = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    path = disk / "journal.vault"
    shutil.copyfile(template, path)
    (disk / "filler").write_bytes(b"0" * 200_000)  # room to free later
    result = {"saved": []}
    vault = Vault.open(path, passphrase, kdf_iter=kdf)
    repos = Repositories.from_vault(vault)
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    try:
        for n in range(1000):
            note = f"note {n} " + "z" * 20_000
            checkin = repos.checkins.add(recorded_at=start + timedelta(hours=n), values={},
                                         note=note)
            result["saved"].append(checkin.id)
    except errors.VaultError as exc:
        result["save_error"] = [type(exc).__name__, str(exc)]
    try:
        back_up(vault, disk / "copy.vault")
    except errors.VaultError as exc:
        result["backup_error"] = type(exc).__name__
    result["leftovers"] = sorted(p.name for p in disk.iterdir())
    vault.close()
    (disk / "filler").unlink()
    with Vault.open(path, passphrase, kdf_iter=kdf) as again:
        result["ok"] = again.check_integrity().ok
        result["ids"] = [row[0] for row in again.query("SELECT id FROM checkin ORDER BY id")]
        retry = Repositories.from_vault(again).checkins.add(
            recorded_at=start, values={"mood": 5}, note="after freeing space")
        result["retry"] = retry.id
    print(json.dumps(result))
    """
)


def _user_namespaces_work() -> str:
    if shutil.which("unshare") is None:
        return "the unshare tool is not installed"
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, text=True,
                           check=False, timeout=30)
    return "" if probe.returncode == 0 else f"no user namespace here: {probe.stderr.strip()}"


def test_a_really_full_disk_keeps_every_save_and_saving_works_again(
    tmp_path: Path, _vault_template: Path
) -> None:
    problem = _user_namespaces_work()
    if problem:
        print(f"skipped: {problem}")
        pytest.skip(problem)
    disk = tmp_path / "small-disk"
    disk.mkdir()
    script = (f"mount -t tmpfs -o size=1m,mode=0700 tmpfs '{disk}' && exec '{sys.executable}' "
              f"-c \"$0\" \"$@\"")
    result = subprocess.run(
        ["unshare", "-rm", "bash", "-c", script, _ON_A_FULL_TMPFS, str(disk),
         str(_vault_template), PASSPHRASE, str(FAST_KDF)],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout)
    assert outcome["save_error"][0] == "DiskFullError", outcome["save_error"]
    assert "z" * 10 not in outcome["save_error"][1]
    assert outcome["saved"], "the disk filled before the first save"
    assert outcome["backup_error"] == "DiskFullError"
    assert "copy.vault" not in outcome["leftovers"]
    assert outcome["ok"]
    assert outcome["ids"] == outcome["saved"]  # every save kept; the failed one left nothing
    assert outcome["retry"] > outcome["saved"][-1]
