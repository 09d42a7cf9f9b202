"""Manners for drawing charts on a worker while the window stays responsive.

Python lets one thread run at a time. Two habits of the interpreter made the window wait for
a chart being drawn: the cycle collector, which walks every object the process holds (with
matplotlib, numpy and Qt loaded one full pass takes 100 ms or more), and the 5 ms a thread
waits before it may take its turn. `freeze_loaded()` hides what is loaded from the collector,
once; `gentle()` pauses collections and shortens the turns while a chart is read or drawn.
"""

from __future__ import annotations

import gc
import linecache
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# While a chart is drawn, the GUI thread gets its turn within this many seconds (Python's
# default is 0.005, so each call from Qt into Python could wait that long). A pass of the
# window's event loop calls into Python dozens of times (event filters, painting a chart):
# redrawing every chart with the window's longest pass measured in turn, 0.005 gave 35 ms,
# 0.0005 15-18 ms and 0.0001 12-15 ms, with all drawn no later (2 December 2026).
SWITCH_INTERVAL = 0.0001

_lock = threading.Lock()
_state: dict[str, float | int | bool] = {"inside": 0, "collecting": False, "interval": 0.005,
                                         "frozen": False, "thaws": 0}


def thaws() -> int:
    """How many locks have thawed so far: what `freeze_loaded(since=…)` compares."""
    with _lock:
        return int(_state["thaws"])


def freeze_loaded(since: int | None = None) -> None:
    """Once per process: the modules, fonts and widgets loaded by now live as long as the app,
    so later collections need not walk them; the source lines read while importing go.

    With `since` (what `thaws()` said when the work began), nothing is frozen if a lock has
    thawed meanwhile: a warm-up ending after a lock would freeze what the closed pages left."""
    with _lock:
        if _state["frozen"] or (since is not None and since != _state["thaws"]):
            return
        _state["frozen"] = True
    # PySide6's import hook reads the source of every module imported after it (to look for
    # its feature switches) and linecache keeps it all: 20-25 MiB once matplotlib is in.
    linecache.clearcache()
    gc.freeze()


def thaw() -> None:
    """At a lock: the collector may walk everything again, so that what the person's pages
    held, if caught in a cycle, goes at the next pass and is not kept frozen until exit;
    the next unlock's warm-up freezes afresh."""
    with _lock:
        _state["thaws"] = int(_state["thaws"]) + 1
        if not _state["frozen"]:
            return
        _state["frozen"] = False
    gc.unfreeze()


@contextmanager
def gentle() -> Iterator[None]:
    """No cycle collection and short turns inside the block (nested or on several threads)."""
    with _lock:
        if _state["inside"] == 0:
            _state["collecting"] = gc.isenabled()
            _state["interval"] = sys.getswitchinterval()
            gc.disable()
            sys.setswitchinterval(SWITCH_INTERVAL)
        _state["inside"] = int(_state["inside"]) + 1
    try:
        yield
    finally:
        with _lock:
            _state["inside"] = int(_state["inside"]) - 1
            last = _state["inside"] == 0
            if last:
                sys.setswitchinterval(float(_state["interval"]))
                if _state["collecting"]:
                    gc.enable()
        if last and _state["collecting"]:
            # Whatever cycles the block left (a figure can be one) are all in the youngest
            # generation, as no pass ran inside it: a pass over that alone clears them in
            # about a millisecond. A full pass here (until December 2026) found nothing more
            # yet took 4-8 ms a chart, 85 ms of every redraw of all charts, holding the lock
            # the window waits for.
            gc.collect(0)


@contextmanager
def sweeping() -> Iterator[Callable[[], None]]:
    """Inside, the function given frees what became garbage since the block began (a drawn
    figure is a web of cycles), walking only what was made since: a few milliseconds, where a
    pass over everything loaded takes 50-60 ms. What was loaded before stays as it was."""
    with _lock:
        # Frozen for the app's life already (freeze_loaded): what the person's pages hold
        # since then is not frozen on top, to be kept until the lock.
        mine = not _state["frozen"]
        if mine:
            gc.freeze()

    def sweep() -> None:
        # The sources PySide6's import hook read for modules imported since (matplotlib's).
        linecache.clearcache()
        gc.collect()

    try:
        yield sweep
    finally:
        with _lock:
            # Frozen for the app's life meanwhile: leave it so.
            if mine and not _state["frozen"]:
                gc.unfreeze()
