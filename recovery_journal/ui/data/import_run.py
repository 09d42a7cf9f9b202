"""Reading and importing off the GUI thread, with progress and a Cancel that writes nothing.

The worker calls `step(done, total)` before each record; a relay carries it to the GUI thread
as a queued signal. Cancel sets a flag the next step sees: it raises ImportCancelled, and the
import's one transaction rolls back, so the journal is left exactly as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from recovery_journal.ui.worker import run_in_background

# The work gets the step function; it returns the result for `on_done`.
Work = Callable[[Callable[[int, int], None]], object]


class _Relay(QObject):
    advanced = Signal(int, int)


class ImportRun(QObject):
    """One piece of import work behind a progress window with Cancel."""

    def __init__(self, parent: QWidget, text: str) -> None:
        super().__init__(parent)
        self._owner = parent
        self._stop = threading.Event()
        # A hook tests use to act at a chosen step (it runs on the worker thread).
        self.on_step: Callable[[int, int], None] | None = None
        self.relay = _Relay(self)
        self.progress = QProgressDialog(text, QCoreApplication.translate(
            "ImportDialog", "Cancel"), 0, 0, parent)
        self.progress.setLabelText(text + "\n" + QCoreApplication.translate(
            "ImportDialog", "If you cancel, nothing is added."))
        self.progress.setMinimumWidth(parent.fontMetrics().averageCharWidth() * 44)
        self.progress.setWindowTitle(text)
        self.progress.setAccessibleName(text)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.relay.advanced.connect(self._advanced)

    def cancel(self) -> None:
        """Ask the work to stop at its next record (safe from any thread)."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def step(self, done: int, total: int) -> None:
        """Called on the worker thread before each record."""
        from recovery_journal.portability.progress import ImportCancelled

        if self.on_step is not None:
            self.on_step(done, total)
        if self._stop.is_set():
            raise ImportCancelled
        self.relay.advanced.emit(done, total)

    def _advanced(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def start(self, work: Work, on_done: Callable[[object], None],
              on_failed: Callable[[object], None], pool: QThreadPool | None) -> None:
        """Run `work(step)` on a worker; exactly one callback runs on the GUI thread."""
        def finish(callback: Callable[[object], None]) -> Callable[[object], None]:
            def done(value: object) -> None:
                # The run and its window stay children of the dialog until it closes.
                self.progress.canceled.disconnect(self.cancel)
                self.progress.close()
                callback(value)
            return done

        # The task belongs to the dialog, as run_busy's do: a task parented to this run crashed
        # in ~QObject when a second run replaced the first.
        run_in_background(lambda: work(self.step), self._owner, finish(on_done),
                          finish(on_failed), pool)
