"""A clock the test moves by hand, for repositories that stamp when things happen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from recovery_journal.storage.vault import Vault


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


START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def stepping_clock(vault: Vault, start: datetime = START) -> None:
    """Give the vault a clock that moves on one minute each time it is read."""
    state = [start]

    def now() -> datetime:
        state[0] += timedelta(minutes=1)
        return state[0]

    vault.clock = now


def domain_id(vault: Vault, name: str) -> int:
    """The id of the default life area called `name`."""
    row = vault.query_one("SELECT id FROM life_domain WHERE name = ?", (name,))
    assert row is not None
    return int(row[0])
