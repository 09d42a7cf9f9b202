"""kill -9 during a migration, an import, an export and a restore, at spread-out steps.

Each operation first runs whole to count the calls our code makes into C (execute, write,
fsync, rename); then it is run again on fresh copies and killed just before a spread of those
calls. After every kill the next start must find: nothing committed lost, a migration or an
import whole or not at all, the previous export or a whole new one under the final name, and
the journal at its path (or the copy kept aside) whole. Kills during writes, a passphrase
change and a backup: test_kill_writer.py, tests/storage/test_crash_safety.py and
tests/storage/test_backups.py.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from recovery_journal.portability.export import write_json
from recovery_journal.storage import vault as vault_module
from recovery_journal.storage.backups import back_up
from recovery_journal.storage.connection import APPLICATION_ID
from recovery_journal.storage.migrations import load_migrations
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
KILLS = 24  # kill points per operation at most; fewer steps than that: every one
WHEN = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")


class Server:
    """The fork server of killpoints.py: one instrumented run per call."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.killpoints"], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )

    def run(self, operation: str, kill_at: int, *args: object) -> tuple[int, list[str]]:
        """Run `operation`; return its wait status and what it printed."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps([operation, kill_at, *map(str, args)]) + "\n")
        self._process.stdin.flush()
        said = []
        while not (line := self._process.stdout.readline()).startswith("exit"):
            assert line, "the fork server stopped"
            said.append(line.strip())
        return int(line.split()[1]), said

    def count(self, operation: str, *args: object) -> int:
        """How many calls into C the whole operation makes (it must succeed)."""
        status, said = self.run(operation, 0, *args)
        assert status == 0 and said and said[-1].startswith("calls"), said
        return int(said[-1].split()[1])

    def close(self) -> None:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.close()
        self._process.wait(timeout=60)
        self._process.stdout.close()


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.close()


def _kill_points(total: int, seed: int) -> list[int]:
    """About KILLS call numbers spread over 1..total, each at a random place in its stretch."""
    if total <= KILLS:
        return list(range(1, total + 1))
    rng = random.Random(seed)
    stretch = max(1, total // KILLS)
    return sorted({min(total, 1 + start + rng.randrange(stretch))
                   for start in range(0, total, stretch)})


def _each_kill(server: Server, setup: Callable[[Path], list[object]], operation: str,
               folder: Path) -> Iterator[Path]:
    """Yield a fresh folder after each kill of `operation` (set up there by `setup`)."""
    total = server.count(operation, *setup(folder / "dry"))
    seed = int(os.environ.get("RJ_KILL_SEED", random.randrange(1 << 30)))
    for kill_at in _kill_points(total, seed):
        print(f"{operation}: {total} steps, RJ_KILL_SEED={seed}, killed before step {kill_at}")
        here = folder / f"kill-{kill_at}"
        status, said = server.run(operation, kill_at, *setup(here))
        assert status == 9, (operation, kill_at, said)  # killed, not finished or failed
        yield here


def _titles(path: Path) -> set[str]:
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as vault:
        assert vault.check_integrity().ok
        return {row[0] for row in vault.query("SELECT title FROM journal_entry")}


def _add_entries(vault: Vault, prefix: str, count: int) -> None:
    journal = Repositories.from_vault(vault).journal
    for n in range(count):
        journal.add(written_at=WHEN + timedelta(hours=n), title=f"{prefix} {n}",
                    body="a line of the day " * 50)


# -- migration --------------------------------------------------------------------------------

def _schema1(folder: Path) -> list[object]:
    folder.mkdir(parents=True)
    path = folder / "old.vault"
    connection = vault_module._connect(path, PASSPHRASE.encode(), FAST_KDF)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    vault_module._apply_migrations(connection, load_migrations()[:1], from_version=0)
    connection.executescript(
        "BEGIN;" + "".join(
            "INSERT INTO journal_entry (written_at, local_date, title, body, created_at, "
            f"updated_at) VALUES ('2025-03-01T21:00:00+00:00', '2025-03-01', 'page {n}', "
            "'Tea with Sam.', '2025-03-01T21:00:00+00:00', '2025-03-01T21:00:00+00:00');"
            for n in range(40)) + "COMMIT;"
    )
    connection.close()
    return [path, PASSPHRASE, FAST_KDF]


def test_kill_during_a_migration(server: Server, tmp_path: Path) -> None:
    latest = load_migrations()[-1].version
    for here in _each_kill(server, _schema1, "migrate", tmp_path):
        # The next start migrates (again, or for the first time) with every page kept.
        assert _titles(here / "old.vault") == {f"page {n}" for n in range(40)}
        with Vault.open(here / "old.vault", PASSPHRASE, kdf_iter=FAST_KDF) as vault:
            assert vault.schema_version == latest
        # A copy under its final name is whole: the schema its name says, with every page.
        # (Killed between two steps, the next start copies the step reached: "2-to-3".)
        for copy in here.glob("old.before-update-*.vault"):
            version = int(copy.name.split("before-update-")[1].split("-")[0])
            connection = vault_module._connect(copy, PASSPHRASE.encode(), FAST_KDF)
            try:
                assert connection.execute("PRAGMA user_version").fetchone()[0] == version
                assert connection.execute("SELECT count(*) FROM journal_entry").fetchone()[0] == 40
            finally:
                connection.close()


# -- import -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def export_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export-source")
    with Vault.create(folder / "source.vault", PASSPHRASE, kdf_iter=FAST_KDF) as vault:
        _add_entries(vault, "imported", 25)
        repos = Repositories.from_vault(vault)
        for n in range(25):
            repos.checkins.add(recorded_at=WHEN + timedelta(days=n), values={"mood": n % 11},
                               note=f"imported note {n}")
        write_json(repos, folder / "export.json")
    return folder / "export.json"


def test_kill_during_an_import_adds_all_or_nothing(
    server: Server, tmp_path: Path, export_file: Path
) -> None:
    def setup(folder: Path) -> list[object]:
        folder.mkdir(parents=True)
        with Vault.create(folder / "journal.vault", PASSPHRASE, kdf_iter=FAST_KDF) as vault:
            _add_entries(vault, "mine", 3)
        return [folder / "journal.vault", PASSPHRASE, FAST_KDF, export_file]

    mine = {f"mine {n}" for n in range(3)}
    everything = mine | {f"imported {n}" for n in range(25)}
    for here in _each_kill(server, setup, "import", tmp_path):
        titles = _titles(here / "journal.vault")
        assert titles in (mine, everything)
        with Vault.open(here / "journal.vault", PASSPHRASE, kdf_iter=FAST_KDF) as vault:
            checkins = vault.query("SELECT count(*) FROM checkin")[0][0]
        assert checkins == (25 if titles == everything else 0)


# -- export -----------------------------------------------------------------------------------

def test_kill_during_an_export_leaves_the_previous_file_or_a_whole_one(
    server: Server, tmp_path: Path, export_file: Path
) -> None:
    source = export_file.with_name("source.vault")
    whole = export_file.read_bytes()

    def setup(folder: Path) -> list[object]:
        folder.mkdir(parents=True)
        shutil.copyfile(source, folder / "journal.vault")
        (folder / "all.json").write_bytes(b"the previous export")
        (folder / "all.zip").write_bytes(b"the previous zip")
        return [folder / "journal.vault", PASSPHRASE, FAST_KDF, folder / "all.json",
                folder / "all.zip"]

    for here in _each_kill(server, setup, "export", tmp_path):
        assert (here / "all.json").read_bytes() in (b"the previous export", whole)
        if (here / "all.zip").read_bytes() != b"the previous zip":
            with zipfile.ZipFile(here / "all.zip") as archive:
                assert archive.testzip() is None
                assert "journal_entries.csv" in archive.namelist()
        assert _titles(here / "journal.vault") == {f"imported {n}" for n in range(25)}


# -- restore ----------------------------------------------------------------------------------

def test_kill_during_a_restore_leaves_a_whole_journal_and_a_whole_copy(
    server: Server, tmp_path: Path
) -> None:
    def setup(folder: Path) -> list[object]:
        folder.mkdir(parents=True)
        with Vault.create(folder / "journal.vault", PASSPHRASE, kdf_iter=FAST_KDF) as vault:
            _add_entries(vault, "kept", 5)
            back_up(vault, folder / "backup.vault")
            _add_entries(vault, "later", 5)
        return [folder / "journal.vault", PASSPHRASE, FAST_KDF, folder / "backup.vault"]

    current = {f"kept {n}" for n in range(5)} | {f"later {n}" for n in range(5)}
    backed_up = {f"kept {n}" for n in range(5)}
    for here in _each_kill(server, setup, "restore", tmp_path):
        titles = _titles(here / "journal.vault")
        assert titles in (current, backed_up)
        kept_aside = list(here.glob("journal.before-restore-*.vault"))
        if titles == backed_up:
            assert len(kept_aside) == 1  # restored: the journal it replaced was kept
        for copy in kept_aside:
            assert _titles(copy) == current
        assert _titles(here / "backup.vault") == backed_up
