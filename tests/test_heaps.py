"""Every thread allocates from one heap once the entry point has asked glibc for it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from recovery_journal import cli

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's switch")

# Threads that allocate blocks too big for Python's own small-object allocator (malloc's),
# then glibc's own account of its heaps, counted.
_COUNT_HEAPS = textwrap.dedent("""
    import ctypes, sys, threading
    from recovery_journal.heaps import share_one_heap
    shared = share_one_heap() if sys.argv[1] == "share" else None
    kept = []
    def allocate():
        kept.extend(bytearray(20_000) for _ in range(50))
    threads = [threading.Thread(target=allocate) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    libc = ctypes.CDLL("libc.so.6")
    libc.fopen.restype = ctypes.c_void_p
    stream = libc.fopen(sys.argv[2].encode(), b"w")
    libc.malloc_info(0, ctypes.c_void_p(stream))
    libc.fclose(ctypes.c_void_p(stream))
    print(shared, open(sys.argv[2]).read().count("<heap nr="))
""")


def _heaps(share: bool, report: Path) -> tuple[str, int]:
    out = subprocess.run(
        [sys.executable, "-c", _COUNT_HEAPS, "share" if share else "alone", str(report)],
        capture_output=True, text=True, check=True, timeout=120)
    shared, heaps = out.stdout.split()
    return shared, int(heaps)


def test_threads_share_one_heap(tmp_path: Path) -> None:
    assert _heaps(True, tmp_path / "shared.xml") == ("True", 1)
    # Without the switch the same threads make heaps of their own (so the count can fail).
    _, heaps = _heaps(False, tmp_path / "alone.xml")
    assert heaps > 1


def test_the_entry_point_asks_for_it_before_anything_else(monkeypatch: pytest.MonkeyPatch,
                                                           ) -> None:
    calls: list[str] = []
    monkeypatch.setattr(cli, "share_one_heap", lambda: calls.append("heap") or True)
    monkeypatch.setattr(cli, "_dispatch", lambda _argv: calls.append("run") or 0)
    assert cli.main(["--version"]) == 0
    assert calls == ["heap", "run"]
