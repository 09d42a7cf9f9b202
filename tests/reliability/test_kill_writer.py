"""kill -9 of a process that is saving, at random moments: nothing it reported as saved is lost.

One helper process imports the app once and forks a writer per round (a fork costs ~1 ms, a new
Python ~300 ms), so many rounds fit in CI. The writer saves journal entries of random sizes
through the real repository and reports each save on the pipe only after it returned; the test
kills it at a random moment, then every reported save must be there and both integrity checks
must pass before the next round starts on the same, growing journal.

RJ_KILL_ROUNDS=250 runs more rounds; RJ_KILL_SEED repeats a failed run's moments.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from recovery_journal.storage.vault import Vault

# A passphrase with a tiny key derivation cost, so each open is quick. (The app derives the
# raw key itself and keeps only that; a passphrase is always a passphrase, never a raw key.)
PASSPHRASE = "a passphrase for the kill rounds"
KDF = 2
ROUNDS = int(os.environ.get("RJ_KILL_ROUNDS", "30"))

_FORK_SERVER = textwrap.dedent(
    """
    import itertools, os, random, sys
    from datetime import UTC, datetime, timedelta
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.storage.vault import Vault
    path, key = sys.argv[1], sys.argv[2]
    for line in sys.stdin:
        round_no, seed = (int(part) for part in line.split())
        pid = os.fork()
        if pid == 0:
            rng = random.Random(seed)
            vault = Vault.open(path, key, kdf_iter=2)
            journal = Repositories.from_vault(vault).journal
            os.write(1, f"open {os.getpid()}\\n".encode())
            start = datetime(2026, 1, 1, 8, tzinfo=UTC)
            for i in itertools.count():
                body = "words of the day " * rng.choice((1, 20, 200, 800))
                journal.add(written_at=start + timedelta(minutes=i),
                            title=f"round {round_no:04d} save {i:05d}", body=body)
                os.write(1, f"{i}\\n".encode())  # only after the save returned
        _, status = os.waitpid(pid, 0)
        os.write(1, f"exit {status}\\n".encode())
    """
)


def _saved_titles(path: Path, round_no: int) -> list[str]:
    with Vault.open(path, PASSPHRASE, kdf_iter=KDF) as vault:  # opening runs both integrity checks
        report = vault.check_integrity()
        assert report.ok, report
        rows = vault.query("SELECT title FROM journal_entry WHERE title LIKE ? ORDER BY title",
                           (f"round {round_no:04d} %",))
    return [row[0] for row in rows]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() for fast rounds")
@pytest.mark.timeout(max(120, ROUNDS * 4))
def test_kill_9_at_random_moments_loses_no_reported_save(tmp_path: Path) -> None:
    seed = int(os.environ.get("RJ_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    path = tmp_path / "journal.vault"
    Vault.create(path, PASSPHRASE, kdf_iter=KDF).close()
    server = subprocess.Popen(
        [sys.executable, "-c", _FORK_SERVER, str(path), PASSPHRASE],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert server.stdin is not None and server.stdout is not None
    try:
        for round_no in range(ROUNDS):
            server.stdin.write(f"{round_no} {rng.randrange(1 << 30)}\n")
            server.stdin.flush()
            opened = server.stdout.readline().split()
            assert opened[0] == "open", (seed, opened)
            reported: list[int] = []
            wait_for = rng.randrange(0, 12)
            while len(reported) < wait_for:
                reported.append(int(server.stdout.readline()))
            time.sleep(rng.uniform(0, 0.005))  # land anywhere inside the next save
            os.kill(int(opened[1]), signal.SIGKILL)
            while not (line := server.stdout.readline()).startswith("exit"):
                reported.append(int(line))  # saved between the last read and the kill
            assert line.split()[1] == str(signal.SIGKILL), (seed, line)
            titles = _saved_titles(path, round_no)
            expected = [f"round {round_no:04d} save {i:05d}" for i in reported]
            # Every reported save is there, once; at most the one being saved comes on top.
            assert titles[: len(expected)] == expected, (seed, round_no)
            assert len(titles) <= len(expected) + 1, (seed, round_no)
    finally:
        server.stdin.close()
        server.wait(timeout=60)
        server.stdout.close()
