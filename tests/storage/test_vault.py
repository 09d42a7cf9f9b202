"""The vault itself: create, unlock, passphrases, the lock, integrity, default settings."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from recovery_journal.storage import errors
from recovery_journal.storage.vault import APPLICATION_ID, Vault, normalise_passphrase
from tests.conftest import FAST_KDF, PASSPHRASE


def test_create_then_reopen(tmp_path: Path) -> None:
    path = tmp_path / "j.vault"
    with Vault.create(path, PASSPHRASE, kdf_iter=FAST_KDF) as vault:
        assert vault.schema_version >= 2
        assert vault.check_integrity().ok
        with vault.write() as w:
            w.execute("INSERT INTO tag (name) VALUES ('walk')")
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as vault:
        assert vault.query("SELECT name FROM tag") == [("walk",)]
    assert sorted(os.listdir(tmp_path)) == ["j.vault"]  # no temp files left behind


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "taken"
    path.write_bytes(b"someone's file")
    with pytest.raises(errors.VaultExistsError):
        Vault.create(path, PASSPHRASE, kdf_iter=FAST_KDF)
    assert path.read_bytes() == b"someone's file"


def test_create_refuses_an_empty_passphrase(tmp_path: Path) -> None:
    with pytest.raises(errors.EmptyPassphraseError):
        Vault.create(tmp_path / "j.vault", "", kdf_iter=FAST_KDF)
    assert not (tmp_path / "j.vault").exists()


@pytest.mark.slow
def test_default_settings_open_with_any_sqlcipher4_tool(tmp_path: Path) -> None:
    """Real KDF: a plain SQLCipher 4 connection with only PRAGMA key opens the vault."""
    path = tmp_path / "j.vault"
    passphrase = "it's a \"quoted\" \\ back-slashed 😀 passphrase"
    Vault.create(path, passphrase).close()
    connection = sqlcipher.connect(str(path))
    connection.execute("PRAGMA key = '{}'".format(passphrase.replace("'", "''")))
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0] == "256000"
    assert connection.execute("SELECT value FROM vault_meta").fetchone()[0] == "recovery-journal"
    connection.close()


@pytest.mark.parametrize(
    "passphrase",
    [
        "it's",
        'say "hi"',
        "back\\slash\\",
        "emoji 🌱🫶",
        "x" * 1000,
        "ünïcödé – ∑",
        "  spaces at both ends  ",
        "'; DROP TABLE tag; --",
        # Written the way SQLCipher reads a raw key (with and without a salt part): the journal
        # made with it must open with it too.
        "x'" + "5a17" * 16 + "'",
        "x'" + "5A17" * 24 + "'",
    ],
)
def test_odd_passphrases_work(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "j.vault"
    Vault.create(path, passphrase, kdf_iter=FAST_KDF).close()
    Vault.open(path, passphrase, kdf_iter=FAST_KDF).close()
    with pytest.raises(errors.WrongPassphraseError):
        Vault.open(path, passphrase + "x", kdf_iter=FAST_KDF)


def test_nfc_and_nfd_forms_open_the_same_vault(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "café crème")
    nfd = unicodedata.normalize("NFD", "café crème")
    assert nfc != nfd
    path = tmp_path / "j.vault"
    Vault.create(path, nfd, kdf_iter=FAST_KDF).close()
    Vault.open(path, nfc, kdf_iter=FAST_KDF).close()
    assert normalise_passphrase(nfc) == normalise_passphrase(nfd)


def test_nul_in_a_passphrase_is_refused_plainly() -> None:
    with pytest.raises(errors.UnusablePassphraseError):
        normalise_passphrase("a\x00b")


def test_change_passphrase_then_reopen(vault: Vault) -> None:
    path = vault.path
    vault.change_passphrase("a new passphrase 🌿")
    assert vault.query("SELECT count(*) FROM measure")[0][0] >= 2  # still usable
    vault.close()
    with pytest.raises(errors.WrongPassphraseError):
        Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF)
    Vault.open(path, "a new passphrase 🌿", kdf_iter=FAST_KDF).close()


def test_change_passphrase_refuses_an_empty_one(vault: Vault) -> None:
    with pytest.raises(errors.EmptyPassphraseError):
        vault.change_passphrase("")
    vault.close()
    Vault.open(vault.path, PASSPHRASE, kdf_iter=FAST_KDF).close()


def test_a_second_open_in_the_same_process_is_refused(vault: Vault) -> None:
    with pytest.raises(errors.AlreadyOpenError):
        Vault.open(vault.path, PASSPHRASE, kdf_iter=FAST_KDF)
    assert vault.query("SELECT count(*) FROM measure")  # the first keeps working


_HOLDER = textwrap.dedent(
    """
    import sys, time
    from recovery_journal.storage.vault import Vault
    vault = Vault.open(sys.argv[1], sys.argv[2], kdf_iter=int(sys.argv[3]))
    print("open", flush=True)
    if sys.argv[4] == "hold":
        time.sleep(60)
    else:
        import os
        os._exit(9)  # dies without closing: the kernel must release the lock
    """
)


def test_a_second_process_gets_already_open(vault: Vault) -> None:
    path = vault.path
    vault.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), PASSPHRASE, str(FAST_KDF), "hold"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(errors.AlreadyOpenError):
            Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF)
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF).close()


def test_a_lock_left_by_a_killed_process_does_not_block(vault: Vault) -> None:
    path = vault.path
    vault.close()
    result = subprocess.run(
        [sys.executable, "-c", _HOLDER, str(path), PASSPHRASE, str(FAST_KDF), "die"],
        capture_output=True, text=True, check=False,
    )
    assert result.stdout.strip() == "open" and result.returncode == 9
    Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF).close()


def test_closed_vault_refuses_use(vault: Vault) -> None:
    vault.close()
    vault.close()  # twice is fine
    with pytest.raises(errors.VaultClosedError):
        vault.query("SELECT 1")


def test_a_failed_write_leaves_nothing_behind(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.write() as w:
        w.execute("INSERT INTO tag (name) VALUES ('half')")
        raise RuntimeError("interrupted")
    assert vault.query("SELECT count(*) FROM tag") == [(0,)]


def test_pragmas_are_safe(vault: Vault) -> None:
    assert vault.query("PRAGMA temp_store") == [(2,)]  # memory: no plaintext temp files
    assert vault.query("PRAGMA journal_mode") == [("wal",)]
    assert vault.query("PRAGMA synchronous") == [(2,)]
    assert vault.query("PRAGMA foreign_keys") == [(1,)]


def test_wrong_passphrase_prints_nothing_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "j.vault"
    Vault.create(path, PASSPHRASE, kdf_iter=FAST_KDF).close()
    code = (
        "import sys\n"
        "from recovery_journal.storage.vault import Vault\n"
        "from recovery_journal.storage import errors\n"
        "try:\n"
        f"    Vault.open(sys.argv[1], 'wrong', kdf_iter={FAST_KDF})\n"
        "except errors.WrongPassphraseError:\n"
        "    print('refused')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "refused"
    assert result.stderr == ""


def test_nested_writes_commit_together_or_not_at_all(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.write() as outer:
        outer.execute("INSERT INTO tag (name) VALUES ('outer')")
        with vault.write() as inner:
            inner.execute("INSERT INTO tag (name) VALUES ('inner')")
        raise RuntimeError("the import met a bad row")
    assert vault.query("SELECT count(*) FROM tag") == [(0,)]
    with vault.write() as outer:
        outer.execute("INSERT INTO tag (name) VALUES ('kept')")
        with pytest.raises(RuntimeError), vault.write() as inner:
            inner.execute("INSERT INTO tag (name) VALUES ('undone')")
            raise RuntimeError("only the inner part fails")
    assert vault.query("SELECT name FROM tag") == [("kept",)]
