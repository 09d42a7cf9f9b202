"""Kill a process at every kind of step of an operation, not only where a timer happens to land.

Run as `python -m tests.reliability.killpoints` from the repository root: a fork server that
imports the app once, then for each JSON line `[operation, kill_at, *args]` forks a child that
counts each call our code makes into C (an execute, a write, an fsync, a rename) and sends
itself SIGKILL just before call number `kill_at`. With `kill_at` 0 it runs to the end and
reports how many such calls there were. Only calls that change something count (_STEPS).
The server answers `exit STATUS` per line, after the child's own `calls N` or `error NAME`.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from recovery_journal.portability.applying import apply
from recovery_journal.portability.export import write_csv_zip, write_json
from recovery_journal.portability.importing import read_import
from recovery_journal.storage.backups import restore
from recovery_journal.storage.passphrase import change_passphrase
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

_OURS = str(Path(__file__).resolve().parents[2] / "recovery_journal")
# The calls that change something on disk or in the database: the steps worth dying before.
_STEPS = frozenset({
    "execute", "executemany", "executescript", "commit", "backup", "write", "flush", "fsync",
    "replace", "rename", "link", "unlink", "chmod", "close", "open", "fdopen", "mkstemp",
    "truncate", "set_key", "reset_key", "copyfile", "mkdir",
})


def _migrate(path: str, passphrase: str, kdf: str) -> None:
    Vault.open(path, passphrase, kdf_iter=int(kdf)).close()


def _import(path: str, passphrase: str, kdf: str, source: str) -> None:
    plan = read_import("json", Path(source))
    with Vault.open(path, passphrase, kdf_iter=int(kdf)) as vault:
        apply(plan, Repositories.from_vault(vault))


def _export(path: str, passphrase: str, kdf: str, json_out: str, zip_out: str) -> None:
    with Vault.open(path, passphrase, kdf_iter=int(kdf)) as vault:
        repos = Repositories.from_vault(vault)
        write_json(repos, Path(json_out))
        write_csv_zip(repos, Path(zip_out))


def _restore(path: str, passphrase: str, kdf: str, backup: str) -> None:
    restore(Path(path), Path(backup), passphrase, kdf_iter=int(kdf))


def _passwd(path: str, passphrase: str, kdf: str, new: str) -> None:
    with Vault.open(path, passphrase, kdf_iter=int(kdf)) as vault:
        change_passphrase(vault, passphrase, new)


OPERATIONS: dict[str, Callable[..., None]] = {
    "migrate": _migrate, "import": _import, "export": _export, "restore": _restore,
    "passwd": _passwd,
}


def _run_child(operation: str, kill_at: int, args: list[str]) -> None:
    calls = 0

    def count(frame: FrameType, event: str, arg: object) -> None:
        nonlocal calls
        if (event == "c_call" and getattr(arg, "__name__", "") in _STEPS
                and frame.f_code.co_filename.startswith(_OURS)):
            calls += 1
            if calls == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)

    sys.setprofile(count)
    try:
        OPERATIONS[operation](*args)
    except BaseException as exc:  # the dry run must not fail; say what happened
        sys.setprofile(None)
        os.write(1, f"error {type(exc).__name__}\n".encode())
        os._exit(3)
    sys.setprofile(None)
    os.write(1, f"calls {calls}\n".encode())
    os._exit(0)


def main() -> None:
    """Serve one forked, instrumented run per input line."""
    for line in sys.stdin:
        operation, kill_at, *args = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _run_child(operation, int(kill_at), args)
        _, status = os.waitpid(pid, 0)
        os.write(1, f"exit {status}\n".encode())


if __name__ == "__main__":
    main()
