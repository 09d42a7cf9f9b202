"""kill -9 in the middle of a passphrase change or of writes: nothing committed is lost."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from recovery_journal.storage import errors
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase"

_REKEY = textwrap.dedent(
    """
    import sys
    from recovery_journal.storage.vault import Vault
    vault = Vault.open(sys.argv[1], sys.argv[2], kdf_iter=int(sys.argv[4]))
    print("ready", flush=True)
    vault.change_passphrase(sys.argv[3])
    print("done", flush=True)
    vault.close()
    """
)

_WRITER = textwrap.dedent(
    """
    import sys
    from recovery_journal.storage.vault import Vault
    vault = Vault.open(sys.argv[1], sys.argv[2], kdf_iter=int(sys.argv[3]))
    for i in range(100000):
        with vault.write() as w:
            w.execute("INSERT INTO tag (name) VALUES (?)", (f"row {i:06d} " + "x" * 300,))
        print(i, flush=True)  # printed only after the commit returned
    """
)


@pytest.fixture
def big_vault(make_vault: Callable[..., Vault]) -> Path:
    vault = make_vault()
    with vault.write() as w:
        w.executemany(
            "INSERT INTO journal_entry (written_at, local_date, title, body, created_at, "
            "updated_at) VALUES ('2026-01-01T10:00:00+00:00', '2026-01-01', ?, ?, "
            "'2026-01-01T10:00:00+00:00', '2026-01-01T10:00:00+00:00')",
            [(f"entry {i}", "some words " * 400) for i in range(1500)],
        )
    vault.close()
    return vault.path


def _attempt(path: Path, passphrase: str) -> str:
    """"open" if the passphrase opens the vault with every entry intact, else the error's name."""
    try:
        with Vault.open(path, passphrase, kdf_iter=FAST_KDF) as vault:
            count = vault.query("SELECT count(*) FROM journal_entry")[0][0]
            return "open" if count == 1500 else f"open with {count} entries"
    except errors.VaultError as exc:
        return type(exc).__name__


@pytest.mark.slow
@pytest.mark.parametrize("delay_ms", [0, 15, 40, 90])
def test_kill_during_a_passphrase_change(big_vault: Path, tmp_path: Path, delay_ms: int) -> None:
    path = tmp_path / f"rekey-{delay_ms}.vault"
    shutil.copyfile(big_vault, path)
    child = subprocess.Popen(
        [sys.executable, "-c", _REKEY, str(path), PASSPHRASE, NEW_PASSPHRASE, str(FAST_KDF)],
        stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(delay_ms / 1000)
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    files = sorted(f"{p.name}:{p.stat().st_size}" for p in tmp_path.glob(path.name + "*"))
    old, new = _attempt(path, PASSPHRASE), _attempt(path, NEW_PASSPHRASE)
    # Exactly one of the two opens it, with nothing lost; the message says what each one met.
    assert sorted((old, new)) == ["WrongPassphraseError", "open"], (old, new, files)


@pytest.mark.slow
def test_kill_during_writes_loses_no_committed_row(vault: Vault) -> None:
    path = vault.path
    vault.close()
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), PASSPHRASE, str(FAST_KDF)],
        stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    committed = -1
    for line in child.stdout:
        committed = int(line)
        if committed >= 150:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as again:
        assert again.check_integrity().ok
        count = again.query("SELECT count(*) FROM tag")[0][0]
        assert count >= committed + 1


_REKEY_NO_CHECKPOINT = textwrap.dedent(
    """
    import os, sys
    from recovery_journal.storage.vault import Vault
    vault = Vault.open(sys.argv[1], sys.argv[2], kdf_iter=int(sys.argv[4]))
    vault._connection.reset_key(sys.argv[3].encode())
    os._exit(9)  # committed to the WAL, never checkpointed
    """
)


def test_a_checkpoint_cut_short_after_a_passphrase_change(big_vault: Path, tmp_path: Path) -> None:
    """Bug (seen in CI): the old passphrase was told "damaged" after a change cut short.

    The change had committed to the WAL and the checkpoint had copied only some pages, so the
    main file held pages under both keys. The new passphrase opens it whole; the old one must
    hear "doesn't open" (with its hint to try the other passphrase), not "damaged".
    """
    fresh = tmp_path / "fresh.vault"
    shutil.copyfile(big_vault, fresh)
    with Vault.open(fresh, PASSPHRASE, kdf_iter=FAST_KDF) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)  # fully rewritten under the new key
    path = tmp_path / "cut.vault"
    shutil.copyfile(big_vault, path)
    subprocess.run(
        [sys.executable, "-c", _REKEY_NO_CHECKPOINT, str(path), PASSPHRASE, NEW_PASSPHRASE,
         str(FAST_KDF)], check=False,
    )
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    # The checkpoint "got halfway": the first half of the pages are already under the new key.
    half = (path.stat().st_size // 4096 // 2) * 4096
    with fresh.open("rb") as new_pages, path.open("r+b") as main:
        main.write(new_pages.read(half))
    old, new = _attempt(path, PASSPHRASE), _attempt(path, NEW_PASSPHRASE)
    assert (old, new) == ("WrongPassphraseError", "open")
