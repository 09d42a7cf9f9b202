"""Process settings made once at start: no core dump may ever hold the journal or passphrase.

A crash while unlocked with `ulimit -c unlimited` wrote a 184 MB core holding journal text and
the passphrase. On Linux, `prctl(PR_SET_DUMPABLE, 0)` stops core dumps (and another process of
the same user from attaching a debugger), and a zero core limit stops them wherever
`resource` exists (macOS, the BSDs). Windows has no core files; its crash reports (WER) are
outside the app's reach: a documented limit.
"""

from __future__ import annotations

import contextlib
import functools
import sys
from typing import Any

_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3


def forbid_core_dumps() -> bool:
    """Make this process leave no core dump; True when every available guard took effect."""
    ok = _zero_core_limit()
    if sys.platform.startswith("linux"):
        ok = _not_dumpable() and ok
    return ok


def dumpable() -> bool | None:
    """Whether Linux would write a core for this process (None where that can't be asked)."""
    libc = c_library()
    if libc is None:
        return None
    return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))


def _zero_core_limit() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    except (OSError, ValueError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE)[0] == 0


def _not_dumpable() -> bool:
    libc = c_library()
    if libc is None:
        return False
    return bool(libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)


@functools.cache
def c_library() -> Any:
    """The C library, loaded once (Linux only; None elsewhere or when it can't be found)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import ctypes.util

    with contextlib.suppress(OSError):
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return None
