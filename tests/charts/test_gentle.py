"""Charts drawn on a worker leave the window its turns: no collector pass, short GIL turns."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import threading
import weakref
from datetime import timedelta

import pytest

from recovery_journal.charts import ChartOptions, ChartTheme, load_chart_data
from recovery_journal.charts.gentle import SWITCH_INTERVAL, freeze_loaded, gentle, thaw
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.insights.render import draw_loaded, warm_up
from tests.charts.conftest import END


def test_inside_gentle_nothing_is_collected_and_turns_are_short() -> None:
    interval = sys.getswitchinterval()
    assert gc.isenabled()
    with gentle():
        assert not gc.isenabled() and sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
        with gentle():  # nested, as a draw inside a read would be
            assert not gc.isenabled()
        assert not gc.isenabled() and sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
    assert gc.isenabled() and sys.getswitchinterval() == interval


def test_two_threads_restore_the_collector_only_when_both_are_done() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with gentle():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(10)
    with gentle():
        pass
    assert not gc.isenabled()  # the other thread is still drawing
    leave.set()
    thread.join(10)
    assert gc.isenabled()


def test_a_collector_switched_off_elsewhere_stays_off() -> None:
    gc.disable()
    try:
        with gentle():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_cycle_left_inside_is_cleared_by_one_young_pass_after() -> None:
    class Node:
        other: object = None

    passes: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    freeze_loaded()  # as after Insights' warm-up, when the window draws its charts
    gc.callbacks.append(seen)
    try:
        with gentle():
            first, second = Node(), Node()
            first.other, second.other = second, first  # a cycle, as a figure and its canvas
            gone = weakref.ref(first)
            del first, second
            assert gone() is not None  # nothing collected inside
    finally:
        gc.callbacks.remove(seen)
        thaw()
    assert gone() is None
    # The youngest generation only: a full pass walks all the app holds (milliseconds a chart).
    assert passes == [0]


def test_what_is_loaded_is_frozen_once() -> None:
    warm_up()
    freeze_loaded()  # as the Insights page does once the warm-up is back
    frozen = gc.get_freeze_count()
    assert frozen > 0
    freeze_loaded()
    assert gc.get_freeze_count() == frozen


def test_a_lock_thaws_and_the_next_warm_up_freezes_again() -> None:
    freeze_loaded()
    assert gc.get_freeze_count() > 0
    thaw()
    assert gc.get_freeze_count() == 0
    thaw()  # twice is harmless
    freeze_loaded()
    assert gc.get_freeze_count() > 0


def test_drawing_ten_years_sets_off_no_collection(ten_years: Repositories) -> None:
    data = load_chart_data(ten_years, "measures",
                           ChartOptions(start=END - timedelta(days=3649), end=END))
    collections: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and threading.current_thread() is threading.main_thread():
            collections.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        loaded = draw_loaded(data, ChartTheme.named("light"), (900, 400), 100, 96.0, 1.0)
    finally:
        gc.callbacks.remove(seen)
    assert loaded.rendered.width == 900 and not loaded.rendered.empty
    # At most the one pass afterwards that clears the figure away (without the pause, dozens).
    assert len(collections) <= 1


def test_the_source_lines_read_while_importing_are_let_go() -> None:
    # In a fresh process: only the first call does anything, and this one has run already.
    code = textwrap.dedent("""
        import linecache
        import PySide6.QtWidgets
        import matplotlib.figure
        from recovery_journal.charts.gentle import freeze_loaded
        before = len(linecache.cache)
        freeze_loaded()
        print(before, len(linecache.cache))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120)
    before, after = (int(n) for n in out.stdout.split())
    assert before > 100 and after == 0


def test_sweeping_frees_what_was_made_inside_and_leaves_the_rest_unfrozen() -> None:
    from recovery_journal.charts import gentle

    class Node:
        other: object = None

    gc.collect()
    before = gc.get_freeze_count()
    app_frozen = bool(gentle._state["frozen"])  # noqa: SLF001
    gc.disable()
    try:
        with gentle.sweeping() as sweep:
            cycle = Node()
            cycle.other = cycle
            gone = weakref.ref(cycle)
            del cycle
            assert gone() is not None  # a cycle: no count of references frees it
            sweep()
            assert gone() is None
    finally:
        gc.enable()
    if not app_frozen:
        assert gc.get_freeze_count() == before


def test_sweeping_freezes_nothing_more_once_the_app_froze_what_it_loaded() -> None:
    from recovery_journal.charts import gentle

    freeze_loaded()
    frozen = gc.get_freeze_count()
    kept = [object() for _ in range(100)]  # what the person's pages hold since
    with gentle.sweeping() as sweep:
        sweep()
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == frozen and kept


def test_a_warm_up_ending_after_a_lock_freezes_nothing() -> None:
    from recovery_journal.charts.gentle import thaws

    thaw()
    began = thaws()
    thaw()  # a lock while the warm-up ran (its backup keeps the journal open a while)
    freeze_loaded(since=began)
    assert gc.get_freeze_count() == 0
    freeze_loaded(since=thaws())  # the next unlock's warm-up
    assert gc.get_freeze_count() > 0
