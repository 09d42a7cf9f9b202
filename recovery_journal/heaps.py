"""One malloc heap for every thread of the process (glibc), set once at start.

glibc gives each thread that allocates while another holds the heap a heap (an "arena") of its
own, and memory freed in one arena serves only that arena's threads. Insights reads and draws
its charts on pool threads: their arenas kept what one chart had freed for the next chart
while the window's thread grew its own, 12-20 MiB more at the peak of a session (Insights,
ten years: 216 MiB with an arena per thread, 203 with one, no slower; measured with
`python -m benchmarks`). Python lets one thread run at a time anyway, so threads seldom wait
for the shared heap's lock.

`mallopt(M_ARENA_MAX, 1)` is glibc's own switch for this (the environment variable
MALLOC_ARENA_MAX does the same before start); elsewhere nothing is done.
"""

from __future__ import annotations

import ctypes

from recovery_journal.hardening import c_library

_M_ARENA_MAX = -8  # from glibc's malloc.h


def share_one_heap() -> bool:
    """Have every thread allocate from the main heap; True when glibc took the setting.

    Call it before threads start: arenas made before it stay.
    """
    mallopt = getattr(c_library(), "mallopt", None)  # not on macOS or Windows, nor musl's
    if mallopt is None:
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_ARENA_MAX, 1) == 1)
