"""Guards against a PySide6 bug that aborts Python (6.12.0: a reference to True lost per emit)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(int)


def test_signals_and_void_calls_keep_reference_counts() -> None:
    emitter = _Emitter()
    emitter.changed.connect(lambda _value: None)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for value in range(2000):
        emitter.changed.emit(value)
        emitter.setObjectName("emitter")
    # A leak of one per call would show as -2000; allow small unrelated drift.
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(None) - none_before) < 50
