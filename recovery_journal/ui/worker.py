"""Run slow work (key derivation, big reads) off the GUI thread; results come back on it.

Worker code never touches widgets: it gets plain arguments and returns a plain value. A `Task`
lives on the GUI thread and re-emits the worker's outcome there, so any slot connected to
`finished` / `failed` may safely update widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], task: Task) -> None:
        super().__init__()
        self._fn = fn
        self._task = task

    def run(self) -> None:
        try:
            outcome: tuple[bool, object] = (True, self._fn())
        except BaseException as exc:  # handed to the GUI thread, never printed here
            outcome = (False, exc)
        self._task.hand_over(outcome)


class Task(QObject):
    """One piece of background work. Connect `finished`/`failed`, then call `start()`."""

    finished = Signal(object)
    failed = Signal(object)
    # The outcome waits in an attribute and only an argument-less wake-up is queued, so no
    # Python object has to travel through Qt's cross-thread event queue.
    _done = Signal()

    def __init__(self, fn: Callable[[], object], parent: QObject) -> None:
        # A parent keeps the C++ object alive until the result has been delivered.
        super().__init__(parent)
        self._fn = fn
        self._running = False
        self._outcome: tuple[bool, object] | None = None
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._running

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the work on `pool` (the global pool by default)."""
        self._running = True
        (pool or QThreadPool.globalInstance()).start(_Job(self._fn, self))

    def hand_over(self, outcome: tuple[bool, object]) -> None:
        """Called on the worker thread: keep the outcome and wake the GUI thread."""
        self._outcome = outcome
        self._done.emit()

    @Slot()
    def _deliver(self) -> None:
        self._running = False
        outcome, self._outcome = self._outcome, None
        if outcome is not None:
            ok, value = outcome
            (self.finished if ok else self.failed).emit(value)
        self.deleteLater()


def run_in_background(
    fn: Callable[[], object],
    parent: QObject,
    on_finished: Callable[[object], None],
    on_failed: Callable[[object], None],
    pool: QThreadPool | None = None,
) -> Task:
    """Start `fn` on a worker thread and call one of the callbacks on the GUI thread."""
    task = Task(fn, parent)
    task.finished.connect(on_finished)
    task.failed.connect(on_failed)
    task.start(pool)
    return task
