"""A clock the test moves by hand, for repositories that stamp when things happen."""

from __future__ import annotations

from datetime import datetime, timedelta


class Clock:
    """Stands still until `tick` moves it on (by `step` seconds unless told)."""

    def __init__(self, start: datetime, step: float = 1) -> None:
        self.now = start
        self._step = step

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: float | None = None) -> datetime:
        self.now += timedelta(seconds=self._step if seconds is None else seconds)
        return self.now
