"""Run slow work (key derivation, big reads) off the GUI thread; results come back on it.

Worker code never touches widgets: it gets plain arguments and returns a plain value. A `Task`
lives on the GUI thread and re-emits the worker's outcome there, so any slot connected to
`finished` / `failed` may safely update widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, SignalInstance, Slot


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], relay: SignalInstance) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, never printed here
            self._relay.emit(exc, False)
        else:
            self._relay.emit(result, True)


class Task(QObject):
    """One piece of background work. Connect `finished`/`failed`, then call `start()`."""

    finished = Signal(object)
    failed = Signal(object)
    _relay = Signal(object, bool)

    def __init__(self, fn: Callable[[], object], parent: QObject) -> None:
        # A parent keeps the C++ object alive until the result has been delivered.
        super().__init__(parent)
        self._fn = fn
        self._running = False
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._running

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the work on `pool` (the global pool by default)."""
        self._running = True
        (pool or QThreadPool.globalInstance()).start(_Job(self._fn, self._relay))

    @Slot(object, bool)
    def _deliver(self, outcome: object, ok: bool) -> None:
        self._running = False
        if ok:
            self.finished.emit(outcome)
        else:
            self.failed.emit(outcome)
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
