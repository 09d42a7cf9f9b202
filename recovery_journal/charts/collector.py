"""Keep Python's cycle collector out of chart drawing: it walks every object the process holds,
and with matplotlib, numpy and Qt loaded one full pass holds the GIL (and so the window) for
100 ms or more.

`freeze_loaded()` moves everything loaded so far out of the collector's sight, once; `paused()`
stops collections while a figure is read or drawn (it makes tens of thousands of objects, which
would set off several passes), collecting only the young objects afterwards.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_state = {"pauses": 0, "was_enabled": False, "frozen": False}


def freeze_loaded() -> None:
    """Once per process: the modules, fonts and widgets loaded by now live as long as the app,
    so later collections need not walk them."""
    with _lock:
        if _state["frozen"]:
            return
        _state["frozen"] = True
    gc.freeze()


@contextmanager
def paused() -> Iterator[None]:
    """No cycle collection inside the block (nested and from several threads alike)."""
    with _lock:
        if _state["pauses"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["pauses"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["pauses"] -= 1
            last = _state["pauses"] == 0
            if last and _state["was_enabled"]:
                gc.enable()


def pausing() -> bool:
    """True while some block is inside `paused()` (for tests)."""
    return bool(_state["pauses"])
